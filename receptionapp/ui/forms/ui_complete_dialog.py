# Generated from ui/complete_dialog.ui by build/compile_ui.py. Do not edit.
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CompleteDialog(object):
    def setupUi(self, CompleteDialog):
        if not CompleteDialog.objectName():
            CompleteDialog.setObjectName(u"CompleteDialog")
        CompleteDialog.resize(660, 700)
        self.verticalLayout = QVBoxLayout(CompleteDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(CompleteDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.decisionLabel = QLabel(CompleteDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decision = QComboBox(CompleteDialog)
        self.decision.setObjectName(u"decision")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision)

        self.decisionError = QLabel(CompleteDialog)
        self.decisionError.setObjectName(u"decisionError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionError)

        self.summaryLabel = QLabel(CompleteDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(CompleteDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setMinimumSize(QSize(0, 120))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summary)

        self.summaryError = QLabel(CompleteDialog)
        self.summaryError.setObjectName(u"summaryError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryError)

        self.serviceLabel = QLabel(CompleteDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QComboBox(CompleteDialog)
        self.service.setObjectName(u"service")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.service)

        self.serviceError = QLabel(CompleteDialog)
        self.serviceError.setObjectName(u"serviceError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serviceError)

        self.mailNumberLabel = QLabel(CompleteDialog)
        self.mailNumberLabel.setObjectName(u"mailNumberLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mailNumberLabel)

        self.mailNumber = QLineEdit(CompleteDialog)
        self.mailNumber.setObjectName(u"mailNumber")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mailNumber)

        self.mailNumberError = QLabel(CompleteDialog)
        self.mailNumberError.setObjectName(u"mailNumberError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mailNumberError)

        self.receiptSigned = QCheckBox(CompleteDialog)
        self.receiptSigned.setObjectName(u"receiptSigned")

        self.form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.receiptSigned)

        self.receiptSignedError = QLabel(CompleteDialog)
        self.receiptSignedError.setObjectName(u"receiptSignedError")
        self.receiptSignedError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.receiptSignedError)

        self.servedOnLabel = QLabel(CompleteDialog)
        self.servedOnLabel.setObjectName(u"servedOnLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.servedOnLabel)

        self.servedOn = QDateEdit(CompleteDialog)
        self.servedOn.setObjectName(u"servedOn")
        self.servedOn.setCalendarPopup(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.servedOn)

        self.servedOnError = QLabel(CompleteDialog)
        self.servedOnError.setObjectName(u"servedOnError")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.servedOnError)

        self.satisfactionLabel = QLabel(CompleteDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfaction = QComboBox(CompleteDialog)
        self.satisfaction.setObjectName(u"satisfaction")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.satisfaction)

        self.closedOnLabel = QLabel(CompleteDialog)
        self.closedOnLabel.setObjectName(u"closedOnLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.closedOnLabel)

        self.closedOn = QDateEdit(CompleteDialog)
        self.closedOn.setObjectName(u"closedOn")
        self.closedOn.setCalendarPopup(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.closedOn)

        self.closedOnError = QLabel(CompleteDialog)
        self.closedOnError.setObjectName(u"closedOnError")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.closedOnError)

        self.noteLabel = QLabel(CompleteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(CompleteDialog)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(0, 50))

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.note)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(CompleteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(CompleteDialog)

        QMetaObject.connectSlotsByName(CompleteDialog)
    # setupUi

    def retranslateUi(self, CompleteDialog):
        CompleteDialog.setWindowTitle(QCoreApplication.translate("CompleteDialog", u"\u529e\u7ed3", None))
        self.intro.setText(QCoreApplication.translate("CompleteDialog", u"\u529e\u7ed3\u5355\u8bb0\u5f55\u5904\u7406\u7ed3\u679c\u3001\u7b54\u590d\u9001\u8fbe\u65b9\u5f0f\u548c\u4fe1\u8bbf\u4eba\u6ee1\u610f\u5ea6\uff08\u300a\u4fe1\u8bbf\u5de5\u4f5c\u6761\u4f8b\u300b\u7b2c\u4e09\u5341\u4e8c\u6761\uff1a\u4e88\u4ee5\u652f\u6301\u3001\u89e3\u91ca\u8bf4\u660e\u6216\u4e0d\u4e88\u652f\u6301\uff0c\u5199\u660e\u4e8b\u5b9e\u3001\u7406\u7531\u548c\u4f9d\u636e\uff09\u3002", None))
        self.decisionLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u5904\u7406\u7ed3\u679c *", None))
        self.summaryLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u529e\u7406\u7ed3\u679c *", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("CompleteDialog", u"\u67e5\u660e\u7684\u4e8b\u5b9e\u3001\u5904\u7406\u7406\u7531\u548c\u653f\u7b56\u6cd5\u5f8b\u4f9d\u636e", None))
        self.serviceLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u9001\u8fbe\u65b9\u5f0f *", None))
        self.mailNumberLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u6302\u53f7\u4fe1\u5355\u53f7", None))
        self.mailNumber.setPlaceholderText(QCoreApplication.translate("CompleteDialog", u"\u5982 XA123456789CN", None))
        self.receiptSigned.setText(QCoreApplication.translate("CompleteDialog", u"\u4fe1\u8bbf\u4eba\u5df2\u5728\u9001\u8fbe\u56de\u8bc1\u4e0a\u7b7e\u5b57", None))
        self.servedOnLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u9001\u8fbe\u65e5\u671f *", None))
        self.servedOn.setDisplayFormat(QCoreApplication.translate("CompleteDialog", u"yyyy-MM-dd", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u6ee1\u610f\u5ea6", None))
        self.closedOnLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u529e\u7ed3\u65e5\u671f *", None))
        self.closedOn.setDisplayFormat(QCoreApplication.translate("CompleteDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("CompleteDialog", u"\u5907\u6ce8", None))
    # retranslateUi

