"""The statistics screen (信访统计): period picker, tables, charts, drill-down and exports.

The report is counted in the background (``ui.tasks``) with a progress
bar, so the window stays responsive on a large database. Every blue number,
bar and trend point lists the cases behind it in a ``CaseListDialog``; the
page re-emits the dialog's ``open_case`` and announces each list with
``cases_requested(title, ids)`` for the main window to wire as it likes.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from receptionapp.db.database import Database
from receptionapp.domain.periods import (
    QUARTER_WORDS,
    Period,
    PeriodError,
    PeriodKind,
    current_quarter,
    month_period,
    quarter_period,
    range_period,
    year_period,
)
from receptionapp.domain.roles import CAN_EXPORT_LEDGER
from receptionapp.reports.definitions import notes
from receptionapp.reports.export import ExportError, export_ledger, save_report
from receptionapp.reports.statistics import Drill, Report, build_report, drill_case_ids
from receptionapp.reports.tables import Table, report_tables
from receptionapp.services.context import Actor
from receptionapp.ui.dialogs.base import from_qdate
from receptionapp.ui.dialogs.case_list_dialog import CaseListDialog
from receptionapp.ui.forms.ui_statistics_page import Ui_StatisticsPage
from receptionapp.ui.models.report_table import DRILL_ROLE, ReportTableModel
from receptionapp.ui.service_call import show_refusal
from receptionapp.ui.tasks import Op, failure_message, run_in_background
from receptionapp.ui.widgets.report_charts import share_bars, trend_lines

log = logging.getLogger(__name__)
KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.RANGE)
REFRESH_DELAY_MS = 150


class StatisticsPage(QWidget):
    open_case = Signal(int)
    cases_requested = Signal(str, list)
    report_ready = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StatisticsPage()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.today = today or dt.date.today()
        self.report: Report | None = None
        self.views: dict[str, QTableView] = {}
        self.dialogs: list[CaseListDialog] = []
        self._busy = False
        self._pending = False
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for kind in KINDS:
            self.ui.kind.addItem(kind.label, kind.value)
        self.ui.progress.hide()
        self.ui.periodLabel.setMinimumWidth(280)
        self.ui.status.setMinimumWidth(420)
        self.ui.ledgerButton.setVisible(actor.role in CAN_EXPORT_LEDGER)
        self.set_period(current_quarter(self.today))
        self.ui.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.ui.year.valueChanged, self.ui.part.currentIndexChanged):
            signal.connect(lambda _v: self._timer.start())
        for edit in (self.ui.dateFrom, self.ui.dateTo):
            edit.dateChanged.connect(lambda _d: self._timer.start())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.excelButton.clicked.connect(lambda: self._ask_export(".xlsx"))
        self.ui.pdfButton.clicked.connect(lambda: self._ask_export(".pdf"))
        self.ui.ledgerButton.clicked.connect(self._ask_ledger)

    # ------------------------------------------------------------ the period picker

    def kind(self) -> PeriodKind:
        return PeriodKind(self.ui.kind.currentData())

    def _fill_parts(self, kind: PeriodKind) -> None:
        self.ui.part.blockSignals(True)
        self.ui.part.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                self.ui.part.addItem(f"{month}月", month)
        elif kind is PeriodKind.QUARTER:
            for quarter, word in enumerate(QUARTER_WORDS, start=1):
                self.ui.part.addItem(f"第{word}季度", quarter)
        self.ui.part.blockSignals(False)
        is_range = kind is PeriodKind.RANGE
        self.ui.part.setVisible(kind in (PeriodKind.MONTH, PeriodKind.QUARTER))
        self.ui.year.setVisible(not is_range)
        for widget in (self.ui.dateFrom, self.ui.toLabel, self.ui.dateTo):
            widget.setVisible(is_range)

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind()
        self._fill_parts(kind)
        if kind is PeriodKind.MONTH:
            self.ui.part.setCurrentIndex(self.today.month - 1)
        elif kind is PeriodKind.QUARTER:
            self.ui.part.setCurrentIndex((self.today.month - 1) // 3)
        self._timer.start()

    def set_period(self, period: Period) -> None:
        """Show ``period`` in the picker (the report follows)."""
        widgets = (self.ui.kind, self.ui.year, self.ui.part, self.ui.dateFrom, self.ui.dateTo)
        for widget in widgets:
            widget.blockSignals(True)
        self.ui.kind.setCurrentIndex(KINDS.index(period.kind))
        self._fill_parts(period.kind)
        self.ui.year.setValue(period.start.year)
        if period.kind is PeriodKind.MONTH:
            self.ui.part.setCurrentIndex(period.start.month - 1)
        elif period.kind is PeriodKind.QUARTER:
            self.ui.part.setCurrentIndex(period.quarter - 1)
        self.ui.dateFrom.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.ui.dateTo.setDate(QDate(period.end.year, period.end.month, period.end.day))
        for widget in widgets:
            widget.blockSignals(False)
        self._timer.start()

    def current_period(self) -> Period:
        kind = self.kind()
        year = self.ui.year.value()
        if kind is PeriodKind.MONTH:
            return month_period(year, int(self.ui.part.currentData()))
        if kind is PeriodKind.QUARTER:
            return quarter_period(year, int(self.ui.part.currentData()))
        if kind is PeriodKind.YEAR:
            return year_period(year)
        return range_period(from_qdate(self.ui.dateFrom.date()), from_qdate(self.ui.dateTo.date()))

    # ------------------------------------------------------------ counting

    def refresh(self) -> None:
        self._timer.stop()
        try:
            period = self.current_period()
        except PeriodError as error:
            self.ui.status.setText(str(error))
            return
        if self._busy:
            self._pending = True
            return
        self._busy = True
        self.ui.status.setText(f"正在统计{period.label}……")
        self._start_progress()
        db, today, actor = self.db, self.today, self.actor
        run_in_background(
            self,
            lambda progress: build_report(db, period, today=today, progress=progress, actor=actor),
            success=self._counted,
            failure=self._failed,
            on_progress=self._progress,
        )

    def _start_progress(self) -> None:
        self.ui.progress.setRange(0, 0)
        self.ui.progress.show()

    def _progress(self, done: int, total: int, _message: str = "") -> None:
        self.ui.progress.setRange(0, max(total, 1))
        self.ui.progress.setValue(done)

    def _idle(self) -> None:
        self._busy = False
        self.ui.progress.hide()
        if self._pending:
            self._pending = False
            self.refresh()

    def _counted(self, report: Report) -> None:
        self.report = report
        self.ui.periodLabel.setText(f"{report.period.range_text}")
        self.ui.status.setText(
            f"{report.period.label}：收到{report.figures.received}件，办结{report.figures.closed}件"
        )
        self._show(report)
        self._idle()
        self.report_ready.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.ui.status.setText("统计未完成")
        if show_refusal(self, "无法统计", error):
            return
        if isinstance(error, ExportError | PeriodError):
            QMessageBox.warning(self, "无法统计", str(error))
        else:
            log.error("statistics failed", exc_info=error)
            QMessageBox.critical(self, "统计出错", failure_message(error, "统计未完成"))

    # ------------------------------------------------------------ showing

    def _table_view(self, table: Table) -> QTableView:
        view = QTableView()
        view.setModel(ReportTableModel(table, view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        view.clicked.connect(self._clicked)
        view.activated.connect(self._clicked)
        self.views[table.key] = view
        return view

    def _show(self, report: Report) -> None:
        current = self.ui.tabs.currentIndex()
        while self.ui.tabs.count():
            page = self.ui.tabs.widget(0)
            assert page is not None  # the tab widget still has a tab
            self.ui.tabs.removeTab(0)
            page.deleteLater()
        self.views.clear()
        tables = {t.key: t for t in report_tables(report)}
        notes_text = "\n".join(notes(report.period, report.made_on))

        summary = QSplitter()
        summary.addWidget(self._table_view(tables["summary"]))
        summary.addWidget(self._notes_view(notes_text))
        summary.setSizes([700, 400])
        self.ui.tabs.addTab(summary, "概况")
        self.ui.tabs.addTab(
            self._row(self._table_view(tables["channel"]), self._table_view(tables["source"])), "形式与来源"
        )
        for key, table in (("region", report.regions), ("category", report.categories)):
            split = QSplitter()
            split.addWidget(self._table_view(tables[key]))
            split.addWidget(share_bars(table, self.show_drill))
            split.setSizes([520, 600])
            self.ui.tabs.addTab(split, table.title)
        self.ui.tabs.addTab(
            self._row(self._table_view(tables["decision"]), self._table_view(tables["satisfaction"])),
            "办结情况",
        )
        trend = QSplitter()
        trend.addWidget(trend_lines(report.trend, self.show_drill))
        trend.addWidget(self._table_view(tables["trend"]))
        trend.setSizes([800, 300])
        self.ui.tabs.addTab(trend, "月度趋势")
        self.ui.tabs.addTab(self._table_view(tables["units"]), "承办单位")
        self.ui.tabs.addTab(self._table_view(tables["key_petitioners"]), "重点信访人")
        self.ui.tabs.addTab(self._table_view(tables["leaders"]), "领导接访")
        self.ui.tabs.addTab(self._notes_view(notes_text), "说明")
        if 0 <= current < self.ui.tabs.count():
            self.ui.tabs.setCurrentIndex(current)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return holder

    @staticmethod
    def _notes_view(text: str) -> QWidget:
        browser = QTextBrowser()
        browser.setPlainText(text)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(browser)
        return holder

    # ------------------------------------------------------------ drilling down

    def _clicked(self, index: QModelIndex) -> None:
        drill = index.data(DRILL_ROLE)
        if isinstance(drill, Drill):
            self.show_drill(drill)

    def show_drill(self, drill: Drill) -> CaseListDialog:
        """List the cases behind a number in a dialog; returns the dialog."""
        ids = drill_case_ids(self.db, drill, self.actor)
        title = drill.title or drill.period.label
        self.cases_requested.emit(title, ids)
        dialog = CaseListDialog(self.db, title, ids, self)
        dialog.open_case.connect(self.open_case)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    # ------------------------------------------------------------ exports

    def _default_name(self, what: str, suffix: str) -> str:
        try:
            code = self.current_period().code.replace("..", "至")
        except PeriodError:
            code = ""
        return str(Path.home() / f"{what}{code}{suffix}")

    def _ask_export(self, suffix: str) -> None:
        kind = "Excel 工作簿 (*.xlsx)" if suffix == ".xlsx" else "PDF 文件 (*.pdf)"
        path, _ = QFileDialog.getSaveFileName(
            self, "导出统计报表", self._default_name("信访统计", suffix), kind
        )
        if path:
            self.export_report_to(Path(path if path.lower().endswith(suffix) else path + suffix))

    def _ask_ledger(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "导出信访事项台账", self._default_name("信访事项台账", ".xlsx"), "Excel 工作簿 (*.xlsx)"
        )
        if path:
            self.export_ledger_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_report_to(self, path: Path) -> None:
        """Write the report shown to ``path`` (.xlsx or .pdf) in the background."""
        report = self.report
        if report is None:
            QMessageBox.information(self, "导出统计报表", "请先完成统计")
            return
        self._export(lambda progress: save_report(report, path, progress), f"已导出统计报表：{path}")

    def export_ledger_to(self, path: Path) -> None:
        try:
            period = self.current_period()
        except PeriodError as error:
            QMessageBox.warning(self, "导出台账", str(error))
            return
        db, actor = self.db, self.actor
        self._export(
            lambda progress: export_ledger(db, actor, period, path, progress), f"已导出信访事项台账：{path}"
        )

    def _export(self, work: Op, message: str) -> None:
        self.ui.status.setText("正在导出……")
        self._start_progress()
        for button in (self.ui.excelButton, self.ui.pdfButton, self.ui.ledgerButton):
            button.setEnabled(False)

        def finished(ok: bool, text: str) -> None:
            for button in (self.ui.excelButton, self.ui.pdfButton, self.ui.ledgerButton):
                button.setEnabled(True)
            self.ui.progress.hide()
            self.ui.status.setText(text)

        def done(_result: object) -> None:
            finished(True, message)

        def failed(error: BaseException) -> None:
            finished(False, "导出未完成")
            if show_refusal(self, "无法导出", error):
                return
            if isinstance(error, ExportError):
                QMessageBox.warning(self, "无法导出", str(error))
            else:
                log.error("export failed", exc_info=error)
                QMessageBox.critical(self, "导出出错", failure_message(error, "导出未完成"))

        run_in_background(self, work, success=done, failure=failed, on_progress=self._progress)
