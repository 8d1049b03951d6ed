# Generated from ui/key_mark_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_KeyMarkDialog(object):
    def setupUi(self, KeyMarkDialog):
        if not KeyMarkDialog.objectName():
            KeyMarkDialog.setObjectName(u"KeyMarkDialog")
        KeyMarkDialog.resize(520, 420)
        self.verticalLayout = QVBoxLayout(KeyMarkDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(KeyMarkDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.personLabel = QLabel(KeyMarkDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(KeyMarkDialog)
        self.person.setObjectName(u"person")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person)

        self.personState = QLabel(KeyMarkDialog)
        self.personState.setObjectName(u"personState")
        self.personState.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personState)

        self.reasonLabel = QLabel(KeyMarkDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(KeyMarkDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(KeyMarkDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.leaderLabel = QLabel(KeyMarkDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QComboBox(KeyMarkDialog)
        self.leader.setObjectName(u"leader")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leader)

        self.leaderError = QLabel(KeyMarkDialog)
        self.leaderError.setObjectName(u"leaderError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leaderError)

        self.statusLabel = QLabel(KeyMarkDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(KeyMarkDialog)
        self.status.setObjectName(u"status")
        self.status.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status)

        self.statusError = QLabel(KeyMarkDialog)
        self.statusError.setObjectName(u"statusError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusError)


        self.verticalLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.endButton = QPushButton(KeyMarkDialog)
        self.endButton.setObjectName(u"endButton")

        self.bottomRow.addWidget(self.endButton)

        self.buttons = QDialogButtonBox(KeyMarkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomRow.addWidget(self.buttons)


        self.verticalLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.reasonLabel.setBuddy(self.reason)
        self.leaderLabel.setBuddy(self.leader)
        self.statusLabel.setBuddy(self.status)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.reason)
        QWidget.setTabOrder(self.reason, self.leader)
        QWidget.setTabOrder(self.leader, self.status)

        self.retranslateUi(KeyMarkDialog)

        QMetaObject.connectSlotsByName(KeyMarkDialog)
    # setupUi

    def retranslateUi(self, KeyMarkDialog):
        KeyMarkDialog.setWindowTitle(QCoreApplication.translate("KeyMarkDialog", u"\u91cd\u70b9\u4fe1\u8bbf\u4eba", None))
        self.explain.setText(QCoreApplication.translate("KeyMarkDialog", u"\u5217\u4e3a\u91cd\u70b9\u4fe1\u8bbf\u4eba\u540e\uff0c\u8be5\u4fe1\u8bbf\u4eba\u5728\u63a5\u8bbf\u65e5\u540d\u5355\u4e2d\u6807\u7ea2\uff0c\u5e76\u5217\u5165\u7edf\u8ba1\u62a5\u8868\u7684\u91cd\u70b9\u4fe1\u8bbf\u4eba\u8868\uff0c\u7531\u5305\u6848\u9886\u5bfc\u8d1f\u8d23\u8ddf\u8e2a\u5316\u89e3\u3002", None))
        self.personLabel.setText(QCoreApplication.translate("KeyMarkDialog", u"\u4fe1\u8bbf\u4eba", None))
        self.reasonLabel.setText(QCoreApplication.translate("KeyMarkDialog", u"\u539f\u56e0 *", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("KeyMarkDialog", u"\u5982\uff1a\u591a\u6b21\u8d8a\u7ea7\u4e0a\u8bbf\uff0c\u8bc9\u6c42\u672a\u606f", None))
        self.leaderLabel.setText(QCoreApplication.translate("KeyMarkDialog", u"\u5305\u6848\u9886\u5bfc *", None))
        self.statusLabel.setText(QCoreApplication.translate("KeyMarkDialog", u"\u5de5\u4f5c\u72b6\u6001", None))
        self.endButton.setText(QCoreApplication.translate("KeyMarkDialog", u"\u7ed3\u675f\u8ddf\u8e2a\u2026", None))
    # retranslateUi

