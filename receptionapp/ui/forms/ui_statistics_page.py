# Generated from ui/statistics_page.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_StatisticsPage(object):
    def setupUi(self, StatisticsPage):
        if not StatisticsPage.objectName():
            StatisticsPage.setObjectName(u"StatisticsPage")
        StatisticsPage.resize(1200, 760)
        self.verticalLayout = QVBoxLayout(StatisticsPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.pickerRow = QHBoxLayout()
        self.pickerRow.setObjectName(u"pickerRow")
        self.kindLabel = QLabel(StatisticsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.pickerRow.addWidget(self.kindLabel)

        self.kind = QComboBox(StatisticsPage)
        self.kind.setObjectName(u"kind")

        self.pickerRow.addWidget(self.kind)

        self.year = QSpinBox(StatisticsPage)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.pickerRow.addWidget(self.year)

        self.part = QComboBox(StatisticsPage)
        self.part.setObjectName(u"part")

        self.pickerRow.addWidget(self.part)

        self.dateFrom = QDateEdit(StatisticsPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.pickerRow.addWidget(self.dateFrom)

        self.toLabel = QLabel(StatisticsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.pickerRow.addWidget(self.toLabel)

        self.dateTo = QDateEdit(StatisticsPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.pickerRow.addWidget(self.dateTo)

        self.refreshButton = QPushButton(StatisticsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.pickerRow.addWidget(self.refreshButton)

        self.periodLabel = QLabel(StatisticsPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setStyleSheet(u"color: #444;")

        self.pickerRow.addWidget(self.periodLabel)

        self.pickerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickerRow.addItem(self.pickerSpacer)

        self.excelButton = QPushButton(StatisticsPage)
        self.excelButton.setObjectName(u"excelButton")

        self.pickerRow.addWidget(self.excelButton)

        self.pdfButton = QPushButton(StatisticsPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.pickerRow.addWidget(self.pdfButton)

        self.ledgerButton = QPushButton(StatisticsPage)
        self.ledgerButton.setObjectName(u"ledgerButton")

        self.pickerRow.addWidget(self.ledgerButton)


        self.verticalLayout.addLayout(self.pickerRow)

        self.tabs = QTabWidget(StatisticsPage)
        self.tabs.setObjectName(u"tabs")

        self.verticalLayout.addWidget(self.tabs)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.hint = QLabel(StatisticsPage)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #666;")

        self.statusRow.addWidget(self.hint)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)

        self.status = QLabel(StatisticsPage)
        self.status.setObjectName(u"status")

        self.statusRow.addWidget(self.status)

        self.progress = QProgressBar(StatisticsPage)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumWidth(240)
        self.progress.setTextVisible(False)

        self.statusRow.addWidget(self.progress)


        self.verticalLayout.addLayout(self.statusRow)


        self.retranslateUi(StatisticsPage)

        QMetaObject.connectSlotsByName(StatisticsPage)
    # setupUi

    def retranslateUi(self, StatisticsPage):
        self.kindLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u7edf\u8ba1\u671f\u95f4", None))
        self.year.setSuffix(QCoreApplication.translate("StatisticsPage", u"\u5e74", None))
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("StatisticsPage", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("StatisticsPage", u"\u81f3", None))
        self.dateTo.setDisplayFormat(QCoreApplication.translate("StatisticsPage", u"yyyy-MM-dd", None))
        self.refreshButton.setText(QCoreApplication.translate("StatisticsPage", u"\u7edf\u8ba1", None))
        self.excelButton.setText(QCoreApplication.translate("StatisticsPage", u"\u5bfc\u51faExcel", None))
        self.pdfButton.setText(QCoreApplication.translate("StatisticsPage", u"\u5bfc\u51faPDF", None))
        self.ledgerButton.setText(QCoreApplication.translate("StatisticsPage", u"\u5bfc\u51fa\u53f0\u8d26", None))
        self.hint.setText(QCoreApplication.translate("StatisticsPage", u"\u70b9\u51fb\u84dd\u8272\u6570\u5b57\u53ef\u67e5\u770b\u5176\u4e2d\u7684\u4e8b\u9879\u3002\u7edf\u8ba1\u53e3\u5f84\u89c1\u201c\u8bf4\u660e\u201d\u3002", None))
        pass
    # retranslateUi

