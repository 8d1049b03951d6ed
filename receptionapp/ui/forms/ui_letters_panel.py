# Generated from ui/letters_panel.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_LettersPanel(object):
    def setupUi(self, LettersPanel):
        if not LettersPanel.objectName():
            LettersPanel.setObjectName(u"LettersPanel")
        self.verticalLayout = QVBoxLayout(LettersPanel)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.draftButton = QToolButton(LettersPanel)
        self.draftButton.setObjectName(u"draftButton")
        self.draftButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.actionsRow.addWidget(self.draftButton)

        self.editButton = QPushButton(LettersPanel)
        self.editButton.setObjectName(u"editButton")

        self.actionsRow.addWidget(self.editButton)

        self.approveButton = QPushButton(LettersPanel)
        self.approveButton.setObjectName(u"approveButton")

        self.actionsRow.addWidget(self.approveButton)

        self.printButton = QPushButton(LettersPanel)
        self.printButton.setObjectName(u"printButton")

        self.actionsRow.addWidget(self.printButton)

        self.openButton = QPushButton(LettersPanel)
        self.openButton.setObjectName(u"openButton")

        self.actionsRow.addWidget(self.openButton)

        self.serveButton = QPushButton(LettersPanel)
        self.serveButton.setObjectName(u"serveButton")

        self.actionsRow.addWidget(self.serveButton)

        self.correctButton = QPushButton(LettersPanel)
        self.correctButton.setObjectName(u"correctButton")

        self.actionsRow.addWidget(self.correctButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.verticalLayout.addLayout(self.actionsRow)

        self.letters = QTableWidget(LettersPanel)
        self.letters.setObjectName(u"letters")
        self.letters.setMaximumSize(QSize(16777215, 220))

        self.verticalLayout.addWidget(self.letters)

        self.hint = QLabel(LettersPanel)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #1565c0;")

        self.verticalLayout.addWidget(self.hint)


        self.retranslateUi(LettersPanel)

        QMetaObject.connectSlotsByName(LettersPanel)
    # setupUi

    def retranslateUi(self, LettersPanel):
        LettersPanel.setTitle(QCoreApplication.translate("LettersPanel", u"\u4e66\u9762\u7b54\u590d\u4e0e\u544a\u77e5", None))
        self.draftButton.setText(QCoreApplication.translate("LettersPanel", u"\u8d77\u8349\u2026", None))
#if QT_CONFIG(tooltip)
        self.draftButton.setToolTip(QCoreApplication.translate("LettersPanel", u"\u6309\u6a21\u677f\u4ece\u6848\u4ef6\u751f\u6210\u6587\u4e66\u8349\u7a3f", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("LettersPanel", u"\u7f16\u8f91\u8349\u7a3f\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("LettersPanel", u"\u5ba1\u6279\u7b7e\u53d1\u2026", None))
        self.printButton.setText(QCoreApplication.translate("LettersPanel", u"\u6253\u5370\u2026", None))
        self.openButton.setText(QCoreApplication.translate("LettersPanel", u"\u6253\u5f00PDF", None))
        self.serveButton.setText(QCoreApplication.translate("LettersPanel", u"\u767b\u8bb0\u9001\u8fbe\u2026", None))
        self.correctButton.setText(QCoreApplication.translate("LettersPanel", u"\u66f4\u6b63\uff08\u65b0\u7248\u672c\uff09\u2026", None))
    # retranslateUi

