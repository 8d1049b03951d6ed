"""The admin's audit browser: filter by date, user, action, case number; verify; export CSV."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.services.admin import audit_log as audit_query
from receptionapp.services.admin.audit_log import AuditFilter
from receptionapp.services.audit import ChainProblem
from receptionapp.services.context import Actor
from receptionapp.ui.admin.audit_table import AuditTableModel
from receptionapp.ui.dialogs.base import from_qdate
from receptionapp.ui.forms.ui_audit_browser import Ui_AuditBrowser
from receptionapp.ui.tasks import Reporter, run_in_background

FILTER_DELAY_MS = 300


class AuditBrowser(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditBrowser()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        users, actions = audit_query.filter_choices(db, actor)  # PermissionDenied for non-admins
        self.model = AuditTableModel(self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        header = self.ui.table.horizontalHeader()
        for column, width in enumerate((70, 150, 120, 110, 170)):
            self.ui.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.ui.user.addItem("全部", None)
        for user_id, label in users:
            self.ui.user.addItem(label, user_id)
        self.ui.action.addItem("全部", None)
        for code, label in actions:
            self.ui.action.addItem(label, code)
        today = QDate.currentDate()
        self.ui.dateFrom.setDate(today.addDays(-30))
        self.ui.dateTo.setDate(today)
        self._dates_toggled(False)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.ui.useDates.toggled.connect(self._dates_toggled)
        for date_edit in (self.ui.dateFrom, self.ui.dateTo):
            date_edit.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.ui.user, self.ui.action):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.caseNumber.textChanged.connect(lambda _t: self._timer.start())
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.closeButton.clicked.connect(self.reject)
        self.refresh()

    def _dates_toggled(self, on: bool) -> None:
        self.ui.dateFrom.setEnabled(on)
        self.ui.dateTo.setEnabled(on)
        if hasattr(self, "model"):
            self.refresh()

    def current_filter(self) -> AuditFilter:
        use_dates = self.ui.useDates.isChecked()
        return AuditFilter(
            date_from=from_qdate(self.ui.dateFrom.date()) if use_dates else None,
            date_to=from_qdate(self.ui.dateTo.date()) if use_dates else None,
            user_id=self.ui.user.currentData(),
            action=self.ui.action.currentData(),
            case_number=self.ui.caseNumber.text(),
        )

    def refresh(self) -> None:
        flt = self.current_filter()
        total = audit_query.count_entries(self.db, self.actor, flt)
        self.model.reset(partial(audit_query.list_entries, self.db, self.actor, flt))
        self.ui.count.setText(f"共{total}条记录")

    def verify(self) -> None:
        self.ui.chain.setText("正在校验…")
        run_in_background(self, lambda _progress: audit_query.verify(self.db), success=self._verified)

    def _verified(self, problem: ChainProblem | None) -> None:
        if problem is None:
            self.ui.chain.setStyleSheet("color: #2e7d32;")
            self.ui.chain.setText("哈希链完整，未发现改动")
        else:
            self.ui.chain.setStyleSheet("color: #c62828;")
            self.ui.chain.setText(problem.message)
            QMessageBox.critical(self, "审计日志被改动", f"{problem.message}\n\n请立即报告并保留现场。")

    def export(self) -> None:
        suggested = f"审计日志-{dt.date.today():%Y%m%d}.csv"
        name, _ = QFileDialog.getSaveFileName(self, "导出审计日志", suggested, "CSV 文件 (*.csv)")
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> None:
        flt = self.current_filter()

        def work(progress: Reporter) -> int:
            return audit_query.export_csv(
                self.db, self.actor, flt, out, lambda done, total: progress(done, total, f"已导出{done}条")
            )

        run_in_background(
            self,
            work,
            success=lambda count: QMessageBox.information(
                self, "导出完成", f"已导出{count}条记录到：\n{out}"
            ),
            title="正在导出审计日志",
        )
