# Generated from ui/attachment_list.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AttachmentList(object):
    def setupUi(self, AttachmentList):
        if not AttachmentList.objectName():
            AttachmentList.setObjectName(u"AttachmentList")
        AttachmentList.resize(600, 100)
        self.attachmentsLayout = QHBoxLayout(AttachmentList)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsLayout.setContentsMargins(0, 0, 0, 0)
        self.files = QListWidget(AttachmentList)
        self.files.setObjectName(u"files")
        self.files.setMaximumSize(QSize(16777215, 96))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.attachmentsLayout.addWidget(self.files)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(AttachmentList)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(AttachmentList)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)
        self.removeButton.setAutoDefault(False)

        self.buttons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttonSpacer)


        self.attachmentsLayout.addLayout(self.buttons)

        QWidget.setTabOrder(self.files, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)

        self.retranslateUi(AttachmentList)

        QMetaObject.connectSlotsByName(AttachmentList)
    # setupUi

    def retranslateUi(self, AttachmentList):
#if QT_CONFIG(tooltip)
        self.files.setToolTip(QCoreApplication.translate("AttachmentList", u"\u6765\u4fe1\u626b\u63cf\u4ef6\u3001\u7167\u7247\u3001\u8f6c\u529e\u51fd\u7b49\uff1b\u4fdd\u5b58\u767b\u8bb0\u65f6\u590d\u5236\u5230\u6570\u636e\u6587\u4ef6\u5939", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("AttachmentList", u"\u6dfb\u52a0\u9644\u4ef6\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("AttachmentList", u"\u79fb\u9664", None))
        pass
    # retranslateUi

