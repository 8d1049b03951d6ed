# Generated from ui/major_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_MajorDialog(object):
    def setupUi(self, MajorDialog):
        if not MajorDialog.objectName():
            MajorDialog.setObjectName(u"MajorDialog")
        MajorDialog.resize(600, 480)
        self.verticalLayout = QVBoxLayout(MajorDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.info = QLabel(MajorDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.verticalLayout.addWidget(self.info)

        self.reasonsBox = QGroupBox(MajorDialog)
        self.reasonsBox.setObjectName(u"reasonsBox")
        self.reasonsGrid = QGridLayout(self.reasonsBox)
        self.reasonsGrid.setObjectName(u"reasonsGrid")
        self.collective = QCheckBox(self.reasonsBox)
        self.collective.setObjectName(u"collective")

        self.reasonsGrid.addWidget(self.collective, 0, 0, 1, 1)

        self.extreme = QCheckBox(self.reasonsBox)
        self.extreme.setObjectName(u"extreme")

        self.reasonsGrid.addWidget(self.extreme, 0, 1, 1, 1)

        self.public = QCheckBox(self.reasonsBox)
        self.public.setObjectName(u"public")

        self.reasonsGrid.addWidget(self.public, 1, 0, 1, 1)

        self.other = QCheckBox(self.reasonsBox)
        self.other.setObjectName(u"other")

        self.reasonsGrid.addWidget(self.other, 1, 1, 1, 1)

        self.reasonsError = QLabel(self.reasonsBox)
        self.reasonsError.setObjectName(u"reasonsError")

        self.reasonsGrid.addWidget(self.reasonsError, 2, 0, 1, 2)


        self.verticalLayout.addWidget(self.reasonsBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.otherLabel = QLabel(MajorDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.otherLabel)

        self.otherText = QLineEdit(MajorDialog)
        self.otherText.setObjectName(u"otherText")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.otherText)

        self.otherError = QLabel(MajorDialog)
        self.otherError.setObjectName(u"otherError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.otherError)

        self.summaryLabel = QLabel(MajorDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(MajorDialog)
        self.summary.setObjectName(u"summary")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summary)

        self.summaryError = QLabel(MajorDialog)
        self.summaryError.setObjectName(u"summaryError")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryError)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(MajorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.otherLabel.setBuddy(self.otherText)
        self.summaryLabel.setBuddy(self.summary)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.collective, self.extreme)
        QWidget.setTabOrder(self.extreme, self.public)
        QWidget.setTabOrder(self.public, self.other)
        QWidget.setTabOrder(self.other, self.otherText)
        QWidget.setTabOrder(self.otherText, self.summary)

        self.retranslateUi(MajorDialog)

        QMetaObject.connectSlotsByName(MajorDialog)
    # setupUi

    def retranslateUi(self, MajorDialog):
        MajorDialog.setWindowTitle(QCoreApplication.translate("MajorDialog", u"\u6807\u8bb0\u4e3a\u91cd\u5927\u4fe1\u8bbf\u4e8b\u9879", None))
        self.info.setText(QCoreApplication.translate("MajorDialog", u"\u6807\u8bb0\u540e\u987b\u4e8e\u5f53\u65e5\u6253\u5370\u91cd\u5927\u4fe1\u8bbf\u4fe1\u606f\u5feb\u62a5\u62a5\u9001\u5c40\u9886\u5bfc\uff0c\u5230\u671f\u63d0\u9192\u677f\u5217\u51fa\u5c1a\u672a\u62a5\u9001\u7684\u5feb\u62a5\u3002", None))
        self.reasonsBox.setTitle(QCoreApplication.translate("MajorDialog", u"\u91cd\u5927\u60c5\u5f62\uff08\u53ef\u591a\u9009\uff09", None))
        self.collective.setText(QCoreApplication.translate("MajorDialog", u"\u96c6\u4f53\u8bbf\u4eba\u6570\u8f83\u591a", None))
        self.extreme.setText(QCoreApplication.translate("MajorDialog", u"\u6709\u6781\u7aef\u8a00\u884c", None))
        self.public.setText(QCoreApplication.translate("MajorDialog", u"\u5f15\u8d77\u8206\u8bba\u5173\u6ce8", None))
        self.other.setText(QCoreApplication.translate("MajorDialog", u"\u5176\u4ed6", None))
        self.otherLabel.setText(QCoreApplication.translate("MajorDialog", u"\u5176\u4ed6\u60c5\u5f62", None))
        self.otherText.setPlaceholderText(QCoreApplication.translate("MajorDialog", u"\u9009\u62e9\u201c\u5176\u4ed6\u201d\u65f6\u5199\u660e", None))
        self.summaryLabel.setText(QCoreApplication.translate("MajorDialog", u"\u5feb\u62a5\u5185\u5bb9", None))
        self.summary.setPlaceholderText(QCoreApplication.translate("MajorDialog", u"\u57fa\u672c\u60c5\u51b5\u3001\u73b0\u573a\u60c5\u51b5\u3001\u5df2\u91c7\u53d6\u7684\u63aa\u65bd", None))
    # retranslateUi

