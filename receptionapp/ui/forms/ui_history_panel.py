# Generated from ui/history_panel.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

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
#if QT_CONFIG(tooltip)
        self.caseList.setToolTip(QCoreApplication.translate("HistoryPanel", u"\u53cc\u51fb\u6253\u5f00\u8be5\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.hint.setText(QCoreApplication.translate("HistoryPanel", u"\u53cc\u51fb\u4e00\u4ef6\u4e8b\u9879\u53ef\u6253\u5f00\u67e5\u770b\u3002", None))
        pass
    # retranslateUi

