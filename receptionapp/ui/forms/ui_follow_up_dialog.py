# Generated from ui/follow_up_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(560, 460)
        self.verticalLayout = QVBoxLayout(FollowUpDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.info = QLabel(FollowUpDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.verticalLayout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.calledOnLabel = QLabel(FollowUpDialog)
        self.calledOnLabel.setObjectName(u"calledOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.calledOnLabel)

        self.calledOn = QDateEdit(FollowUpDialog)
        self.calledOn.setObjectName(u"calledOn")
        self.calledOn.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.calledOn)

        self.calledOnError = QLabel(FollowUpDialog)
        self.calledOnError.setObjectName(u"calledOnError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.calledOnError)

        self.callerLabel = QLabel(FollowUpDialog)
        self.callerLabel.setObjectName(u"callerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.callerLabel)

        self.caller = QComboBox(FollowUpDialog)
        self.caller.setObjectName(u"caller")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.caller)

        self.callerError = QLabel(FollowUpDialog)
        self.callerError.setObjectName(u"callerError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.callerError)

        self.reachedLabel = QLabel(FollowUpDialog)
        self.reachedLabel.setObjectName(u"reachedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reachedLabel)

        self.reached = QCheckBox(FollowUpDialog)
        self.reached.setObjectName(u"reached")
        self.reached.setChecked(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reached)

        self.satisfactionLabel = QLabel(FollowUpDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfaction = QComboBox(FollowUpDialog)
        self.satisfaction.setObjectName(u"satisfaction")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.satisfaction)

        self.satisfactionError = QLabel(FollowUpDialog)
        self.satisfactionError.setObjectName(u"satisfactionError")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.satisfactionError)

        self.remarksLabel = QLabel(FollowUpDialog)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.remarksLabel)

        self.remarks = QPlainTextEdit(FollowUpDialog)
        self.remarks.setObjectName(u"remarks")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.remarks)

        self.remarksError = QLabel(FollowUpDialog)
        self.remarksError.setObjectName(u"remarksError")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.remarksError)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FollowUpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.calledOnLabel.setBuddy(self.calledOn)
        self.callerLabel.setBuddy(self.caller)
        self.satisfactionLabel.setBuddy(self.satisfaction)
        self.remarksLabel.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.calledOn, self.caller)
        QWidget.setTabOrder(self.caller, self.reached)
        QWidget.setTabOrder(self.reached, self.satisfaction)
        QWidget.setTabOrder(self.satisfaction, self.remarks)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"\u56de\u8bbf", None))
        self.calledOnLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u56de\u8bbf\u65e5\u671f", None))
        self.calledOn.setDisplayFormat(QCoreApplication.translate("FollowUpDialog", u"yyyy-MM-dd", None))
        self.callerLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u56de\u8bbf\u4eba", None))
        self.reachedLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u56de\u8bbf\u7ed3\u679c", None))
        self.reached.setText(QCoreApplication.translate("FollowUpDialog", u"\u5df2\u8054\u7cfb\u4e0a\u4fe1\u8bbf\u4eba", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u6ee1\u610f\u7a0b\u5ea6", None))
        self.remarksLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u56de\u8bbf\u60c5\u51b5", None))
        self.remarks.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"\u4fe1\u8bbf\u4eba\u7684\u610f\u89c1\uff1b\u672a\u8054\u7cfb\u4e0a\u7684\u5199\u660e\u539f\u56e0\uff08\u5982\u7535\u8bdd\u65e0\u4eba\u63a5\u542c\uff09", None))
    # retranslateUi

