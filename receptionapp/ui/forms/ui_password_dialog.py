# Generated from ui/password_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(440, 300)
        self.verticalLayout = QVBoxLayout(PasswordDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(PasswordDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.oldLabel = QLabel(PasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldPassword = QLineEdit(PasswordDialog)
        self.oldPassword.setObjectName(u"oldPassword")
        self.oldPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPassword)

        self.oldPasswordError = QLabel(PasswordDialog)
        self.oldPasswordError.setObjectName(u"oldPasswordError")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.oldPasswordError)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newPassword = QLineEdit(PasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.newPasswordError = QLabel(PasswordDialog)
        self.newPasswordError.setObjectName(u"newPasswordError")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newPasswordError)

        self.confirmLabel = QLabel(PasswordDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmPassword = QLineEdit(PasswordDialog)
        self.confirmPassword.setObjectName(u"confirmPassword")
        self.confirmPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmPassword)

        self.confirmPasswordError = QLabel(PasswordDialog)
        self.confirmPasswordError.setObjectName(u"confirmPasswordError")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirmPasswordError)


        self.verticalLayout.addLayout(self.formLayout)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldPassword)
        self.newLabel.setBuddy(self.newPassword)
        self.confirmLabel.setBuddy(self.confirmPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u4fee\u6539\u5bc6\u7801", None))
        self.oldLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u539f\u5bc6\u7801", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801", None))
        self.newPassword.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"\u81f3\u5c118\u4f4d\uff0c\u542b\u5b57\u6bcd\u548c\u6570\u5b57", None))
        self.confirmLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u518d\u6b21\u8f93\u5165", None))
    # retranslateUi

