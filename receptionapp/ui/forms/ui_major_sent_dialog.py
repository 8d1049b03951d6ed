# Generated from ui/major_sent_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MajorSentDialog(object):
    def setupUi(self, MajorSentDialog):
        if not MajorSentDialog.objectName():
            MajorSentDialog.setObjectName(u"MajorSentDialog")
        MajorSentDialog.resize(480, 240)
        self.verticalLayout = QVBoxLayout(MajorSentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.info = QLabel(MajorSentDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.verticalLayout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sentAtLabel = QLabel(MajorSentDialog)
        self.sentAtLabel.setObjectName(u"sentAtLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sentAtLabel)

        self.sentAt = QDateTimeEdit(MajorSentDialog)
        self.sentAt.setObjectName(u"sentAt")
        self.sentAt.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sentAt)

        self.sentAtError = QLabel(MajorSentDialog)
        self.sentAtError.setObjectName(u"sentAtError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sentAtError)

        self.sentToLabel = QLabel(MajorSentDialog)
        self.sentToLabel.setObjectName(u"sentToLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sentToLabel)

        self.sentTo = QLineEdit(MajorSentDialog)
        self.sentTo.setObjectName(u"sentTo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sentTo)

        self.sentToError = QLabel(MajorSentDialog)
        self.sentToError.setObjectName(u"sentToError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sentToError)


        self.verticalLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(MajorSentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.sentAtLabel.setBuddy(self.sentAt)
        self.sentToLabel.setBuddy(self.sentTo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sentAt, self.sentTo)

        self.retranslateUi(MajorSentDialog)

        QMetaObject.connectSlotsByName(MajorSentDialog)
    # setupUi

    def retranslateUi(self, MajorSentDialog):
        MajorSentDialog.setWindowTitle(QCoreApplication.translate("MajorSentDialog", u"\u5feb\u62a5\u5df2\u62a5\u9001", None))
        self.sentAtLabel.setText(QCoreApplication.translate("MajorSentDialog", u"\u62a5\u9001\u65f6\u95f4", None))
        self.sentAt.setDisplayFormat(QCoreApplication.translate("MajorSentDialog", u"yyyy-MM-dd HH:mm", None))
        self.sentToLabel.setText(QCoreApplication.translate("MajorSentDialog", u"\u62a5\u9001\u5bf9\u8c61", None))
        self.sentTo.setPlaceholderText(QCoreApplication.translate("MajorSentDialog", u"\u5982\uff1a\u5c40\u957f\u3001\u5206\u7ba1\u526f\u5c40\u957f", None))
    # retranslateUi

