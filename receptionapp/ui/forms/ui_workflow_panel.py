# Generated from ui/workflow_panel.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QTextBrowser, QToolButton,
    QVBoxLayout, QWidget)

class Ui_WorkflowPanel(object):
    def setupUi(self, WorkflowPanel):
        if not WorkflowPanel.objectName():
            WorkflowPanel.setObjectName(u"WorkflowPanel")
        self.verticalLayout = QVBoxLayout(WorkflowPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.talkButton = QPushButton(WorkflowPanel)
        self.talkButton.setObjectName(u"talkButton")

        self.actionsRow.addWidget(self.talkButton)

        self.instructButton = QPushButton(WorkflowPanel)
        self.instructButton.setObjectName(u"instructButton")

        self.actionsRow.addWidget(self.instructButton)

        self.assignButton = QPushButton(WorkflowPanel)
        self.assignButton.setObjectName(u"assignButton")

        self.actionsRow.addWidget(self.assignButton)

        self.replyButton = QPushButton(WorkflowPanel)
        self.replyButton.setObjectName(u"replyButton")

        self.actionsRow.addWidget(self.replyButton)

        self.superviseButton = QPushButton(WorkflowPanel)
        self.superviseButton.setObjectName(u"superviseButton")

        self.actionsRow.addWidget(self.superviseButton)

        self.extendButton = QPushButton(WorkflowPanel)
        self.extendButton.setObjectName(u"extendButton")

        self.actionsRow.addWidget(self.extendButton)

        self.noticeButton = QPushButton(WorkflowPanel)
        self.noticeButton.setObjectName(u"noticeButton")

        self.actionsRow.addWidget(self.noticeButton)

        self.completeButton = QPushButton(WorkflowPanel)
        self.completeButton.setObjectName(u"completeButton")

        self.actionsRow.addWidget(self.completeButton)

        self.archiveButton = QPushButton(WorkflowPanel)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionsRow.addWidget(self.archiveButton)

        self.printButton = QToolButton(WorkflowPanel)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.actionsRow.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.verticalLayout.addLayout(self.actionsRow)

        self.hint = QLabel(WorkflowPanel)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #1565c0;")

        self.verticalLayout.addWidget(self.hint)

        self.deadlinesLabel = QLabel(WorkflowPanel)
        self.deadlinesLabel.setObjectName(u"deadlinesLabel")
        self.deadlinesLabel.setStyleSheet(u"font-weight: bold;")

        self.verticalLayout.addWidget(self.deadlinesLabel)

        self.deadlines = QTableWidget(WorkflowPanel)
        self.deadlines.setObjectName(u"deadlines")
        self.deadlines.setMaximumSize(QSize(16777215, 200))

        self.verticalLayout.addWidget(self.deadlines)

        self.recordLabel = QLabel(WorkflowPanel)
        self.recordLabel.setObjectName(u"recordLabel")
        self.recordLabel.setStyleSheet(u"font-weight: bold;")

        self.verticalLayout.addWidget(self.recordLabel)

        self.record = QTextBrowser(WorkflowPanel)
        self.record.setObjectName(u"record")
        self.record.setMinimumSize(QSize(0, 220))
        self.record.setOpenLinks(False)

        self.verticalLayout.addWidget(self.record)


        self.retranslateUi(WorkflowPanel)

        QMetaObject.connectSlotsByName(WorkflowPanel)
    # setupUi

    def retranslateUi(self, WorkflowPanel):
        WorkflowPanel.setTitle(QCoreApplication.translate("WorkflowPanel", u"\u529e\u7406", None))
        self.talkButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u63a5\u8c08\u8bb0\u5f55\u2026", None))
        self.instructButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u9886\u5bfc\u6279\u793a\u2026", None))
        self.assignButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u4ea4\u529e\u2026", None))
        self.replyButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u767b\u8bb0\u56de\u590d\u2026", None))
        self.superviseButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u7763\u529e\u2026", None))
        self.extendButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u5ef6\u671f\u2026", None))
        self.noticeButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u767b\u8bb0\u544a\u77e5\u2026", None))
        self.completeButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u529e\u7ed3\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u5f52\u6863", None))
        self.printButton.setText(QCoreApplication.translate("WorkflowPanel", u"\u6253\u5370", None))
        self.deadlinesLabel.setText(QCoreApplication.translate("WorkflowPanel", u"\u671f\u9650", None))
        self.recordLabel.setText(QCoreApplication.translate("WorkflowPanel", u"\u6279\u793a\u3001\u4ea4\u529e\u3001\u7763\u529e\u548c\u529e\u7ed3", None))
    # retranslateUi

