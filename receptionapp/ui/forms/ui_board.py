# Generated from ui/board.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_Board(object):
    def setupUi(self, Board):
        if not Board.objectName():
            Board.setObjectName(u"Board")
        Board.resize(1200, 720)
        self.verticalLayout = QVBoxLayout(Board)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.calendarWarning = QLabel(Board)
        self.calendarWarning.setObjectName(u"calendarWarning")
        self.calendarWarning.setWordWrap(True)
        self.calendarWarning.setStyleSheet(u"color: white; background: #c62828; padding: 6px; font-weight: bold;")

        self.verticalLayout.addWidget(self.calendarWarning)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(Board)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.headerRow.addWidget(self.title)

        self.allButton = QPushButton(Board)
        self.allButton.setObjectName(u"allButton")
        self.allButton.setCheckable(True)
        self.allButton.setChecked(True)

        self.headerRow.addWidget(self.allButton)

        self.overdueButton = QPushButton(Board)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setCheckable(True)

        self.headerRow.addWidget(self.overdueButton)

        self.todayButton = QPushButton(Board)
        self.todayButton.setObjectName(u"todayButton")
        self.todayButton.setCheckable(True)

        self.headerRow.addWidget(self.todayButton)

        self.soonButton = QPushButton(Board)
        self.soonButton.setObjectName(u"soonButton")
        self.soonButton.setCheckable(True)

        self.headerRow.addWidget(self.soonButton)

        self.unitLabel = QLabel(Board)
        self.unitLabel.setObjectName(u"unitLabel")

        self.headerRow.addWidget(self.unitLabel)

        self.unit = QComboBox(Board)
        self.unit.setObjectName(u"unit")
        self.unit.setMinimumSize(QSize(200, 0))

        self.headerRow.addWidget(self.unit)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.superviseButton = QPushButton(Board)
        self.superviseButton.setObjectName(u"superviseButton")

        self.headerRow.addWidget(self.superviseButton)

        self.openButton = QPushButton(Board)
        self.openButton.setObjectName(u"openButton")

        self.headerRow.addWidget(self.openButton)

        self.refreshButton = QPushButton(Board)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.headerRow)

        self.splitter = QSplitter(Board)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.tablePane = QWidget(self.splitter)
        self.tablePane.setObjectName(u"tablePane")
        self.tablePaneLayout = QVBoxLayout(self.tablePane)
        self.tablePaneLayout.setObjectName(u"tablePaneLayout")
        self.tablePaneLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePane)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.tablePaneLayout.addWidget(self.table)

        self.legend = QLabel(self.tablePane)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(u"color: #555;")

        self.tablePaneLayout.addWidget(self.legend)

        self.splitter.addWidget(self.tablePane)
        self.onTimeBox = QGroupBox(self.splitter)
        self.onTimeBox.setObjectName(u"onTimeBox")
        self.onTimeLayout = QVBoxLayout(self.onTimeBox)
        self.onTimeLayout.setObjectName(u"onTimeLayout")
        self.onTimeRow = QHBoxLayout()
        self.onTimeRow.setObjectName(u"onTimeRow")
        self.fromLabel = QLabel(self.onTimeBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.onTimeRow.addWidget(self.fromLabel)

        self.dateFrom = QDateEdit(self.onTimeBox)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.onTimeRow.addWidget(self.dateFrom)

        self.toLabel = QLabel(self.onTimeBox)
        self.toLabel.setObjectName(u"toLabel")

        self.onTimeRow.addWidget(self.toLabel)

        self.dateTo = QDateEdit(self.onTimeBox)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.onTimeRow.addWidget(self.dateTo)

        self.onTimeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.onTimeRow.addItem(self.onTimeSpacer)


        self.onTimeLayout.addLayout(self.onTimeRow)

        self.onTime = QTableWidget(self.onTimeBox)
        self.onTime.setObjectName(u"onTime")

        self.onTimeLayout.addWidget(self.onTime)

        self.splitter.addWidget(self.onTimeBox)

        self.verticalLayout.addWidget(self.splitter)


        self.retranslateUi(Board)

        QMetaObject.connectSlotsByName(Board)
    # setupUi

    def retranslateUi(self, Board):
        self.title.setText(QCoreApplication.translate("Board", u"\u5f85\u529e\u671f\u9650", None))
        self.allButton.setText(QCoreApplication.translate("Board", u"\u5168\u90e8", None))
        self.unitLabel.setText(QCoreApplication.translate("Board", u"\u627f\u529e\u5355\u4f4d", None))
        self.superviseButton.setText(QCoreApplication.translate("Board", u"\u53d1\u7763\u529e\u5355\u2026", None))
        self.openButton.setText(QCoreApplication.translate("Board", u"\u6253\u5f00\u4e8b\u9879", None))
        self.refreshButton.setText(QCoreApplication.translate("Board", u"\u5237\u65b0", None))
        self.onTimeBox.setTitle(QCoreApplication.translate("Board", u"\u5404\u627f\u529e\u5355\u4f4d\u6309\u671f\u529e\u7406\u60c5\u51b5", None))
        self.fromLabel.setText(QCoreApplication.translate("Board", u"\u5230\u671f\u65e5\u4ece", None))
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("Board", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("Board", u"\u81f3", None))
        self.dateTo.setDisplayFormat(QCoreApplication.translate("Board", u"yyyy-MM-dd", None))
        pass
    # retranslateUi

