# Generated from ui/holiday_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCalendarWidget,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_HolidayDialog(object):
    def setupUi(self, HolidayDialog):
        if not HolidayDialog.objectName():
            HolidayDialog.setObjectName(u"HolidayDialog")
        HolidayDialog.resize(980, 660)
        self.verticalLayout = QVBoxLayout(HolidayDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(HolidayDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.year = QSpinBox(HolidayDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2004)
        self.year.setMaximum(2100)

        self.yearRow.addWidget(self.year)

        self.status = QLabel(HolidayDialog)
        self.status.setObjectName(u"status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.yearRow.addWidget(self.status)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)

        self.importButton = QPushButton(HolidayDialog)
        self.importButton.setObjectName(u"importButton")

        self.yearRow.addWidget(self.importButton)


        self.verticalLayout.addLayout(self.yearRow)

        self.importErrorsBox = QGroupBox(HolidayDialog)
        self.importErrorsBox.setObjectName(u"importErrorsBox")
        self.importErrorsBox.setStyleSheet(u"QGroupBox { color: #c62828; }")
        self.importErrorsLayout = QVBoxLayout(self.importErrorsBox)
        self.importErrorsLayout.setObjectName(u"importErrorsLayout")
        self.importErrors = QListWidget(self.importErrorsBox)
        self.importErrors.setObjectName(u"importErrors")
        self.importErrors.setMaximumSize(QSize(16777215, 110))
        self.importErrors.setStyleSheet(u"color: #c62828;")

        self.importErrorsLayout.addWidget(self.importErrors)


        self.verticalLayout.addWidget(self.importErrorsBox)

        self.tabs = QTabWidget(HolidayDialog)
        self.tabs.setObjectName(u"tabs")
        self.daysTab = QWidget()
        self.daysTab.setObjectName(u"daysTab")
        self.daysTabLayout = QHBoxLayout(self.daysTab)
        self.daysTabLayout.setObjectName(u"daysTabLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.tableLabel = QLabel(self.daysTab)
        self.tableLabel.setObjectName(u"tableLabel")

        self.leftColumn.addWidget(self.tableLabel)

        self.table = QTableView(self.daysTab)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.leftColumn.addWidget(self.table)

        self.dayBox = QGroupBox(self.daysTab)
        self.dayBox.setObjectName(u"dayBox")
        self.dayLayout = QGridLayout(self.dayBox)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLabel = QLabel(self.dayBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.dayLayout.addWidget(self.dayLabel, 0, 0, 1, 1)

        self.day = QDateEdit(self.dayBox)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.dayLayout.addWidget(self.day, 0, 1, 1, 1)

        self.kindLabel = QLabel(self.dayBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.dayLayout.addWidget(self.kindLabel, 0, 2, 1, 1)

        self.kind = QComboBox(self.dayBox)
        self.kind.setObjectName(u"kind")

        self.dayLayout.addWidget(self.kind, 0, 3, 1, 1)

        self.noteLabel = QLabel(self.dayBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dayLayout.addWidget(self.noteLabel, 1, 0, 1, 1)

        self.note = QLineEdit(self.dayBox)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(100)

        self.dayLayout.addWidget(self.note, 1, 1, 1, 3)

        self.dayError = QLabel(self.dayBox)
        self.dayError.setObjectName(u"dayError")

        self.dayLayout.addWidget(self.dayError, 2, 1, 1, 3)

        self.dayButtons = QHBoxLayout()
        self.dayButtons.setObjectName(u"dayButtons")
        self.saveDayButton = QPushButton(self.dayBox)
        self.saveDayButton.setObjectName(u"saveDayButton")

        self.dayButtons.addWidget(self.saveDayButton)

        self.removeDayButton = QPushButton(self.dayBox)
        self.removeDayButton.setObjectName(u"removeDayButton")

        self.dayButtons.addWidget(self.removeDayButton)

        self.dayButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayButtons.addItem(self.dayButtonsSpacer)


        self.dayLayout.addLayout(self.dayButtons, 3, 0, 1, 4)


        self.leftColumn.addWidget(self.dayBox)

        self.yearBox = QGroupBox(self.daysTab)
        self.yearBox.setObjectName(u"yearBox")
        self.yearBoxLayout = QGridLayout(self.yearBox)
        self.yearBoxLayout.setObjectName(u"yearBoxLayout")
        self.noticeLabel = QLabel(self.yearBox)
        self.noticeLabel.setObjectName(u"noticeLabel")

        self.yearBoxLayout.addWidget(self.noticeLabel, 0, 0, 1, 1)

        self.notice = QLineEdit(self.yearBox)
        self.notice.setObjectName(u"notice")
        self.notice.setMaxLength(200)

        self.yearBoxLayout.addWidget(self.notice, 0, 1, 1, 1)

        self.confirmYearButton = QPushButton(self.yearBox)
        self.confirmYearButton.setObjectName(u"confirmYearButton")

        self.yearBoxLayout.addWidget(self.confirmYearButton, 0, 2, 1, 1)

        self.yearError = QLabel(self.yearBox)
        self.yearError.setObjectName(u"yearError")

        self.yearBoxLayout.addWidget(self.yearError, 1, 1, 1, 2)


        self.leftColumn.addWidget(self.yearBox)


        self.daysTabLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.calendar = QCalendarWidget(self.daysTab)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumSize(QSize(400, 280))

        self.rightColumn.addWidget(self.calendar)

        self.legend = QLabel(self.daysTab)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)

        self.rightColumn.addWidget(self.legend)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.daysTabLayout.addLayout(self.rightColumn)

        self.tabs.addTab(self.daysTab, "")
        self.formatTab = QWidget()
        self.formatTab.setObjectName(u"formatTab")
        self.formatLayout = QVBoxLayout(self.formatTab)
        self.formatLayout.setObjectName(u"formatLayout")
        self.formatIntro = QLabel(self.formatTab)
        self.formatIntro.setObjectName(u"formatIntro")
        self.formatIntro.setWordWrap(True)

        self.formatLayout.addWidget(self.formatIntro)

        self.formatExample = QPlainTextEdit(self.formatTab)
        self.formatExample.setObjectName(u"formatExample")
        self.formatExample.setReadOnly(True)

        self.formatLayout.addWidget(self.formatExample)

        self.formatButtons = QHBoxLayout()
        self.formatButtons.setObjectName(u"formatButtons")
        self.copyExampleButton = QPushButton(self.formatTab)
        self.copyExampleButton.setObjectName(u"copyExampleButton")

        self.formatButtons.addWidget(self.copyExampleButton)

        self.formatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatButtons.addItem(self.formatSpacer)


        self.formatLayout.addLayout(self.formatButtons)

        self.tabs.addTab(self.formatTab, "")

        self.verticalLayout.addWidget(self.tabs)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.feedback = QLabel(HolidayDialog)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet(u"color: #2e7d32;")

        self.bottomRow.addWidget(self.feedback)

        self.buttons = QDialogButtonBox(HolidayDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomRow.addWidget(self.buttons)

        self.bottomRow.setStretch(0, 1)

        self.verticalLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.dayLabel.setBuddy(self.day)
        self.kindLabel.setBuddy(self.kind)
        self.noteLabel.setBuddy(self.note)
        self.noticeLabel.setBuddy(self.notice)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.importButton)
        QWidget.setTabOrder(self.importButton, self.table)
        QWidget.setTabOrder(self.table, self.day)
        QWidget.setTabOrder(self.day, self.kind)
        QWidget.setTabOrder(self.kind, self.note)
        QWidget.setTabOrder(self.note, self.saveDayButton)
        QWidget.setTabOrder(self.saveDayButton, self.removeDayButton)
        QWidget.setTabOrder(self.removeDayButton, self.notice)
        QWidget.setTabOrder(self.notice, self.confirmYearButton)

        self.retranslateUi(HolidayDialog)

        QMetaObject.connectSlotsByName(HolidayDialog)
    # setupUi

    def retranslateUi(self, HolidayDialog):
        HolidayDialog.setWindowTitle(QCoreApplication.translate("HolidayDialog", u"\u8282\u5047\u65e5\u5b89\u6392", None))
        self.yearLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u5e74\u4efd", None))
        self.year.setSuffix(QCoreApplication.translate("HolidayDialog", u" \u5e74", None))
        self.importButton.setText(QCoreApplication.translate("HolidayDialog", u"\u4ece\u6587\u4ef6\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("HolidayDialog", u"\u5bfc\u5165\u6309\u56fd\u52a1\u9662\u529e\u516c\u5385\u901a\u77e5\u6574\u7406\u7684 CSV \u6216 JSON \u6587\u4ef6\uff08\u683c\u5f0f\u89c1\u201c\u5bfc\u5165\u683c\u5f0f\u8bf4\u660e\u201d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.importErrorsBox.setTitle(QCoreApplication.translate("HolidayDialog", u"\u6587\u4ef6\u672a\u5bfc\u5165\uff1a\u8bf7\u6309\u4ee5\u4e0b\u63d0\u793a\u6539\u6b63\u540e\u91cd\u65b0\u5bfc\u5165\uff08\u672a\u505a\u4efb\u4f55\u4fee\u6539\uff09", None))
        self.tableLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u7ba1\u7406\u5458\u5f55\u5165\u7684\u65e5\u671f\uff08\u4f18\u5148\u4e8e\u7a0b\u5e8f\u5185\u7f6e\u65e5\u5386\uff09", None))
        self.dayBox.setTitle(QCoreApplication.translate("HolidayDialog", u"\u5355\u65e5\u8c03\u6574", None))
        self.dayLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u65e5\u671f", None))
        self.day.setDisplayFormat(QCoreApplication.translate("HolidayDialog", u"yyyy-MM-dd", None))
        self.kindLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u5b89\u6392", None))
        self.noteLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u8bf4\u660e", None))
        self.note.setPlaceholderText(QCoreApplication.translate("HolidayDialog", u"\u5982\uff1a\u6625\u8282\u3001\u56fd\u5e86\u8c03\u4f11\u4e0a\u73ed", None))
        self.saveDayButton.setText(QCoreApplication.translate("HolidayDialog", u"\u4fdd\u5b58\u8fd9\u4e00\u5929", None))
        self.removeDayButton.setText(QCoreApplication.translate("HolidayDialog", u"\u5220\u9664\u6240\u9009\uff08\u6062\u590d\u7a0b\u5e8f\u5185\u7f6e\u65e5\u5386\uff09", None))
        self.yearBox.setTitle(QCoreApplication.translate("HolidayDialog", u"\u9010\u65e5\u5f55\u5165\u5b8c\u6bd5\u540e\uff1a\u786e\u8ba4\u5168\u5e74\u5b89\u6392", None))
        self.noticeLabel.setText(QCoreApplication.translate("HolidayDialog", u"\u901a\u77e5\u6587\u53f7", None))
        self.notice.setPlaceholderText(QCoreApplication.translate("HolidayDialog", u"\u5982\uff1a\u56fd\u529e\u53d1\u660e\u7535\u30142026\u30157\u53f7", None))
        self.confirmYearButton.setText(QCoreApplication.translate("HolidayDialog", u"\u786e\u8ba4\u8be5\u5e74\u5df2\u5f55\u5165\u5b8c\u6574", None))
        self.tabs.setTabText(self.tabs.indexOf(self.daysTab), QCoreApplication.translate("HolidayDialog", u"\u65e5\u671f\u4e0e\u6708\u5386", None))
        self.copyExampleButton.setText(QCoreApplication.translate("HolidayDialog", u"\u590d\u5236\u793a\u4f8b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.formatTab), QCoreApplication.translate("HolidayDialog", u"\u5bfc\u5165\u683c\u5f0f\u8bf4\u660e", None))
    # retranslateUi

