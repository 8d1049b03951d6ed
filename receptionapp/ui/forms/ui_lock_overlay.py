# Generated from ui/lock_overlay.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockOverlay(object):
    def setupUi(self, LockOverlay):
        if not LockOverlay.objectName():
            LockOverlay.setObjectName(u"LockOverlay")
        LockOverlay.resize(800, 600)
        self.outer = QGridLayout(LockOverlay)
        self.outer.setObjectName(u"outer")
        self.top = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.top, 0, 1, 1, 1)

        self.left = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer.addItem(self.left, 1, 0, 1, 1)

        self.panel = QFrame(LockOverlay)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(380, 0))
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.title = QLabel(self.panel)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panelLayout.addWidget(self.title)

        self.who = QLabel(self.panel)
        self.who.setObjectName(u"who")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)

        self.panelLayout.addWidget(self.who)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.usernameLabel = QLabel(self.panel)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.panel)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(self.panel)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.panel)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.panelLayout.addLayout(self.form)

        self.error = QLabel(self.panel)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #c62828;")
        self.error.setWordWrap(True)

        self.panelLayout.addWidget(self.error)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.switchButton = QPushButton(self.panel)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.switchButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.unlockButton = QPushButton(self.panel)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonsRow.addWidget(self.unlockButton)


        self.panelLayout.addLayout(self.buttonsRow)

        self.hint = QLabel(self.panel)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #616161;")
        self.hint.setWordWrap(True)

        self.panelLayout.addWidget(self.hint)


        self.outer.addWidget(self.panel, 1, 1, 1, 1)

        self.right = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer.addItem(self.right, 1, 2, 1, 1)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom, 2, 1, 1, 1)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockOverlay)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockOverlay)
    # setupUi

    def retranslateUi(self, LockOverlay):
        self.title.setText(QCoreApplication.translate("LockOverlay", u"\u5c4f\u5e55\u5df2\u9501\u5b9a", None))
        self.usernameLabel.setText(QCoreApplication.translate("LockOverlay", u"\u767b\u5f55\u540d", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockOverlay", u"\u5bc6\u7801", None))
        self.switchButton.setText(QCoreApplication.translate("LockOverlay", u"\u5207\u6362\u7528\u6237", None))
        self.unlockButton.setText(QCoreApplication.translate("LockOverlay", u"\u89e3\u9501", None))
        self.hint.setText(QCoreApplication.translate("LockOverlay", u"\u5df2\u586b\u5199\u7684\u5185\u5bb9\u5747\u5df2\u4fdd\u7559\uff0c\u89e3\u9501\u540e\u53ef\u7ee7\u7eed\u3002", None))
        pass
    # retranslateUi

