# Generated from ui/rota_plan_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_RotaPlanDialog(object):
    def setupUi(self, RotaPlanDialog):
        if not RotaPlanDialog.objectName():
            RotaPlanDialog.setObjectName(u"RotaPlanDialog")
        RotaPlanDialog.resize(560, 440)
        self.verticalLayout = QVBoxLayout(RotaPlanDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(RotaPlanDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.startLabel = QLabel(RotaPlanDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.grid.addWidget(self.startLabel, 0, 0, 1, 1)

        self.start = QDateEdit(RotaPlanDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.grid.addWidget(self.start, 0, 1, 1, 1)

        self.weeksLabel = QLabel(RotaPlanDialog)
        self.weeksLabel.setObjectName(u"weeksLabel")

        self.grid.addWidget(self.weeksLabel, 0, 2, 1, 1)

        self.weeks = QSpinBox(RotaPlanDialog)
        self.weeks.setObjectName(u"weeks")
        self.weeks.setMinimum(1)
        self.weeks.setMaximum(53)
        self.weeks.setValue(8)

        self.grid.addWidget(self.weeks, 0, 3, 1, 1)

        self.gridSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grid.addItem(self.gridSpacer, 0, 4, 1, 1)

        self.weeksError = QLabel(RotaPlanDialog)
        self.weeksError.setObjectName(u"weeksError")

        self.grid.addWidget(self.weeksError, 1, 3, 1, 2)


        self.verticalLayout.addLayout(self.grid)

        self.leadersLabel = QLabel(RotaPlanDialog)
        self.leadersLabel.setObjectName(u"leadersLabel")

        self.verticalLayout.addWidget(self.leadersLabel)

        self.leadersRow = QHBoxLayout()
        self.leadersRow.setObjectName(u"leadersRow")
        self.leaders = QListWidget(RotaPlanDialog)
        self.leaders.setObjectName(u"leaders")
        self.leaders.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

        self.leadersRow.addWidget(self.leaders)

        self.orderButtons = QVBoxLayout()
        self.orderButtons.setObjectName(u"orderButtons")
        self.upButton = QPushButton(RotaPlanDialog)
        self.upButton.setObjectName(u"upButton")

        self.orderButtons.addWidget(self.upButton)

        self.downButton = QPushButton(RotaPlanDialog)
        self.downButton.setObjectName(u"downButton")

        self.orderButtons.addWidget(self.downButton)

        self.orderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.orderButtons.addItem(self.orderSpacer)


        self.leadersRow.addLayout(self.orderButtons)


        self.verticalLayout.addLayout(self.leadersRow)

        self.leadersError = QLabel(RotaPlanDialog)
        self.leadersError.setObjectName(u"leadersError")

        self.verticalLayout.addWidget(self.leadersError)

        self.buttons = QDialogButtonBox(RotaPlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.start)
        self.weeksLabel.setBuddy(self.weeks)
        self.leadersLabel.setBuddy(self.leaders)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.start, self.weeks)
        QWidget.setTabOrder(self.weeks, self.leaders)
        QWidget.setTabOrder(self.leaders, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)

        self.retranslateUi(RotaPlanDialog)

        QMetaObject.connectSlotsByName(RotaPlanDialog)
    # setupUi

    def retranslateUi(self, RotaPlanDialog):
        RotaPlanDialog.setWindowTitle(QCoreApplication.translate("RotaPlanDialog", u"\u6392\u73ed", None))
        self.explain.setText(QCoreApplication.translate("RotaPlanDialog", u"\u52fe\u9009\u53c2\u52a0\u63a5\u8bbf\u7684\u9886\u5bfc\u5e76\u6392\u597d\u987a\u5e8f\uff0c\u7cfb\u7edf\u6309\u987a\u5e8f\u8f6e\u6d41\u5b89\u6392\u4eca\u540e\u5404\u5468\u7684\u63a5\u8bbf\u65e5\u3002\u5df2\u6392\u5b9a\u7684\u5468\u6b21\u4fdd\u6301\u4e0d\u53d8\uff1b\u63a5\u8bbf\u65e5\u9022\u8282\u5047\u65e5\u65f6\u6309\u201c\u9886\u5bfc\u63a5\u8bbf\u65e5\u8bbe\u7f6e\u201d\u63d0\u524d\u3001\u987a\u5ef6\u6216\u5f53\u5468\u4e0d\u5b89\u6392\u3002", None))
        self.startLabel.setText(QCoreApplication.translate("RotaPlanDialog", u"\u4ece", None))
        self.start.setDisplayFormat(QCoreApplication.translate("RotaPlanDialog", u"yyyy-MM-dd", None))
        self.weeksLabel.setText(QCoreApplication.translate("RotaPlanDialog", u"\u8d77\uff0c\u5b89\u6392", None))
        self.weeks.setSuffix(QCoreApplication.translate("RotaPlanDialog", u" \u5468", None))
        self.leadersLabel.setText(QCoreApplication.translate("RotaPlanDialog", u"\u8f6e\u503c\u9886\u5bfc\uff08\u52fe\u9009\uff0c\u6309\u503c\u73ed\u987a\u5e8f\u6392\u5217\uff09", None))
        self.upButton.setText(QCoreApplication.translate("RotaPlanDialog", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("RotaPlanDialog", u"\u4e0b\u79fb", None))
    # retranslateUi

