# Generated from ui/case_page.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CasePage(object):
    def setupUi(self, CasePage):
        if not CasePage.objectName():
            CasePage.setObjectName(u"CasePage")
        CasePage.resize(1200, 760)
        self.verticalLayout = QVBoxLayout(CasePage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.number = QLabel(CasePage)
        self.number.setObjectName(u"number")
        self.number.setStyleSheet(u"font-size: 15pt; font-weight: bold;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.number)

        self.statusBadge = QLabel(CasePage)
        self.statusBadge.setObjectName(u"statusBadge")

        self.headerRow.addWidget(self.statusBadge)

        self.confidentialBadge = QLabel(CasePage)
        self.confidentialBadge.setObjectName(u"confidentialBadge")
        self.confidentialBadge.setStyleSheet(u"color: #c62828; font-weight: bold; font-size: 12pt;")

        self.headerRow.addWidget(self.confidentialBadge)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.editButton = QPushButton(CasePage)
        self.editButton.setObjectName(u"editButton")

        self.headerRow.addWidget(self.editButton)

        self.saveButton = QPushButton(CasePage)
        self.saveButton.setObjectName(u"saveButton")

        self.headerRow.addWidget(self.saveButton)

        self.cancelEditButton = QPushButton(CasePage)
        self.cancelEditButton.setObjectName(u"cancelEditButton")

        self.headerRow.addWidget(self.cancelEditButton)

        self.confidentialButton = QPushButton(CasePage)
        self.confidentialButton.setObjectName(u"confidentialButton")

        self.headerRow.addWidget(self.confidentialButton)

        self.voidButton = QPushButton(CasePage)
        self.voidButton.setObjectName(u"voidButton")

        self.headerRow.addWidget(self.voidButton)

        self.refreshButton = QPushButton(CasePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.headerRow)

        self.banner = QLabel(CasePage)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.verticalLayout.addWidget(self.banner)

        self.splitter = QSplitter(CasePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailWidget = QWidget()
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.peopleBox = QGroupBox(self.detailWidget)
        self.peopleBox.setObjectName(u"peopleBox")
        self.peopleLayout = QVBoxLayout(self.peopleBox)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.people = QTableWidget(self.peopleBox)
        self.people.setObjectName(u"people")

        self.peopleLayout.addWidget(self.people)


        self.detailLayout.addWidget(self.peopleBox)

        self.registrationBox = QGroupBox(self.detailWidget)
        self.registrationBox.setObjectName(u"registrationBox")
        self.form = QFormLayout(self.registrationBox)
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.petitionTypeLabel = QLabel(self.registrationBox)
        self.petitionTypeLabel.setObjectName(u"petitionTypeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.petitionTypeLabel)

        self.petitionTypeRow = QHBoxLayout()
        self.petitionTypeRow.setObjectName(u"petitionTypeRow")
        self.petitionType = QComboBox(self.registrationBox)
        self.petitionType.setObjectName(u"petitionType")

        self.petitionTypeRow.addWidget(self.petitionType)

        self.petitionTypeHint = QLabel(self.registrationBox)
        self.petitionTypeHint.setObjectName(u"petitionTypeHint")
        self.petitionTypeHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.petitionTypeHint.sizePolicy().hasHeightForWidth())
        self.petitionTypeHint.setSizePolicy(sizePolicy)

        self.petitionTypeRow.addWidget(self.petitionTypeHint)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.petitionTypeRow)

        self.channelLabel = QLabel(self.registrationBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QLabel(self.registrationBox)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel)

        self.receivedLabel = QLabel(self.registrationBox)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.received = QLabel(self.registrationBox)
        self.received.setObjectName(u"received")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received)

        self.registeredByLabel = QLabel(self.registrationBox)
        self.registeredByLabel.setObjectName(u"registeredByLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.registeredByLabel)

        self.registeredBy = QLabel(self.registrationBox)
        self.registeredBy.setObjectName(u"registeredBy")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.registeredBy)

        self.sourceLabel = QLabel(self.registrationBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.source = QLabel(self.registrationBox)
        self.source.setObjectName(u"source")
        self.source.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.source)

        self.categoryLabel = QLabel(self.registrationBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.registrationBox)
        self.category.setObjectName(u"category")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.category)

        self.regionLabel = QLabel(self.registrationBox)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.region = QComboBox(self.registrationBox)
        self.region.setObjectName(u"region")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.region)

        self.unitLabel = QLabel(self.registrationBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QLineEdit(self.registrationBox)
        self.unit.setObjectName(u"unit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unit)

        self.flagsLabel = QLabel(self.registrationBox)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.flagsLabel)

        self.flagsRow = QHBoxLayout()
        self.flagsRow.setObjectName(u"flagsRow")
        self.flags = QLabel(self.registrationBox)
        self.flags.setObjectName(u"flags")
        self.flags.setWordWrap(True)

        self.flagsRow.addWidget(self.flags)

        self.clearSkippedButton = QPushButton(self.registrationBox)
        self.clearSkippedButton.setObjectName(u"clearSkippedButton")

        self.flagsRow.addWidget(self.clearSkippedButton)

        self.flagsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagsRow.addItem(self.flagsSpacer)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.flagsRow)

        self.dueLabel = QLabel(self.registrationBox)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.due = QLabel(self.registrationBox)
        self.due.setObjectName(u"due")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.due)

        self.problemLabel = QLabel(self.registrationBox)
        self.problemLabel.setObjectName(u"problemLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problem = QPlainTextEdit(self.registrationBox)
        self.problem.setObjectName(u"problem")
        self.problem.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.problem)

        self.problemError = QLabel(self.registrationBox)
        self.problemError.setObjectName(u"problemError")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.problemError)

        self.demandLabel = QLabel(self.registrationBox)
        self.demandLabel.setObjectName(u"demandLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.demandLabel)

        self.demand = QPlainTextEdit(self.registrationBox)
        self.demand.setObjectName(u"demand")
        self.demand.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.demand)

        self.demandError = QLabel(self.registrationBox)
        self.demandError.setObjectName(u"demandError")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.demandError)

        self.noteLabel = QLabel(self.registrationBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.registrationBox)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(self.registrationBox)
        self.noteError.setObjectName(u"noteError")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.detailLayout.addWidget(self.registrationBox)

        self.attachmentsBox = QGroupBox(self.detailWidget)
        self.attachmentsBox.setObjectName(u"attachmentsBox")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsBox)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachments = QListWidget(self.attachmentsBox)
        self.attachments.setObjectName(u"attachments")

        self.attachmentsLayout.addWidget(self.attachments)


        self.detailLayout.addWidget(self.attachmentsBox)

        self.detailScroll.setWidget(self.detailWidget)
        self.splitter.addWidget(self.detailScroll)
        self.sideWidget = QWidget(self.splitter)
        self.sideWidget.setObjectName(u"sideWidget")
        self.sideLayout = QVBoxLayout(self.sideWidget)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.otherLabel = QLabel(self.sideWidget)
        self.otherLabel.setObjectName(u"otherLabel")

        self.sideLayout.addWidget(self.otherLabel)

        self.otherCases = QListWidget(self.sideWidget)
        self.otherCases.setObjectName(u"otherCases")

        self.sideLayout.addWidget(self.otherCases)

        self.timelineLabel = QLabel(self.sideWidget)
        self.timelineLabel.setObjectName(u"timelineLabel")

        self.sideLayout.addWidget(self.timelineLabel)

        self.timeline = QTreeWidget(self.sideWidget)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setRootIsDecorated(False)

        self.sideLayout.addWidget(self.timeline)

        self.splitter.addWidget(self.sideWidget)

        self.verticalLayout.addWidget(self.splitter)


        self.retranslateUi(CasePage)

        QMetaObject.connectSlotsByName(CasePage)
    # setupUi

    def retranslateUi(self, CasePage):
        self.confidentialBadge.setText(QCoreApplication.translate("CasePage", u"\u3010\u4fdd\u5bc6\u3011", None))
