# Generated from ui/user_edit_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(460, 380)
        self.verticalLayout = QVBoxLayout(UserEditDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.usernameLabel = QLabel(UserEditDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(UserEditDialog)
        self.username.setObjectName(u"username")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(UserEditDialog)
        self.usernameError.setObjectName(u"usernameError")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.displayNameLabel = QLabel(UserEditDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(UserEditDialog)
        self.displayName.setObjectName(u"displayName")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.displayNameError = QLabel(UserEditDialog)
        self.displayNameError.setObjectName(u"displayNameError")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.roleLabel = QLabel(UserEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(UserEditDialog)
        self.role.setObjectName(u"role")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)

        self.roleError = QLabel(UserEditDialog)
        self.roleError.setObjectName(u"roleError")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.unitLabel = QLabel(UserEditDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QComboBox(UserEditDialog)
        self.unit.setObjectName(u"unit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unit)

        self.unitError = QLabel(UserEditDialog)
        self.unitError.setObjectName(u"unitError")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unitError)

        self.passwordLabel = QLabel(UserEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(UserEditDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(UserEditDialog)
        self.passwordError.setObjectName(u"passwordError")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordError)


        self.verticalLayout.addLayout(self.formLayout)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(UserEditDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.roleLabel.setBuddy(self.role)
        self.unitLabel.setBuddy(self.unit)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserEditDialog)

        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"\u8d26\u53f7", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserEditDialog", u"\u767b\u5f55\u540d *", None))
        self.username.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"\u5b57\u6bcd\u6216\u6570\u5b57\uff0c\u5982 zhangsan", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UserEditDialog", u"\u59d3\u540d *", None))
        self.roleLabel.setText(QCoreApplication.translate("UserEditDialog", u"\u89d2\u8272 *", None))
        self.unitLabel.setText(QCoreApplication.translate("UserEditDialog", u"\u6240\u5728\u5355\u4f4d", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserEditDialog", u"\u521d\u59cb\u5bc6\u7801 *", None))
        self.password.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"\u81f3\u5c118\u4f4d\uff0c\u542b\u5b57\u6bcd\u548c\u6570\u5b57\uff1b\u9996\u6b21\u767b\u5f55\u987b\u4fee\u6539", None))
    # retranslateUi

