# Generated from ui/import_wizard.ui by build/compile_ui.py. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(1100, 720)
        self.verticalLayout = QVBoxLayout(ImportWizard)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.steps = QLabel(ImportWizard)
        self.steps.setObjectName(u"steps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)

        self.verticalLayout.addWidget(self.steps)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileExplain = QLabel(self.filePage)
        self.fileExplain.setObjectName(u"fileExplain")
        self.fileExplain.setWordWrap(True)

        self.fileLayout.addWidget(self.fileExplain)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.filePath = QLineEdit(self.filePage)
        self.filePath.setObjectName(u"filePath")
        self.filePath.setReadOnly(True)

        self.fileRow.addWidget(self.filePath)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileLayout.addLayout(self.fileRow)

        self.optionRow = QHBoxLayout()
        self.optionRow.setObjectName(u"optionRow")
        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.optionRow.addWidget(self.sheetLabel)

        self.sheet = QComboBox(self.filePage)
        self.sheet.setObjectName(u"sheet")
        self.sheet.setMinimumWidth(160)

        self.optionRow.addWidget(self.sheet)

        self.encodingLabel = QLabel(self.filePage)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.optionRow.addWidget(self.encodingLabel)

        self.encoding = QComboBox(self.filePage)
        self.encoding.setObjectName(u"encoding")

        self.optionRow.addWidget(self.encoding)

        self.savedLabel = QLabel(self.filePage)
        self.savedLabel.setObjectName(u"savedLabel")

        self.optionRow.addWidget(self.savedLabel)

        self.savedMapping = QComboBox(self.filePage)
        self.savedMapping.setObjectName(u"savedMapping")
        self.savedMapping.setMinimumWidth(200)

        self.optionRow.addWidget(self.savedMapping)

        self.optionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionRow.addItem(self.optionSpacer)


        self.fileLayout.addLayout(self.optionRow)

        self.fileInfo = QLabel(self.filePage)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setWordWrap(True)

        self.fileLayout.addWidget(self.fileInfo)

        self.preview = QTableView(self.filePage)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)

        self.fileLayout.addWidget(self.preview)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingExplain = QLabel(self.mappingPage)
        self.mappingExplain.setObjectName(u"mappingExplain")
        self.mappingExplain.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingExplain)

        self.columns = QTableWidget(self.mappingPage)
        self.columns.setObjectName(u"columns")
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setAlternatingRowColors(True)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mappingLayout.addWidget(self.columns)

        self.defaultsRow = QHBoxLayout()
        self.defaultsRow.setObjectName(u"defaultsRow")
        self.defaultChannelLabel = QLabel(self.mappingPage)
        self.defaultChannelLabel.setObjectName(u"defaultChannelLabel")

        self.defaultsRow.addWidget(self.defaultChannelLabel)

        self.defaultChannel = QComboBox(self.mappingPage)
        self.defaultChannel.setObjectName(u"defaultChannel")
        self.defaultChannel.setMinimumWidth(150)

        self.defaultsRow.addWidget(self.defaultChannel)

        self.defaultCategoryLabel = QLabel(self.mappingPage)
        self.defaultCategoryLabel.setObjectName(u"defaultCategoryLabel")

        self.defaultsRow.addWidget(self.defaultCategoryLabel)

        self.defaultCategory = QComboBox(self.mappingPage)
        self.defaultCategory.setObjectName(u"defaultCategory")
        self.defaultCategory.setMinimumWidth(150)

        self.defaultsRow.addWidget(self.defaultCategory)

        self.defaultRegionLabel = QLabel(self.mappingPage)
        self.defaultRegionLabel.setObjectName(u"defaultRegionLabel")

        self.defaultsRow.addWidget(self.defaultRegionLabel)

        self.defaultRegion = QComboBox(self.mappingPage)
        self.defaultRegion.setObjectName(u"defaultRegion")
        self.defaultRegion.setMinimumWidth(150)

        self.defaultsRow.addWidget(self.defaultRegion)

        self.defaultsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.defaultsRow.addItem(self.defaultsSpacer)


        self.mappingLayout.addLayout(self.defaultsRow)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.mappingNameLabel = QLabel(self.mappingPage)
        self.mappingNameLabel.setObjectName(u"mappingNameLabel")

        self.saveRow.addWidget(self.mappingNameLabel)

        self.mappingName = QLineEdit(self.mappingPage)
        self.mappingName.setObjectName(u"mappingName")

        self.saveRow.addWidget(self.mappingName)

        self.saveMappingButton = QPushButton(self.mappingPage)
        self.saveMappingButton.setObjectName(u"saveMappingButton")

        self.saveRow.addWidget(self.saveMappingButton)


        self.mappingLayout.addLayout(self.saveRow)

        self.mappingMessage = QLabel(self.mappingPage)
        self.mappingMessage.setObjectName(u"mappingMessage")
        self.mappingMessage.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingMessage)

        self.pages.addWidget(self.mappingPage)
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QVBoxLayout(self.reviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.summary = QLabel(self.reviewPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.reviewLayout.addWidget(self.summary)

        self.reviewTools = QHBoxLayout()
        self.reviewTools.setObjectName(u"reviewTools")
        self.reviewFilterLabel = QLabel(self.reviewPage)
        self.reviewFilterLabel.setObjectName(u"reviewFilterLabel")

        self.reviewTools.addWidget(self.reviewFilterLabel)

        self.reviewFilter = QComboBox(self.reviewPage)
        self.reviewFilter.setObjectName(u"reviewFilter")

        self.reviewTools.addWidget(self.reviewFilter)

        self.applyToSame = QCheckBox(self.reviewPage)
        self.applyToSame.setObjectName(u"applyToSame")
        self.applyToSame.setChecked(True)

        self.reviewTools.addWidget(self.applyToSame)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewTools.addItem(self.reviewSpacer)

        self.skipButton = QPushButton(self.reviewPage)
        self.skipButton.setObjectName(u"skipButton")

        self.reviewTools.addWidget(self.skipButton)

        self.keepButton = QPushButton(self.reviewPage)
        self.keepButton.setObjectName(u"keepButton")

        self.reviewTools.addWidget(self.keepButton)

        self.recheckButton = QPushButton(self.reviewPage)
        self.recheckButton.setObjectName(u"recheckButton")

        self.reviewTools.addWidget(self.recheckButton)


        self.reviewLayout.addLayout(self.reviewTools)

        self.unknownBox = QGroupBox(self.reviewPage)
        self.unknownBox.setObjectName(u"unknownBox")
        self.unknownLayout = QHBoxLayout(self.unknownBox)
        self.unknownLayout.setObjectName(u"unknownLayout")
        self.unknownCategory = QComboBox(self.unknownBox)
        self.unknownCategory.setObjectName(u"unknownCategory")
        self.unknownCategory.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.unknownLayout.addWidget(self.unknownCategory)

        self.mapLabel = QLabel(self.unknownBox)
        self.mapLabel.setObjectName(u"mapLabel")

        self.unknownLayout.addWidget(self.mapLabel)

        self.mapCategory = QComboBox(self.unknownBox)
        self.mapCategory.setObjectName(u"mapCategory")

        self.unknownLayout.addWidget(self.mapCategory)

        self.mapCategoryButton = QPushButton(self.unknownBox)
        self.mapCategoryButton.setObjectName(u"mapCategoryButton")

        self.unknownLayout.addWidget(self.mapCategoryButton)

        self.addCategoryButton = QPushButton(self.unknownBox)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.unknownLayout.addWidget(self.addCategoryButton)

        self.skipCategoryButton = QPushButton(self.unknownBox)
        self.skipCategoryButton.setObjectName(u"skipCategoryButton")

        self.unknownLayout.addWidget(self.skipCategoryButton)

        self.unknownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unknownLayout.addItem(self.unknownSpacer)


        self.reviewLayout.addWidget(self.unknownBox)

        self.review = QTableView(self.reviewPage)
        self.review.setObjectName(u"review")
        self.review.setAlternatingRowColors(True)
        self.review.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review.setWordWrap(False)

        self.reviewLayout.addWidget(self.review)

        self.reviewHint = QLabel(self.reviewPage)
        self.reviewHint.setObjectName(u"reviewHint")
        self.reviewHint.setWordWrap(True)
        self.reviewHint.setStyleSheet(u"color: #666;")

        self.reviewLayout.addWidget(self.reviewHint)

        self.pages.addWidget(self.reviewPage)
        self.importPage = QWidget()
        self.importPage.setObjectName(u"importPage")
        self.importLayout = QVBoxLayout(self.importPage)
        self.importLayout.setObjectName(u"importLayout")
        self.importSummary = QLabel(self.importPage)
        self.importSummary.setObjectName(u"importSummary")
        self.importSummary.setWordWrap(True)

        self.importLayout.addWidget(self.importSummary)

        self.progress = QProgressBar(self.importPage)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.importLayout.addWidget(self.progress)

        self.stage = QLabel(self.importPage)
        self.stage.setObjectName(u"stage")

        self.importLayout.addWidget(self.stage)

        self.result = QLabel(self.importPage)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.result)

        self.batchCases = QTableView(self.importPage)
        self.batchCases.setObjectName(u"batchCases")
        self.batchCases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchCases.setAlternatingRowColors(True)
        self.batchCases.setWordWrap(False)

        self.importLayout.addWidget(self.batchCases)

        self.pages.addWidget(self.importPage)

        self.verticalLayout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.busy = QLabel(ImportWizard)
        self.busy.setObjectName(u"busy")

        self.buttonRow.addWidget(self.busy)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ImportWizard)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.closeButton = QPushButton(ImportWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.verticalLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.mapLabel.setBuddy(self.mapCategory)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"\u5bfc\u5165\u5386\u53f2\u53f0\u8d26", None))
        self.fileExplain.setText(QCoreApplication.translate("ImportWizard", u"\u9009\u62e9\u529e\u516c\u5ba4\u539f\u6709\u7684\u53f0\u8d26\u6587\u4ef6\uff08Excel .xlsx \u6216 .csv\uff09\u3002\u7a0b\u5e8f\u4f1a\u81ea\u52a8\u627e\u5230\u8868\u5934\uff0c\u8df3\u8fc7\u7a7a\u884c\uff1b\u5bfc\u5165\u524d\u4f1a\u5148\u8bd5\u8fd0\u884c\uff0c\u786e\u8ba4\u65e0\u8bef\u540e\u4e00\u6b21\u6027\u5199\u5165\uff0c\u53ef\u968f\u65f6\u53d6\u6d88\u3002", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"\u53f0\u8d26\u6587\u4ef6", None))
        self.filePath.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"\u5c1a\u672a\u9009\u62e9\u6587\u4ef6", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"\u5de5\u4f5c\u8868", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportWizard", u"\u6587\u5b57\u7f16\u7801", None))
        self.savedLabel.setText(QCoreApplication.translate("ImportWizard", u"\u5217\u5bf9\u5e94\u65b9\u6848", None))
        self.mappingExplain.setText(QCoreApplication.translate("ImportWizard", u"\u4e3a\u6587\u4ef6\u7684\u6bcf\u4e00\u5217\u9009\u62e9\u5bf9\u5e94\u7684\u5185\u5bb9\uff08\u5df2\u6309\u8868\u5934\u81ea\u52a8\u731c\u6d4b\uff09\u3002\u201c\u6536\u5230\u65e5\u671f\u201d\u201c\u59d3\u540d\u201d\u201c\u53cd\u6620\u95ee\u9898\u201d\u5fc5\u987b\u5bf9\u5e94\uff1b\u6587\u4ef6\u4e2d\u6ca1\u6709\u7684\u4fe1\u8bbf\u5f62\u5f0f\u3001\u95ee\u9898\u7c7b\u522b\u3001\u6240\u5c5e\u533a\u53bf\uff0c\u53ef\u4e3a\u6574\u4e2a\u6587\u4ef6\u6307\u5b9a\u3002\u672a\u5bf9\u5e94\u7684\u5217\u4e5f\u4f1a\u539f\u6837\u4fdd\u5b58\u5728\u5bfc\u5165\u8bb0\u5f55\u4e2d\u3002", None))
        self.defaultChannelLabel.setText(QCoreApplication.translate("ImportWizard", u"\u6574\u4e2a\u6587\u4ef6\u7684\u4fe1\u8bbf\u5f62\u5f0f", None))
        self.defaultCategoryLabel.setText(QCoreApplication.translate("ImportWizard", u"\u95ee\u9898\u7c7b\u522b", None))
        self.defaultRegionLabel.setText(QCoreApplication.translate("ImportWizard", u"\u6240\u5c5e\u533a\u53bf", None))
        self.mappingNameLabel.setText(QCoreApplication.translate("ImportWizard", u"\u4fdd\u5b58\u4e3a\u65b9\u6848", None))
        self.mappingName.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"\u5982\uff1a\u533a\u5c40\u53f0\u8d26\uff08\u660e\u5e74\u5bfc\u5165\u540c\u6837\u683c\u5f0f\u7684\u6587\u4ef6\u65f6\u53ef\u76f4\u63a5\u9009\u7528\uff09", None))
        self.saveMappingButton.setText(QCoreApplication.translate("ImportWizard", u"\u4fdd\u5b58\u65b9\u6848", None))
        self.reviewFilterLabel.setText(QCoreApplication.translate("ImportWizard", u"\u663e\u793a", None))
        self.applyToSame.setText(QCoreApplication.translate("ImportWizard", u"\u4fee\u6539\u65f6\u540c\u65f6\u66ff\u6362\u5176\u4ed6\u884c\u4e2d\u76f8\u540c\u7684\u503c", None))
        self.skipButton.setText(QCoreApplication.translate("ImportWizard", u"\u8df3\u8fc7\u6240\u9009\u884c", None))
        self.keepButton.setText(QCoreApplication.translate("ImportWizard", u"\u4ecd\u7136\u5bfc\u5165\u6240\u9009\u884c", None))
        self.recheckButton.setText(QCoreApplication.translate("ImportWizard", u"\u91cd\u65b0\u68c0\u67e5", None))
        self.unknownBox.setTitle(QCoreApplication.translate("ImportWizard", u"\u4e0d\u5728\u7cfb\u7edf\u540d\u5f55\u4e2d\u7684\u95ee\u9898\u7c7b\u522b\u6216\u533a\u53bf", None))
        self.mapLabel.setText(QCoreApplication.translate("ImportWizard", u"\u5bf9\u5e94\u4e3a", None))
        self.mapCategoryButton.setText(QCoreApplication.translate("ImportWizard", u"\u6309\u6b64\u5bfc\u5165", None))
        self.addCategoryButton.setText(QCoreApplication.translate("ImportWizard", u"\u52a0\u5165\u540d\u5f55", None))
        self.skipCategoryButton.setText(QCoreApplication.translate("ImportWizard", u"\u8df3\u8fc7\u8fd9\u4e9b\u884c", None))
        self.reviewHint.setText(QCoreApplication.translate("ImportWizard", u"\u53cc\u51fb\u7ea2\u8272\u7684\u683c\u5b50\u76f4\u63a5\u4fee\u6539\uff1b\u4e0d\u60f3\u5bfc\u5165\u7684\u884c\u8bf7\u9009\u4e2d\u540e\u201c\u8df3\u8fc7\u201d\u3002\u201c\u7cfb\u7edf\u4e2d\u5df2\u6709\u201d\u548c\u201c\u6587\u4ef6\u5185\u91cd\u590d\u201d\u7684\u884c\u9ed8\u8ba4\u4e0d\u5bfc\u5165\uff0c\u786e\u5c5e\u4e0d\u540c\u4e8b\u9879\u7684\u53ef\u9009\u201c\u4ecd\u7136\u5bfc\u5165\u201d\u3002", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportWizard", u"\u53d6\u6d88", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"\u4e0a\u4e00\u6b65", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"\u4e0b\u4e00\u6b65", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWizard", u"\u5173\u95ed", None))
    # retranslateUi

