# Generated from ui/schedule_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_ScheduleDialog(object):
    def setupUi(self, ScheduleDialog):
        if not ScheduleDialog.objectName():
            ScheduleDialog.setObjectName(u"ScheduleDialog")
        ScheduleDialog.resize(580, 440)
        self.verticalLayout = QVBoxLayout(ScheduleDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(ScheduleDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.weekdayLabel = QLabel(ScheduleDialog)
        self.weekdayLabel.setObjectName(u"weekdayLabel")

        self.grid.addWidget(self.weekdayLabel, 0, 0, 1, 1)

        self.weekday = QComboBox(ScheduleDialog)
        self.weekday.setObjectName(u"weekday")

        self.grid.addWidget(self.weekday, 0, 1, 1, 3)

        self.weekdayError = QLabel(ScheduleDialog)
        self.weekdayError.setObjectName(u"weekdayError")

        self.grid.addWidget(self.weekdayError, 1, 1, 1, 3)

        self.timeLabel = QLabel(ScheduleDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.grid.addWidget(self.timeLabel, 2, 0, 1, 1)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.start = QTimeEdit(ScheduleDialog)
        self.start.setObjectName(u"start")

        self.timeRow.addWidget(self.start)

        self.toLabel = QLabel(ScheduleDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.end = QTimeEdit(ScheduleDialog)
        self.end.setObjectName(u"end")

        self.timeRow.addWidget(self.end)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.grid.addLayout(self.timeRow, 2, 1, 1, 3)

        self.endError = QLabel(ScheduleDialog)
        self.endError.setObjectName(u"endError")

        self.grid.addWidget(self.endError, 3, 1, 1, 3)

        self.moveLabel = QLabel(ScheduleDialog)
        self.moveLabel.setObjectName(u"moveLabel")

        self.grid.addWidget(self.moveLabel, 4, 0, 1, 1)

        self.move = QComboBox(ScheduleDialog)
        self.move.setObjectName(u"move")

        self.grid.addWidget(self.move, 4, 1, 1, 3)

        self.placeLabel = QLabel(ScheduleDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.grid.addWidget(self.placeLabel, 5, 0, 1, 1)

        self.place = QLineEdit(ScheduleDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(100)

        self.grid.addWidget(self.place, 5, 1, 1, 3)

        self.placeError = QLabel(ScheduleDialog)
        self.placeError.setObjectName(u"placeError")

        self.grid.addWidget(self.placeError, 6, 1, 1, 3)


        self.verticalLayout.addLayout(self.grid)

        self.previewBox = QGroupBox(ScheduleDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.preview = QLabel(self.previewBox)
        self.preview.setObjectName(u"preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.preview)


        self.verticalLayout.addWidget(self.previewBox)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(ScheduleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.weekdayLabel.setBuddy(self.weekday)
        self.timeLabel.setBuddy(self.start)
        self.moveLabel.setBuddy(self.move)
        self.placeLabel.setBuddy(self.place)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.weekday, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.move)
        QWidget.setTabOrder(self.move, self.place)

        self.retranslateUi(ScheduleDialog)

        QMetaObject.connectSlotsByName(ScheduleDialog)
    # setupUi

    def retranslateUi(self, ScheduleDialog):
        ScheduleDialog.setWindowTitle(QCoreApplication.translate("ScheduleDialog", u"\u9886\u5bfc\u63a5\u8bbf\u65e5\u8bbe\u7f6e", None))
        self.explain.setText(QCoreApplication.translate("ScheduleDialog", u"\u9886\u5bfc\u63a5\u8bbf\u65e5\u7684\u56fa\u5b9a\u5b89\u6392\u3002\u4fee\u6539\u53ea\u5f71\u54cd\u4eca\u540e\u65b0\u6392\u7684\u63a5\u8bbf\u65e5\uff1b\u5df2\u6392\u5b9a\u7684\u65e5\u671f\u548c\u65f6\u95f4\u4e0d\u53d8\uff0c\u53ef\u5728\u201c\u63a5\u8bbf\u5b89\u6392\u201d\u4e2d\u9010\u65e5\u8c03\u6574\u3002", None))
        self.weekdayLabel.setText(QCoreApplication.translate("ScheduleDialog", u"\u63a5\u8bbf\u65e5 *", None))
        self.timeLabel.setText(QCoreApplication.translate("ScheduleDialog", u"\u65f6\u95f4 *", None))
        self.start.setDisplayFormat(QCoreApplication.translate("ScheduleDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("ScheduleDialog", u"\u81f3", None))
        self.end.setDisplayFormat(QCoreApplication.translate("ScheduleDialog", u"HH:mm", None))
        self.moveLabel.setText(QCoreApplication.translate("ScheduleDialog", u"\u9047\u8282\u5047\u65e5 *", None))
        self.placeLabel.setText(QCoreApplication.translate("ScheduleDialog", u"\u5730\u70b9 *", None))
        self.previewBox.setTitle(QCoreApplication.translate("ScheduleDialog", u"\u6309\u6b64\u8bbe\u7f6e", None))
    # retranslateUi

