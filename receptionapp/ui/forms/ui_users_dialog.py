# Generated from ui/users_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(860, 520)
        self.verticalLayout = QVBoxLayout(UsersDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(UsersDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.table = QTableWidget(UsersDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.body.addWidget(self.table)

        self.actions = QVBoxLayout()
        self.actions.setObjectName(u"actions")
        self.newButton = QPushButton(UsersDialog)
        self.newButton.setObjectName(u"newButton")

        self.actions.addWidget(self.newButton)

        self.editButton = QPushButton(UsersDialog)
        self.editButton.setObjectName(u"editButton")

        self.actions.addWidget(self.editButton)

        self.resetButton = QPushButton(UsersDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.actions.addWidget(self.resetButton)

        self.activeButton = QPushButton(UsersDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.actions.addWidget(self.activeButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actions.addItem(self.actionsSpacer)


        self.body.addLayout(self.actions)


        self.verticalLayout.addLayout(self.body)

        self.idleRow = QHBoxLayout()
        self.idleRow.setObjectName(u"idleRow")
        self.idleLabel = QLabel(UsersDialog)
        self.idleLabel.setObjectName(u"idleLabel")

        self.idleRow.addWidget(self.idleLabel)

        self.idleMinutes = QSpinBox(UsersDialog)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMaximum(240)

        self.idleRow.addWidget(self.idleMinutes)

        self.idleSave = QPushButton(UsersDialog)
        self.idleSave.setObjectName(u"idleSave")

        self.idleRow.addWidget(self.idleSave)

        self.idleError = QLabel(UsersDialog)
        self.idleError.setObjectName(u"idleError")

        self.idleRow.addWidget(self.idleError)

        self.idleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idleRow.addItem(self.idleSpacer)


        self.verticalLayout.addLayout(self.idleRow)

        self.buttons = QDialogButtonBox(UsersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleMinutes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u7ba1\u7406", None))
        self.explain.setText(QCoreApplication.translate("UsersDialog", u"\u8d26\u53f7\u4e0d\u80fd\u5220\u9664\uff0c\u53ea\u80fd\u505c\u7528\uff1a\u505c\u7528\u540e\u4e0d\u80fd\u767b\u5f55\uff0c\u5176\u7ecf\u529e\u8bb0\u5f55\u4ecd\u5b8c\u6574\u4fdd\u7559\u3002\u7ba1\u7406\u5458\u770b\u4e0d\u5230\u4efb\u4f55\u4eba\u7684\u5bc6\u7801\uff0c\u53ea\u80fd\u91cd\u7f6e\u4e3a\u4e34\u65f6\u5bc6\u7801\uff0c\u7528\u6237\u4e0b\u6b21\u767b\u5f55\u65f6\u987b\u4fee\u6539\u3002", None))
        self.newButton.setText(QCoreApplication.translate("UsersDialog", u"\u65b0\u5efa\u8d26\u53f7\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsersDialog", u"\u4fee\u6539\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("UsersDialog", u"\u91cd\u7f6e\u5bc6\u7801\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("UsersDialog", u"\u505c\u7528", None))
        self.idleLabel.setText(QCoreApplication.translate("UsersDialog", u"\u65e0\u64cd\u4f5c\u81ea\u52a8\u9501\u5c4f\uff08\u5206\u949f\uff0c0\u4e3a\u4e0d\u9501\u5c4f\uff09\uff1a", None))
        self.idleSave.setText(QCoreApplication.translate("UsersDialog", u"\u4fdd\u5b58", None))
    # retranslateUi

