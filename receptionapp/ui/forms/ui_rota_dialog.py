# Generated from ui/rota_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_RotaDialog(object):
    def setupUi(self, RotaDialog):
        if not RotaDialog.objectName():
            RotaDialog.setObjectName(u"RotaDialog")
        RotaDialog.resize(1120, 660)
        self.verticalLayout = QVBoxLayout(RotaDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.scheduleLabel = QLabel(RotaDialog)
        self.scheduleLabel.setObjectName(u"scheduleLabel")
        self.scheduleLabel.setWordWrap(True)

        self.topRow.addWidget(self.scheduleLabel)

        self.showPast = QCheckBox(RotaDialog)
        self.showPast.setObjectName(u"showPast")

        self.topRow.addWidget(self.showPast)

        self.planButton = QPushButton(RotaDialog)
        self.planButton.setObjectName(u"planButton")

        self.topRow.addWidget(self.planButton)

        self.topRow.setStretch(0, 1)

        self.verticalLayout.addLayout(self.topRow)

        self.table = QTableView(RotaDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.verticalLayout.addWidget(self.table)

        self.editBox = QGroupBox(RotaDialog)
        self.editBox.setObjectName(u"editBox")
        self.editLayout = QGridLayout(self.editBox)
        self.editLayout.setObjectName(u"editLayout")
        self.dayInfo = QLabel(self.editBox)
        self.dayInfo.setObjectName(u"dayInfo")
        self.dayInfo.setWordWrap(True)

        self.editLayout.addWidget(self.dayInfo, 0, 0, 1, 5)

        self.leaderLabel = QLabel(self.editBox)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.editLayout.addWidget(self.leaderLabel, 1, 0, 1, 1)

        self.leader = QComboBox(self.editBox)
        self.leader.setObjectName(u"leader")
        self.leader.setMinimumSize(QSize(160, 0))

        self.editLayout.addWidget(self.leader, 1, 1, 1, 1)

        self.substituteLabel = QLabel(self.editBox)
        self.substituteLabel.setObjectName(u"substituteLabel")

        self.editLayout.addWidget(self.substituteLabel, 1, 2, 1, 1)

        self.substitute = QComboBox(self.editBox)
        self.substitute.setObjectName(u"substitute")
        self.substitute.setMinimumSize(QSize(160, 0))

        self.editLayout.addWidget(self.substitute, 1, 3, 1, 1)

        self.cancelled = QCheckBox(self.editBox)
        self.cancelled.setObjectName(u"cancelled")

        self.editLayout.addWidget(self.cancelled, 1, 4, 1, 1)

        self.leaderError = QLabel(self.editBox)
        self.leaderError.setObjectName(u"leaderError")

        self.editLayout.addWidget(self.leaderError, 2, 1, 1, 1)

        self.substituteError = QLabel(self.editBox)
        self.substituteError.setObjectName(u"substituteError")

        self.editLayout.addWidget(self.substituteError, 2, 3, 1, 1)

        self.noteLabel = QLabel(self.editBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.editLayout.addWidget(self.noteLabel, 3, 0, 1, 1)

        self.note = QLineEdit(self.editBox)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(200)

        self.editLayout.addWidget(self.note, 3, 1, 1, 4)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveButton = QPushButton(self.editBox)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)

        self.feedback = QLabel(self.editBox)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet(u"color: #2e7d32;")

        self.saveRow.addWidget(self.feedback)

        self.saveRow.setStretch(1, 1)

        self.editLayout.addLayout(self.saveRow, 4, 0, 1, 5)


        self.verticalLayout.addWidget(self.editBox)

        self.buttons = QDialogButtonBox(RotaDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.leaderLabel.setBuddy(self.leader)
        self.substituteLabel.setBuddy(self.substitute)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.leader)
        QWidget.setTabOrder(self.leader, self.substitute)
        QWidget.setTabOrder(self.substitute, self.cancelled)
        QWidget.setTabOrder(self.cancelled, self.note)
        QWidget.setTabOrder(self.note, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.planButton)

        self.retranslateUi(RotaDialog)

        QMetaObject.connectSlotsByName(RotaDialog)
    # setupUi

    def retranslateUi(self, RotaDialog):
        RotaDialog.setWindowTitle(QCoreApplication.translate("RotaDialog", u"\u63a5\u8bbf\u5b89\u6392", None))
        self.showPast.setText(QCoreApplication.translate("RotaDialog", u"\u542b\u6700\u8fd14\u6b21\u5df2\u8fc7\u7684\u63a5\u8bbf\u65e5", None))
        self.planButton.setText(QCoreApplication.translate("RotaDialog", u"\u6392\u73ed\u2026", None))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(QCoreApplication.translate("RotaDialog", u"\u4e3a\u4eca\u540e\u82e5\u5e72\u5468\u5b89\u6392\u503c\u73ed\u9886\u5bfc\uff08\u5df2\u6392\u5b9a\u7684\u5468\u6b21\u4fdd\u6301\u4e0d\u53d8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editBox.setTitle(QCoreApplication.translate("RotaDialog", u"\u8c03\u6574\u6240\u9009\u63a5\u8bbf\u65e5", None))
        self.leaderLabel.setText(QCoreApplication.translate("RotaDialog", u"\u503c\u73ed\u9886\u5bfc *", None))
        self.substituteLabel.setText(QCoreApplication.translate("RotaDialog", u"\u66ff\u73ed\u9886\u5bfc", None))
        self.cancelled.setText(QCoreApplication.translate("RotaDialog", u"\u53d6\u6d88\u8be5\u65e5\u63a5\u8bbf", None))
        self.noteLabel.setText(QCoreApplication.translate("RotaDialog", u"\u5907\u6ce8", None))
        self.note.setPlaceholderText(QCoreApplication.translate("RotaDialog", u"\u5982\uff1a\u674e\u5c40\u957f\u5916\u51fa\u5f00\u4f1a\uff0c\u7531\u738b\u526f\u5c40\u957f\u66ff\u73ed", None))
        self.saveButton.setText(QCoreApplication.translate("RotaDialog", u"\u4fdd\u5b58\u8c03\u6574", None))
    # retranslateUi

