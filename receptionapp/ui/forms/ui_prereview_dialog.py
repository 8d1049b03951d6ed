# Generated from ui/prereview_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrereviewDialog(object):
    def setupUi(self, PrereviewDialog):
        if not PrereviewDialog.objectName():
            PrereviewDialog.setObjectName(u"PrereviewDialog")
        PrereviewDialog.resize(520, 520)
        self.verticalLayout = QVBoxLayout(PrereviewDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.visitorLabel = QLabel(PrereviewDialog)
        self.visitorLabel.setObjectName(u"visitorLabel")
        self.visitorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.visitorLabel)

        self.resultLayout = QHBoxLayout()
        self.resultLayout.setObjectName(u"resultLayout")
        self.accept = QRadioButton(PrereviewDialog)
        self.accept.setObjectName(u"accept")
        self.accept.setChecked(True)

        self.resultLayout.addWidget(self.accept)

        self.decline = QRadioButton(PrereviewDialog)
        self.decline.setObjectName(u"decline")

        self.resultLayout.addWidget(self.decline)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultLayout.addItem(self.resultSpacer)


        self.verticalLayout.addLayout(self.resultLayout)

        self.divisionsLabel = QLabel(PrereviewDialog)
        self.divisionsLabel.setObjectName(u"divisionsLabel")

        self.verticalLayout.addWidget(self.divisionsLabel)

        self.divisions = QListWidget(PrereviewDialog)
        self.divisions.setObjectName(u"divisions")

        self.verticalLayout.addWidget(self.divisions)

        self.divisionsError = QLabel(PrereviewDialog)
        self.divisionsError.setObjectName(u"divisionsError")

        self.verticalLayout.addWidget(self.divisionsError)

        self.legalAdviser = QCheckBox(PrereviewDialog)
        self.legalAdviser.setObjectName(u"legalAdviser")

        self.verticalLayout.addWidget(self.legalAdviser)

        self.reasonLabel = QLabel(PrereviewDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.verticalLayout.addWidget(self.reasonLabel)

        self.reason = QPlainTextEdit(PrereviewDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 90))

        self.verticalLayout.addWidget(self.reason)

        self.reasonError = QLabel(PrereviewDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.verticalLayout.addWidget(self.reasonError)

        self.buttons = QDialogButtonBox(PrereviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(PrereviewDialog)

        QMetaObject.connectSlotsByName(PrereviewDialog)
    # setupUi

    def retranslateUi(self, PrereviewDialog):
        PrereviewDialog.setWindowTitle(QCoreApplication.translate("PrereviewDialog", u"\u521d\u5ba1\u9884\u7ea6", None))
        self.accept.setText(QCoreApplication.translate("PrereviewDialog", u"\u540c\u610f\u63a5\u8bbf", None))
        self.decline.setText(QCoreApplication.translate("PrereviewDialog", u"\u4e0d\u5b89\u6392\u63a5\u8bbf", None))
        self.divisionsLabel.setText(QCoreApplication.translate("PrereviewDialog", u"\u901a\u77e5\u53c2\u52a0\u63a5\u8bbf\u7684\u5904\u5ba4\uff08\u52fe\u9009\uff09", None))
        self.legalAdviser.setText(QCoreApplication.translate("PrereviewDialog", u"\u6cd5\u5f8b\u95ee\u9898\u8f83\u590d\u6742\uff0c\u901a\u77e5\u5c40\u6cd5\u5f8b\u987e\u95ee\u4e00\u540c\u53c2\u4e0e\u63a5\u8bbf", None))
        self.reasonLabel.setText(QCoreApplication.translate("PrereviewDialog", u"\u521d\u5ba1\u610f\u89c1\uff08\u4e0d\u5b89\u6392\u63a5\u8bbf\u65f6\u5fc5\u586b\uff0c\u63a5\u8bbf\u9886\u5bfc\u53ef\u89c1\uff09", None))
    # retranslateUi

