# Generated from ui/letter_keys_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_LetterKeysDialog(object):
    def setupUi(self, LetterKeysDialog):
        if not LetterKeysDialog.objectName():
            LetterKeysDialog.setObjectName(u"LetterKeysDialog")
        LetterKeysDialog.resize(760, 720)
        self.verticalLayout = QVBoxLayout(LetterKeysDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.certificateBox = QGroupBox(LetterKeysDialog)
        self.certificateBox.setObjectName(u"certificateBox")
        self.certificateLayout = QVBoxLayout(self.certificateBox)
        self.certificateLayout.setObjectName(u"certificateLayout")
        self.certificate = QLabel(self.certificateBox)
        self.certificate.setObjectName(u"certificate")
        self.certificate.setWordWrap(True)
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificateLayout.addWidget(self.certificate)

        self.certificateRow = QHBoxLayout()
        self.certificateRow.setObjectName(u"certificateRow")
        self.createButton = QPushButton(self.certificateBox)
        self.createButton.setObjectName(u"createButton")

        self.certificateRow.addWidget(self.createButton)

        self.importButton = QPushButton(self.certificateBox)
        self.importButton.setObjectName(u"importButton")

        self.certificateRow.addWidget(self.importButton)

        self.certificateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.certificateRow.addItem(self.certificateSpacer)


        self.certificateLayout.addLayout(self.certificateRow)


        self.verticalLayout.addWidget(self.certificateBox)

        self.sealBox = QGroupBox(LetterKeysDialog)
        self.sealBox.setObjectName(u"sealBox")
        self.sealLayout = QHBoxLayout(self.sealBox)
        self.sealLayout.setObjectName(u"sealLayout")
        self.sealImage = QLabel(self.sealBox)
        self.sealImage.setObjectName(u"sealImage")
        self.sealImage.setMinimumSize(QSize(150, 150))
        self.sealImage.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.sealLayout.addWidget(self.sealImage)

        self.sealInfo = QLabel(self.sealBox)
        self.sealInfo.setObjectName(u"sealInfo")
        self.sealInfo.setWordWrap(True)

        self.sealLayout.addWidget(self.sealInfo)

        self.sealButton = QPushButton(self.sealBox)
        self.sealButton.setObjectName(u"sealButton")

        self.sealLayout.addWidget(self.sealButton)


        self.verticalLayout.addWidget(self.sealBox)

        self.signatureBox = QGroupBox(LetterKeysDialog)
        self.signatureBox.setObjectName(u"signatureBox")
        self.signatureLayout = QVBoxLayout(self.signatureBox)
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.signatures = QTableWidget(self.signatureBox)
        self.signatures.setObjectName(u"signatures")

        self.signatureLayout.addWidget(self.signatures)

        self.signatureRow = QHBoxLayout()
        self.signatureRow.setObjectName(u"signatureRow")
        self.leader = QComboBox(self.signatureBox)
        self.leader.setObjectName(u"leader")

        self.signatureRow.addWidget(self.leader)

        self.signatureButton = QPushButton(self.signatureBox)
        self.signatureButton.setObjectName(u"signatureButton")

        self.signatureRow.addWidget(self.signatureButton)

        self.retireButton = QPushButton(self.signatureBox)
        self.retireButton.setObjectName(u"retireButton")

        self.signatureRow.addWidget(self.retireButton)

        self.signatureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatureRow.addItem(self.signatureSpacer)


        self.signatureLayout.addLayout(self.signatureRow)


        self.verticalLayout.addWidget(self.signatureBox)

        self.buttons = QDialogButtonBox(LetterKeysDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(LetterKeysDialog)

        QMetaObject.connectSlotsByName(LetterKeysDialog)
    # setupUi

    def retranslateUi(self, LetterKeysDialog):
        LetterKeysDialog.setWindowTitle(QCoreApplication.translate("LetterKeysDialog", u"\u8bc1\u4e66\u4e0e\u5370\u7ae0", None))
        self.certificateBox.setTitle(QCoreApplication.translate("LetterKeysDialog", u"\u5355\u4f4d\u8bc1\u4e66\uff08\u6570\u5b57\u7b7e\u540d\uff09", None))
        self.createButton.setText(QCoreApplication.translate("LetterKeysDialog", u"\u521b\u5efa\u81ea\u7b7e\u540d\u8bc1\u4e66\u2026", None))
        self.importButton.setText(QCoreApplication.translate("LetterKeysDialog", u"\u5bfc\u5165\u8bc1\u4e66\uff08.p12/.pfx\uff09\u2026", None))
        self.sealBox.setTitle(QCoreApplication.translate("LetterKeysDialog", u"\u5370\u7ae0\u56fe\u7247\uff08\u80cc\u666f\u900f\u660e\u7684PNG\uff09", None))
        self.sealButton.setText(QCoreApplication.translate("LetterKeysDialog", u"\u66f4\u6362\u5370\u7ae0\u2026", None))
        self.signatureBox.setTitle(QCoreApplication.translate("LetterKeysDialog", u"\u9886\u5bfc\u7b7e\u540d\u7ae0\u56fe\u7247\uff08\u80cc\u666f\u900f\u660e\u7684PNG\uff0c\u53ef\u9009\uff09", None))
        self.signatureButton.setText(QCoreApplication.translate("LetterKeysDialog", u"\u4e0a\u4f20\u7b7e\u540d\u56fe\u7247\u2026", None))
        self.retireButton.setText(QCoreApplication.translate("LetterKeysDialog", u"\u505c\u7528\u6240\u9009\u7b7e\u540d", None))
    # retranslateUi

