# Generated from ui/backup_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(820, 520)
        self.verticalLayout = QVBoxLayout(BackupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(BackupDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(BackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folder = QLineEdit(BackupDialog)
        self.folder.setObjectName(u"folder")

        self.folderRow.addWidget(self.folder)

        self.browseButton = QPushButton(BackupDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)

        self.saveFolderButton = QPushButton(BackupDialog)
        self.saveFolderButton.setObjectName(u"saveFolderButton")

        self.folderRow.addWidget(self.saveFolderButton)


        self.verticalLayout.addLayout(self.folderRow)

        self.folderError = QLabel(BackupDialog)
        self.folderError.setObjectName(u"folderError")

        self.verticalLayout.addWidget(self.folderError)

        self.table = QTableWidget(BackupDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.table)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.status = QLabel(BackupDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.bottom.addWidget(self.status)

        self.backupButton = QPushButton(BackupDialog)
        self.backupButton.setObjectName(u"backupButton")

        self.bottom.addWidget(self.backupButton)

        self.restoreButton = QPushButton(BackupDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.bottom.addWidget(self.restoreButton)

        self.closeButton = QPushButton(BackupDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottom.addWidget(self.closeButton)

        self.bottom.setStretch(0, 1)

        self.verticalLayout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folder)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupDialog)

        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.explain.setText(QCoreApplication.translate("BackupDialog", u"\u7a0b\u5e8f\u542f\u52a8\u65f6\u548c\u6bcf\u5929\u8fd0\u884c\u671f\u95f4\u81ea\u52a8\u5907\u4efd\u6570\u636e\u5e93\u548c\u9644\u4ef6\uff0c\u6bcf\u6b21\u5907\u4efd\u540e\u81ea\u52a8\u6821\u9a8c\u3002\u4fdd\u7559\u6700\u8fd17\u5929\u6bcf\u59291\u4efd\u3001\u6700\u8fd14\u5468\u6bcf\u54681\u4efd\u3001\u6700\u8fd112\u4e2a\u6708\u6bcf\u67081\u4efd\u3002\u5efa\u8bae\u628a\u5907\u4efd\u4f4d\u7f6e\u8bbe\u5728\u53e6\u4e00\u5757\u786c\u76d8\u6216U\u76d8\u4e0a\u3002", None))
        self.folderLabel.setText(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u4f4d\u7f6e", None))
        self.browseButton.setText(QCoreApplication.translate("BackupDialog", u"\u6d4f\u89c8\u2026", None))
        self.saveFolderButton.setText(QCoreApplication.translate("BackupDialog", u"\u4fdd\u5b58\u4f4d\u7f6e", None))
        self.backupButton.setText(QCoreApplication.translate("BackupDialog", u"\u7acb\u5373\u5907\u4efd", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupDialog", u"\u4ece\u9009\u4e2d\u7684\u5907\u4efd\u6062\u590d\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BackupDialog", u"\u5173\u95ed", None))
    # retranslateUi

