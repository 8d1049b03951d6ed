# Generated from ui/recusals_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RecusalsDialog(object):
    def setupUi(self, RecusalsDialog):
        if not RecusalsDialog.objectName():
            RecusalsDialog.setObjectName(u"RecusalsDialog")
        RecusalsDialog.resize(860, 600)
        self.verticalLayout = QVBoxLayout(RecusalsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(RecusalsDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet(u"color: #555;")

        self.verticalLayout.addWidget(self.explain)

        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.showEnded = QCheckBox(RecusalsDialog)
        self.showEnded.setObjectName(u"showEnded")

        self.listRow.addWidget(self.showEnded)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listRow.addItem(self.listSpacer)

        self.endButton = QPushButton(RecusalsDialog)
        self.endButton.setObjectName(u"endButton")

        self.listRow.addWidget(self.endButton)


        self.verticalLayout.addLayout(self.listRow)

        self.table = QTableWidget(RecusalsDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.table)

        self.addBox = QGroupBox(RecusalsDialog)
        self.addBox.setObjectName(u"addBox")
        self.addForm = QFormLayout(self.addBox)
        self.addForm.setObjectName(u"addForm")
        self.addForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.userLabel = QLabel(self.addBox)
        self.userLabel.setObjectName(u"userLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QComboBox(self.addBox)
        self.user.setObjectName(u"user")

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user)

        self.userError = QLabel(self.addBox)
        self.userError.setObjectName(u"userError")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userError)

        self.kindLabel = QLabel(self.addBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.addForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindPerson = QRadioButton(self.addBox)
        self.kindPerson.setObjectName(u"kindPerson")
        self.kindPerson.setChecked(True)

        self.kindRow.addWidget(self.kindPerson)

        self.kindUnit = QRadioButton(self.addBox)
        self.kindUnit.setObjectName(u"kindUnit")

        self.kindRow.addWidget(self.kindUnit)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.addForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.personLabel = QLabel(self.addBox)
        self.personLabel.setObjectName(u"personLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personRow = QHBoxLayout()
        self.personRow.setObjectName(u"personRow")
        self.personName = QLineEdit(self.addBox)
        self.personName.setObjectName(u"personName")

        self.personRow.addWidget(self.personName)

        self.idNumber = QLineEdit(self.addBox)
        self.idNumber.setObjectName(u"idNumber")

        self.personRow.addWidget(self.idNumber)


        self.addForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.personRow)

        self.personErrorRow = QHBoxLayout()
        self.personErrorRow.setObjectName(u"personErrorRow")
        self.personError = QLabel(self.addBox)
        self.personError.setObjectName(u"personError")

        self.personErrorRow.addWidget(self.personError)

        self.idNumberError = QLabel(self.addBox)
        self.idNumberError.setObjectName(u"idNumberError")

        self.personErrorRow.addWidget(self.idNumberError)


        self.addForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.personErrorRow)

        self.unitLabel = QLabel(self.addBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.addForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QComboBox(self.addBox)
        self.unit.setObjectName(u"unit")

        self.addForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unit)

        self.unitError = QLabel(self.addBox)
        self.unitError.setObjectName(u"unitError")

        self.addForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitError)

        self.reasonLabel = QLabel(self.addBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.addForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(self.addBox)
        self.reason.setObjectName(u"reason")

        self.addForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(self.addBox)
        self.reasonError.setObjectName(u"reasonError")

        self.addForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addSpacer)

        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)


        self.addForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.addRow)


        self.verticalLayout.addWidget(self.addBox)

        self.buttons = QDialogButtonBox(RecusalsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(RecusalsDialog)

        QMetaObject.connectSlotsByName(RecusalsDialog)
    # setupUi

    def retranslateUi(self, RecusalsDialog):
        RecusalsDialog.setWindowTitle(QCoreApplication.translate("RecusalsDialog", u"\u56de\u907f\u767b\u8bb0", None))
        self.explain.setText(QCoreApplication.translate("RecusalsDialog", u"\u300a\u4fe1\u8bbf\u5de5\u4f5c\u6761\u4f8b\u300b\u7b2c\u4e8c\u5341\u516b\u6761\uff1a\u4e0e\u4fe1\u8bbf\u4e8b\u9879\u6216\u8005\u4fe1\u8bbf\u4eba\u6709\u76f4\u63a5\u5229\u5bb3\u5173\u7cfb\u7684\u5de5\u4f5c\u4eba\u5458\u5e94\u5f53\u56de\u907f\u3002\u767b\u8bb0\u540e\uff0c\u4ea4\u529e\u7ed9\u6709\u56de\u907f\u5173\u7cfb\u627f\u529e\u4eba\u6240\u5728\u7684\u5355\u4f4d\u3001\u7531\u6709\u56de\u907f\u5173\u7cfb\u7684\u9886\u5bfc\u6279\u793a\u6216\u63a5\u8c08\u65f6\uff0c\u7cfb\u7edf\u4f1a\u63d0\u793a\u5e76\u8981\u6c42\u5199\u660e\u7406\u7531\u3002\u767b\u8bb0\u4e0d\u4f1a\u5220\u9664\uff0c\u89e3\u9664\u65f6\u987b\u5199\u660e\u7406\u7531\u3002", None))
        self.showEnded.setText(QCoreApplication.translate("RecusalsDialog", u"\u663e\u793a\u5df2\u89e3\u9664\u7684\u767b\u8bb0", None))
        self.endButton.setText(QCoreApplication.translate("RecusalsDialog", u"\u89e3\u9664\u56de\u907f\u2026", None))
        self.addBox.setTitle(QCoreApplication.translate("RecusalsDialog", u"\u767b\u8bb0\u65b0\u7684\u56de\u907f", None))
        self.userLabel.setText(QCoreApplication.translate("RecusalsDialog", u"\u5de5\u4f5c\u4eba\u5458", None))
        self.kindLabel.setText(QCoreApplication.translate("RecusalsDialog", u"\u56de\u907f\u5bf9\u8c61", None))
        self.kindPerson.setText(QCoreApplication.translate("RecusalsDialog", u"\u4fe1\u8bbf\u4eba", None))
        self.kindUnit.setText(QCoreApplication.translate("RecusalsDialog", u"\u5355\u4f4d\uff08\u5982\u4eb2\u5c5e\u5728\u8be5\u5355\u4f4d\u4efb\u804c\uff09", None))
        self.personLabel.setText(QCoreApplication.translate("RecusalsDialog", u"\u4fe1\u8bbf\u4eba", None))
        self.personName.setPlaceholderText(QCoreApplication.translate("RecusalsDialog", u"\u59d3\u540d", None))
        self.idNumber.setPlaceholderText(QCoreApplication.translate("RecusalsDialog", u"\u8eab\u4efd\u8bc1\u53f7\uff08\u53ef\u4e0d\u586b\uff1b\u586b\u5199\u540e\u6309\u8eab\u4efd\u8bc1\u53f7\u6bd4\u5bf9\uff09", None))
        self.unitLabel.setText(QCoreApplication.translate("RecusalsDialog", u"\u5355\u4f4d", None))
        self.reasonLabel.setText(QCoreApplication.translate("RecusalsDialog", u"\u56de\u907f\u4e8b\u7531", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RecusalsDialog", u"\u5982\uff1a\u914d\u5076\u5728\u8be5\u6821\u4efb\u6559\uff1b\u4fe1\u8bbf\u4eba\u7cfb\u5176\u8868\u59d0", None))
        self.addButton.setText(QCoreApplication.translate("RecusalsDialog", u"\u767b\u8bb0\u56de\u907f", None))
    # retranslateUi

