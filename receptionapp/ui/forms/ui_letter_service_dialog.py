# Generated from ui/letter_service_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LetterServiceDialog(object):
    def setupUi(self, LetterServiceDialog):
        if not LetterServiceDialog.objectName():
            LetterServiceDialog.setObjectName(u"LetterServiceDialog")
        LetterServiceDialog.resize(560, 380)
        self.verticalLayout = QVBoxLayout(LetterServiceDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(LetterServiceDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.methodLabel = QLabel(LetterServiceDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(LetterServiceDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method)

        self.methodError = QLabel(LetterServiceDialog)
        self.methodError.setObjectName(u"methodError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodError)

        self.mailNumberLabel = QLabel(LetterServiceDialog)
        self.mailNumberLabel.setObjectName(u"mailNumberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mailNumberLabel)

        self.mailNumber = QLineEdit(LetterServiceDialog)
        self.mailNumber.setObjectName(u"mailNumber")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mailNumber)

        self.mailNumberError = QLabel(LetterServiceDialog)
        self.mailNumberError.setObjectName(u"mailNumberError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mailNumberError)

        self.receiptSigned = QCheckBox(LetterServiceDialog)
        self.receiptSigned.setObjectName(u"receiptSigned")

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.receiptSigned)

        self.receiptSignedError = QLabel(LetterServiceDialog)
        self.receiptSignedError.setObjectName(u"receiptSignedError")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.receiptSignedError)

        self.servedOnLabel = QLabel(LetterServiceDialog)
        self.servedOnLabel.setObjectName(u"servedOnLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.servedOnLabel)

        self.servedOn = QDateEdit(LetterServiceDialog)
        self.servedOn.setObjectName(u"servedOn")
        self.servedOn.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.servedOn)

        self.servedOnError = QLabel(LetterServiceDialog)
        self.servedOnError.setObjectName(u"servedOnError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.servedOnError)

        self.noteLabel = QLabel(LetterServiceDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(LetterServiceDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(LetterServiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(LetterServiceDialog)

        QMetaObject.connectSlotsByName(LetterServiceDialog)
    # setupUi

    def retranslateUi(self, LetterServiceDialog):
        LetterServiceDialog.setWindowTitle(QCoreApplication.translate("LetterServiceDialog", u"\u767b\u8bb0\u9001\u8fbe", None))
        self.methodLabel.setText(QCoreApplication.translate("LetterServiceDialog", u"\u9001\u8fbe\u65b9\u5f0f *", None))
        self.mailNumberLabel.setText(QCoreApplication.translate("LetterServiceDialog", u"\u6302\u53f7\u4fe1\u5355\u53f7 *", None))
        self.mailNumber.setPlaceholderText(QCoreApplication.translate("LetterServiceDialog", u"\u5982 XA123456789CN", None))
        self.receiptSigned.setText(QCoreApplication.translate("LetterServiceDialog", u"\u4fe1\u8bbf\u4eba\u5df2\u5728\u9001\u8fbe\u56de\u8bc1\u4e0a\u7b7e\u5b57", None))
        self.servedOnLabel.setText(QCoreApplication.translate("LetterServiceDialog", u"\u9001\u8fbe\u65e5\u671f *", None))
        self.servedOn.setDisplayFormat(QCoreApplication.translate("LetterServiceDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("LetterServiceDialog", u"\u5907\u6ce8", None))
    # retranslateUi

