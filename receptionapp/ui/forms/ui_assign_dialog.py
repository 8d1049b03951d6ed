# Generated from ui/assign_dialog.ui by build/compile_ui.py. Do not edit.
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

class Ui_AssignDialog(object):
    def setupUi(self, AssignDialog):
        if not AssignDialog.objectName():
            AssignDialog.setObjectName(u"AssignDialog")
        AssignDialog.resize(620, 560)
        self.verticalLayout = QVBoxLayout(AssignDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(AssignDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.unitLabel = QLabel(AssignDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QComboBox(AssignDialog)
        self.unit.setObjectName(u"unit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit)

        self.unitError = QLabel(AssignDialog)
        self.unitError.setObjectName(u"unitError")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitError)

        self.dueLabel = QLabel(AssignDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.due = QLabel(AssignDialog)
        self.due.setObjectName(u"due")
        self.due.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due)

        self.onLabel = QLabel(AssignDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.on = QDateEdit(AssignDialog)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.on)

        self.onError = QLabel(AssignDialog)
        self.onError.setObjectName(u"onError")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.onError)

        self.instructionLabel = QLabel(AssignDialog)
        self.instructionLabel.setObjectName(u"instructionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.instructionLabel)

        self.instruction = QPlainTextEdit(AssignDialog)
        self.instruction.setObjectName(u"instruction")
        self.instruction.setMinimumSize(QSize(0, 70))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.instruction)

        self.instructionError = QLabel(AssignDialog)
        self.instructionError.setObjectName(u"instructionError")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.instructionError)

        self.requirementLabel = QLabel(AssignDialog)
        self.requirementLabel.setObjectName(u"requirementLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.requirementLabel)

        self.requirement = QPlainTextEdit(AssignDialog)
        self.requirement.setObjectName(u"requirement")
        self.requirement.setMinimumSize(QSize(0, 60))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requirement)

        self.requirementError = QLabel(AssignDialog)
        self.requirementError.setObjectName(u"requirementError")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.requirementError)

        self.conceal = QCheckBox(AssignDialog)
        self.conceal.setObjectName(u"conceal")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.conceal)


        self.verticalLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AssignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttons)


        self.retranslateUi(AssignDialog)

        QMetaObject.connectSlotsByName(AssignDialog)
    # setupUi

    def retranslateUi(self, AssignDialog):
        AssignDialog.setWindowTitle(QCoreApplication.translate("AssignDialog", u"\u4ea4\u529e", None))
        self.intro.setText(QCoreApplication.translate("AssignDialog", u"\u4ea4\u529e\u5355\u9001\u627f\u529e\u5355\u4f4d\u529e\u7406\uff0c\u529e\u7406\u671f\u9650\u6309\u671f\u9650\u89c4\u5219\u81ea\u52a8\u8ba1\u7b97\u3002", None))
        self.unitLabel.setText(QCoreApplication.translate("AssignDialog", u"\u627f\u529e\u5355\u4f4d *", None))
        self.dueLabel.setText(QCoreApplication.translate("AssignDialog", u"\u529e\u7406\u671f\u9650", None))
        self.onLabel.setText(QCoreApplication.translate("AssignDialog", u"\u4ea4\u529e\u65e5\u671f *", None))
        self.on.setDisplayFormat(QCoreApplication.translate("AssignDialog", u"yyyy-MM-dd", None))
        self.instructionLabel.setText(QCoreApplication.translate("AssignDialog", u"\u9886\u5bfc\u6279\u793a", None))
        self.instruction.setPlaceholderText(QCoreApplication.translate("AssignDialog", u"\u9ed8\u8ba4\u4e3a\u6700\u8fd1\u4e00\u6b21\u9886\u5bfc\u6279\u793a", None))
        self.requirementLabel.setText(QCoreApplication.translate("AssignDialog", u"\u529e\u7406\u8981\u6c42", None))
        self.requirement.setPlaceholderText(QCoreApplication.translate("AssignDialog", u"\u5982\uff1a\u8bf7\u4e8e\u671f\u9650\u5185\u4e66\u9762\u62a5\u9001\u8c03\u67e5\u6838\u5b9e\u60c5\u51b5\u548c\u7b54\u590d\u610f\u89c1", None))
        self.conceal.setText(QCoreApplication.translate("AssignDialog", u"\u4ea4\u529e\u5355\u9690\u53bb\u4fe1\u8bbf\u4eba\u59d3\u540d\u3001\u8eab\u4efd\u8bc1\u53f7\u3001\u7535\u8bdd\u548c\u5730\u5740\uff08\u627f\u529e\u5355\u4f4d\u4e3a\u88ab\u53cd\u6620\u5355\u4f4d\u65f6\u5fc5\u987b\u52fe\u9009\uff09", None))
    # retranslateUi

