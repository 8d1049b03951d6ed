# Generated from ui/registration_form.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDateTimeEdit, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QVBoxLayout,
    QWidget)

from receptionapp.ui.widgets.attachment_list import AttachmentList
from receptionapp.ui.widgets.history_panel import HistoryPanel

class Ui_RegistrationForm(object):
    def setupUi(self, RegistrationForm):
        if not RegistrationForm.objectName():
            RegistrationForm.setObjectName(u"RegistrationForm")
        RegistrationForm.resize(1280, 800)
        self.mainLayout = QVBoxLayout(RegistrationForm)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.banner = QLabel(RegistrationForm)
        self.banner.setObjectName(u"banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.banner.sizePolicy().hasHeightForWidth())
        self.banner.setSizePolicy(sizePolicy)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"color: #c62828; background: #fdecea; border: 1px solid #f5c6c4; border-radius: 4px; padding: 6px;")

        self.mainLayout.addWidget(self.banner)

        self.successBox = QFrame(RegistrationForm)
        self.successBox.setObjectName(u"successBox")
        sizePolicy.setHeightForWidth(self.successBox.sizePolicy().hasHeightForWidth())
        self.successBox.setSizePolicy(sizePolicy)
        self.successBox.setStyleSheet(u"#successBox { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 4px; }")
        self.successLayout = QHBoxLayout(self.successBox)
        self.successLayout.setObjectName(u"successLayout")
        self.successLayout.setContentsMargins(8, 4, 8, 4)
        self.successLabel = QLabel(self.successBox)
        self.successLabel.setObjectName(u"successLabel")
        self.successLabel.setStyleSheet(u"color: #2e7d32; font-weight: bold;")
        self.successLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.successLayout.addWidget(self.successLabel)

        self.openCaseButton = QPushButton(self.successBox)
        self.openCaseButton.setObjectName(u"openCaseButton")
        self.openCaseButton.setAutoDefault(False)

        self.successLayout.addWidget(self.openCaseButton)

        self.successSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.successLayout.addItem(self.successSpacer)


        self.mainLayout.addWidget(self.successBox)

        self.splitter = QSplitter(RegistrationForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formWidget = QWidget()
        self.formWidget.setObjectName(u"formWidget")
        self.formLayout = QVBoxLayout(self.formWidget)
        self.formLayout.setObjectName(u"formLayout")
        self.receiptBox = QGroupBox(self.formWidget)
        self.receiptBox.setObjectName(u"receiptBox")
        self.receiptForm = QFormLayout(self.receiptBox)
        self.receiptForm.setObjectName(u"receiptForm")
        self.receiptForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.receiptForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.receiptForm.setVerticalSpacing(4)
        self.channelLabel = QLabel(self.receiptBox)
        self.channelLabel.setObjectName(u"channelLabel")
        self.channelLabel.setTextFormat(Qt.TextFormat.RichText)

        self.receiptForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelRow = QWidget(self.receiptBox)
        self.channelRow.setObjectName(u"channelRow")
        self.channelRowLayout = QHBoxLayout(self.channelRow)
        self.channelRowLayout.setObjectName(u"channelRowLayout")
        self.channelRowLayout.setContentsMargins(0, 0, 0, 0)
        self.channel = QComboBox(self.channelRow)
        self.channel.setObjectName(u"channel")
        self.channel.setMinimumSize(QSize(170, 0))

        self.channelRowLayout.addWidget(self.channel)

        self.receivedAtLabel = QLabel(self.channelRow)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")
        self.receivedAtLabel.setTextFormat(Qt.TextFormat.RichText)
        self.receivedAtLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.receivedAtLabel.setMinimumSize(QSize(100, 0))

        self.channelRowLayout.addWidget(self.receivedAtLabel)

        self.receivedAt = QDateTimeEdit(self.channelRow)
        self.receivedAt.setObjectName(u"receivedAt")
        self.receivedAt.setCalendarPopup(True)
        self.receivedAt.setMinimumSize(QSize(160, 0))

        self.channelRowLayout.addWidget(self.receivedAt)

        self.channelRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelRowLayout.addItem(self.channelRowSpacer)


        self.receiptForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelRow)

        self.receivedAtError = QLabel(self.receiptBox)
        self.receivedAtError.setObjectName(u"receivedAtError")

        self.receiptForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedAtError)

        self.sourceBodyLabel = QLabel(self.receiptBox)
        self.sourceBodyLabel.setObjectName(u"sourceBodyLabel")
        self.sourceBodyLabel.setTextFormat(Qt.TextFormat.RichText)

        self.receiptForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceBodyLabel)

        self.sourceBody = QComboBox(self.receiptBox)
        self.sourceBody.setObjectName(u"sourceBody")
        self.sourceBody.setEditable(True)
        self.sourceBody.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.receiptForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceBody)

        self.sourceBodyError = QLabel(self.receiptBox)
        self.sourceBodyError.setObjectName(u"sourceBodyError")

        self.receiptForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceBodyError)

        self.sourceRefLabel = QLabel(self.receiptBox)
        self.sourceRefLabel.setObjectName(u"sourceRefLabel")
        self.sourceRefLabel.setTextFormat(Qt.TextFormat.RichText)

        self.receiptForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceRefLabel)

        self.sourceRefRow = QHBoxLayout()
        self.sourceRefRow.setObjectName(u"sourceRefRow")
        self.sourceRef = QLineEdit(self.receiptBox)
        self.sourceRef.setObjectName(u"sourceRef")

        self.sourceRefRow.addWidget(self.sourceRef)

        self.hotlineLimitLabel = QLabel(self.receiptBox)
        self.hotlineLimitLabel.setObjectName(u"hotlineLimitLabel")

        self.sourceRefRow.addWidget(self.hotlineLimitLabel)

        self.hotlineLimit = QDateEdit(self.receiptBox)
        self.hotlineLimit.setObjectName(u"hotlineLimit")
        self.hotlineLimit.setCalendarPopup(True)
        self.hotlineLimit.setMinimumSize(QSize(190, 0))

        self.sourceRefRow.addWidget(self.hotlineLimit)


        self.receiptForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sourceRefRow)

        self.sourceRefErrorRow = QHBoxLayout()
        self.sourceRefErrorRow.setObjectName(u"sourceRefErrorRow")
        self.sourceRefError = QLabel(self.receiptBox)
        self.sourceRefError.setObjectName(u"sourceRefError")

        self.sourceRefErrorRow.addWidget(self.sourceRefError)

        self.hotlineLimitError = QLabel(self.receiptBox)
        self.hotlineLimitError.setObjectName(u"hotlineLimitError")

        self.sourceRefErrorRow.addWidget(self.hotlineLimitError)


        self.receiptForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sourceRefErrorRow)

        self.headCountLabel = QLabel(self.receiptBox)
        self.headCountLabel.setObjectName(u"headCountLabel")

        self.receiptForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.headCountLabel)

        self.headCountRow = QWidget(self.receiptBox)
        self.headCountRow.setObjectName(u"headCountRow")
        self.headCountRowLayout = QHBoxLayout(self.headCountRow)
        self.headCountRowLayout.setObjectName(u"headCountRowLayout")
        self.headCountRowLayout.setContentsMargins(0, 0, 0, 0)
        self.headCount = QSpinBox(self.headCountRow)
        self.headCount.setObjectName(u"headCount")
        self.headCount.setMinimum(1)
        self.headCount.setMaximum(10000)
        self.headCount.setMinimumSize(QSize(90, 0))

        self.headCountRowLayout.addWidget(self.headCount)

        self.collectiveHint = QLabel(self.headCountRow)
        self.collectiveHint.setObjectName(u"collectiveHint")
        self.collectiveHint.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.collectiveHint.sizePolicy().hasHeightForWidth())
        self.collectiveHint.setSizePolicy(sizePolicy1)

        self.headCountRowLayout.addWidget(self.collectiveHint)


        self.receiptForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.headCountRow)

        self.headCountError = QLabel(self.receiptBox)
        self.headCountError.setObjectName(u"headCountError")

        self.receiptForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.headCountError)

        self.letterPagesLabel = QLabel(self.receiptBox)
        self.letterPagesLabel.setObjectName(u"letterPagesLabel")

        self.receiptForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.letterPagesLabel)

        self.letterPages = QSpinBox(self.receiptBox)
        self.letterPages.setObjectName(u"letterPages")
        self.letterPages.setMinimum(0)
        self.letterPages.setMaximum(9999)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.letterPages.sizePolicy().hasHeightForWidth())
        self.letterPages.setSizePolicy(sizePolicy2)
        self.letterPages.setMinimumSize(QSize(90, 0))

        self.receiptForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.letterPages)

        self.letterPagesError = QLabel(self.receiptBox)
        self.letterPagesError.setObjectName(u"letterPagesError")

        self.receiptForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.letterPagesError)

        self.appointmentLabel = QLabel(self.receiptBox)
        self.appointmentLabel.setObjectName(u"appointmentLabel")

        self.receiptForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.appointmentLabel)

        self.appointmentRow = QWidget(self.receiptBox)
        self.appointmentRow.setObjectName(u"appointmentRow")
        self.appointmentLayout = QHBoxLayout(self.appointmentRow)
        self.appointmentLayout.setObjectName(u"appointmentLayout")
        self.appointmentLayout.setContentsMargins(0, 0, 0, 0)
        self.appointment = QCheckBox(self.appointmentRow)
        self.appointment.setObjectName(u"appointment")

        self.appointmentLayout.addWidget(self.appointment)

        self.receptionDayLabel = QLabel(self.appointmentRow)
        self.receptionDayLabel.setObjectName(u"receptionDayLabel")

        self.appointmentLayout.addWidget(self.receptionDayLabel)

        self.receptionDay = QComboBox(self.appointmentRow)
        self.receptionDay.setObjectName(u"receptionDay")
        self.receptionDay.setMinimumSize(QSize(240, 0))

        self.appointmentLayout.addWidget(self.receptionDay)

        self.booking = QComboBox(self.appointmentRow)
        self.booking.setObjectName(u"booking")

        self.appointmentLayout.addWidget(self.booking)

        self.appointmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.appointmentLayout.addItem(self.appointmentSpacer)


        self.receiptForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.appointmentRow)

        self.receptionDayError = QLabel(self.receiptBox)
        self.receptionDayError.setObjectName(u"receptionDayError")

        self.receiptForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.receptionDayError)


        self.formLayout.addWidget(self.receiptBox)

        self.peopleBox = QGroupBox(self.formWidget)
        self.peopleBox.setObjectName(u"peopleBox")
        self.peopleLayout = QVBoxLayout(self.peopleBox)
        self.peopleLayout.setSpacing(6)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.petitionersContainer = QWidget(self.peopleBox)
        self.petitionersContainer.setObjectName(u"petitionersContainer")
        self.petitionersLayout = QVBoxLayout(self.petitionersContainer)
        self.petitionersLayout.setSpacing(6)
        self.petitionersLayout.setObjectName(u"petitionersLayout")
        self.petitionersLayout.setContentsMargins(0, 0, 0, 0)

        self.peopleLayout.addWidget(self.petitionersContainer)

        self.petitionersError = QLabel(self.peopleBox)
        self.petitionersError.setObjectName(u"petitionersError")

        self.peopleLayout.addWidget(self.petitionersError)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addPetitionerButton = QPushButton(self.peopleBox)
        self.addPetitionerButton.setObjectName(u"addPetitionerButton")
        self.addPetitionerButton.setAutoDefault(False)

        self.peopleButtons.addWidget(self.addPetitionerButton)

        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleSpacer)


        self.peopleLayout.addLayout(self.peopleButtons)


        self.formLayout.addWidget(self.peopleBox)

        self.matterBox = QGroupBox(self.formWidget)
        self.matterBox.setObjectName(u"matterBox")
        self.matterForm = QFormLayout(self.matterBox)
        self.matterForm.setObjectName(u"matterForm")
        self.matterForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.matterForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.matterForm.setVerticalSpacing(4)
        self.petitionTypeLabel = QLabel(self.matterBox)
        self.petitionTypeLabel.setObjectName(u"petitionTypeLabel")
        self.petitionTypeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.matterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.petitionTypeLabel)

        self.petitionTypeRow = QWidget(self.matterBox)
        self.petitionTypeRow.setObjectName(u"petitionTypeRow")
        self.petitionTypeRowLayout = QHBoxLayout(self.petitionTypeRow)
        self.petitionTypeRowLayout.setObjectName(u"petitionTypeRowLayout")
        self.petitionTypeRowLayout.setContentsMargins(0, 0, 0, 0)
        self.petitionType = QComboBox(self.petitionTypeRow)
        self.petitionType.setObjectName(u"petitionType")
        self.petitionType.setMinimumSize(QSize(120, 0))

        self.petitionTypeRowLayout.addWidget(self.petitionType)

        self.petitionTypeHint = QLabel(self.petitionTypeRow)
        self.petitionTypeHint.setObjectName(u"petitionTypeHint")
        self.petitionTypeHint.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.petitionTypeHint.sizePolicy().hasHeightForWidth())
        self.petitionTypeHint.setSizePolicy(sizePolicy1)

        self.petitionTypeRowLayout.addWidget(self.petitionTypeHint)


        self.matterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.petitionTypeRow)

        self.petitionTypeError = QLabel(self.matterBox)
        self.petitionTypeError.setObjectName(u"petitionTypeError")

        self.matterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.petitionTypeError)

        self.categoryLabel = QLabel(self.matterBox)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.matterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryRow = QWidget(self.matterBox)
        self.categoryRow.setObjectName(u"categoryRow")
        self.categoryRowLayout = QGridLayout(self.categoryRow)
        self.categoryRowLayout.setObjectName(u"categoryRowLayout")
        self.categoryRowLayout.setVerticalSpacing(4)
        self.categoryRowLayout.setContentsMargins(0, 0, 0, 0)
        self.category = QComboBox(self.categoryRow)
        self.category.setObjectName(u"category")
        self.category.setMaxVisibleItems(20)

        self.categoryRowLayout.addWidget(self.category, 0, 0, 1, 1)

        self.regionLabel = QLabel(self.categoryRow)
        self.regionLabel.setObjectName(u"regionLabel")
        self.regionLabel.setTextFormat(Qt.TextFormat.RichText)
        self.regionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.regionLabel.setMinimumSize(QSize(100, 0))

        self.categoryRowLayout.addWidget(self.regionLabel, 0, 1, 1, 1)

        self.region = QComboBox(self.categoryRow)
        self.region.setObjectName(u"region")
        self.region.setMaxVisibleItems(20)

        self.categoryRowLayout.addWidget(self.region, 0, 2, 1, 1)

        self.categoryError = QLabel(self.categoryRow)
        self.categoryError.setObjectName(u"categoryError")

        self.categoryRowLayout.addWidget(self.categoryError, 1, 0, 1, 1)

        self.regionError = QLabel(self.categoryRow)
        self.regionError.setObjectName(u"regionError")

        self.categoryRowLayout.addWidget(self.regionError, 1, 2, 1, 1)

        self.categoryRowLayout.setColumnStretch(0, 1)
        self.categoryRowLayout.setColumnStretch(2, 1)

        self.matterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryRow)

        self.unitLabel = QLabel(self.matterBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.matterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QComboBox(self.matterBox)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.setMaxVisibleItems(20)

        self.matterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit)

        self.unitError = QLabel(self.matterBox)
        self.unitError.setObjectName(u"unitError")

        self.matterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitError)

        self.problemLabel = QLabel(self.matterBox)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.RichText)

        self.matterForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problem = QPlainTextEdit(self.matterBox)
        self.problem.setObjectName(u"problem")
        self.problem.setTabChangesFocus(True)
        self.problem.setMinimumSize(QSize(0, 80))
        self.problem.setMaximumSize(QSize(16777215, 130))

        self.matterForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.problem)

        self.problemError = QLabel(self.matterBox)
        self.problemError.setObjectName(u"problemError")

        self.matterForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.problemError)

        self.demandLabel = QLabel(self.matterBox)
        self.demandLabel.setObjectName(u"demandLabel")
        self.demandLabel.setTextFormat(Qt.TextFormat.RichText)

        self.matterForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.demandLabel)

        self.demand = QPlainTextEdit(self.matterBox)
        self.demand.setObjectName(u"demand")
        self.demand.setTabChangesFocus(True)
        self.demand.setMinimumSize(QSize(0, 52))
        self.demand.setMaximumSize(QSize(16777215, 90))

        self.matterForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.demand)

        self.demandError = QLabel(self.matterBox)
        self.demandError.setObjectName(u"demandError")

        self.matterForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.demandError)

        self.flagsColumn = QVBoxLayout()
        self.flagsColumn.setObjectName(u"flagsColumn")
        self.flagsRow = QHBoxLayout()
        self.flagsRow.setObjectName(u"flagsRow")
        self.skippedLevel = QCheckBox(self.matterBox)
        self.skippedLevel.setObjectName(u"skippedLevel")

        self.flagsRow.addWidget(self.skippedLevel)

        self.reviewRequest = QCheckBox(self.matterBox)
        self.reviewRequest.setObjectName(u"reviewRequest")

        self.flagsRow.addWidget(self.reviewRequest)

        self.flagsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagsRow.addItem(self.flagsSpacer)


        self.flagsColumn.addLayout(self.flagsRow)

        self.reviewRow = QHBoxLayout()
        self.reviewRow.setObjectName(u"reviewRow")
        self.reviewServedOnLabel = QLabel(self.matterBox)
        self.reviewServedOnLabel.setObjectName(u"reviewServedOnLabel")

        self.reviewRow.addWidget(self.reviewServedOnLabel)

        self.reviewServedOn = QDateEdit(self.matterBox)
        self.reviewServedOn.setObjectName(u"reviewServedOn")
        self.reviewServedOn.setCalendarPopup(True)

        self.reviewRow.addWidget(self.reviewServedOn)

        self.reviewNote = QLabel(self.matterBox)
        self.reviewNote.setObjectName(u"reviewNote")
        self.reviewNote.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.reviewNote.sizePolicy().hasHeightForWidth())
        self.reviewNote.setSizePolicy(sizePolicy1)

        self.reviewRow.addWidget(self.reviewNote)

        self.reviewServedOnError = QLabel(self.matterBox)
        self.reviewServedOnError.setObjectName(u"reviewServedOnError")

        self.reviewRow.addWidget(self.reviewServedOnError)


        self.flagsColumn.addLayout(self.reviewRow)


        self.matterForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.flagsColumn)

        self.noteLabel = QLabel(self.matterBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.matterForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.matterBox)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(0, 40))
        self.note.setMaximumSize(QSize(16777215, 60))

        self.matterForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.note)

        self.noteError = QLabel(self.matterBox)
        self.noteError.setObjectName(u"noteError")

        self.matterForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.formLayout.addWidget(self.matterBox)

        self.attachmentsBox = QGroupBox(self.formWidget)
        self.attachmentsBox.setObjectName(u"attachmentsBox")
        self.attachmentsLayout = QHBoxLayout(self.attachmentsBox)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachments = AttachmentList(self.attachmentsBox)
        self.attachments.setObjectName(u"attachments")

        self.attachmentsLayout.addWidget(self.attachments)


        self.formLayout.addWidget(self.attachmentsBox)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formWidget)
        self.splitter.addWidget(self.formScroll)
        self.history = HistoryPanel(self.splitter)
        self.history.setObjectName(u"history")
        self.splitter.addWidget(self.history)

        self.mainLayout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.draftStatus = QLabel(RegistrationForm)
        self.draftStatus.setObjectName(u"draftStatus")
        self.draftStatus.setStyleSheet(u"color: #666;")

        self.buttonRow.addWidget(self.draftStatus)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.clearButton = QPushButton(RegistrationForm)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.clearButton)

        self.saveButton = QPushButton(RegistrationForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setMinimumSize(QSize(120, 0))
        self.saveButton.setStyleSheet(u"font-weight: bold;")

        self.buttonRow.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonRow)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channel)
        self.receivedAtLabel.setBuddy(self.receivedAt)
        self.sourceBodyLabel.setBuddy(self.sourceBody)
        self.sourceRefLabel.setBuddy(self.sourceRef)
        self.hotlineLimitLabel.setBuddy(self.hotlineLimit)
        self.headCountLabel.setBuddy(self.headCount)
        self.letterPagesLabel.setBuddy(self.letterPages)
        self.appointmentLabel.setBuddy(self.appointment)
        self.petitionTypeLabel.setBuddy(self.petitionType)
        self.categoryLabel.setBuddy(self.category)
        self.regionLabel.setBuddy(self.region)
        self.unitLabel.setBuddy(self.unit)
        self.problemLabel.setBuddy(self.problem)
        self.demandLabel.setBuddy(self.demand)
        self.reviewServedOnLabel.setBuddy(self.reviewServedOn)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channel, self.receivedAt)
        QWidget.setTabOrder(self.receivedAt, self.sourceBody)
        QWidget.setTabOrder(self.sourceBody, self.sourceRef)
        QWidget.setTabOrder(self.sourceRef, self.hotlineLimit)
        QWidget.setTabOrder(self.hotlineLimit, self.headCount)
        QWidget.setTabOrder(self.headCount, self.letterPages)
        QWidget.setTabOrder(self.letterPages, self.appointment)
        QWidget.setTabOrder(self.appointment, self.receptionDay)
        QWidget.setTabOrder(self.receptionDay, self.booking)
        QWidget.setTabOrder(self.booking, self.addPetitionerButton)
        QWidget.setTabOrder(self.addPetitionerButton, self.category)
        QWidget.setTabOrder(self.category, self.region)
        QWidget.setTabOrder(self.region, self.unit)
        QWidget.setTabOrder(self.unit, self.problem)
        QWidget.setTabOrder(self.problem, self.demand)
        QWidget.setTabOrder(self.demand, self.skippedLevel)
        QWidget.setTabOrder(self.skippedLevel, self.reviewRequest)
        QWidget.setTabOrder(self.reviewRequest, self.reviewServedOn)
        QWidget.setTabOrder(self.reviewServedOn, self.note)
        QWidget.setTabOrder(self.note, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.openCaseButton)

        self.retranslateUi(RegistrationForm)

        QMetaObject.connectSlotsByName(RegistrationForm)
    # setupUi

    def retranslateUi(self, RegistrationForm):
        self.openCaseButton.setText(QCoreApplication.translate("RegistrationForm", u"\u6253\u5f00\u6b64\u4e8b\u9879", None))
        self.receiptBox.setTitle(QCoreApplication.translate("RegistrationForm", u"\u6536\u4ef6\u4fe1\u606f", None))
        self.channelLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u5f62\u5f0f <span style=\"color:#c62828;\">*</span>", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6536\u5230\u65f6\u95f4 <span style=\"color:#c62828;\">*</span>", None))
        self.receivedAt.setDisplayFormat(QCoreApplication.translate("RegistrationForm", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(tooltip)
        self.receivedAt.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u6765\u8bbf\u3001\u6765\u7535\u7684\u65f6\u95f4\uff0c\u6216\u6765\u4fe1\u3001\u8f6c\u529e\u4ef6\u7684\u6536\u5230\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.sourceBodyLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8f6c\u529e\u673a\u5173 <span style=\"color:#c62828;\">*</span>", None))
        self.sourceBody.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u9009\u62e9\u6216\u8f93\u5165\u8f6c\u529e\u3001\u4ea4\u529e\u673a\u5173", None))
        self.sourceRefLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8f6c\u529e\u6587\u53f7 <span style=\"color:#c62828;\">*</span>", None))
        self.hotlineLimitLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u53d7\u7406\u4e2d\u5fc3\u65f6\u9650", None))
        self.hotlineLimit.setDisplayFormat(QCoreApplication.translate("RegistrationForm", u"yyyy-MM-dd", None))
        self.hotlineLimit.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u672a\u660e\u786e\uff08\u63095\u4e2a\u5de5\u4f5c\u65e5\uff09", None))