#if QT_CONFIG(tooltip)
        self.confidentialBadge.setToolTip(QCoreApplication.translate("CasePage", u"\u4fdd\u5bc6\u4e8b\u9879\uff1a\u4fe1\u8bbf\u4eba\u8eab\u4efd\u4ec5\u529e\u516c\u5ba4\u3001\u7ba1\u7406\u5458\u548c\u7ecf\u529e\u9886\u5bfc\u53ef\u89c1\uff0c\u6bcf\u6b21\u67e5\u770b\u90fd\u8bb0\u5165\u64cd\u4f5c\u65e5\u5fd7", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("CasePage", u"\u7f16\u8f91\u767b\u8bb0\u4fe1\u606f", None))
        self.saveButton.setText(QCoreApplication.translate("CasePage", u"\u4fdd\u5b58\u4fee\u6539", None))
        self.cancelEditButton.setText(QCoreApplication.translate("CasePage", u"\u653e\u5f03\u4fee\u6539", None))
        self.confidentialButton.setText(QCoreApplication.translate("CasePage", u"\u6807\u8bb0\u4e3a\u4fdd\u5bc6\u2026", None))
        self.voidButton.setText(QCoreApplication.translate("CasePage", u"\u4f5c\u5e9f\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("CasePage", u"\u5237\u65b0", None))
        self.peopleBox.setTitle(QCoreApplication.translate("CasePage", u"\u4fe1\u8bbf\u4eba", None))
        self.registrationBox.setTitle(QCoreApplication.translate("CasePage", u"\u767b\u8bb0\u4fe1\u606f", None))
        self.petitionTypeLabel.setText(QCoreApplication.translate("CasePage", u"\u4fe1\u8bbf\u7c7b\u578b", None))
        self.channelLabel.setText(QCoreApplication.translate("CasePage", u"\u4fe1\u8bbf\u5f62\u5f0f", None))
        self.receivedLabel.setText(QCoreApplication.translate("CasePage", u"\u6536\u5230\u65f6\u95f4", None))
        self.registeredByLabel.setText(QCoreApplication.translate("CasePage", u"\u767b\u8bb0\u4eba", None))
        self.sourceLabel.setText(QCoreApplication.translate("CasePage", u"\u6765\u6e90", None))
        self.categoryLabel.setText(QCoreApplication.translate("CasePage", u"\u95ee\u9898\u7c7b\u522b", None))
        self.regionLabel.setText(QCoreApplication.translate("CasePage", u"\u6240\u5c5e\u533a\u53bf", None))
        self.unitLabel.setText(QCoreApplication.translate("CasePage", u"\u6d89\u53ca\u5355\u4f4d", None))
        self.flagsLabel.setText(QCoreApplication.translate("CasePage", u"\u6807\u8bb0", None))
        self.clearSkippedButton.setText(QCoreApplication.translate("CasePage", u"\u53d6\u6d88\u8d8a\u7ea7\u6807\u8bb0\u2026", None))
#if QT_CONFIG(tooltip)
        self.clearSkippedButton.setToolTip(QCoreApplication.translate("CasePage", u"\u7ecf\u6838\u5b9e\u4e0d\u5c5e\u8d8a\u7ea7\u8bbf\u7684\uff0c\u5199\u660e\u7406\u7531\u540e\u53d6\u6d88\u6807\u8bb0\uff0c\u4e0d\u518d\u8ba1\u5165\u8d8a\u7ea7\u8bbf\u7edf\u8ba1", None))
#endif // QT_CONFIG(tooltip)
        self.dueLabel.setText(QCoreApplication.translate("CasePage", u"\u6700\u8fd1\u671f\u9650", None))
        self.problemLabel.setText(QCoreApplication.translate("CasePage", u"\u53cd\u6620\u95ee\u9898", None))
        self.demandLabel.setText(QCoreApplication.translate("CasePage", u"\u8bc9\u6c42", None))
        self.noteLabel.setText(QCoreApplication.translate("CasePage", u"\u5907\u6ce8", None))
        self.attachmentsBox.setTitle(QCoreApplication.translate("CasePage", u"\u9644\u4ef6\uff08\u53cc\u51fb\u6253\u5f00\uff09", None))
        self.otherLabel.setText(QCoreApplication.translate("CasePage", u"\u8be5\u4fe1\u8bbf\u4eba\u7684\u5176\u4ed6\u4e8b\u9879\uff08\u53cc\u51fb\u6253\u5f00\uff09", None))
        self.timelineLabel.setText(QCoreApplication.translate("CasePage", u"\u529e\u7406\u7ecf\u8fc7", None))
        ___qtreewidgetitem = self.timeline.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CasePage", u"\u4e8b\u9879", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CasePage", u"\u64cd\u4f5c\u4eba", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CasePage", u"\u65f6\u95f4", None))
        pass
    # retranslateUi

