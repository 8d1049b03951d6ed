# Generated from ui/reply_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReplyDialog(object):
    def setupUi(self, ReplyDialog):
        if not ReplyDialog.objectName():
            ReplyDialog.setObjectName(u"ReplyDialog")
        ReplyDialog.resize(600, 460)
        self.verticalLayout = QVBoxLayout(ReplyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.assignmentLabel = QLabel(ReplyDialog)
        self.assignmentLabel.setObjectName(u"assignmentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assignmentLabel)

        self.assignment = QComboBox(ReplyDialog)
        self.assignment.setObjectName(u"assignment")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assignment)

        self.dueLabel = QLabel(ReplyDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.due = QLabel(ReplyDialog)
        self.due.setObjectName(u"due")
        self.due.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.due)

        self.onLabel = QLabel(ReplyDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = QDateEdit(ReplyDialog)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.on)

        self.onError = QLabel(ReplyDialog)
        self.onError.setObjectName(u"onError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.onError)

        self.replyLabel = QLabel(ReplyDialog)
        self.replyLabel.setObjectName(u"replyLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.replyLabel)

        self.reply = QPlainTextEdit(ReplyDialog)
        self.reply.setObjectName(u"reply")
        self.reply.setMinimumSize(QSize(0, 160))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reply)

        self.replyError = QLabel(ReplyDialog)
        self.replyError.setObjectName(u"replyError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.replyError)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ReplyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(ReplyDialog)

        QMetaObject.connectSlotsByName(ReplyDialog)
    # setupUi

    def retranslateUi(self, ReplyDialog):
        ReplyDialog.setWindowTitle(QCoreApplication.translate("ReplyDialog", u"\u767b\u8bb0\u529e\u7406\u56de\u590d", None))
        self.assignmentLabel.setText(QCoreApplication.translate("ReplyDialog", u"\u4ea4\u529e\u5355 *", None))
        self.dueLabel.setText(QCoreApplication.translate("ReplyDialog", u"\u529e\u7406\u671f\u9650", None))
        self.onLabel.setText(QCoreApplication.translate("ReplyDialog", u"\u56de\u590d\u65e5\u671f *", None))
        self.on.setDisplayFormat(QCoreApplication.translate("ReplyDialog", u"yyyy-MM-dd", None))
        self.replyLabel.setText(QCoreApplication.translate("ReplyDialog", u"\u529e\u7406\u56de\u590d *", None))
        self.reply.setPlaceholderText(QCoreApplication.translate("ReplyDialog", u"\u627f\u529e\u5355\u4f4d\u7684\u8c03\u67e5\u6838\u5b9e\u60c5\u51b5\u3001\u5904\u7406\u610f\u89c1\u548c\u7b54\u590d\u5185\u5bb9", None))
    # retranslateUi

