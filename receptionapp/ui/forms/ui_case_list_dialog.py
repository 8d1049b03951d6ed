# Generated from ui/case_list_dialog.ui by build/compile_ui.py. Do not edit.
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CaseListDialog(object):
    def setupUi(self, CaseListDialog):
        if not CaseListDialog.objectName():
            CaseListDialog.setObjectName(u"CaseListDialog")
        CaseListDialog.resize(1100, 600)
        self.verticalLayout = QVBoxLayout(CaseListDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.heading = QLabel(CaseListDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.verticalLayout.addWidget(self.heading)

        self.table = QTableView(CaseListDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.verticalLayout.addWidget(self.table)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.hint = QLabel(CaseListDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #666;")

        self.bottomRow.addWidget(self.hint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(CaseListDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomRow.addWidget(self.buttons)


        self.verticalLayout.addLayout(self.bottomRow)


        self.retranslateUi(CaseListDialog)

        QMetaObject.connectSlotsByName(CaseListDialog)
    # setupUi

    def retranslateUi(self, CaseListDialog):
        CaseListDialog.setWindowTitle(QCoreApplication.translate("CaseListDialog", u"\u4e8b\u9879\u6e05\u5355", None))
        self.hint.setText(QCoreApplication.translate("CaseListDialog", u"\u53cc\u51fb\u6216\u6309\u56de\u8f66\u6253\u5f00\u4e8b\u9879\u3002", None))
    # retranslateUi

