# Generated from ui/supervise_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SuperviseDialog(object):
    def setupUi(self, SuperviseDialog):
        if not SuperviseDialog.objectName():
            SuperviseDialog.setObjectName(u"SuperviseDialog")
        SuperviseDialog.resize(620, 560)
        self.verticalLayout = QVBoxLayout(SuperviseDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(SuperviseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.obligationLabel = QLabel(SuperviseDialog)
        self.obligationLabel.setObjectName(u"obligationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.obligationLabel)

        self.obligation = QComboBox(SuperviseDialog)
        self.obligation.setObjectName(u"obligation")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.obligation)

        self.levelLabel = QLabel(SuperviseDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(SuperviseDialog)
        self.level.setObjectName(u"level")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.level)

        self.reasonLabel = QLabel(SuperviseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(SuperviseDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.requestedByLabel = QLabel(SuperviseDialog)
        self.requestedByLabel.setObjectName(u"requestedByLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requestedByLabel)

        self.requestedBy = QLineEdit(SuperviseDialog)
        self.requestedBy.setObjectName(u"requestedBy")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requestedBy)

        self.requestedByError = QLabel(SuperviseDialog)
        self.requestedByError.setObjectName(u"requestedByError")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requestedByError)

        self.daysLabel = QLabel(SuperviseDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.days = QSpinBox(SuperviseDialog)
        self.days.setObjectName(u"days")
        self.days.setMinimum(1)
        self.days.setMaximum(60)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.days)

        self.daysError = QLabel(SuperviseDialog)
        self.daysError.setObjectName(u"daysError")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.daysError)

        self.onLabel = QLabel(SuperviseDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = QDateEdit(SuperviseDialog)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.on)

        self.onError = QLabel(SuperviseDialog)
        self.onError.setObjectName(u"onError")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.onError)

        self.contentLabel = QLabel(SuperviseDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.content = QPlainTextEdit(SuperviseDialog)
        self.content.setObjectName(u"content")
        self.content.setMinimumSize(QSize(0, 100))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.content)

        self.contentError = QLabel(SuperviseDialog)
        self.contentError.setObjectName(u"contentError")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contentError)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(SuperviseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(SuperviseDialog)

        QMetaObject.connectSlotsByName(SuperviseDialog)
    # setupUi

    def retranslateUi(self, SuperviseDialog):
        SuperviseDialog.setWindowTitle(QCoreApplication.translate("SuperviseDialog", u"\u7763\u529e", None))
        self.intro.setText(QCoreApplication.translate("SuperviseDialog", u"\u7763\u529e\u5355\u53d1\u7ed9\u627f\u529e\u5355\u4f4d\uff0c\u5199\u660e\u7763\u529e\u4e8b\u9879\u3001\u8981\u6c42\u548c\u56de\u590d\u671f\u9650\u3002", None))
        self.obligationLabel.setText(QCoreApplication.translate("SuperviseDialog", u"\u7763\u529e\u671f\u9650", None))
        self.levelLabel.setText(QCoreApplication.translate("SuperviseDialog", u"\u7763\u529e\u65b9\u5f0f *", None))
        self.reasonLabel.setText(QCoreApplication.translate("SuperviseDialog", u"\u7763\u529e\u539f\u56e0 *", None))
        self.requestedByLabel.setText(QCoreApplication.translate("SuperviseDialog", u"\u63d0\u51fa\u9886\u5bfc", None))
        self.requestedBy.setPlaceholderText(QCoreApplication.translate("SuperviseDialog", u"\u9886\u5bfc\u8981\u6c42\u7763\u529e\u65f6\u586b\u5199", None))
        self.daysLabel.setText(QCoreApplication.translate("SuperviseDialog", u"\u56de\u590d\u671f\u9650", None))
        self.days.setSuffix(QCoreApplication.translate("SuperviseDialog", u" \u4e2a\u5de5\u4f5c\u65e5\u5185\u56de\u590d", None))
        self.onLabel.setText(QCoreApplication.translate("SuperviseDialog", u"\u7763\u529e\u65e5\u671f *", None))
        self.on.setDisplayFormat(QCoreApplication.translate("SuperviseDialog", u"yyyy-MM-dd", None))
        self.contentLabel.setText(QCoreApplication.translate("SuperviseDialog", u"\u7763\u529e\u5185\u5bb9 *", None))
    # retranslateUi

