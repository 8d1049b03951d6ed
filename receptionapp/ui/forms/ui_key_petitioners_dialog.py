# Generated from ui/key_petitioners_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_KeyPetitionersDialog(object):
    def setupUi(self, KeyPetitionersDialog):
        if not KeyPetitionersDialog.objectName():
            KeyPetitionersDialog.setObjectName(u"KeyPetitionersDialog")
        KeyPetitionersDialog.resize(900, 480)
        self.verticalLayout = QVBoxLayout(KeyPetitionersDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(KeyPetitionersDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.table = QTableView(KeyPetitionersDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.verticalLayout.addWidget(self.table)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.includeEnded = QCheckBox(KeyPetitionersDialog)
        self.includeEnded.setObjectName(u"includeEnded")

        self.actionsRow.addWidget(self.includeEnded)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.countLabel = QLabel(KeyPetitionersDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.actionsRow.addWidget(self.countLabel)

        self.casesButton = QPushButton(KeyPetitionersDialog)
        self.casesButton.setObjectName(u"casesButton")

        self.actionsRow.addWidget(self.casesButton)

        self.editButton = QPushButton(KeyPetitionersDialog)
        self.editButton.setObjectName(u"editButton")

        self.actionsRow.addWidget(self.editButton)


        self.verticalLayout.addLayout(self.actionsRow)

        self.buttons = QDialogButtonBox(KeyPetitionersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(KeyPetitionersDialog)

        QMetaObject.connectSlotsByName(KeyPetitionersDialog)
    # setupUi

    def retranslateUi(self, KeyPetitionersDialog):
        KeyPetitionersDialog.setWindowTitle(QCoreApplication.translate("KeyPetitionersDialog", u"\u91cd\u70b9\u4fe1\u8bbf\u4eba", None))
        self.explain.setText(QCoreApplication.translate("KeyPetitionersDialog", u"\u91cd\u70b9\u4fe1\u8bbf\u4eba\u7531\u5305\u6848\u9886\u5bfc\u8d1f\u8d23\u8ddf\u8e2a\u5316\u89e3\u3002\u65b0\u589e\u8bf7\u5728\u8be5\u4fe1\u8bbf\u4eba\u7684\u4e8b\u9879\u9875\u9762\u70b9\u201c\u5217\u4e3a\u91cd\u70b9\u4fe1\u8bbf\u4eba\u2026\u201d\uff1b\u6b64\u5904\u53ef\u4fee\u6539\u5305\u6848\u9886\u5bfc\u548c\u5de5\u4f5c\u72b6\u6001\uff0c\u6216\u7ed3\u675f\u8ddf\u8e2a\uff08\u8bb0\u5f55\u4fdd\u7559\uff09\u3002", None))
        self.includeEnded.setText(QCoreApplication.translate("KeyPetitionersDialog", u"\u663e\u793a\u5df2\u7ed3\u675f\u8ddf\u8e2a\u7684", None))
        self.casesButton.setText(QCoreApplication.translate("KeyPetitionersDialog", u"\u67e5\u770b\u4e8b\u9879", None))
        self.editButton.setText(QCoreApplication.translate("KeyPetitionersDialog", u"\u4fee\u6539\u2026", None))
    # retranslateUi

