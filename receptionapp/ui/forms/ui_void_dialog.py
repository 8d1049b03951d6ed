# Generated from ui/void_dialog.ui by build/compile_ui.py. Do not edit.
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

class Ui_VoidDialog(object):
    def setupUi(self, VoidDialog):
        if not VoidDialog.objectName():
            VoidDialog.setObjectName(u"VoidDialog")
        VoidDialog.resize(460, 280)
        self.verticalLayout = QVBoxLayout(VoidDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(VoidDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.caseLabel = QLabel(VoidDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.verticalLayout.addWidget(self.caseLabel)

        self.reasonLabel = QLabel(VoidDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.verticalLayout.addWidget(self.reasonLabel)

        self.reason = QPlainTextEdit(VoidDialog)
        self.reason.setObjectName(u"reason")

        self.verticalLayout.addWidget(self.reason)

        self.reasonError = QLabel(VoidDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.verticalLayout.addWidget(self.reasonError)

        self.buttons = QDialogButtonBox(VoidDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(VoidDialog)

        QMetaObject.connectSlotsByName(VoidDialog)
    # setupUi

    def retranslateUi(self, VoidDialog):
        VoidDialog.setWindowTitle(QCoreApplication.translate("VoidDialog", u"\u4f5c\u5e9f\u4e8b\u9879", None))
        self.explain.setText(QCoreApplication.translate("VoidDialog", u"\u4fe1\u8bbf\u6863\u6848\u4e0d\u5f97\u5220\u9664\u3002\u4f5c\u5e9f\u540e\u8be5\u4e8b\u9879\u4ecd\u4fdd\u7559\u5728\u7cfb\u7edf\u4e2d\uff0c\u4ec5\u7ba1\u7406\u5458\u548c\u529e\u516c\u5ba4\u53ef\u89c1\uff0c\u5e76\u8bb0\u5165\u64cd\u4f5c\u65e5\u5fd7\u3002", None))
        self.reasonLabel.setText(QCoreApplication.translate("VoidDialog", u"\u4f5c\u5e9f\u539f\u56e0 *", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("VoidDialog", u"\u5982\uff1a\u91cd\u590d\u767b\u8bb0\uff0c\u4e0e\u00d7\u00d7\u53f7\u4e3a\u540c\u4e00\u4e8b\u9879", None))
    # retranslateUi

