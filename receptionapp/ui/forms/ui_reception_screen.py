# Generated from ui/reception_screen.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReceptionScreen(object):
    def setupUi(self, ReceptionScreen):
        if not ReceptionScreen.objectName():
            ReceptionScreen.setObjectName(u"ReceptionScreen")
        ReceptionScreen.resize(1300, 760)
        self.verticalLayout = QVBoxLayout(ReceptionScreen)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.dayLabel = QLabel(ReceptionScreen)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setStyleSheet(u"font-weight: bold;")

        self.headerRow.addWidget(self.dayLabel)

        self.day = QComboBox(ReceptionScreen)
        self.day.setObjectName(u"day")
        self.day.setMinimumSize(QSize(260, 0))

        self.headerRow.addWidget(self.day)

        self.dayInfo = QLabel(ReceptionScreen)
        self.dayInfo.setObjectName(u"dayInfo")
        self.dayInfo.setWordWrap(True)

        self.headerRow.addWidget(self.dayInfo)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.walkInButton = QPushButton(ReceptionScreen)
        self.walkInButton.setObjectName(u"walkInButton")

        self.headerRow.addWidget(self.walkInButton)

        self.refreshButton = QPushButton(ReceptionScreen)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.headerRow)

        self.splitter = QSplitter(ReceptionScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.queuePane = QWidget(self.splitter)
        self.queuePane.setObjectName(u"queuePane")
        self.queueLayout = QVBoxLayout(self.queuePane)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.queueLabel = QLabel(self.queuePane)
        self.queueLabel.setObjectName(u"queueLabel")
        self.queueLabel.setStyleSheet(u"font-weight: bold;")

        self.queueLayout.addWidget(self.queueLabel)

        self.queue = QTableWidget(self.queuePane)
        self.queue.setObjectName(u"queue")
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.queueLayout.addWidget(self.queue)

        self.queueButtons = QHBoxLayout()
        self.queueButtons.setObjectName(u"queueButtons")
        self.callButton = QPushButton(self.queuePane)
        self.callButton.setObjectName(u"callButton")

        self.queueButtons.addWidget(self.callButton)

        self.finishButton = QPushButton(self.queuePane)
        self.finishButton.setObjectName(u"finishButton")

        self.queueButtons.addWidget(self.finishButton)

        self.absentButton = QPushButton(self.queuePane)
        self.absentButton.setObjectName(u"absentButton")

        self.queueButtons.addWidget(self.absentButton)


        self.queueLayout.addLayout(self.queueButtons)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.reviewLabel = QLabel(self.queuePane)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.reviewButtons.addWidget(self.reviewLabel)

        self.acceptButton = QPushButton(self.queuePane)
        self.acceptButton.setObjectName(u"acceptButton")

        self.reviewButtons.addWidget(self.acceptButton)

        self.declineButton = QPushButton(self.queuePane)
        self.declineButton.setObjectName(u"declineButton")

        self.reviewButtons.addWidget(self.declineButton)

        self.toldButton = QPushButton(self.queuePane)
        self.toldButton.setObjectName(u"toldButton")

        self.reviewButtons.addWidget(self.toldButton)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)


        self.queueLayout.addLayout(self.reviewButtons)

        self.splitter.addWidget(self.queuePane)
        self.visitorPane = QWidget(self.splitter)
        self.visitorPane.setObjectName(u"visitorPane")
        self.visitorLayout = QVBoxLayout(self.visitorPane)
        self.visitorLayout.setObjectName(u"visitorLayout")
        self.visitorLayout.setContentsMargins(0, 0, 0, 0)
        self.visitorTitle = QLabel(self.visitorPane)
        self.visitorTitle.setObjectName(u"visitorTitle")
        self.visitorTitle.setWordWrap(True)
        self.visitorTitle.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.visitorLayout.addWidget(self.visitorTitle)

        self.visitorFlags = QLabel(self.visitorPane)
        self.visitorFlags.setObjectName(u"visitorFlags")
        self.visitorFlags.setWordWrap(True)

        self.visitorLayout.addWidget(self.visitorFlags)

        self.matter = QTextBrowser(self.visitorPane)
        self.matter.setObjectName(u"matter")

        self.visitorLayout.addWidget(self.matter)

        self.historyLabel = QLabel(self.visitorPane)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setStyleSheet(u"font-weight: bold;")

        self.visitorLayout.addWidget(self.historyLabel)

        self.history = QTreeWidget(self.visitorPane)
        self.history.setObjectName(u"history")
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)

        self.visitorLayout.addWidget(self.history)

        self.visitorButtons = QHBoxLayout()
        self.visitorButtons.setObjectName(u"visitorButtons")
        self.talkButton = QPushButton(self.visitorPane)
        self.talkButton.setObjectName(u"talkButton")

        self.visitorButtons.addWidget(self.talkButton)

        self.instructButton = QPushButton(self.visitorPane)
        self.instructButton.setObjectName(u"instructButton")

        self.visitorButtons.addWidget(self.instructButton)

        self.openButton = QPushButton(self.visitorPane)
        self.openButton.setObjectName(u"openButton")

        self.visitorButtons.addWidget(self.openButton)


        self.visitorLayout.addLayout(self.visitorButtons)

        self.splitter.addWidget(self.visitorPane)

        self.verticalLayout.addWidget(self.splitter)


        self.retranslateUi(ReceptionScreen)

        QMetaObject.connectSlotsByName(ReceptionScreen)
    # setupUi

    def retranslateUi(self, ReceptionScreen):
        self.dayLabel.setText(QCoreApplication.translate("ReceptionScreen", u"\u63a5\u8bbf\u65e5", None))
        self.walkInButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u767b\u8bb0\u73b0\u573a\u6765\u8bbf\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u5237\u65b0", None))
        self.queueLabel.setText(QCoreApplication.translate("ReceptionScreen", u"\u63a5\u8bbf\u987a\u5e8f\uff08\u9884\u7ea6\u5728\u524d\uff0c\u73b0\u573a\u6765\u8bbf\u5728\u540e\uff09", None))
        self.callButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u8bf7\u8fdb\uff08F2\uff09", None))
        self.finishButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u63a5\u8c08\u7ed3\u675f\uff08F3\uff09", None))
        self.absentButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u672a\u5230", None))
        self.reviewLabel.setText(QCoreApplication.translate("ReceptionScreen", u"\u521d\u5ba1\uff1a", None))
        self.acceptButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u540c\u610f\u63a5\u8bbf", None))
        self.declineButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u4e0d\u5b89\u6392\u63a5\u8bbf\u2026", None))
        self.toldButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u5df2\u544a\u77e5\u6539\u671f", None))
