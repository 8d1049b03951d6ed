# Generated from ui/verify_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(640, 360)
        self.verticalLayout = QVBoxLayout(VerifyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(VerifyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.file = QLineEdit(VerifyDialog)
        self.file.setObjectName(u"file")
        self.file.setReadOnly(True)

        self.fileRow.addWidget(self.file)

        self.chooseButton = QPushButton(VerifyDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.verticalLayout.addLayout(self.fileRow)

        self.verdict = QLabel(VerifyDialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.verticalLayout.addWidget(self.verdict)

        self.result = QTextBrowser(VerifyDialog)
        self.result.setObjectName(u"result")

        self.verticalLayout.addWidget(self.result)

        self.buttons = QDialogButtonBox(VerifyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(VerifyDialog)

        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"\u9a8c\u8bc1\u6587\u4ef6", None))
        self.intro.setText(QCoreApplication.translate("VerifyDialog", u"\u9009\u62e9\u4e00\u4efdPDF\u6587\u4e66\uff0c\u6838\u9a8c\u5176\u6570\u5b57\u7b7e\u540d\u662f\u5426\u6709\u6548\u3001\u662f\u5426\u4e3a\u672c\u5355\u4f4d\u767b\u8bb0\u5728\u518c\u7684\u7b7e\u53d1\u539f\u4ef6\u3002", None))
        self.chooseButton.setText(QCoreApplication.translate("VerifyDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
    # retranslateUi

