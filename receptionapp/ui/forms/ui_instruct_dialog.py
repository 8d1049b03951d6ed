# Generated from ui/instruct_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_InstructDialog(object):
    def setupUi(self, InstructDialog):
        if not InstructDialog.objectName():
            InstructDialog.setObjectName(u"InstructDialog")
        InstructDialog.resize(640, 640)
        self.verticalLayout = QVBoxLayout(InstructDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(InstructDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.leaderLabel = QLabel(InstructDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QComboBox(InstructDialog)
        self.leader.setObjectName(u"leader")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leader)

        self.leaderError = QLabel(InstructDialog)
        self.leaderError.setObjectName(u"leaderError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leaderError)

        self.onLabel = QLabel(InstructDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = QDateEdit(InstructDialog)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.on)

        self.onError = QLabel(InstructDialog)
        self.onError.setObjectName(u"onError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.onError)

        self.routeBox = QGroupBox(InstructDialog)
        self.routeBox.setObjectName(u"routeBox")
        self.routeLayout = QVBoxLayout(self.routeBox)
        self.routeLayout.setObjectName(u"routeLayout")

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.routeBox)

        self.routeError = QLabel(InstructDialog)
        self.routeError.setObjectName(u"routeError")
        self.routeError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.routeError)

        self.refusalLabel = QLabel(InstructDialog)
        self.refusalLabel.setObjectName(u"refusalLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.refusalLabel)

        self.refusal = QComboBox(InstructDialog)
        self.refusal.setObjectName(u"refusal")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.refusal)

        self.refusalError = QLabel(InstructDialog)
        self.refusalError.setObjectName(u"refusalError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.refusalError)

        self.authorityLabel = QLabel(InstructDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authority = QLineEdit(InstructDialog)
        self.authority.setObjectName(u"authority")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.authority)

        self.authorityError = QLabel(InstructDialog)
        self.authorityError.setObjectName(u"authorityError")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.authorityError)

        self.textLabel = QLabel(InstructDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QPlainTextEdit(InstructDialog)
        self.text.setObjectName(u"text")
        self.text.setMinimumSize(QSize(0, 100))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.text)

        self.textError = QLabel(InstructDialog)
        self.textError.setObjectName(u"textError")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.textError)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(InstructDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(InstructDialog)

        QMetaObject.connectSlotsByName(InstructDialog)
    # setupUi

    def retranslateUi(self, InstructDialog):
        InstructDialog.setWindowTitle(QCoreApplication.translate("InstructDialog", u"\u9886\u5bfc\u6279\u793a", None))
        self.intro.setText(QCoreApplication.translate("InstructDialog", u"\u6279\u793a\u51b3\u5b9a\u8be5\u4e8b\u9879\u6309\u4ee5\u4e0b\u4e94\u79cd\u65b9\u5f0f\u4e4b\u4e00\u5904\u7406\uff08\u672c\u5c40\u63a5\u8bbf\u4e8b\u9879\u5904\u7406\u65b9\u6cd5\uff09\u3002", None))
        self.leaderLabel.setText(QCoreApplication.translate("InstructDialog", u"\u6279\u793a\u9886\u5bfc *", None))
        self.onLabel.setText(QCoreApplication.translate("InstructDialog", u"\u6279\u793a\u65e5\u671f *", None))
        self.on.setDisplayFormat(QCoreApplication.translate("InstructDialog", u"yyyy-MM-dd", None))
        self.routeBox.setTitle(QCoreApplication.translate("InstructDialog", u"\u5904\u7406\u65b9\u5f0f *\uff08\u6309\u6570\u5b57\u952e1\u20145\u9009\u62e9\uff09", None))
        self.refusalLabel.setText(QCoreApplication.translate("InstructDialog", u"\u4e0d\u4e88\u53d7\u7406\u7406\u7531 *", None))
        self.authorityLabel.setText(QCoreApplication.translate("InstructDialog", u"\u6709\u6743\u5904\u7406\u673a\u5173", None))
        self.authority.setPlaceholderText(QCoreApplication.translate("InstructDialog", u"\u5982\uff1a\u5e02\u4eba\u529b\u8d44\u6e90\u548c\u793e\u4f1a\u4fdd\u969c\u5c40", None))
        self.textLabel.setText(QCoreApplication.translate("InstructDialog", u"\u6279\u793a\u5185\u5bb9 *", None))
        self.text.setPlaceholderText(QCoreApplication.translate("InstructDialog", u"\u5982\uff1a\u8bf7\u57fa\u7840\u6559\u80b2\u5904\u8c03\u67e5\u6838\u5b9e\uff0c\u4f9d\u89c4\u5904\u7406\uff0c20\u4e2a\u5de5\u4f5c\u65e5\u5185\u62a5\u9001\u7ed3\u679c\u3002", None))
    # retranslateUi

