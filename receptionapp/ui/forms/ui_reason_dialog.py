# Generated from ui/reason_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(520, 300)
        self.verticalLayout = QVBoxLayout(ReasonDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(ReasonDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.explain)

        self.reasonLabel = QLabel(ReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.verticalLayout.addWidget(self.reasonLabel)

        self.reason = QPlainTextEdit(ReasonDialog)
        self.reason.setObjectName(u"reason")

        self.verticalLayout.addWidget(self.reason)

        self.reasonError = QLabel(ReasonDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.verticalLayout.addWidget(self.reasonError)

        self.buttons = QDialogButtonBox(ReasonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(ReasonDialog)

        QMetaObject.connectSlotsByName(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"\u8bf7\u5199\u660e\u7406\u7531", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReasonDialog", u"\u7406\u7531", None))
    # retranslateUi

