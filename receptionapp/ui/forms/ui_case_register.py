# Generated from ui/case_register.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseRegister(object):
    def setupUi(self, CaseRegister):
        if not CaseRegister.objectName():
            CaseRegister.setObjectName(u"CaseRegister")
        CaseRegister.resize(1200, 700)
        self.verticalLayout = QVBoxLayout(CaseRegister)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.search = QLineEdit(CaseRegister)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.search)

        self.useDates = QCheckBox(CaseRegister)
        self.useDates.setObjectName(u"useDates")

        self.searchRow.addWidget(self.useDates)

        self.dateFrom = QDateEdit(CaseRegister)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.searchRow.addWidget(self.dateFrom)

        self.toLabel = QLabel(CaseRegister)
        self.toLabel.setObjectName(u"toLabel")

        self.searchRow.addWidget(self.toLabel)

        self.dateTo = QDateEdit(CaseRegister)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.searchRow.addWidget(self.dateTo)

        self.resetButton = QPushButton(CaseRegister)
        self.resetButton.setObjectName(u"resetButton")

        self.searchRow.addWidget(self.resetButton)

        self.countLabel = QLabel(CaseRegister)
        self.countLabel.setObjectName(u"countLabel")

        self.searchRow.addWidget(self.countLabel)


        self.verticalLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.channelLabel = QLabel(CaseRegister)
        self.channelLabel.setObjectName(u"channelLabel")

        self.filterRow.addWidget(self.channelLabel)

        self.channel = QComboBox(CaseRegister)
        self.channel.setObjectName(u"channel")

        self.filterRow.addWidget(self.channel)

        self.petitionTypeLabel = QLabel(CaseRegister)
        self.petitionTypeLabel.setObjectName(u"petitionTypeLabel")

        self.filterRow.addWidget(self.petitionTypeLabel)

        self.petitionType = QComboBox(CaseRegister)
        self.petitionType.setObjectName(u"petitionType")

        self.filterRow.addWidget(self.petitionType)

        self.statusLabel = QLabel(CaseRegister)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.status = QComboBox(CaseRegister)
        self.status.setObjectName(u"status")

        self.filterRow.addWidget(self.status)

        self.markLabel = QLabel(CaseRegister)
        self.markLabel.setObjectName(u"markLabel")

        self.filterRow.addWidget(self.markLabel)

        self.mark = QComboBox(CaseRegister)
        self.mark.setObjectName(u"mark")

        self.filterRow.addWidget(self.mark)

        self.categoryLabel = QLabel(CaseRegister)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterRow.addWidget(self.categoryLabel)

        self.category = QComboBox(CaseRegister)
        self.category.setObjectName(u"category")

        self.filterRow.addWidget(self.category)

        self.regionLabel = QLabel(CaseRegister)
        self.regionLabel.setObjectName(u"regionLabel")

        self.filterRow.addWidget(self.regionLabel)

        self.region = QComboBox(CaseRegister)
        self.region.setObjectName(u"region")

        self.filterRow.addWidget(self.region)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.verticalLayout.addLayout(self.filterRow)

        self.table = QTableView(CaseRegister)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.verticalLayout.addWidget(self.table)

        self.hint = QLabel(CaseRegister)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #666;")

        self.verticalLayout.addWidget(self.hint)


        self.retranslateUi(CaseRegister)

        QMetaObject.connectSlotsByName(CaseRegister)
    # setupUi

    def retranslateUi(self, CaseRegister):
        self.search.setPlaceholderText(QCoreApplication.translate("CaseRegister", u"\u641c\u7d22\uff1a\u7f16\u53f7\u3001\u59d3\u540d\u3001\u8eab\u4efd\u8bc1\u53f7\u3001\u7535\u8bdd\u6216\u4efb\u610f\u4e24\u4e2a\u4ee5\u4e0a\u6c49\u5b57\uff08Ctrl+F\uff09", None))
        self.useDates.setText(QCoreApplication.translate("CaseRegister", u"\u6536\u5230\u65e5\u671f", None))
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("CaseRegister", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("CaseRegister", u"\u81f3", None))
        self.dateTo.setDisplayFormat(QCoreApplication.translate("CaseRegister", u"yyyy-MM-dd", None))
        self.resetButton.setText(QCoreApplication.translate("CaseRegister", u"\u6e05\u9664\u7b5b\u9009", None))
        self.channelLabel.setText(QCoreApplication.translate("CaseRegister", u"\u5f62\u5f0f", None))
        self.petitionTypeLabel.setText(QCoreApplication.translate("CaseRegister", u"\u7c7b\u578b", None))
        self.statusLabel.setText(QCoreApplication.translate("CaseRegister", u"\u72b6\u6001", None))
        self.markLabel.setText(QCoreApplication.translate("CaseRegister", u"\u6807\u8bb0", None))
        self.categoryLabel.setText(QCoreApplication.translate("CaseRegister", u"\u7c7b\u522b", None))
        self.regionLabel.setText(QCoreApplication.translate("CaseRegister", u"\u533a\u53bf", None))
        self.hint.setText(QCoreApplication.translate("CaseRegister", u"\u53cc\u51fb\u6216\u6309\u56de\u8f66\u6253\u5f00\u4e8b\u9879\u3002\u5217\u8868\u6309\u6536\u5230\u65f6\u95f4\u5012\u5e8f\uff0c\u5411\u4e0b\u6eda\u52a8\u81ea\u52a8\u52a0\u8f7d\u66f4\u591a\u3002", None))
        pass
    # retranslateUi

