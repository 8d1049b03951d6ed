# Generated from ui/letter_editor_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_LetterEditorDialog(object):
    def setupUi(self, LetterEditorDialog):
        if not LetterEditorDialog.objectName():
            LetterEditorDialog.setObjectName(u"LetterEditorDialog")
        LetterEditorDialog.resize(1180, 800)
        self.verticalLayout = QVBoxLayout(LetterEditorDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(LetterEditorDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.splitter = QSplitter(LetterEditorDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.editorSide = QWidget(self.splitter)
        self.editorSide.setObjectName(u"editorSide")
        self.editorLayout = QVBoxLayout(self.editorSide)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(self.editorSide)
        self.text.setObjectName(u"text")
        self.text.setMinimumSize(QSize(460, 0))

        self.editorLayout.addWidget(self.text)

        self.textError = QLabel(self.editorSide)
        self.textError.setObjectName(u"textError")

        self.editorLayout.addWidget(self.textError)

        self.toolsRow = QHBoxLayout()
        self.toolsRow.setObjectName(u"toolsRow")
        self.regenerateButton = QPushButton(self.editorSide)
        self.regenerateButton.setObjectName(u"regenerateButton")

        self.toolsRow.addWidget(self.regenerateButton)

        self.previewButton = QPushButton(self.editorSide)
        self.previewButton.setObjectName(u"previewButton")

        self.toolsRow.addWidget(self.previewButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsRow.addItem(self.toolsSpacer)


        self.editorLayout.addLayout(self.toolsRow)

        self.splitter.addWidget(self.editorSide)
        self.previewHost = QWidget(self.splitter)
        self.previewHost.setObjectName(u"previewHost")
        self.previewHost.setMinimumSize(QSize(420, 0))
        self.splitter.addWidget(self.previewHost)

        self.verticalLayout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(LetterEditorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

        self.verticalLayout.setStretch(1, 1)

        self.retranslateUi(LetterEditorDialog)

        QMetaObject.connectSlotsByName(LetterEditorDialog)
    # setupUi

    def retranslateUi(self, LetterEditorDialog):
        LetterEditorDialog.setWindowTitle(QCoreApplication.translate("LetterEditorDialog", u"\u7f16\u8f91\u6587\u4e66\u8349\u7a3f", None))
        self.intro.setText(QCoreApplication.translate("LetterEditorDialog", u"\u201c\u6807\u9898\uff1a\u201d\u201c\u4e3b\u9001\uff1a\u201d\u201c\u6284\u9001\uff1a\u201d\u5199\u5728\u6700\u524d\u9762\uff1b\u6bb5\u843d\u4e4b\u95f4\u7a7a\u4e00\u884c\uff1b\u4ee5\u201c\u4e00\u3001\u201d\u201c\uff08\u4e00\uff09\u201d\u5f00\u5934\u7684\u884c\u662f\u6807\u9898\u3002\u3010\u8bf7\u586b\u5199\uff1a\u2026\u2026\u3011\u5904\u8bf7\u6362\u6210\u5b9e\u9645\u5185\u5bb9\uff0c\u5426\u5219\u4e0d\u80fd\u7b7e\u53d1\u3002", None))
        self.regenerateButton.setText(QCoreApplication.translate("LetterEditorDialog", u"\u6309\u6a21\u677f\u91cd\u65b0\u751f\u6210", None))
        self.previewButton.setText(QCoreApplication.translate("LetterEditorDialog", u"\u9884\u89c8\uff08F5\uff09", None))
#if QT_CONFIG(shortcut)
        self.previewButton.setShortcut(QCoreApplication.translate("LetterEditorDialog", u"F5", None))
#endif // QT_CONFIG(shortcut)
    # retranslateUi

