# Generated from ui/letter_templates_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_LetterTemplatesDialog(object):
    def setupUi(self, LetterTemplatesDialog):
        if not LetterTemplatesDialog.objectName():
            LetterTemplatesDialog.setObjectName(u"LetterTemplatesDialog")
        LetterTemplatesDialog.resize(1100, 760)
        self.verticalLayout = QVBoxLayout(LetterTemplatesDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindLabel = QLabel(LetterTemplatesDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindRow.addWidget(self.kindLabel)

        self.kind = QComboBox(LetterTemplatesDialog)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.version = QLabel(LetterTemplatesDialog)
        self.version.setObjectName(u"version")

        self.kindRow.addWidget(self.version)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.verticalLayout.addLayout(self.kindRow)

        self.splitter = QSplitter(LetterTemplatesDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.text = QPlainTextEdit(self.splitter)
        self.text.setObjectName(u"text")
        self.text.setMinimumSize(QSize(600, 0))
        self.splitter.addWidget(self.text)
        self.side = QWidget(self.splitter)
        self.side.setObjectName(u"side")
        self.sideLayout = QVBoxLayout(self.side)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.placeholdersLabel = QLabel(self.side)
        self.placeholdersLabel.setObjectName(u"placeholdersLabel")

        self.sideLayout.addWidget(self.placeholdersLabel)

        self.placeholders = QListWidget(self.side)
        self.placeholders.setObjectName(u"placeholders")

        self.sideLayout.addWidget(self.placeholders)

        self.splitter.addWidget(self.side)

        self.verticalLayout.addWidget(self.splitter)

        self.check = QLabel(LetterTemplatesDialog)
        self.check.setObjectName(u"check")
        self.check.setWordWrap(True)
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.check)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.restoreButton = QPushButton(LetterTemplatesDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsRow.addWidget(self.restoreButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(LetterTemplatesDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(LetterTemplatesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsRow.addWidget(self.closeButton)


        self.verticalLayout.addLayout(self.buttonsRow)

        self.verticalLayout.setStretch(1, 1)

        self.retranslateUi(LetterTemplatesDialog)

        QMetaObject.connectSlotsByName(LetterTemplatesDialog)
    # setupUi

    def retranslateUi(self, LetterTemplatesDialog):
        LetterTemplatesDialog.setWindowTitle(QCoreApplication.translate("LetterTemplatesDialog", u"\u6587\u4e66\u6a21\u677f", None))
        self.kindLabel.setText(QCoreApplication.translate("LetterTemplatesDialog", u"\u6587\u4e66\u7c7b\u578b", None))
        self.placeholdersLabel.setText(QCoreApplication.translate("LetterTemplatesDialog", u"\u5360\u4f4d\u7b26\uff08\u53cc\u51fb\u63d2\u5165\u5230\u5149\u6807\u5904\uff09", None))
        self.restoreButton.setText(QCoreApplication.translate("LetterTemplatesDialog", u"\u6062\u590d\u9ed8\u8ba4\u6a21\u677f", None))
        self.saveButton.setText(QCoreApplication.translate("LetterTemplatesDialog", u"\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c", None))
        self.closeButton.setText(QCoreApplication.translate("LetterTemplatesDialog", u"\u5173\u95ed", None))
    # retranslateUi

