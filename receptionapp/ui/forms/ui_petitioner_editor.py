# Generated from ui/petitioner_editor.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PetitionerEditor(object):
    def setupUi(self, PetitionerEditor):
        if not PetitionerEditor.objectName():
            PetitionerEditor.setObjectName(u"PetitionerEditor")
        PetitionerEditor.resize(760, 190)
        PetitionerEditor.setFrameShape(QFrame.Shape.StyledPanel)
        PetitionerEditor.setFrameShadow(QFrame.Shadow.Raised)
        self.editorLayout = QVBoxLayout(PetitionerEditor)
        self.editorLayout.setSpacing(4)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(8, 6, 8, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(PetitionerEditor)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-weight: bold;")

        self.headerRow.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.representative = QCheckBox(PetitionerEditor)
        self.representative.setObjectName(u"representative")

        self.headerRow.addWidget(self.representative)

        self.removeButton = QPushButton(PetitionerEditor)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.headerRow.addWidget(self.removeButton)


        self.editorLayout.addLayout(self.headerRow)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.nameLabel = QLabel(PetitionerEditor)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.RichText)
        self.nameLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(PetitionerEditor)
        self.name.setObjectName(u"name")

        self.grid.addWidget(self.name, 0, 1, 1, 1)

        self.idNumberLabel = QLabel(PetitionerEditor)
        self.idNumberLabel.setObjectName(u"idNumberLabel")
        self.idNumberLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.idNumberLabel, 0, 2, 1, 1)

        self.idNumber = QLineEdit(PetitionerEditor)
        self.idNumber.setObjectName(u"idNumber")
        self.idNumber.setMaxLength(24)
        self.idNumber.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase|Qt.InputMethodHint.ImhNoPredictiveText)

        self.grid.addWidget(self.idNumber, 0, 3, 1, 1)

        self.nameError = QLabel(PetitionerEditor)
        self.nameError.setObjectName(u"nameError")

        self.grid.addWidget(self.nameError, 1, 1, 1, 1)

        self.idNumberError = QLabel(PetitionerEditor)
        self.idNumberError.setObjectName(u"idNumberError")

        self.grid.addWidget(self.idNumberError, 1, 3, 1, 1)

        self.phoneLabel = QLabel(PetitionerEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.phoneLabel, 2, 0, 1, 1)

        self.phone = QLineEdit(PetitionerEditor)
        self.phone.setObjectName(u"phone")
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)

        self.grid.addWidget(self.phone, 2, 1, 1, 1)

        self.genderLabel = QLabel(PetitionerEditor)
        self.genderLabel.setObjectName(u"genderLabel")
        self.genderLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.genderLabel, 2, 2, 1, 1)

        self.gender = QComboBox(PetitionerEditor)
        self.gender.setObjectName(u"gender")

        self.grid.addWidget(self.gender, 2, 3, 1, 1)

        self.phoneError = QLabel(PetitionerEditor)
        self.phoneError.setObjectName(u"phoneError")

        self.grid.addWidget(self.phoneError, 3, 1, 1, 1)

        self.addressLabel = QLabel(PetitionerEditor)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setTextFormat(Qt.TextFormat.RichText)
        self.addressLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.addressLabel, 4, 0, 1, 1)

        self.address = QLineEdit(PetitionerEditor)
        self.address.setObjectName(u"address")

        self.grid.addWidget(self.address, 4, 1, 1, 1)

        self.relationLabel = QLabel(PetitionerEditor)
        self.relationLabel.setObjectName(u"relationLabel")
        self.relationLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.grid.addWidget(self.relationLabel, 4, 2, 1, 1)

        self.relation = QComboBox(PetitionerEditor)
        self.relation.setObjectName(u"relation")

        self.grid.addWidget(self.relation, 4, 3, 1, 1)

        self.addressError = QLabel(PetitionerEditor)
        self.addressError.setObjectName(u"addressError")

        self.grid.addWidget(self.addressError, 5, 1, 1, 1)

        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)

        self.editorLayout.addLayout(self.grid)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.phoneLabel.setBuddy(self.phone)
        self.genderLabel.setBuddy(self.gender)
        self.addressLabel.setBuddy(self.address)
        self.relationLabel.setBuddy(self.relation)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.idNumber)
        QWidget.setTabOrder(self.idNumber, self.phone)
        QWidget.setTabOrder(self.phone, self.gender)
        QWidget.setTabOrder(self.gender, self.address)
        QWidget.setTabOrder(self.address, self.relation)
        QWidget.setTabOrder(self.relation, self.representative)
        QWidget.setTabOrder(self.representative, self.removeButton)

        self.retranslateUi(PetitionerEditor)

        QMetaObject.connectSlotsByName(PetitionerEditor)
    # setupUi

    def retranslateUi(self, PetitionerEditor):
        self.title.setText(QCoreApplication.translate("PetitionerEditor", u"\u4fe1\u8bbf\u4eba 1", None))
        self.representative.setText(QCoreApplication.translate("PetitionerEditor", u"\u4ee3\u8868", None))
#if QT_CONFIG(tooltip)
        self.representative.setToolTip(QCoreApplication.translate("PetitionerEditor", u"\u96c6\u4f53\u8bbf\uff085\u4eba\u4ee5\u4e0a\uff09\u63a8\u9009\u7684\u4ee3\u8868\uff0c\u4e0d\u8d85\u8fc75\u4eba", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("PetitionerEditor", u"\u79fb\u9664", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("PetitionerEditor", u"\u4ece\u672c\u767b\u8bb0\u5355\u79fb\u9664\u6b64\u4fe1\u8bbf\u4eba", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("PetitionerEditor", u"\u59d3\u540d <span style=\"color:#c62828;\">*</span>", None))
        self.name.setPlaceholderText(QCoreApplication.translate("PetitionerEditor", u"\u59d3\u540d\uff08\u751f\u50fb\u5b57\u53ef\u76f4\u63a5\u8f93\u5165\uff09", None))
        self.idNumberLabel.setText(QCoreApplication.translate("PetitionerEditor", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.idNumber.setPlaceholderText(QCoreApplication.translate("PetitionerEditor", u"18\u4f4d\u8eab\u4efd\u8bc1\u53f7", None))
        self.phoneLabel.setText(QCoreApplication.translate("PetitionerEditor", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("PetitionerEditor", u"\u624b\u673a\u6216\u56fa\u5b9a\u7535\u8bdd", None))
        self.genderLabel.setText(QCoreApplication.translate("PetitionerEditor", u"\u6027\u522b", None))
#if QT_CONFIG(tooltip)
        self.gender.setToolTip(QCoreApplication.translate("PetitionerEditor", u"\u586b\u5199\u6709\u6548\u8eab\u4efd\u8bc1\u53f7\u540e\u81ea\u52a8\u8bc6\u522b", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("PetitionerEditor", u"\u901a\u8baf\u5730\u5740", None))
        self.address.setPlaceholderText(QCoreApplication.translate("PetitionerEditor", u"\u7701\u5e02\u533a\u3001\u8857\u9053\u3001\u95e8\u724c\u53f7\uff08\u4e66\u9762\u7b54\u590d\u5bc4\u9001\u5730\u5740\uff09", None))
        self.relationLabel.setText(QCoreApplication.translate("PetitionerEditor", u"\u8eab\u4efd", None))
#if QT_CONFIG(tooltip)
        self.relation.setToolTip(QCoreApplication.translate("PetitionerEditor", u"\u4e0e\u6240\u6d89\u5b66\u6821\u6216\u5355\u4f4d\u7684\u5173\u7cfb", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

