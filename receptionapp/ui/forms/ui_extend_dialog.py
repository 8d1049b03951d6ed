# Generated from ui/extend_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ExtendDialog(object):
    def setupUi(self, ExtendDialog):
        if not ExtendDialog.objectName():
            ExtendDialog.setObjectName(u"ExtendDialog")
        ExtendDialog.resize(600, 460)
        self.verticalLayout = QVBoxLayout(ExtendDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(ExtendDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.obligationLabel = QLabel(ExtendDialog)
        self.obligationLabel.setObjectName(u"obligationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.obligationLabel)

        self.obligation = QComboBox(ExtendDialog)
        self.obligation.setObjectName(u"obligation")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.obligation)

        self.daysLabel = QLabel(ExtendDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.days = QSpinBox(ExtendDialog)
        self.days.setObjectName(u"days")
        self.days.setMinimum(1)
        self.days.setMaximum(366)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.days)

        self.daysError = QLabel(ExtendDialog)
        self.daysError.setObjectName(u"daysError")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.daysError)

        self.newDueLabel = QLabel(ExtendDialog)
        self.newDueLabel.setObjectName(u"newDueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newDueLabel)

        self.newDue = QLabel(ExtendDialog)
        self.newDue.setObjectName(u"newDue")
        self.newDue.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newDue)

        self.leaderLabel = QLabel(ExtendDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QComboBox(ExtendDialog)
        self.leader.setObjectName(u"leader")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leader)

        self.leaderError = QLabel(ExtendDialog)
        self.leaderError.setObjectName(u"leaderError")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leaderError)

        self.reasonLabel = QLabel(ExtendDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(ExtendDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMinimumSize(QSize(0, 90))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(ExtendDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonError)

        self.rateLabel = QLabel(ExtendDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rate = QLabel(ExtendDialog)
        self.rate.setObjectName(u"rate")
        self.rate.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rate)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ExtendDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(ExtendDialog)

        QMetaObject.connectSlotsByName(ExtendDialog)
    # setupUi

    def retranslateUi(self, ExtendDialog):
        ExtendDialog.setWindowTitle(QCoreApplication.translate("ExtendDialog", u"\u5ef6\u671f", None))
        self.intro.setText(QCoreApplication.translate("ExtendDialog", u"\u6bcf\u4e2a\u671f\u9650\u53ea\u80fd\u5ef6\u671f\u4e00\u6b21\uff0c\u5ef6\u671f\u4e0d\u8d85\u8fc7\u89c4\u5219\u89c4\u5b9a\u7684\u5929\u6570\uff0c\u987b\u7ecf\u9886\u5bfc\u6279\u51c6\uff0c\u5e76\u4e66\u9762\u544a\u77e5\u4fe1\u8bbf\u4eba\u5ef6\u671f\u7406\u7531\u3002", None))
        self.obligationLabel.setText(QCoreApplication.translate("ExtendDialog", u"\u5ef6\u671f\u7684\u671f\u9650 *", None))
        self.daysLabel.setText(QCoreApplication.translate("ExtendDialog", u"\u5ef6\u957f *", None))
        self.newDueLabel.setText(QCoreApplication.translate("ExtendDialog", u"\u5ef6\u671f\u540e\u671f\u9650", None))
        self.leaderLabel.setText(QCoreApplication.translate("ExtendDialog", u"\u6279\u51c6\u9886\u5bfc *", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExtendDialog", u"\u5ef6\u671f\u7406\u7531 *", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("ExtendDialog", u"\u5c06\u5199\u5165\u5ef6\u671f\u544a\u77e5\u4e66\uff0c\u544a\u77e5\u4fe1\u8bbf\u4eba", None))
        self.rateLabel.setText(QCoreApplication.translate("ExtendDialog", u"12345\u7eed\u62a5\u7387", None))
    # retranslateUi

