# Generated from ui/conversation_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ConversationDialog(object):
    def setupUi(self, ConversationDialog):
        if not ConversationDialog.objectName():
            ConversationDialog.setObjectName(u"ConversationDialog")
        ConversationDialog.resize(680, 660)
        self.verticalLayout = QVBoxLayout(ConversationDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.leaderLabel = QLabel(ConversationDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QComboBox(ConversationDialog)
        self.leader.setObjectName(u"leader")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leader)

        self.leaderError = QLabel(ConversationDialog)
        self.leaderError.setObjectName(u"leaderError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leaderError)

        self.attendeesLabel = QLabel(ConversationDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendees = QLineEdit(ConversationDialog)
        self.attendees.setObjectName(u"attendees")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendees)

        self.attendeesError = QLabel(ConversationDialog)
        self.attendeesError.setObjectName(u"attendeesError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attendeesError)

        self.attendeeButtons = QWidget(ConversationDialog)
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.attendeeButtonsLayout = QHBoxLayout(self.attendeeButtons)
        self.attendeeButtonsLayout.setObjectName(u"attendeeButtonsLayout")
        self.attendeeButtonsLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.attendeeButtons)

        self.startedLabel = QLabel(ConversationDialog)
        self.startedLabel.setObjectName(u"startedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.started = QDateTimeEdit(ConversationDialog)
        self.started.setObjectName(u"started")
        self.started.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.started)

        self.startedError = QLabel(ConversationDialog)
        self.startedError.setObjectName(u"startedError")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startedError)

        self.endedLabel = QLabel(ConversationDialog)
        self.endedLabel.setObjectName(u"endedLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.endedLabel)

        self.ended = QDateTimeEdit(ConversationDialog)
        self.ended.setObjectName(u"ended")
        self.ended.setCalendarPopup(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ended)

        self.endedError = QLabel(ConversationDialog)
        self.endedError.setObjectName(u"endedError")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endedError)

        self.statementLabel = QLabel(ConversationDialog)
        self.statementLabel.setObjectName(u"statementLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.statementLabel)

        self.statement = QPlainTextEdit(ConversationDialog)
        self.statement.setObjectName(u"statement")
        self.statement.setMinimumSize(QSize(0, 140))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.statement)

        self.statementError = QLabel(ConversationDialog)
        self.statementError.setObjectName(u"statementError")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.statementError)

        self.responseLabel = QLabel(ConversationDialog)
        self.responseLabel.setObjectName(u"responseLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.response = QPlainTextEdit(ConversationDialog)
        self.response.setObjectName(u"response")
        self.response.setMinimumSize(QSize(0, 100))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.response)

        self.responseError = QLabel(ConversationDialog)
        self.responseError.setObjectName(u"responseError")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.responseError)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ConversationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(ConversationDialog)

        QMetaObject.connectSlotsByName(ConversationDialog)
    # setupUi

    def retranslateUi(self, ConversationDialog):
        ConversationDialog.setWindowTitle(QCoreApplication.translate("ConversationDialog", u"\u63a5\u8c08\u8bb0\u5f55", None))
        self.leaderLabel.setText(QCoreApplication.translate("ConversationDialog", u"\u63a5\u8c08\u9886\u5bfc *", None))
        self.attendeesLabel.setText(QCoreApplication.translate("ConversationDialog", u"\u53c2\u52a0\u4eba\u5458", None))
        self.attendees.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"\u63a5\u8bbf\u9886\u5bfc\u3001\u76f8\u5173\u5904\u5ba4\u8d1f\u8d23\u4eba\u3001\u529e\u516c\u5ba4\u3001\u6cd5\u5f8b\u987e\u95ee\u2026\u2026", None))
        self.startedLabel.setText(QCoreApplication.translate("ConversationDialog", u"\u5f00\u59cb\u65f6\u95f4 *", None))
        self.started.setDisplayFormat(QCoreApplication.translate("ConversationDialog", u"yyyy-MM-dd HH:mm", None))
        self.endedLabel.setText(QCoreApplication.translate("ConversationDialog", u"\u7ed3\u675f\u65f6\u95f4", None))
        self.ended.setDisplayFormat(QCoreApplication.translate("ConversationDialog", u"yyyy-MM-dd HH:mm", None))
        self.statementLabel.setText(QCoreApplication.translate("ConversationDialog", u"\u6765\u8bbf\u4eba\u9648\u8ff0 *", None))
        self.statement.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"\u6765\u8bbf\u4eba\u53cd\u6620\u7684\u4e3b\u8981\u95ee\u9898\u548c\u8bc9\u6c42", None))
        self.responseLabel.setText(QCoreApplication.translate("ConversationDialog", u"\u9886\u5bfc\u7b54\u590d", None))
        self.response.setPlaceholderText(QCoreApplication.translate("ConversationDialog", u"\u9886\u5bfc\u5f53\u573a\u7684\u7b54\u590d\u3001\u89e3\u91ca\u548c\u5904\u7406\u610f\u89c1", None))
    # retranslateUi