#if QT_CONFIG(tooltip)
        self.toldButton.setToolTip(QCoreApplication.translate("ReceptionScreen", u"\u63a5\u8bbf\u65e5\u56e0\u8282\u5047\u65e5\u8c03\u6574\u540e\uff0c\u5df2\u7535\u8bdd\u544a\u77e5\u8be5\u9884\u7ea6\u4eba\u65b0\u7684\u63a5\u8bbf\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setText(QCoreApplication.translate("ReceptionScreen", u"\u4ee5\u5f80\u4fe1\u8bbf\u4e8b\u9879\u53ca\u7b54\u590d\uff08\u53cc\u51fb\u6253\u5f00\uff09", None))
        ___qtreewidgetitem = self.history.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReceptionScreen", u"\u6279\u793a\u548c\u7b54\u590d", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReceptionScreen", u"\u72b6\u6001", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReceptionScreen", u"\u6536\u5230\u65e5\u671f", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReceptionScreen", u"\u4e8b\u9879\u7f16\u53f7", None))
        self.talkButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u63a5\u8c08\u8bb0\u5f55\u2026\uff08F4\uff09", None))
        self.instructButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u6279\u793a\u2026\uff08F6\uff09", None))
        self.openButton.setText(QCoreApplication.translate("ReceptionScreen", u"\u6253\u5f00\u4e8b\u9879", None))
        pass
    # retranslateUi

