# Generated from ui/notice_dialog.ui by build/compile_ui.py. Do not edit.
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        NoticeDialog.resize(520, 300)
        self.verticalLayout = QVBoxLayout(NoticeDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(NoticeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.kindLabel = QLabel(NoticeDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(NoticeDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.onLabel = QLabel(NoticeDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = QDateEdit(NoticeDialog)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on)

        self.onError = QLabel(NoticeDialog)
        self.onError.setObjectName(u"onError")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onError)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(NoticeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(NoticeDialog)

        QMetaObject.connectSlotsByName(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"\u767b\u8bb0\u544a\u77e5", None))
        self.intro.setText(QCoreApplication.translate("NoticeDialog", u"\u767b\u8bb0\u5df2\u5411\u4fe1\u8bbf\u4eba\u53d1\u51fa\u7684\u4e66\u9762\u544a\u77e5\uff0c\u5bf9\u5e94\u7684\u671f\u9650\u5373\u5b8c\u6210\u3002", None))
        self.kindLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u544a\u77e5\u7c7b\u578b *", None))
        self.onLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u544a\u77e5\u65e5\u671f *", None))
        self.on.setDisplayFormat(QCoreApplication.translate("NoticeDialog", u"yyyy-MM-dd", None))
    # retranslateUi

