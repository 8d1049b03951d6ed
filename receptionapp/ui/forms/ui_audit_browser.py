# Generated from ui/audit_browser.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AuditBrowser(object):
    def setupUi(self, AuditBrowser):
        if not AuditBrowser.objectName():
            AuditBrowser.setObjectName(u"AuditBrowser")
        AuditBrowser.resize(1100, 640)
        self.verticalLayout = QVBoxLayout(AuditBrowser)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.useDates = QCheckBox(AuditBrowser)
        self.useDates.setObjectName(u"useDates")

        self.filters.addWidget(self.useDates)

        self.dateFrom = QDateEdit(AuditBrowser)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.filters.addWidget(self.dateFrom)

        self.dateDash = QLabel(AuditBrowser)
        self.dateDash.setObjectName(u"dateDash")

        self.filters.addWidget(self.dateDash)

        self.dateTo = QDateEdit(AuditBrowser)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.filters.addWidget(self.dateTo)

        self.userLabel = QLabel(AuditBrowser)
        self.userLabel.setObjectName(u"userLabel")

        self.filters.addWidget(self.userLabel)

        self.user = QComboBox(AuditBrowser)
        self.user.setObjectName(u"user")
        self.user.setMinimumContentsLength(10)

        self.filters.addWidget(self.user)

        self.actionLabel = QLabel(AuditBrowser)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filters.addWidget(self.actionLabel)

        self.action = QComboBox(AuditBrowser)
        self.action.setObjectName(u"action")
        self.action.setMinimumContentsLength(8)

        self.filters.addWidget(self.action)

        self.caseLabel = QLabel(AuditBrowser)
        self.caseLabel.setObjectName(u"caseLabel")

        self.filters.addWidget(self.caseLabel)

        self.caseNumber = QLineEdit(AuditBrowser)
        self.caseNumber.setObjectName(u"caseNumber")
        self.caseNumber.setClearButtonEnabled(True)

        self.filters.addWidget(self.caseNumber)


        self.verticalLayout.addLayout(self.filters)

        self.table = QTableView(AuditBrowser)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.verticalLayout.addWidget(self.table)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.count = QLabel(AuditBrowser)
        self.count.setObjectName(u"count")

        self.bottom.addWidget(self.count)

        self.chain = QLabel(AuditBrowser)
        self.chain.setObjectName(u"chain")

        self.bottom.addWidget(self.chain)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottomSpacer)

        self.verifyButton = QPushButton(AuditBrowser)
        self.verifyButton.setObjectName(u"verifyButton")

        self.bottom.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AuditBrowser)
        self.exportButton.setObjectName(u"exportButton")

        self.bottom.addWidget(self.exportButton)

        self.closeButton = QPushButton(AuditBrowser)
        self.closeButton.setObjectName(u"closeButton")

        self.bottom.addWidget(self.closeButton)


        self.verticalLayout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.user)
        self.actionLabel.setBuddy(self.action)
        self.caseLabel.setBuddy(self.caseNumber)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditBrowser)

        QMetaObject.connectSlotsByName(AuditBrowser)
    # setupUi

    def retranslateUi(self, AuditBrowser):
        AuditBrowser.setWindowTitle(QCoreApplication.translate("AuditBrowser", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.useDates.setText(QCoreApplication.translate("AuditBrowser", u"\u65e5\u671f", None))
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("AuditBrowser", u"yyyy-MM-dd", None))
        self.dateDash.setText(QCoreApplication.translate("AuditBrowser", u"\u81f3", None))
        self.dateTo.setDisplayFormat(QCoreApplication.translate("AuditBrowser", u"yyyy-MM-dd", None))
        self.userLabel.setText(QCoreApplication.translate("AuditBrowser", u"\u64cd\u4f5c\u4eba", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditBrowser", u"\u64cd\u4f5c", None))
        self.caseLabel.setText(QCoreApplication.translate("AuditBrowser", u"\u4e8b\u9879\u7f16\u53f7", None))
        self.caseNumber.setPlaceholderText(QCoreApplication.translate("AuditBrowser", u"\u7f16\u53f7\u7684\u4e00\u90e8\u5206\uff0c\u5982 2026\u30150012", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditBrowser", u"\u6821\u9a8c\u5b8c\u6574\u6027", None))
        self.exportButton.setText(QCoreApplication.translate("AuditBrowser", u"\u5bfc\u51fa CSV\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("AuditBrowser", u"\u5173\u95ed", None))
    # retranslateUi