#if QT_CONFIG(tooltip)
        self.hotlineLimit.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u60c5\u51b5\u7d27\u6025\u7684\uff0c\u630912345\u53d7\u7406\u4e2d\u5fc3\u5728\u5de5\u5355\u4e0a\u660e\u786e\u7684\u65f6\u9650\u53cd\u9988\uff1a\u586b\u5199\u8be5\u65e5\u671f\uff0c\u671f\u9650\u5373\u4e3a\u6b64\u65e5\uff1b\u672a\u660e\u786e\u7684\u6309\u672c\u5c40\u89c4\u5b9a\u76845\u4e2a\u5de5\u4f5c\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.headCountLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6765\u8bbf\u4eba\u6570", None))
        self.headCount.setSuffix(QCoreApplication.translate("RegistrationForm", u" \u4eba", None))
        self.letterPagesLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6765\u4fe1\u9875\u6570", None))
        self.letterPages.setSuffix(QCoreApplication.translate("RegistrationForm", u" \u9875", None))
        self.letterPages.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u672a\u586b", None))
        self.appointmentLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u9884\u7ea6", None))
        self.appointment.setText(QCoreApplication.translate("RegistrationForm", u"\u9884\u7ea6", None))
        self.receptionDayLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u63a5\u8bbf\u65e5", None))
        self.peopleBox.setTitle(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u4eba", None))
        self.addPetitionerButton.setText(QCoreApplication.translate("RegistrationForm", u"\u6dfb\u52a0\u4fe1\u8bbf\u4eba", None))
#if QT_CONFIG(tooltip)
        self.addPetitionerButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u591a\u4eba\u6765\u8bbf\u6216\u8054\u540d\u6765\u4fe1\u65f6\uff0c\u9010\u4e00\u767b\u8bb0\uff1b\u96c6\u4f53\u8bbf\u767b\u8bb0\u63a8\u9009\u7684\u4ee3\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.matterBox.setTitle(QCoreApplication.translate("RegistrationForm", u"\u53cd\u6620\u4e8b\u9879", None))
        self.petitionTypeLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u7c7b\u578b <span style=\"color:#c62828;\">*</span>", None))
