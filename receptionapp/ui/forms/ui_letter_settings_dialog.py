# Generated from ui/letter_settings_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LetterSettingsDialog(object):
    def setupUi(self, LetterSettingsDialog):
        if not LetterSettingsDialog.objectName():
            LetterSettingsDialog.setObjectName(u"LetterSettingsDialog")
        LetterSettingsDialog.resize(600, 520)
        self.verticalLayout = QVBoxLayout(LetterSettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.reviewBodyLabel = QLabel(LetterSettingsDialog)
        self.reviewBodyLabel.setObjectName(u"reviewBodyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewBodyLabel)

        self.reviewBody = QLineEdit(LetterSettingsDialog)
        self.reviewBody.setObjectName(u"reviewBody")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewBody)

        self.reviewBodyError = QLabel(LetterSettingsDialog)
        self.reviewBodyError.setObjectName(u"reviewBodyError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewBodyError)

        self.contactLabel = QLabel(LetterSettingsDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contact = QLineEdit(LetterSettingsDialog)
        self.contact.setObjectName(u"contact")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact)

        self.phoneLabel = QLabel(LetterSettingsDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(LetterSettingsDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.contactError = QLabel(LetterSettingsDialog)
        self.contactError.setObjectName(u"contactError")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactError)


        self.verticalLayout.addLayout(self.form)

        self.prefixBox = QGroupBox(LetterSettingsDialog)
        self.prefixBox.setObjectName(u"prefixBox")
        self.prefixForm = QFormLayout(self.prefixBox)
        self.prefixForm.setObjectName(u"prefixForm")

        self.verticalLayout.addWidget(self.prefixBox)

        self.buttons = QDialogButtonBox(LetterSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(LetterSettingsDialog)

        QMetaObject.connectSlotsByName(LetterSettingsDialog)
    # setupUi

    def retranslateUi(self, LetterSettingsDialog):
        LetterSettingsDialog.setWindowTitle(QCoreApplication.translate("LetterSettingsDialog", u"\u6587\u4e66\u8bbe\u7f6e", None))
        self.reviewBodyLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"\u590d\u67e5\u673a\u5173 *", None))
        self.reviewBody.setPlaceholderText(QCoreApplication.translate("LetterSettingsDialog", u"\u53d7\u7406\u590d\u67e5\u7533\u8bf7\u7684\u4e0a\u4e00\u7ea7\u673a\u5173\uff0c\u5982\uff1a\u67d0\u5e02\u4eba\u6c11\u653f\u5e9c", None))
        self.contactLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"\u8054\u7cfb\u4eba", None))
        self.phoneLabel.setText(QCoreApplication.translate("LetterSettingsDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.prefixBox.setTitle(QCoreApplication.translate("LetterSettingsDialog", u"\u53d1\u6587\u5b57\u53f7\u524d\u7f00\uff08\u6bcf\u5e74\u4ece1\u53f7\u7f16\u8d77\uff0c\u5982\uff1a\u67d0\u6559\u4fe1\u590d\u30142026\u301512\u53f7\uff09", None))
    # retranslateUi

