# Generated from ui/outreach_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OutreachDialog(object):
    def setupUi(self, OutreachDialog):
        if not OutreachDialog.objectName():
            OutreachDialog.setObjectName(u"OutreachDialog")
        OutreachDialog.resize(1000, 620)
        self.mainLayout = QHBoxLayout(OutreachDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.listLabel = QLabel(OutreachDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.table = QTableWidget(OutreachDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.listLayout.addWidget(self.table)

        self.detailLabel = QLabel(OutreachDialog)
        self.detailLabel.setObjectName(u"detailLabel")

        self.listLayout.addWidget(self.detailLabel)

        self.cases = QListWidget(OutreachDialog)
        self.cases.setObjectName(u"cases")
        self.cases.setWordWrap(True)
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.listLayout.addWidget(self.cases)

        self.linkLayout = QHBoxLayout()
        self.linkLayout.setObjectName(u"linkLayout")
        self.number = QLineEdit(OutreachDialog)
        self.number.setObjectName(u"number")

        self.linkLayout.addWidget(self.number)

        self.linkButton = QPushButton(OutreachDialog)
        self.linkButton.setObjectName(u"linkButton")

        self.linkLayout.addWidget(self.linkButton)


        self.listLayout.addLayout(self.linkLayout)

        self.numberError = QLabel(OutreachDialog)
        self.numberError.setObjectName(u"numberError")

        self.listLayout.addWidget(self.numberError)


        self.mainLayout.addLayout(self.listLayout)

        self.newBox = QGroupBox(OutreachDialog)
        self.newBox.setObjectName(u"newBox")
        self.newBox.setMaximumSize(QSize(380, 16777215))
        self.formLayout = QFormLayout(self.newBox)
        self.formLayout.setObjectName(u"formLayout")
        self.dayLabel = QLabel(self.newBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(self.newBox)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.dayError = QLabel(self.newBox)
        self.dayError.setObjectName(u"dayError")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayError)

        self.leaderLabel = QLabel(self.newBox)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QComboBox(self.newBox)
        self.leader.setObjectName(u"leader")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leader)

        self.leaderError = QLabel(self.newBox)
        self.leaderError.setObjectName(u"leaderError")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leaderError)

        self.placeLabel = QLabel(self.newBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.newBox)
        self.place.setObjectName(u"place")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.placeError = QLabel(self.newBox)
        self.placeError.setObjectName(u"placeError")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeError)

        self.summaryLabel = QLabel(self.newBox)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(self.newBox)
        self.summary.setObjectName(u"summary")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summary)

        self.summaryError = QLabel(self.newBox)
        self.summaryError.setObjectName(u"summaryError")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.summaryError)

        self.saveButton = QPushButton(self.newBox)
        self.saveButton.setObjectName(u"saveButton")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.saveButton)


        self.mainLayout.addWidget(self.newBox)


        self.retranslateUi(OutreachDialog)

        QMetaObject.connectSlotsByName(OutreachDialog)
    # setupUi

    def retranslateUi(self, OutreachDialog):
        OutreachDialog.setWindowTitle(QCoreApplication.translate("OutreachDialog", u"\u9886\u5bfc\u4e0b\u8bbf", None))
        self.listLabel.setText(QCoreApplication.translate("OutreachDialog", u"\u4e0b\u8bbf\u8bb0\u5f55\uff08\u65b0\u7684\u5728\u524d\uff09", None))
        self.detailLabel.setText(QCoreApplication.translate("OutreachDialog", u"\u6240\u9009\u4e0b\u8bbf\u7684\u4e8b\u9879\uff08\u53cc\u51fb\u6253\u5f00\uff09", None))
        self.number.setPlaceholderText(QCoreApplication.translate("OutreachDialog", u"\u5728\u4e0b\u8bbf\u4e2d\u767b\u8bb0\u6216\u5904\u7406\u7684\u4e8b\u9879\u7f16\u53f7", None))
        self.linkButton.setText(QCoreApplication.translate("OutreachDialog", u"\u5173\u8054\u4e8b\u9879", None))
        self.newBox.setTitle(QCoreApplication.translate("OutreachDialog", u"\u767b\u8bb0\u4e00\u6b21\u4e0b\u8bbf", None))
        self.dayLabel.setText(QCoreApplication.translate("OutreachDialog", u"\u4e0b\u8bbf\u65e5\u671f *", None))
        self.day.setDisplayFormat(QCoreApplication.translate("OutreachDialog", u"yyyy-MM-dd", None))
        self.leaderLabel.setText(QCoreApplication.translate("OutreachDialog", u"\u4e0b\u8bbf\u9886\u5bfc *", None))
        self.placeLabel.setText(QCoreApplication.translate("OutreachDialog", u"\u4e0b\u8bbf\u5730\u70b9 *", None))
        self.place.setPlaceholderText(QCoreApplication.translate("OutreachDialog", u"\u5982\uff1a\u57ce\u4e1c\u533a\u5b9e\u9a8c\u5c0f\u5b66", None))
        self.summaryLabel.setText(QCoreApplication.translate("OutreachDialog", u"\u5904\u7406\u60c5\u51b5", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("OutreachDialog", u"\u63a5\u5f85\u4e86\u54ea\u4e9b\u6765\u8bbf\u4eba\u3001\u5904\u7406\u4e86\u54ea\u4e9b\u4e8b\u9879\u3001\u4f5c\u51fa\u4e86\u4ec0\u4e48\u51b3\u5b9a", None))
        self.saveButton.setText(QCoreApplication.translate("OutreachDialog", u"\u4fdd\u5b58\u4e0b\u8bbf\u8bb0\u5f55", None))
    # retranslateUi

