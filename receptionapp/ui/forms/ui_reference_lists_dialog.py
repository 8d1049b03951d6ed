# Generated from ui/reference_lists_dialog.ui by build/compile_ui.py. Do not edit.
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReferenceListsDialog(object):
    def setupUi(self, ReferenceListsDialog):
        if not ReferenceListsDialog.objectName():
            ReferenceListsDialog.setObjectName(u"ReferenceListsDialog")
        ReferenceListsDialog.resize(760, 560)
        self.verticalLayout = QVBoxLayout(ReferenceListsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(ReferenceListsDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.kinds = QListWidget(ReferenceListsDialog)
        self.kinds.setObjectName(u"kinds")
        self.kinds.setMaximumSize(QSize(130, 16777215))

        self.bodyLayout.addWidget(self.kinds)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.table = QTableView(ReferenceListsDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.rightLayout.addWidget(self.table)

        self.showRetired = QCheckBox(ReferenceListsDialog)
        self.showRetired.setObjectName(u"showRetired")
        self.showRetired.setChecked(True)

        self.rightLayout.addWidget(self.showRetired)

        self.editorBox = QGroupBox(ReferenceListsDialog)
        self.editorBox.setObjectName(u"editorBox")
        self.editorGrid = QGridLayout(self.editorBox)
        self.editorGrid.setObjectName(u"editorGrid")
        self.nameLabel = QLabel(self.editorBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editorGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(self.editorBox)
        self.name.setObjectName(u"name")

        self.editorGrid.addWidget(self.name, 0, 1, 1, 3)

        self.nameError = QLabel(self.editorBox)
        self.nameError.setObjectName(u"nameError")

        self.editorGrid.addWidget(self.nameError, 1, 1, 1, 3)

        self.unitKindLabel = QLabel(self.editorBox)
        self.unitKindLabel.setObjectName(u"unitKindLabel")

        self.editorGrid.addWidget(self.unitKindLabel, 2, 0, 1, 1)

        self.unitKind = QComboBox(self.editorBox)
        self.unitKind.setObjectName(u"unitKind")

        self.editorGrid.addWidget(self.unitKind, 2, 1, 1, 1)

        self.regionLabel = QLabel(self.editorBox)
        self.regionLabel.setObjectName(u"regionLabel")

        self.editorGrid.addWidget(self.regionLabel, 2, 2, 1, 1)

        self.region = QComboBox(self.editorBox)
        self.region.setObjectName(u"region")

        self.editorGrid.addWidget(self.region, 2, 3, 1, 1)

        self.unitKindError = QLabel(self.editorBox)
        self.unitKindError.setObjectName(u"unitKindError")

        self.editorGrid.addWidget(self.unitKindError, 3, 1, 1, 1)

        self.regionError = QLabel(self.editorBox)
        self.regionError.setObjectName(u"regionError")

        self.editorGrid.addWidget(self.regionError, 3, 3, 1, 1)


        self.rightLayout.addWidget(self.editorBox)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(ReferenceListsDialog)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(ReferenceListsDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.actionsLayout.addWidget(self.renameButton)

        self.retireButton = QPushButton(ReferenceListsDialog)
        self.retireButton.setObjectName(u"retireButton")

        self.actionsLayout.addWidget(self.retireButton)

        self.restoreButton = QPushButton(ReferenceListsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionsLayout.addWidget(self.restoreButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.rightLayout.addLayout(self.actionsLayout)

        self.feedback = QLabel(ReferenceListsDialog)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.rightLayout.addWidget(self.feedback)


        self.bodyLayout.addLayout(self.rightLayout)


        self.verticalLayout.addLayout(self.bodyLayout)

        self.buttons = QDialogButtonBox(ReferenceListsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.unitKindLabel.setBuddy(self.unitKind)
        self.regionLabel.setBuddy(self.region)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kinds, self.table)
        QWidget.setTabOrder(self.table, self.name)
        QWidget.setTabOrder(self.name, self.unitKind)
        QWidget.setTabOrder(self.unitKind, self.region)
        QWidget.setTabOrder(self.region, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.restoreButton)

        self.retranslateUi(ReferenceListsDialog)

        QMetaObject.connectSlotsByName(ReferenceListsDialog)
    # setupUi

    def retranslateUi(self, ReferenceListsDialog):
        ReferenceListsDialog.setWindowTitle(QCoreApplication.translate("ReferenceListsDialog", u"\u57fa\u7840\u540d\u5f55", None))
        self.explain.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u767b\u8bb0\u8868\u3001\u4e8b\u9879\u53f0\u8d26\u548c\u7edf\u8ba1\u4f7f\u7528\u7684\u540d\u5f55\u3002\u540d\u5f55\u9879\u4e0d\u80fd\u5220\u9664\uff1a\u505c\u7528\u540e\u4e0d\u518d\u4f9b\u767b\u8bb0\u9009\u62e9\uff0c\u4f46\u5df2\u767b\u8bb0\u7684\u4e8b\u9879\u548c\u5386\u53f2\u7edf\u8ba1\u4e2d\u4ecd\u4fdd\u7559\u539f\u540d\u79f0\uff1b\u9700\u8981\u65f6\u53ef\u6062\u590d\u542f\u7528\u3002", None))
        self.showRetired.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u663e\u793a\u5df2\u505c\u7528\u7684\u540d\u5f55\u9879", None))
        self.editorBox.setTitle(QCoreApplication.translate("ReferenceListsDialog", u"\u540d\u5f55\u9879", None))
        self.nameLabel.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u540d\u79f0", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ReferenceListsDialog", u"\u8f93\u5165\u65b0\u540d\u79f0\u540e\u70b9\u201c\u65b0\u589e\u201d\uff0c\u6216\u9009\u4e2d\u4e0a\u8868\u4e00\u9879\u540e\u4fee\u6539\u540d\u79f0", None))
        self.unitKindLabel.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u5355\u4f4d\u7c7b\u578b", None))
        self.regionLabel.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u6240\u5c5e\u533a\u53bf", None))
        self.addButton.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u65b0\u589e", None))
        self.renameButton.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u4fdd\u5b58\u4fee\u6539", None))
        self.retireButton.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u505c\u7528\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("ReferenceListsDialog", u"\u6062\u590d\u542f\u7528", None))
    # retranslateUi

