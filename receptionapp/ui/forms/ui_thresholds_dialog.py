# Generated from ui/thresholds_dialog.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ThresholdsDialog(object):
    def setupUi(self, ThresholdsDialog):
        if not ThresholdsDialog.objectName():
            ThresholdsDialog.setObjectName(u"ThresholdsDialog")
        ThresholdsDialog.resize(560, 400)
        self.verticalLayout = QVBoxLayout(ThresholdsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.explain = QLabel(ThresholdsDialog)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)

        self.verticalLayout.addWidget(self.explain)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.remindLabel = QLabel(ThresholdsDialog)
        self.remindLabel.setObjectName(u"remindLabel")

        self.grid.addWidget(self.remindLabel, 0, 0, 1, 1)

        self.remindBefore = QSpinBox(ThresholdsDialog)
        self.remindBefore.setObjectName(u"remindBefore")
        self.remindBefore.setMinimum(0)
        self.remindBefore.setMaximum(90)

        self.grid.addWidget(self.remindBefore, 0, 1, 1, 1)

        self.remindUnit = QLabel(ThresholdsDialog)
        self.remindUnit.setObjectName(u"remindUnit")

        self.grid.addWidget(self.remindUnit, 0, 2, 1, 1)

        self.remindError = QLabel(ThresholdsDialog)
        self.remindError.setObjectName(u"remindError")

        self.grid.addWidget(self.remindError, 1, 1, 1, 2)

        self.urgeLabel = QLabel(ThresholdsDialog)
        self.urgeLabel.setObjectName(u"urgeLabel")

        self.grid.addWidget(self.urgeLabel, 2, 0, 1, 1)

        self.urgeAfter = QSpinBox(ThresholdsDialog)
        self.urgeAfter.setObjectName(u"urgeAfter")
        self.urgeAfter.setMinimum(0)
        self.urgeAfter.setMaximum(90)

        self.grid.addWidget(self.urgeAfter, 2, 1, 1, 1)

        self.urgeUnit = QLabel(ThresholdsDialog)
        self.urgeUnit.setObjectName(u"urgeUnit")

        self.grid.addWidget(self.urgeUnit, 2, 2, 1, 1)

        self.urgeError = QLabel(ThresholdsDialog)
        self.urgeError.setObjectName(u"urgeError")

        self.grid.addWidget(self.urgeError, 3, 1, 1, 2)

        self.notifyLabel = QLabel(ThresholdsDialog)
        self.notifyLabel.setObjectName(u"notifyLabel")

        self.grid.addWidget(self.notifyLabel, 4, 0, 1, 1)

        self.notifyAfter = QSpinBox(ThresholdsDialog)
        self.notifyAfter.setObjectName(u"notifyAfter")
        self.notifyAfter.setMinimum(0)
        self.notifyAfter.setMaximum(120)

        self.grid.addWidget(self.notifyAfter, 4, 1, 1, 1)

        self.notifyUnit = QLabel(ThresholdsDialog)
        self.notifyUnit.setObjectName(u"notifyUnit")

        self.grid.addWidget(self.notifyUnit, 4, 2, 1, 1)

        self.notifyError = QLabel(ThresholdsDialog)
        self.notifyError.setObjectName(u"notifyError")

        self.grid.addWidget(self.notifyError, 5, 1, 1, 2)


        self.verticalLayout.addLayout(self.grid)

        self.previewBox = QGroupBox(ThresholdsDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.preview = QLabel(self.previewBox)
        self.preview.setObjectName(u"preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.preview)


        self.verticalLayout.addWidget(self.previewBox)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(ThresholdsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.remindLabel.setBuddy(self.remindBefore)
        self.urgeLabel.setBuddy(self.urgeAfter)
        self.notifyLabel.setBuddy(self.notifyAfter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.remindBefore, self.urgeAfter)
        QWidget.setTabOrder(self.urgeAfter, self.notifyAfter)

        self.retranslateUi(ThresholdsDialog)

        QMetaObject.connectSlotsByName(ThresholdsDialog)
    # setupUi

    def retranslateUi(self, ThresholdsDialog):
        ThresholdsDialog.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", u"\u7763\u529e\u63d0\u9192\u8bbe\u7f6e", None))
        self.explain.setText(QCoreApplication.translate("ThresholdsDialog", u"\u5230\u671f\u63d0\u9192\u677f\u6309\u4ee5\u4e0b\u5929\u6570\uff08\u5747\u4e3a\u5de5\u4f5c\u65e5\uff09\u63d0\u793a\u529e\u516c\u5ba4\u50ac\u529e\u3001\u7763\u529e\u6216\u901a\u62a5\u9886\u5bfc\u3002", None))
        self.remindLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"\u50ac\u529e\uff1a\u5230\u671f\u524d", None))
        self.remindUnit.setText(QCoreApplication.translate("ThresholdsDialog", u"\u4e2a\u5de5\u4f5c\u65e5\u8d77\u63d0\u793a\uff080 \u4e3a\u5230\u671f\u5f53\u65e5\uff09", None))
        self.urgeLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"\u7763\u529e\uff1a\u8d85\u671f", None))
        self.urgeUnit.setText(QCoreApplication.translate("ThresholdsDialog", u"\u4e2a\u5de5\u4f5c\u65e5\u8d77\u63d0\u793a\u53d1\u7763\u529e\u5355", None))
        self.notifyLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"\u901a\u62a5\uff1a\u8d85\u671f", None))
        self.notifyUnit.setText(QCoreApplication.translate("ThresholdsDialog", u"\u4e2a\u5de5\u4f5c\u65e5\u8d77\u63d0\u793a\u901a\u62a5\u9886\u5bfc", None))
        self.previewBox.setTitle(QCoreApplication.translate("ThresholdsDialog", u"\u6309\u6b64\u8bbe\u7f6e", None))
    # retranslateUi

