# Generated from ui/letter_approve_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LetterApproveDialog(object):
    def setupUi(self, LetterApproveDialog):
        if not LetterApproveDialog.objectName():
            LetterApproveDialog.setObjectName(u"LetterApproveDialog")
        LetterApproveDialog.resize(760, 860)
        self.verticalLayout = QVBoxLayout(LetterApproveDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(LetterApproveDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.withSignature = QCheckBox(LetterApproveDialog)
        self.withSignature.setObjectName(u"withSignature")

        self.verticalLayout.addWidget(self.withSignature)

        self.previewHost = QWidget(LetterApproveDialog)
        self.previewHost.setObjectName(u"previewHost")
        self.previewHost.setMinimumSize(QSize(0, 560))

        self.verticalLayout.addWidget(self.previewHost)

        self.warning = QLabel(LetterApproveDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(u"color: #c62828;")

        self.verticalLayout.addWidget(self.warning)

        self.buttons = QDialogButtonBox(LetterApproveDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

        self.verticalLayout.setStretch(2, 1)

        self.retranslateUi(LetterApproveDialog)

        QMetaObject.connectSlotsByName(LetterApproveDialog)
    # setupUi

    def retranslateUi(self, LetterApproveDialog):
        LetterApproveDialog.setWindowTitle(QCoreApplication.translate("LetterApproveDialog", u"\u5ba1\u6279\u7b7e\u53d1", None))
        self.withSignature.setText(QCoreApplication.translate("LetterApproveDialog", u"\u52a0\u76d6\u672c\u4eba\u7b7e\u540d\u7ae0", None))
    # retranslateUi

