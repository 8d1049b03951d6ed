"""The import wizard (导入历史台账): file, columns, review, import — the slow steps in the background.

1. Choose the file; the sheet, encoding (CSV) and a saved mapping can be
   changed, the first rows are shown as read.
2. Map each column to a field (guessed from its header), give file-wide
   defaults, save the mapping under a name.
3. The dry run's summary and the rows that need a look: a red cell is fixed
   by typing over it (optionally for every row with the same text), a row is
   skipped, or a look-alike taken anyway; an unknown category or region is mapped to a
   listed one, its rows skipped, or (admin) added to the list
   (``import_unknown``); "重新检查" runs the dry run again.
4. Import, with a progress bar and a cancel button that leaves the database
   as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.channels import Channel
from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping, guess_mapping
from receptionapp.services.context import Actor
from receptionapp.services.ledger import batches as ledger_batches
from receptionapp.services.ledger import importer as ledger_import
from receptionapp.services.ledger.files import ENCODINGS, LedgerTable, read_ledger
from receptionapp.services.ledger.plan import ImportChoices, ImportSummary, Plan, RowStatus
from receptionapp.services.reference import reference_lists
from receptionapp.ui.forms.ui_import_wizard import Ui_ImportWizard
from receptionapp.ui.ledger.import_unknown import UnknownValues
from receptionapp.ui.ledger.ledger_columns import ColumnMapper, cell_text
from receptionapp.ui.ledger.ledger_models import PreviewModel, ReviewModel, ReviewRow
from receptionapp.ui.service_call import Refused, call_service, refusal_text
from receptionapp.ui.tasks import Task, failure_message, run_in_background

STEPS = ("选择文件", "对应列", "检查", "导入")
PREVIEW_ROWS = 30
GUESS = "（按表头自动对应）"
NONE = "（不指定）"
FILTERS = {
    "有问题的行": {RowStatus.BAD},
    "不导入的行（重复、已有、跳过）": {RowStatus.DUPLICATE, RowStatus.EXISTING, RowStatus.SKIPPED},
    "有提示的新增行": {RowStatus.NEW},
}


log = logging.getLogger(__name__)


class ImportWizard(QDialog):
    imported = Signal(int)  # batch id

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.table: LedgerTable | None = None
        self.path: Path | None = None
        self.mapping = LedgerMapping()
        self.mapping_name = ""
        self.choices = ImportChoices()
        self.plan: Plan | None = None
        self.task: Task | None = None
        self.lists = reference_lists(db)
        self.preview_model = PreviewModel(self)
        self.review_model = ReviewModel(self)
        self.mapper = ColumnMapper(self.ui.columns)
        self.batch_model = PreviewModel(self)
        self.ui.batchCases.setModel(self.batch_model)
        self.ui.batchCases.setVisible(False)
        self.ui.batchCases.verticalHeader().setVisible(False)
        self.ui.preview.setModel(self.preview_model)
        self.ui.review.setModel(self.review_model)
        # "" not None as "no value": PySide6 6.12 loses a reference to None on every
        # currentData() that returns None, and Python 3.11 aborts when None's count runs out.
        self.ui.encoding.addItem("自动识别", "")
        for code, label in ENCODINGS.items():
            self.ui.encoding.addItem(label, code)
        self.ui.defaultChannel.addItem(NONE, "")
        for channel in Channel:
            self.ui.defaultChannel.addItem(channel.label, channel.value)
        for combo, names in ((self.ui.defaultCategory, self.lists.categories),
                             (self.ui.defaultRegion, self.lists.regions)):  # fmt: skip
            combo.addItem(NONE, "")
            for name in names:
                combo.addItem(name, name)
        self.ui.reviewFilter.addItems(list(FILTERS))
        self.unknown = UnknownValues(self)
        self._fill_saved_mappings()

        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.sheet.activated.connect(lambda _i: self.reload())
        self.ui.encoding.activated.connect(lambda _i: self.reload())
        self.ui.savedMapping.activated.connect(lambda _i: self.apply_saved_mapping())
        self.ui.saveMappingButton.clicked.connect(self.save_mapping)
        self.ui.reviewFilter.currentIndexChanged.connect(lambda _i: self.show_review())
        self.ui.skipButton.clicked.connect(self.skip_selected)
        self.ui.keepButton.clicked.connect(self.keep_selected)
        self.ui.recheckButton.clicked.connect(self.recheck)
        self.review_model.edited.connect(self._edited)
        self.ui.nextButton.clicked.connect(self.next)
        self.ui.backButton.clicked.connect(self.back)
        self.ui.cancelButton.clicked.connect(self.cancel_task)
        self.ui.closeButton.clicked.connect(self.close)
        self.go(0)

    # -- steps
    def go(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        self.ui.steps.setText(
            " → ".join(f"<b>{i + 1}. {s}</b>" if i == page else f"{i + 1}. {s}" for i, s in enumerate(STEPS))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        page, busy = self.ui.pages.currentIndex(), self.task is not None
        self.ui.backButton.setEnabled(page in (1, 2, 3) and not busy and not self._done())
        self.ui.nextButton.setText("开始导入" if page == 3 else "下一步")
        self.ui.nextButton.setEnabled(not busy and self.table is not None and not self._done())
        self.ui.nextButton.setVisible(not self._done())
        self.ui.cancelButton.setVisible(busy)
        for widget in (self.ui.review, self.ui.unknownBox, self.ui.skipButton, self.ui.keepButton, self.ui.recheckButton,
                       self.ui.browseButton, self.ui.savedMapping, self.ui.saveMappingButton):  # fmt: skip
            widget.setEnabled(not busy)

    def _done(self) -> bool:
        return self.plan is not None and self.plan.summary.batch_id is not None

    def next(self) -> None:
        page = self.ui.pages.currentIndex()
        if page == 0:
            self.show_columns()
            self.go(1)
        elif page == 1:
            if self.take_mapping():
                self.run_preview(then=2)
        elif page == 2:
            if self.plan is None:
                self.run_preview(then=3)
            elif self._check_reviewed():
                self.show_import_summary()
                self.go(3)
        elif page == 3:
            self.start_import()

    def back(self) -> None:
        self.go(max(0, self.ui.pages.currentIndex() - 1))

    # -- background work
    def _run(self, busy: str, work: Any, done: Any) -> None:
        if self.task is not None:  # one piece of work at a time
            return
        self.ui.busy.setText(busy)
        self.ui.progress.setValue(0)
        self.task = run_in_background(
            self,
            lambda progress: work(progress, progress.cancelled),
            success=lambda result: self._finish(done, result),
            failure=lambda error: self._finish(self._failed, self._explain(error)),
            on_progress=self._progress,
        )
        self._update_buttons()

    def _finish(self, handler: Any, value: Any) -> None:
        if self.task is not None:
            self.task.wait()
            self.task = None
        self.ui.busy.setText("")
        handler(value)
        self._update_buttons()

    @staticmethod
    def _explain(error: BaseException) -> str:
        if refusal_text(error) is None:
            log.error("import task failed", exc_info=(type(error), error, error.__traceback__))
        return failure_message(error, "导入未完成，数据库未作改动")

    def _progress(self, done: int, total: int, stage: str) -> None:
        self.ui.progress.setMaximum(max(total, 1))
        self.ui.progress.setValue(done)
        self.ui.stage.setText(f"{stage}：{done}/{total}")
        self.ui.busy.setText(f"{stage}…")

    def _failed(self, message: str) -> None:
        page = self.ui.pages.currentIndex()
        label = {0: self.ui.fileInfo, 1: self.ui.mappingMessage, 2: self.ui.summary}.get(page, self.ui.result)
        label.setText(f"<span style='color:#c62828'>{message}</span>")
        if page == 0 and self.ui.encoding.isEnabled():
            self.ui.encoding.setFocus()  # an unknown encoding: the person chooses one

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.ui.busy.setText("正在取消…")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().closeEvent(event)

    # -- step 1: the file
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "选择台账文件", "", "台账文件 (*.xlsx *.xlsm *.csv *.txt)"
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path = path
        self.ui.filePath.setText(str(path))
        self.ui.sheet.clear()
        self.reload()

    def reload(self) -> None:
        if self.path is None or self.task is not None:
            return
        path, sheet, encoding = (
            self.path,
            self.ui.sheet.currentText() or None,
            self.ui.encoding.currentData() or None,
        )
        self.table, self.plan = None, None
        self.ui.fileInfo.setText("")
        self._run(
            "正在读取文件…", lambda _p, _c: read_ledger(path, sheet=sheet, encoding=encoding), self._loaded
        )

    def _loaded(self, table: LedgerTable) -> None:
        self.table = table
        self.choices = ImportChoices()
        if table.sheets and self.ui.sheet.count() == 0:
            self.ui.sheet.addItems(table.sheets)
            self.ui.sheet.setCurrentText(table.sheet)
        self.ui.sheet.setEnabled(bool(table.sheets))
        self.ui.encoding.setEnabled(not table.sheets)
        assert table.header is not None
        first = table.header.first + 1
        header_rows = f"第{first}行" if table.header.depth == 1 else f"第{first}—{first + 1}行"
        detected = f"；文字编码：{ENCODINGS.get(table.encoding, table.encoding)}" if table.encoding else ""
        self.ui.fileInfo.setText(
            f"共{len(table.rows)}行数据，表头在{header_rows}，另有空行{table.blank_rows}行"
            + (f"、说明行{len(table.remarks)}行" if table.remarks else "")
            + detected
        )
        rows = [(n, [cell_text(c) for c in cells]) for n, cells in table.rows[:PREVIEW_ROWS]]
        self.preview_model.reset(table.labels, rows)
        self.ui.preview.resizeColumnsToContents()
        self.apply_saved_mapping()

    def _fill_saved_mappings(self) -> None:
        self.ui.savedMapping.clear()
        self.ui.savedMapping.addItem(GUESS, "")
        for name in ledger_batches.mapping_names(self.db):
            self.ui.savedMapping.addItem(name, name)

    def apply_saved_mapping(self) -> None:
        if self.table is None:
            return
        name = self.ui.savedMapping.currentData()
        self.ui.mappingMessage.setText("")
        if name:
            self.mapping = ledger_batches.load_mapping(self.db, name)
            self.mapping_name = name
            _found, missing = self.mapping.resolve(self.table.labels)
            if missing:
                self.ui.mappingMessage.setText(
                    f"方案中的列在此文件中找不到：{'、'.join(missing)}，请重新对应"
                )
        else:
            self.mapping = LedgerMapping.from_columns(guess_mapping(self.table.labels), self.table.labels)
            self.mapping_name = ""
        self.ui.mappingName.setText(self.mapping_name)
        self.plan = None

    # -- step 2: the columns
    def show_columns(self) -> None:
        assert self.table is not None
        self.mapper.show(self.table, self.mapping)
        channel = self.mapping.channel.value if self.mapping.channel else ""
        self.ui.defaultChannel.setCurrentIndex(max(0, self.ui.defaultChannel.findData(channel)))
        self.ui.defaultCategory.setCurrentIndex(
            max(0, self.ui.defaultCategory.findData(self.mapping.category))
        )
        self.ui.defaultRegion.setCurrentIndex(max(0, self.ui.defaultRegion.findData(self.mapping.region)))

    def column_field(self, row: int) -> LedgerField | None:
        return self.mapper.field(row)

    def set_column(self, row: int, fld: LedgerField | None) -> None:
        self.mapper.set(row, fld)

    def take_mapping(self) -> bool:
        assert self.table is not None
        columns = self.mapper.columns(self.table.labels)
        lacking = [f.label for f in LedgerField if f.required and f not in columns]
        if lacking:
            self.ui.mappingMessage.setText(
                f"<span style='color:#c62828'>请为以下内容指定对应的列：{'、'.join(lacking)}</span>"
            )
            return False
        mapping = LedgerMapping(
            columns=columns,
            channel=Channel(code) if (code := self.ui.defaultChannel.currentData()) else None,
            category=self.ui.defaultCategory.currentData() or "",
            region=self.ui.defaultRegion.currentData() or "",
            values=self.mapping.values,
        )
        if mapping != self.mapping:
            self.mapping, self.plan = mapping, None
        self.ui.mappingMessage.setText("")
        return True

    def save_mapping(self) -> None:
        if not self.take_mapping():
            return
        name, mapping = self.ui.mappingName.text(), self.mapping
        saved = call_service(
            self,
            "无法保存方案",
            lambda _reason: ledger_batches.save_mapping(self.db, self.actor, name, mapping),
            tell=lambda message: self.ui.mappingMessage.setText(
                f"<span style='color:#c62828'>{message}</span>"
            ),
        )
        if isinstance(saved, Refused):
            return
        self.mapping_name = self.ui.mappingName.text().strip()
        self._fill_saved_mappings()
        self.ui.savedMapping.setCurrentIndex(self.ui.savedMapping.findData(self.mapping_name))
        self.ui.mappingMessage.setText(f"已保存方案“{self.mapping_name}”")

    # -- step 3: review
    def run_preview(self, then: int) -> None:
        assert self.table is not None
        db, table, mapping, choices = self.db, self.table, self.mapping, self.choices

        def work(progress: Any, cancelled: Any) -> Plan:
            return ledger_import.preview(db, table, mapping, choices, progress, cancelled)

        self._run("正在试运行…", work, lambda plan: self._previewed(plan, then))

    def recheck(self) -> None:
        self.run_preview(then=2)

    def _previewed(self, plan: Plan, then: int) -> None:
        self.plan = plan
        self.show_review()
        if then == 3 and not self._check_reviewed():
            then = 2
        if then == 3:
            self.show_import_summary()
        self.go(then)

    def _check_reviewed(self) -> bool:
        assert self.plan is not None
        bad = self.plan.summary.count(RowStatus.BAD)
        if bad:
            self.ui.reviewFilter.setCurrentIndex(0)
            self.ui.summary.setText(
                self._summary_html(self.plan.summary)
                + f"<p style='color:#c62828'>还有{bad}行有问题：请修改红色的格子，或选中后“跳过所选行”。</p>"
            )
            return False
        if not self.plan.summary.count(RowStatus.NEW):
            self.ui.summary.setText(self._summary_html(self.plan.summary) + "<p>没有可导入的新行。</p>")
            return False
        return True

    @staticmethod
    def _summary_html(summary: ImportSummary) -> str:
        return "<br>".join(summary.lines())

    def show_review(self) -> None:
        if self.plan is None or self.table is None:
            return
        summary = self.plan.summary
        self.ui.summary.setText(self._summary_html(summary))
        wanted = FILTERS[self.ui.reviewFilter.currentText()]
        columns, _ = self.mapping.resolve(self.table.labels)
        fields = [f for f in LedgerField if f in columns]
        cells = dict(self.table.rows)
        rows = []
        for report in summary.reports:
            if report.status not in wanted or (report.status is RowStatus.NEW and not report.notes):
                continue
            values = {f: cell_text(cells[report.row][columns[f]]) for f in fields}
            values.update(self.choices.overrides.get(report.row, {}))
            reasons = "；".join(report.reasons + report.notes)
            rows.append(ReviewRow(report.row, report.status.label, reasons, values, dict(report.problems)))
        self.review_model.reset(fields, rows)
        self.unknown.show()
        self.ui.review.resizeColumnsToContents()
        for column in range(self.review_model.columnCount()):
            self.ui.review.setColumnWidth(column, min(self.ui.review.columnWidth(column), 260))
        self.ui.review.setColumnWidth(2, min(max(self.ui.review.columnWidth(2), 200), 420))

    def _edited(self, row: int, field_value: str, old: str, new: str) -> None:
        fld = LedgerField(field_value)
        self.choices.overrides.setdefault(row, {})[fld] = new
        if self.ui.applyToSame.isChecked() and old:
            self.mapping.values.setdefault(fld, {})[old] = new
        self.plan = None
        self.ui.summary.setText("已修改，点击“重新检查”或“下一步”再试运行一次。")

    def selected_rows(self) -> list[int]:
        picked = {i.row() for i in self.ui.review.selectionModel().selectedIndexes()}
        return [self.review_model.row_at(i).row for i in sorted(picked)]

    def skip_selected(self) -> None:
        for row in self.selected_rows():
            self.choices.skipped.add(row)
            self.choices.force.discard(row)
        self.recheck()

    def keep_selected(self) -> None:
        for row in self.selected_rows():
            self.choices.force.add(row)
            self.choices.skipped.discard(row)
        self.recheck()

    # -- step 4: import
    def show_import_summary(self) -> None:
        assert self.plan is not None
        self.ui.importSummary.setText(
            self._summary_html(self.plan.summary)
            + "<p>确认无误后点击“开始导入”。导入是一次完成的：中途取消或出错，数据库不会有任何改动。</p>"
        )
        self.ui.result.setText("")
        self.ui.progress.setValue(0)

    def start_import(self) -> None:
        assert self.table is not None
        db, actor, table, mapping, choices = self.db, self.actor, self.table, self.mapping, self.choices
        plan, name = self.plan, self.mapping_name

        def work(progress: Any, cancelled: Any) -> tuple[ImportSummary, list[ledger_batches.BatchCase]]:
            summary = ledger_import.run_import(
                db, actor, table, mapping, choices,
                mapping_name=name, progress=progress, cancelled=cancelled, plan=plan,
            )  # fmt: skip
            assert summary.batch_id is not None
            return summary, ledger_batches.batch_cases(db, summary.batch_id, actor)

        self.ui.result.setText("")
        self._run("正在导入…", work, self._imported)

    def _imported(self, result: tuple[ImportSummary, list[ledger_batches.BatchCase]]) -> None:
        summary, listed = result
        assert self.plan is not None and summary.batch_id is not None
        self.plan.summary = summary
        self.batch_model.reset(
            ["事项编号", "原编号", "台账行号", "收到日期", "状态", "信访人"],
            [
                (
                    i,
                    [
                        c.number,
                        c.original_number,
                        str(c.source_row),
                        f"{c.received_at:%Y-%m-%d}",
                        c.status,
                        c.names,
                    ],
                )
                for i, c in enumerate(listed, 1)
            ],
        )
        self.ui.batchCases.setVisible(True)
        self.ui.batchCases.resizeColumnsToContents()
        self.ui.progress.setValue(self.ui.progress.maximum())
        self.ui.result.setText(
            f"<b>导入完成</b>：第{summary.batch_id}批，新增{summary.count(RowStatus.NEW)}件"
            f"（编号{summary.first_number}起），未导入{summary.total - summary.count(RowStatus.NEW)}行。"
            "<br>本批导入的事项如下；每件事项的备注写明了原台账的文件和行号，可在“事项台账”中查找。"
        )
        self.imported.emit(summary.batch_id)
