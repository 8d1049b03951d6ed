# Generated from ui/aftercare_settings_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_AftercareSettingsDialog(object):
    def setupUi(self, AftercareSettingsDialog):
        if not AftercareSettingsDialog.objectName():
            AftercareSettingsDialog.setObjectName(u"AftercareSettingsDialog")
        AftercareSettingsDialog.resize(520, 280)
        self.verticalLayout = QVBoxLayout(AftercareSettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(AftercareSettingsDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.followUpLabel = QLabel(AftercareSettingsDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.grid.addWidget(self.followUpLabel, 0, 0, 1, 1)

        self.followUpDays = QSpinBox(AftercareSettingsDialog)
        self.followUpDays.setObjectName(u"followUpDays")
        self.followUpDays.setMinimum(0)
        self.followUpDays.setMaximum(365)

        self.grid.addWidget(self.followUpDays, 0, 1, 1, 1)

        self.followUpUnit = QLabel(AftercareSettingsDialog)
        self.followUpUnit.setObjectName(u"followUpUnit")

        self.grid.addWidget(self.followUpUnit, 0, 2, 1, 1)

        self.followUpError = QLabel(AftercareSettingsDialog)
        self.followUpError.setObjectName(u"followUpError")

        self.grid.addWidget(self.followUpError, 1, 1, 1, 2)

        self.headCountLabel = QLabel(AftercareSettingsDialog)
        self.headCountLabel.setObjectName(u"headCountLabel")

        self.grid.addWidget(self.headCountLabel, 2, 0, 1, 1)

        self.majorHeadCount = QSpinBox(AftercareSettingsDialog)
        self.majorHeadCount.setObjectName(u"majorHeadCount")
        self.majorHeadCount.setMinimum(0)
        self.majorHeadCount.setMaximum(9999)

        self.grid.addWidget(self.majorHeadCount, 2, 1, 1, 1)

        self.headCountUnit = QLabel(AftercareSettingsDialog)
        self.headCountUnit.setObjectName(u"headCountUnit")

        self.grid.addWidget(self.headCountUnit, 2, 2, 1, 1)

        self.headCountError = QLabel(AftercareSettingsDialog)
        self.headCountError.setObjectName(u"headCountError")

        self.grid.addWidget(self.headCountError, 3, 1, 1, 2)


        self.verticalLayout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AftercareSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.followUpLabel.setBuddy(self.followUpDays)
        self.headCountLabel.setBuddy(self.majorHeadCount)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.followUpDays, self.majorHeadCount)

        self.retranslateUi(AftercareSettingsDialog)

        QMetaObject.connectSlotsByName(AftercareSettingsDialog)
    # setupUi

    def retranslateUi(self, AftercareSettingsDialog):
        AftercareSettingsDialog.setWindowTitle(QCoreApplication.translate("AftercareSettingsDialog", u"\u56de\u8bbf\u4e0e\u5feb\u62a5\u8bbe\u7f6e", None))
        self.explain.setText(QCoreApplication.translate("AftercareSettingsDialog", u"\u4e8b\u9879\u529e\u7ed3\u540e\uff0c\u529e\u516c\u5ba4\u5728\u4e0b\u5217\u671f\u9650\u5185\u56de\u8bbf\u4fe1\u8bbf\u4eba\uff08\u5230\u671f\u63d0\u9192\u677f\u5217\u51fa\u672a\u56de\u8bbf\u7684\u4e8b\u9879\uff09\uff1b\u6765\u8bbf\u4eba\u6570\u8fbe\u5230\u4e0b\u5217\u6807\u51c6\u7684\u96c6\u4f53\u8bbf\uff0c\u767b\u8bb0\u65f6\u63d0\u793a\u6807\u8bb0\u4e3a\u91cd\u5927\u4fe1\u8bbf\u4e8b\u9879\u5e76\u5f53\u65e5\u62a5\u9001\u5feb\u62a5\u3002", None))
        self.followUpLabel.setText(QCoreApplication.translate("AftercareSettingsDialog", u"\u56de\u8bbf\u671f\u9650\uff1a\u529e\u7ed3\u540e", None))
        self.followUpUnit.setText(QCoreApplication.translate("AftercareSettingsDialog", u"\u4e2a\u5de5\u4f5c\u65e5\u5185", None))
        self.headCountLabel.setText(QCoreApplication.translate("AftercareSettingsDialog", u"\u91cd\u5927\u96c6\u4f53\u8bbf\uff1a\u6765\u8bbf", None))
        self.headCountUnit.setText(QCoreApplication.translate("AftercareSettingsDialog", u"\u4eba\u4ee5\u4e0a", None))
    # retranslateUi

