"""接访安排: the office sees the coming reception days, fills the rota and adjusts a day.

The table lists each reception day with its leader, substitute, hours,
place, booked appointments and walk-ins; a day moved off a holiday is
highlighted and says from which day. Selecting a day lets the office name a
substitute, change the leader, add a note or cancel the day; "排班…" fills
the coming weeks and reports which days moved because of holidays.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.reception import WEEKDAY_LABELS, nominal_days
from receptionapp.services.context import Actor
from receptionapp.services.reception import rota
from receptionapp.services.reception.rota import DayView
from receptionapp.services.reference import leader_choices
from receptionapp.ui.dialogs.rota_plan_dialog import RotaPlanDialog
from receptionapp.ui.forms.ui_rota_dialog import Ui_RotaDialog
from receptionapp.ui.models.row_table import MOVED, MUTED, Column, RowTableModel
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.field_errors import FieldErrors

SHOWN_DAYS = 26
PAST_DAYS = 4


def _md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日（{WEEKDAY_LABELS[day.weekday()]}）"


def moved_text(view: DayView) -> str:
    return f"原定{_md(view.nominal_day)}，因节假日调整到{_md(view.day)}" if view.moved else ""


def plan_summary(created: list[DayView], nominal: list[dt.date], kept: set[dt.date]) -> str:
    """What the office reads after planning: the new days, those moved, the weeks that got none.

    ``nominal`` are the planned weeks' regular days, ``kept`` those already on the rota before.
    """
    made = {v.nominal_day for v in created}
    skipped = [n for n in nominal if n not in made and n not in kept]
    lines = []
    if created:
        lines.append(
            f"已新排{len(created)}次接访日（{created[0].day:%Y-%m-%d}至{created[-1].day:%Y-%m-%d}）。"
        )
    else:
        lines.append("没有新增接访日。")
    moved = [v for v in created if v.moved]
    if moved:
        lines.append("因节假日调整：")
        lines.extend(f"　{_md(v.nominal_day)} → {_md(v.day)}，{v.leader}" for v in moved)
    if skipped:
        lines.append("逢节假日、当周不安排接访：" + "、".join(_md(n) for n in skipped))
    already = [n for n in nominal if n in kept]
    if already:
        lines.append(f"已排定的{len(already)}周保持不变。")
    return "\n".join(lines)


def _muted(view: DayView) -> QColor | None:
    return MUTED if view.cancelled else None


COLUMNS: list[Column[DayView]] = [
    Column(
        "日期",
        lambda v: f"{v.day:%Y-%m-%d}",
        tooltip=moved_text,
        foreground=_muted,
        background=lambda v: MOVED if v.moved else None,
    ),
    Column("星期", lambda v: WEEKDAY_LABELS[v.day.weekday()], foreground=_muted, centered=True),
    Column("值班领导", lambda v: v.leader, foreground=_muted),
    Column("替班", lambda v: v.substitute, foreground=_muted),
    Column("时间", lambda v: f"{v.starts:%H:%M}—{v.ends:%H:%M}", foreground=_muted, centered=True),
    Column("地点", lambda v: v.place, foreground=_muted),
    Column("预约", lambda v: str(v.appointments), foreground=_muted, centered=True),
    Column("现场", lambda v: str(v.walk_ins), foreground=_muted, centered=True),
    Column("备注", lambda v: v.note, tooltip=lambda v: v.note, foreground=_muted),
    Column("已取消", lambda v: "已取消" if v.cancelled else "", foreground=_muted, centered=True),
]


class RotaDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RotaDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.today = today or dt.date.today()
        self.model: RowTableModel[DayView] = RowTableModel(COLUMNS, self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        leaders = leader_choices(db)
        self.ui.substitute.addItem("（无）", None)
        for leader in leaders:
            self.ui.leader.addItem(leader.name, leader.id)
            self.ui.substitute.addItem(leader.name, leader.id)
        self.errors = FieldErrors()
        self.errors.register("leader", self.ui.leader, self.ui.leaderError)
        self.errors.register("substitute", self.ui.substitute, self.ui.substituteError)
        self.ui.table.selectionModel().currentRowChanged.connect(lambda cur, _old: self._pick(cur.row()))
        self.ui.showPast.toggled.connect(lambda _on: self.refresh())
        self.ui.planButton.clicked.connect(self.plan)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        schedule = rota.load_schedule(db)
        self.ui.scheduleLabel.setText(
            f"领导接访日：{schedule.label}，{schedule.place}；遇节假日{schedule.move.label}。"
            "黄色底色的日期因节假日调整。"
        )
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id or (current.id if current else None)
        past = PAST_DAYS if self.ui.showPast.isChecked() else 0
        views = rota.upcoming_days(self.db, self.today, SHOWN_DAYS, include_past=past)
        self.model.set_rows(views)
        self.ui.table.resizeColumnsToContents()
        self.ui.table.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        rows = [i for i, v in enumerate(views) if v.id == select_id]
        if rows or views:
            self.ui.table.selectRow(rows[0] if rows else 0)
        else:
            self._pick(-1)

    def selected(self) -> DayView | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _pick(self, row: int) -> None:
        self.errors.clear()
        view = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        for widget in (
            self.ui.leader,
            self.ui.substitute,
            self.ui.cancelled,
            self.ui.note,
            self.ui.saveButton,
        ):
            widget.setEnabled(view is not None)
        if view is None:
            self.ui.dayInfo.setText("还没有安排接访日，请点“排班…”。")
            return
        if self.ui.leader.findData(view.leader_id) < 0:  # a leader who has since left
            self.ui.leader.addItem(view.leader, view.leader_id)
        self.ui.leader.setCurrentIndex(self.ui.leader.findData(view.leader_id))
        self.ui.substitute.setCurrentIndex(max(0, self.ui.substitute.findData(view.substitute_id)))
        self.ui.note.setText(view.note)
        self.ui.cancelled.setChecked(view.cancelled)
        booked = f"已预约{view.appointments}人，现场登记{view.walk_ins}人"
        moved = f"；{moved_text(view)}" if view.moved else ""
        self.ui.dayInfo.setText(
            f"{view.day:%Y-%m-%d} {WEEKDAY_LABELS[view.day.weekday()]}：{booked}{moved}。"
        )

    def save(self) -> None:
        view = self.selected()
        if view is None:
            return
        cancelled = self.ui.cancelled.isChecked()
        if cancelled and not view.cancelled and view.appointments:
            answer = QMessageBox.question(
                self,
                "取消接访日",
                f"{view.day:%Y-%m-%d}已有{view.appointments}人预约。取消后请逐一通知预约人改期。确定取消？",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        saved = call_service(
            self,
            "无法保存",
            lambda _reason: rota.update_day(
                self.db,
                self.actor,
                view.id,
                leader_id=self.ui.leader.currentData(),
                substitute_id=self.ui.substitute.currentData(),
                note=self.ui.note.text(),
                cancelled=cancelled,
            ),
            errors=self.errors,
        )
        if isinstance(saved, Refused):
            return
        self.refresh(select_id=view.id)
        self.ui.feedback.setText(f"已保存{view.day:%Y-%m-%d}的调整。")

    def plan(self) -> None:
        dialog = RotaPlanDialog(self.db, self.actor, self, today=self.today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        qdate, weeks = dialog.ui.start.date(), dialog.ui.weeks.value()
        start = dt.date(qdate.year(), qdate.month(), qdate.day())
        nominal = nominal_days(start, weeks, rota.load_schedule(self.db).weekday)
        created = {v.id for v in dialog.created}
        # A day moved off a holiday may lie up to two weeks before its regular day.
        around = rota.upcoming_days(self.db, start - dt.timedelta(days=14), weeks + 4)
        kept = {v.nominal_day for v in around if v.id not in created}
        self.refresh()
        self.last_summary = plan_summary(dialog.created, nominal, kept)
        QMessageBox.information(self, "排班完成", self.last_summary)