#if QT_CONFIG(tooltip)
        self.petitionType.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u300a\u4fe1\u8bbf\u5de5\u4f5c\u6761\u4f8b\u300b\u89c4\u5b9a\u7684\u4fe1\u8bbf\u7c7b\u578b\uff1b\u68c0\u4e3e\u63a7\u544a\u4e8b\u9879\u81ea\u52a8\u5217\u4e3a\u4fdd\u5bc6\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.categoryLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u95ee\u9898\u7c7b\u522b <span style=\"color:#c62828;\">*</span>", None))
        self.category.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u8bf7\u9009\u62e9", None))
        self.regionLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6240\u5c5e\u533a\u53bf <span style=\"color:#c62828;\">*</span>", None))
        self.region.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u8bf7\u9009\u62e9", None))
        self.unitLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6d89\u53ca\u5355\u4f4d/\u5b66\u6821", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u9009\u62e9\u6216\u8f93\u5165\u88ab\u53cd\u6620\u7684\u5b66\u6821\u3001\u5355\u4f4d", None))
        self.problemLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u53cd\u6620\u95ee\u9898 <span style=\"color:#c62828;\">*</span>", None))
        self.problem.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u53cd\u6620\u7684\u4e3b\u8981\u95ee\u9898\uff1a\u65f6\u95f4\u3001\u5730\u70b9\u3001\u6d89\u53ca\u4eba\u5458\u548c\u4e8b\u5b9e\u7ecf\u8fc7", None))
        self.demandLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8bc9\u6c42 <span style=\"color:#c62828;\">*</span>", None))
        self.demand.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u4eba\u7684\u5177\u4f53\u8bf7\u6c42", None))
        self.skippedLevel.setText(QCoreApplication.translate("RegistrationForm", u"\u8d8a\u7ea7\u8bbf\uff08\u672a\u7ecf\u6240\u5c5e\u5b66\u6821\u6216\u533a\u53bf\u6559\u80b2\u5c40\u5904\u7406\uff0c\u76f4\u63a5\u5230\u672c\u5c40\u53cd\u6620\uff09", None))
        self.reviewRequest.setText(QCoreApplication.translate("RegistrationForm", u"\u590d\u67e5\u7533\u8bf7", None))
