# Generated from ui/deadline_rules_dialog.ui by build/compile_ui.py. Do not edit.
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_DeadlineRulesDialog(object):
    def setupUi(self, DeadlineRulesDialog):
        if not DeadlineRulesDialog.objectName():
            DeadlineRulesDialog.setObjectName(u"DeadlineRulesDialog")
        DeadlineRulesDialog.resize(1080, 720)
        self.verticalLayout = QVBoxLayout(DeadlineRulesDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(DeadlineRulesDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.showRetired = QCheckBox(DeadlineRulesDialog)
        self.showRetired.setObjectName(u"showRetired")

        self.filterRow.addWidget(self.showRetired)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(DeadlineRulesDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.verticalLayout.addLayout(self.filterRow)

        self.table = QTableView(DeadlineRulesDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.verticalLayout.addWidget(self.table)

        self.editBox = QGroupBox(DeadlineRulesDialog)
        self.editBox.setObjectName(u"editBox")
        self.editLayout = QGridLayout(self.editBox)
        self.editLayout.setObjectName(u"editLayout")
        self.ruleInfo = QLabel(self.editBox)
        self.ruleInfo.setObjectName(u"ruleInfo")
        self.ruleInfo.setWordWrap(True)

        self.editLayout.addWidget(self.ruleInfo, 0, 0, 1, 6)

        self.nameLabel = QLabel(self.editBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editLayout.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.name = QLineEdit(self.editBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.editLayout.addWidget(self.name, 1, 1, 1, 5)

        self.nameError = QLabel(self.editBox)
        self.nameError.setObjectName(u"nameError")

        self.editLayout.addWidget(self.nameError, 2, 1, 1, 5)

        self.kindLabel = QLabel(self.editBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.editLayout.addWidget(self.kindLabel, 3, 0, 1, 1)

        self.kind = QComboBox(self.editBox)
        self.kind.setObjectName(u"kind")

        self.editLayout.addWidget(self.kind, 3, 1, 1, 1)

        self.appliesToLabel = QLabel(self.editBox)
        self.appliesToLabel.setObjectName(u"appliesToLabel")

        self.editLayout.addWidget(self.appliesToLabel, 3, 2, 1, 1)

        self.appliesTo = QComboBox(self.editBox)
        self.appliesTo.setObjectName(u"appliesTo")

        self.editLayout.addWidget(self.appliesTo, 3, 3, 1, 1)

        self.startEventLabel = QLabel(self.editBox)
        self.startEventLabel.setObjectName(u"startEventLabel")

        self.editLayout.addWidget(self.startEventLabel, 3, 4, 1, 1)

        self.startEvent = QComboBox(self.editBox)
        self.startEvent.setObjectName(u"startEvent")

        self.editLayout.addWidget(self.startEvent, 3, 5, 1, 1)

        self.kindError = QLabel(self.editBox)
        self.kindError.setObjectName(u"kindError")

        self.editLayout.addWidget(self.kindError, 4, 1, 1, 1)

        self.appliesToError = QLabel(self.editBox)
        self.appliesToError.setObjectName(u"appliesToError")

        self.editLayout.addWidget(self.appliesToError, 4, 3, 1, 1)

        self.startEventError = QLabel(self.editBox)
        self.startEventError.setObjectName(u"startEventError")

        self.editLayout.addWidget(self.startEventError, 4, 5, 1, 1)

        self.lengthLabel = QLabel(self.editBox)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.editLayout.addWidget(self.lengthLabel, 5, 0, 1, 1)

        self.lengthRow = QHBoxLayout()
        self.lengthRow.setObjectName(u"lengthRow")
        self.length = QSpinBox(self.editBox)
        self.length.setObjectName(u"length")
        self.length.setMinimum(1)
        self.length.setMaximum(365)

        self.lengthRow.addWidget(self.length)

        self.unit = QComboBox(self.editBox)
        self.unit.setObjectName(u"unit")

        self.lengthRow.addWidget(self.unit)

        self.lengthRow.setStretch(0, 1)
        self.lengthRow.setStretch(1, 1)

        self.editLayout.addLayout(self.lengthRow, 5, 1, 1, 1)

        self.maxExtensionLabel = QLabel(self.editBox)
        self.maxExtensionLabel.setObjectName(u"maxExtensionLabel")

        self.editLayout.addWidget(self.maxExtensionLabel, 5, 2, 1, 1)

        self.maxExtension = QSpinBox(self.editBox)
        self.maxExtension.setObjectName(u"maxExtension")
        self.maxExtension.setMinimum(0)
        self.maxExtension.setMaximum(365)

        self.editLayout.addWidget(self.maxExtension, 5, 3, 1, 1)

        self.lengthError = QLabel(self.editBox)
        self.lengthError.setObjectName(u"lengthError")

        self.editLayout.addWidget(self.lengthError, 6, 1, 1, 1)

        self.maxExtensionError = QLabel(self.editBox)
        self.maxExtensionError.setObjectName(u"maxExtensionError")

        self.editLayout.addWidget(self.maxExtensionError, 6, 3, 1, 1)

        self.basisLabel = QLabel(self.editBox)
        self.basisLabel.setObjectName(u"basisLabel")

        self.editLayout.addWidget(self.basisLabel, 7, 0, 1, 1)

        self.basis = QLineEdit(self.editBox)
        self.basis.setObjectName(u"basis")
        self.basis.setMaxLength(200)

        self.editLayout.addWidget(self.basis, 7, 1, 1, 5)

        self.basisError = QLabel(self.editBox)
        self.basisError.setObjectName(u"basisError")

        self.editLayout.addWidget(self.basisError, 8, 1, 1, 5)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveButton = QPushButton(self.editBox)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)

        self.retireButton = QPushButton(self.editBox)
        self.retireButton.setObjectName(u"retireButton")

        self.saveRow.addWidget(self.retireButton)

        self.newButton = QPushButton(self.editBox)
        self.newButton.setObjectName(u"newButton")

        self.saveRow.addWidget(self.newButton)

        self.cancelNewButton = QPushButton(self.editBox)
        self.cancelNewButton.setObjectName(u"cancelNewButton")

        self.saveRow.addWidget(self.cancelNewButton)

        self.feedback = QLabel(self.editBox)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet(u"color: #2e7d32;")

        self.saveRow.addWidget(self.feedback)

        self.saveRow.setStretch(4, 1)

        self.editLayout.addLayout(self.saveRow, 9, 0, 1, 6)

        self.editLayout.setColumnStretch(1, 1)
        self.editLayout.setColumnStretch(3, 1)
        self.editLayout.setColumnStretch(5, 1)

        self.verticalLayout.addWidget(self.editBox)

        self.buttons = QDialogButtonBox(DeadlineRulesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.appliesToLabel.setBuddy(self.appliesTo)
        self.startEventLabel.setBuddy(self.startEvent)
        self.lengthLabel.setBuddy(self.length)
        self.maxExtensionLabel.setBuddy(self.maxExtension)
        self.basisLabel.setBuddy(self.basis)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.showRetired, self.table)
        QWidget.setTabOrder(self.table, self.name)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.appliesTo)
        QWidget.setTabOrder(self.appliesTo, self.startEvent)
        QWidget.setTabOrder(self.startEvent, self.length)
        QWidget.setTabOrder(self.length, self.unit)
        QWidget.setTabOrder(self.unit, self.maxExtension)
        QWidget.setTabOrder(self.maxExtension, self.basis)
        QWidget.setTabOrder(self.basis, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.cancelNewButton)

        self.retranslateUi(DeadlineRulesDialog)

        QMetaObject.connectSlotsByName(DeadlineRulesDialog)
    # setupUi

    def retranslateUi(self, DeadlineRulesDialog):
        DeadlineRulesDialog.setWindowTitle(QCoreApplication.translate("DeadlineRulesDialog", u"\u671f\u9650\u89c4\u5219", None))
        self.explain.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u671f\u9650\u89c4\u5219\u51b3\u5b9a\u767b\u8bb0\u3001\u6279\u793a\u3001\u4ea4\u529e\u7b49\u73af\u8282\u4ea7\u751f\u7684\u5404\u9879\u671f\u9650\u3002\u4fee\u6539\u3001\u65b0\u589e\u6216\u5e9f\u6b62\u89c4\u5219\u90fd\u53ea\u7528\u4e8e\u4eca\u540e\u65b0\u4ea7\u751f\u7684\u671f\u9650\uff1b\u5df2\u6709\u4e8b\u9879\u4fdd\u7559\u5f53\u65f6\u6240\u7528\u7684\u7248\u672c\uff0c\u671f\u9650\u4e0d\u53d8\u3002\u540c\u4e00\u79cd\u671f\u9650\u6709\u591a\u6761\u89c4\u5219\u65f6\uff0c\u9002\u7528\u8303\u56f4\u8d8a\u5177\u4f53\u8d8a\u4f18\u5148\uff1a\u4fe1\u8bbf\u5f62\u5f0f\u3001\u5904\u7406\u65b9\u5f0f\u3001\u627f\u529e\u5355\u4f4d\u7c7b\u522b\uff0c\u6700\u540e\u662f\u9002\u7528\u4e8e\u6240\u6709\u4e8b\u9879\u7684\u901a\u7528\u89c4\u5219\u3002\u201c\u5728\u7528\u201d\u4e3a\u6309\u8be5\u7248\u672c\u8ba1\u7b97\u3001\u5c1a\u672a\u5b8c\u6210\u7684\u671f\u9650\u6570\u3002", None))
        self.showRetired.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u663e\u793a\u65e7\u7248\u672c\u548c\u5df2\u5e9f\u6b62\u7684\u89c4\u5219", None))
        self.editBox.setTitle(QCoreApplication.translate("DeadlineRulesDialog", u"\u4fee\u6539\u6240\u9009\u89c4\u5219", None))
        self.nameLabel.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u540d\u79f0 *", None))
        self.kindLabel.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u671f\u9650\u79cd\u7c7b *", None))
        self.appliesToLabel.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u9002\u7528\u4e8e *", None))
        self.startEventLabel.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u8d77\u7b97 *", None))
        self.lengthLabel.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u671f\u9650 *", None))
        self.maxExtensionLabel.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u6700\u591a\u53ef\u5ef6\u671f", None))
        self.maxExtension.setSpecialValueText(QCoreApplication.translate("DeadlineRulesDialog", u"\u4e0d\u53ef\u5ef6\u671f", None))
        self.basisLabel.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u4f9d\u636e", None))
        self.basis.setPlaceholderText(QCoreApplication.translate("DeadlineRulesDialog", u"\u5982\uff1a\u300a\u4fe1\u8bbf\u5de5\u4f5c\u6761\u4f8b\u300b\u7b2c\u4e09\u5341\u56db\u6761", None))
        self.saveButton.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c", None))
        self.retireButton.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u5e9f\u6b62\u6b64\u89c4\u5219\u2026", None))
        self.newButton.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u65b0\u589e\u89c4\u5219", None))
        self.cancelNewButton.setText(QCoreApplication.translate("DeadlineRulesDialog", u"\u653e\u5f03\u65b0\u589e", None))
    # retranslateUi

