# Generated from ui/setup_dialog.ui by build/compile_ui.py. Do not edit.
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

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 460)
        self.verticalLayout = QVBoxLayout(SetupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.bureauLabel = QLabel(SetupDialog)
        self.bureauLabel.setObjectName(u"bureauLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bureauLabel)

        self.bureauName = QLineEdit(SetupDialog)
        self.bureauName.setObjectName(u"bureauName")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bureauName)

        self.bureauError = QLabel(SetupDialog)
        self.bureauError.setObjectName(u"bureauError")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bureauError)

        self.usernameLabel = QLabel(SetupDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(SetupDialog)
        self.username.setObjectName(u"username")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(SetupDialog)
        self.usernameError.setObjectName(u"usernameError")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.displayNameLabel = QLabel(SetupDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(SetupDialog)
        self.displayName.setObjectName(u"displayName")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.displayNameError = QLabel(SetupDialog)
        self.displayNameError.setObjectName(u"displayNameError")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.passwordLabel = QLabel(SetupDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SetupDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(SetupDialog)
        self.passwordError.setObjectName(u"passwordError")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.password2Label = QLabel(SetupDialog)
        self.password2Label.setObjectName(u"password2Label")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password2Label)

        self.password2 = QLineEdit(SetupDialog)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password2)

        self.password2Error = QLabel(SetupDialog)
        self.password2Error.setObjectName(u"password2Error")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.password2Error)


        self.verticalLayout.addLayout(self.formLayout)

        self.dataFolder = QLabel(SetupDialog)
        self.dataFolder.setObjectName(u"dataFolder")
        self.dataFolder.setWordWrap(True)
        self.dataFolder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.dataFolder)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.bureauLabel.setBuddy(self.bureauName)
        self.usernameLabel.setBuddy(self.username)
        self.displayNameLabel.setBuddy(self.displayName)
        self.passwordLabel.setBuddy(self.password)
        self.password2Label.setBuddy(self.password2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bureauName, self.username)
        QWidget.setTabOrder(self.username, self.displayName)
        QWidget.setTabOrder(self.displayName, self.password)
        QWidget.setTabOrder(self.password, self.password2)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"\u9996\u6b21\u4f7f\u7528\uff1a\u7cfb\u7edf\u521d\u59cb\u5316", None))
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"\u6b22\u8fce\u4f7f\u7528\u6559\u80b2\u4fe1\u8bbf\u63a5\u5f85\u7cfb\u7edf\u3002\u8bf7\u586b\u5199\u672c\u5355\u4f4d\u540d\u79f0\u5e76\u8bbe\u7f6e\u7ba1\u7406\u5458\u8d26\u53f7\u3002\u6570\u636e\u4fdd\u5b58\u5728\u672c\u673a\uff0c\u4e0d\u8054\u7f51\u3002", None))
        self.bureauLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5355\u4f4d\u540d\u79f0 *", None))
        self.bureauName.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u5982\uff1a\u00d7\u00d7\u5e02\u6559\u80b2\u5c40", None))
        self.usernameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u7ba1\u7406\u5458\u767b\u5f55\u540d *", None))
        self.username.setText(QCoreApplication.translate("SetupDialog", u"admin", None))
        self.displayNameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u7ba1\u7406\u5458\u59d3\u540d *", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"\u5bc6\u7801 *", None))
        self.password.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u81f3\u5c118\u4f4d\uff0c\u542b\u5b57\u6bcd\u548c\u6570\u5b57", None))
        self.password2Label.setText(QCoreApplication.translate("SetupDialog", u"\u786e\u8ba4\u5bc6\u7801 *", None))
    # retranslateUi