#if QT_CONFIG(tooltip)
        self.reviewRequest.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u4eba\u4e0d\u670d\u533a\u53bf\u6559\u80b2\u5c40\u6216\u5b66\u6821\u7684\u5904\u7406\u610f\u89c1\uff0c\u8bf7\u6c42\u672c\u5c40\u590d\u67e5\uff1a\u53d7\u7406\u540e\u51fa\u5177\u590d\u67e5\u610f\u89c1\uff0c\u671f\u9650\u4e3a\u6536\u5230\u7533\u8bf7\u4e4b\u65e5\u8d7730\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.reviewServedOnLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u539f\u7b54\u590d\u610f\u89c1\u4e66\u9001\u8fbe\u65e5\u671f", None))
        self.reviewServedOn.setDisplayFormat(QCoreApplication.translate("RegistrationForm", u"yyyy-MM-dd", None))
        self.reviewServedOn.setSpecialValueText(QCoreApplication.translate("RegistrationForm", u"\u672a\u586b\u5199", None))
#if QT_CONFIG(tooltip)
        self.reviewServedOn.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u4eba\u6536\u5230\u6240\u7533\u8bf7\u590d\u67e5\u7684\u7b54\u590d\u610f\u89c1\u4e66\u7684\u65e5\u671f\uff1a\u6536\u5230\u540e30\u65e5\u5185\u53ef\u7533\u8bf7\u590d\u67e5\uff0c\u903e\u671f\u7684\u4ecd\u53ef\u767b\u8bb0\uff0c\u5e76\u8bb0\u4e3a\u903e\u671f\u7533\u8bf7", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u5907\u6ce8", None))
        self.note.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u521d\u5ba1\u610f\u89c1\u3001\u60c5\u7eea\u72b6\u51b5\u3001\u968f\u884c\u4eba\u5458\u7b49", None))
        self.attachmentsBox.setTitle(QCoreApplication.translate("RegistrationForm", u"\u9644\u4ef6", None))
        self.clearButton.setText(QCoreApplication.translate("RegistrationForm", u"\u6e05\u7a7a", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u6e05\u7a7a\u767b\u8bb0\u5355\uff0c\u91cd\u65b0\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("RegistrationForm", u"\u4fdd\u5b58\u767b\u8bb0", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("RegistrationForm", u"\u4fdd\u5b58\u5e76\u751f\u6210\u4e8b\u9879\u7f16\u53f7\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

