# Generated from ui/history_panel.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HistoryPanel(object):
    def setupUi(self, HistoryPanel):
        if not HistoryPanel.objectName():
            HistoryPanel.setObjectName(u"HistoryPanel")
        HistoryPanel.resize(340, 600)
        HistoryPanel.setMinimumSize(QSize(300, 0))
        self.historyLayout = QVBoxLayout(HistoryPanel)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(4, 0, 0, 0)
        self.title = QLabel(HistoryPanel)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.historyLayout.addWidget(self.title)

        self.summary = QLabel(HistoryPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.historyLayout.addWidget(self.summary)

        self.firstReceiverInfo = QLabel(HistoryPanel)
        self.firstReceiverInfo.setObjectName(u"firstReceiverInfo")
        self.firstReceiverInfo.setWordWrap(True)
        self.firstReceiverInfo.setStyleSheet(u"color: #1565c0; font-weight: bold; font-size: 12pt;")

        self.historyLayout.addWidget(self.firstReceiverInfo)

        self.firstReceiverLayout = QHBoxLayout()
        self.firstReceiverLayout.setObjectName(u"firstReceiverLayout")
        self.firstReceiverLabel = QLabel(HistoryPanel)
        self.firstReceiverLabel.setObjectName(u"firstReceiverLabel")

        self.firstReceiverLayout.addWidget(self.firstReceiverLabel)

        self.firstReceiver = QComboBox(HistoryPanel)
        self.firstReceiver.setObjectName(u"firstReceiver")

        self.firstReceiverLayout.addWidget(self.firstReceiver)

        self.firstReceiverSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.firstReceiverLayout.addItem(self.firstReceiverSpacer)


        self.historyLayout.addLayout(self.firstReceiverLayout)

        self.caseList = QListWidget(HistoryPanel)
        self.caseList.setObjectName(u"caseList")
        self.caseList.setWordWrap(True)
        self.caseList.setAlternatingRowColors(True)
        self.caseList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caseList.setSpacing(2)

        self.historyLayout.addWidget(self.caseList)

        self.warning = QLabel(HistoryPanel)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(u"color: #c62828;")

        self.historyLayout.addWidget(self.warning)

        self.hint = QLabel(HistoryPanel)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #666;")

        self.historyLayout.addWidget(self.hint)


        self.retranslateUi(HistoryPanel)

        QMetaObject.connectSlotsByName(HistoryPanel)
    # setupUi

    def retranslateUi(self, HistoryPanel):
        self.title.setText(QCoreApplication.translate("HistoryPanel", u"\u8be5\u4fe1\u8bbf\u4eba\u7684\u5386\u53f2\u4e8b\u9879", None))
        self.firstReceiverLabel.setText(QCoreApplication.translate("HistoryPanel", u"\u9996\u95ee\u8d23\u4efb\u4eba", None))
#if QT_CONFIG(tooltip)
        self.firstReceiver.setToolTip(QCoreApplication.translate("HistoryPanel", u"\u9996\u95ee\u8d1f\u8d23\u5236\uff1a\u7b2c\u4e00\u4f4d\u63a5\u5f85\u8be5\u6765\u8bbf\u4eba\u7684\u5de5\u4f5c\u4eba\u5458\u3002\u9ed8\u8ba4\u4e3a\u6b64\u524d\u7684\u9996\u95ee\u8d23\u4efb\u4eba\uff0c\u6ca1\u6709\u65f6\u4e3a\u767b\u8bb0\u4eba\u672c\u4eba\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.caseList.setToolTip(QCoreApplication.translate("HistoryPanel", u"\u53cc\u51fb\u6253\u5f00\u8be5\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.hint.setText(QCoreApplication.translate("HistoryPanel", u"\u53cc\u51fb\u4e00\u4ef6\u4e8b\u9879\u53ef\u6253\u5f00\u67e5\u770b\u3002", None))
        pass
    # retranslateUi

