"""The leaders' reception day screen (领导接访日): the queue, the visitor in front, the talk and the 批示.

Made for a leader who is not a typist: large text, the queue in order
(appointments first, walk-ins after), each visitor's earlier cases with what
was decided and answered, and single keys for the steps of a reception —
F2 call in, F3 done, F4 conversation record, F6 instruction. The office
uses the same screen on the days before for the 初审 of appointments.

A reception day is held on its date: the screen opens today's day; a day
to come is only planned (初审, and a call to each visitor whose day a new
holiday calendar moved); a past day's steps are completed for the record,
each with a reason the services ask for.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from receptionapp.db.database import Database
from receptionapp.domain.prereview import attendees_from_prereview
from receptionapp.domain.reception import WEEKDAY_LABELS, DayPhase, VisitState, day_phase
from receptionapp.domain.roles import CAN_BOOK, CAN_PROCESS, CAN_RECORD_TALK, Role
from receptionapp.domain.workflow import Action
from receptionapp.services.context import Actor
from receptionapp.services.reception.conversation import visitor_history
from receptionapp.services.reception.replanning import told_of_move
from receptionapp.services.reception.rota import DayView, upcoming_days
from receptionapp.services.reception.visits import QueueEntry, call_visitor, finish_visit, mark_absent
from receptionapp.services.reception.visits import queue as reception_queue
from receptionapp.services.workflow.handling import handling
from receptionapp.ui.forms.ui_reception_screen import Ui_ReceptionScreen
from receptionapp.ui.service_call import Refused, call_service

QUEUE_COLUMNS = ("顺序", "信访人", "人数", "问题类别", "初审", "状态")
STATE_COLOURS = {
    VisitState.IN_TALK: QColor("#1565c0"),
    VisitState.DONE: QColor("#2e7d32"),
    VisitState.ABSENT: QColor("#9e9e9e"),
    VisitState.DECLINED: QColor("#9e9e9e"),
}
BIG = "font-size: 13pt;"
MOVED = QColor("#ef6c00")


class ReceptionScreen(QWidget):
    open_case = Signal(int)
    walk_in_requested = Signal(int)  # reception day id
    changed = Signal()

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, defer: bool = False
    ) -> None:
        """``defer``: load nothing until ``load_deferred`` (the main window calls it when the tab opens)."""
        super().__init__(parent)
        self._deferred = defer
        self.ui = Ui_ReceptionScreen()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.days: list[DayView] = []
        self.entries: list[QueueEntry] = []
        for widget in (self.ui.queue, self.ui.matter, self.ui.history):
            widget.setStyleSheet(BIG)
        queue = self.ui.queue
        queue.setColumnCount(len(QUEUE_COLUMNS))
        queue.setHorizontalHeaderLabels(list(QUEUE_COLUMNS))
        queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        queue.horizontalHeader().setStretchLastSection(True)
        queue.verticalHeader().setVisible(False)
        self.ui.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.history.header().setStretchLastSection(True)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.day.currentIndexChanged.connect(self.show_day)
        self.ui.queue.itemSelectionChanged.connect(self.show_visitor)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.callButton.clicked.connect(self.call_next)
        self.ui.finishButton.clicked.connect(self.finish)
        self.ui.absentButton.clicked.connect(self.absent)
        self.ui.acceptButton.clicked.connect(lambda: self.prereview(True))
        self.ui.declineButton.clicked.connect(lambda: self.prereview(False))
        self.ui.toldButton.clicked.connect(self.told_of_move)
        self.ui.talkButton.clicked.connect(self.record_talk)
        self.ui.instructButton.clicked.connect(self.instruct)
        self.ui.openButton.clicked.connect(self._open_current)
        self.ui.walkInButton.clicked.connect(self._walk_in)
        self.ui.history.itemActivated.connect(
            lambda item: self.open_case.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        for key, slot in (
            ("F2", self.call_next),
            ("F3", self.finish),
            ("F4", self.record_talk),
            ("F6", self.instruct),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        office = actor.role in CAN_PROCESS
        for widget in (self.ui.reviewLabel, self.ui.acceptButton, self.ui.declineButton, self.ui.toldButton):
            widget.setVisible(office)
        self.ui.walkInButton.setVisible(actor.role in CAN_BOOK)
        talk = actor.role in CAN_RECORD_TALK
        for widget in (self.ui.callButton, self.ui.finishButton, self.ui.absentButton, self.ui.talkButton):
            widget.setVisible(talk)
        self.refresh()

    # ------------------------------------------------------------ loading

    def load_deferred(self) -> None:
        """The first look at a screen built with ``defer``: load the days and the queue now."""
        if self._deferred:
            self._deferred = False
            self.refresh()

    def refresh(self) -> None:
        if self._deferred:
            return  # not looked at yet: loads when its tab is first opened
        current = self.ui.day.currentData()
        today = dt.date.today()
        self.days = upcoming_days(self.db, today, 8, include_past=8)
        self.ui.day.blockSignals(True)
        self.ui.day.clear()
        for day in self.days:
            phase = day_phase(day.day, today)
            mark = (
                "（已取消）"
                if day.cancelled
                else {DayPhase.HELD: "（今天）", DayPhase.PLANNED: "（计划）"}.get(phase, "")
            )
            self.ui.day.addItem(
                f"{day.day:%Y-%m-%d} {WEEKDAY_LABELS[day.day.weekday()]} {day.receiving}{mark}", day.id
            )
        self.ui.day.blockSignals(False)
        index = self.ui.day.findData(current) if current is not None else -1
        if index < 0:
            # Today's day if there is one, else the next one to plan for.
            upcoming = [i for i, d in enumerate(self.days) if d.day >= today and not d.cancelled]
            index = upcoming[0] if upcoming else len(self.days) - 1
        self.ui.day.setCurrentIndex(index)
        self.show_day()

    def current_day(self) -> DayView | None:
        day_id = self.ui.day.currentData()
        return next((d for d in self.days if d.id == day_id), None)

    def phase(self) -> DayPhase | None:
        """Whether the chosen day is to come, held today, or over (None: no day chosen)."""
        day = self.current_day()
        return day_phase(day.day, dt.date.today()) if day is not None else None

    def show_day(self) -> None:
        if self._deferred:
            return
        day = self.current_day()
        if day is None:
            self.ui.dayInfo.setText("尚未安排领导接访日。请办公室在“接访—接访安排”中排班。")
            self.entries = []
            self._fill_queue()
            return
        receiving = day.receiving + (f"（替{day.leader}）" if day.substitute else "")
        info = f"{day.starts:%H:%M}—{day.ends:%H:%M}　{day.place}　接访领导：{receiving}"
        if day.moved:
            info += f"　（原定{day.nominal_day:%m月%d日}，因节假日调整）"
        phase = day_phase(day.day, dt.date.today())
        if day.cancelled:
            info += "　已取消"
        elif phase is DayPhase.PLANNED:
            info += "　【计划中：接访当天才能接谈、批示，现在可初审预约】"
        elif phase is DayPhase.PAST:
            info += "　【已结束：补录当天情况须写明理由】"
        self.ui.dayInfo.setText(info)
        held = not day.cancelled and phase is not DayPhase.PLANNED
        for widget in (self.ui.callButton, self.ui.finishButton, self.ui.absentButton):
            widget.setEnabled(held)
        self.ui.walkInButton.setEnabled(not day.cancelled and phase is DayPhase.HELD)
        selected = self.current_entry()
        self.entries = reception_queue(self.db, day.id, self.actor)
        self._fill_queue(selected.visit_id if selected else None)

    def _fill_queue(self, keep: int | None = None) -> None:
        table = self.ui.queue
        table.blockSignals(True)
        table.setRowCount(len(self.entries))
        row_to_select = 0
        for row, e in enumerate(self.entries):
            people = e.names + ("（集体访）" if e.is_collective else "")
            review = e.prereview.label if e.is_appointment else "临时" if e.is_temporary else "现场"
            if e.attendance:
                review += f"（{e.attendance}）"
            state = e.state.label + ("（改期待告知）" if e.moved_from is not None else "")
            values = (e.order_label, people, str(e.head_count), e.category, review, state)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                colour = STATE_COLOURS.get(e.state)
                if colour is not None:
                    item.setForeground(colour)
                if e.moved_from is not None:
                    item.setForeground(MOVED)
                    item.setToolTip(f"接访日由{e.moved_from:%Y-%m-%d}调整至本日，需电话告知来访人")
                elif e.is_key_petitioner or e.is_repeat:
                    item.setToolTip("重点信访人" if e.is_key_petitioner else "重复访")
                table.setItem(row, column, item)
            if e.visit_id == keep:
                row_to_select = row
        table.blockSignals(False)
        if self.entries:
            table.selectRow(row_to_select)
        self.show_visitor()

    def current_entry(self) -> QueueEntry | None:
        rows = self.ui.queue.selectionModel().selectedRows() if self.ui.queue.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def show_visitor(self) -> None:
        entry = self.current_entry()
        has = entry is not None
        held = self.phase() not in (None, DayPhase.PLANNED)
        self.ui.openButton.setEnabled(has)
        self.ui.talkButton.setEnabled(has and held)
        self.ui.instructButton.setEnabled(has and held)
        self.ui.toldButton.setEnabled(entry is not None and entry.moved_from is not None)
        if entry is None:
            self.ui.visitorTitle.setText("当日暂无来访人")
            self.ui.visitorFlags.setText("")
            self.ui.matter.setHtml("")
            self.ui.history.clear()
            return
        self.ui.visitorTitle.setText(f"{entry.order_label}　{entry.names}　{entry.number}")
        flags = [entry.state.label]
        if entry.is_collective:
            flags.append(f"集体访{entry.head_count}人，代表：{entry.representatives or '未推选'}")
        if entry.is_repeat:
            flags.append(f"重复访（以往{entry.prior_cases}件）")
        if entry.is_key_petitioner:
            flags.append("重点信访人")
        if entry.moved_from is not None:
            flags.append(f"接访日由{entry.moved_from.month}月{entry.moved_from.day}日调整，需电话告知")
        if entry.is_appointment:
            flags.append(entry.booking.label)
            flags.append(
                f"初审：{entry.prereview.label}"
                + (f"（{entry.prereview_reason}）" if entry.prereview_reason else "")
            )
            if entry.attendance:
                flags.append(entry.attendance)
        elif entry.is_temporary:
            flags.append(f"{entry.booking.label}不足一周，临时来访")
        if entry.route is not None:
            flags.append(f"已批示：{entry.route.number}. {entry.route.label}")
        self.ui.visitorFlags.setText("　|　".join(flags))
        self.ui.visitorFlags.setStyleSheet(
            "color: #c62828; font-weight: bold;" if entry.is_key_petitioner else ""
        )
        self.ui.matter.setHtml(
            f"<p><b>反映问题：</b>{html.escape(entry.problem)}</p><p><b>诉求：</b>{html.escape(entry.demand or '—')}</p>"
        )
        self.ui.history.clear()
        for item in visitor_history(self.db, entry.case_id, self.actor):
            text = "；".join(
                x
                for x in (
                    item.instruction and f"批示：{item.instruction}",
                    item.reply and f"答复：{item.reply}",
                )
                if x
            )
            row = QTreeWidgetItem(
                [item.number, f"{item.received_at:%Y-%m-%d}", item.status.label, text or item.problem[:60]]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.case_id)
            row.setToolTip(3, item.problem)
            self.ui.history.addTopLevelItem(row)
        if self.ui.history.topLevelItemCount() == 0:
            self.ui.history.addTopLevelItem(QTreeWidgetItem(["", "", "", "无以往信访事项"]))
        can_instruct = Action.INSTRUCT in handling(self.db, entry.case_id, self.actor).actions
        self.ui.instructButton.setEnabled(held and can_instruct)

    # ------------------------------------------------------------ steps of the day

    def _run(self, step: Callable[..., object], *args: object, reasoned: bool = False) -> bool:
        """Run a step of the day; ``reasoned``: a past day's step goes ahead with the reason asked for."""

        def call(reason: str) -> object:
            if reasoned:
                return step(self.db, self.actor, *args, confirm_reason=reason)
            return step(self.db, self.actor, *args)

        if isinstance(call_service(self, "无法操作", call), Refused):
            return False
        self.show_day()
        self.changed.emit()
        return True

    def call_next(self) -> None:
        if self.phase() in (None, DayPhase.PLANNED):
            return  # F2 on a day to come: nobody is received before the day
        entry = self.current_entry()
        if entry is None or entry.state is not VisitState.WAITING:
            entry = next((e for e in self.entries if e.state is VisitState.WAITING), None)
        if entry is None:
            QMessageBox.information(self, "接访", "没有等候的来访人。")
            return
        self._select(entry.visit_id)
        self._run(call_visitor, entry.visit_id, reasoned=True)

    def finish(self) -> None:
        if self.phase() in (None, DayPhase.PLANNED):
            return
        entry = self.current_entry()
        if entry is None or entry.state is not VisitState.IN_TALK:
            entry = next((e for e in self.entries if e.state is VisitState.IN_TALK), None)
        if entry is not None:
            self._run(finish_visit, entry.visit_id, reasoned=True)

    def absent(self) -> None:
        if self.phase() in (None, DayPhase.PLANNED):
            return
        entry = self.current_entry()
        if entry is not None:
            self._run(mark_absent, entry.visit_id, reasoned=True)

    def prereview(self, accepted: bool) -> None:
        """The 初审 dialog: accept with the 处室 (and the legal adviser) to attend, or decline with a reason."""
        from receptionapp.ui.dialogs.prereview_dialog import PrereviewDialog

        entry = self.current_entry()
        if entry is None:
            return
        if PrereviewDialog(self.db, self.actor, entry, self, accepted=accepted).exec():
            self.show_day()
            self.changed.emit()

    def told_of_move(self) -> None:
        """The office called the visitor whose reception day a calendar change moved."""
        entry = self.current_entry()
        if entry is not None and entry.moved_from is not None:
            self._run(told_of_move, entry.visit_id)

    def _select(self, visit_id: int) -> None:
        for row, e in enumerate(self.entries):
            if e.visit_id == visit_id:
                self.ui.queue.selectRow(row)
                return

    def _leader_id(self) -> int | None:
        day = self.current_day()
        if self.actor.role is Role.LEADER:
            return self.actor.id
        if day is None:
            return None
        return day.substitute_id or day.leader_id

    def record_talk(self) -> None:
        from receptionapp.ui.dialogs.conversation_dialog import ConversationDialog

        entry, day = self.current_entry(), self.current_day()
        if entry is None or day is None or not self.ui.talkButton.isEnabled():
            return
        past = day_phase(day.day, dt.date.today()) is DayPhase.PAST
        dialog = ConversationDialog(
            self.db,
            self.actor,
            entry.case_id,
            self,
            visit_id=entry.visit_id,
            leader_id=self._leader_id(),
            statement=entry.problem,
            started=dt.datetime.combine(day.day, day.starts) if past else None,
            attendees=self._planned_attendees(entry),
        )
        if dialog.exec():
            self.show_day()
            self.changed.emit()

    def _planned_attendees(self, entry: QueueEntry) -> str:
        """Who the 初审 asked to attend, as the 接谈记录's 参加人员 (empty: the clerk fills them in)."""
        day = self.current_day()
        if not (entry.divisions or entry.legal_adviser):
            return ""
        return attendees_from_prereview(day.receiving if day else "", entry.divisions, entry.legal_adviser)

    def instruct(self) -> None:
        from receptionapp.ui.dialogs.instruct_dialog import InstructDialog

        entry = self.current_entry()
        if entry is None or not self.ui.instructButton.isEnabled():
            return
        dialog = InstructDialog(self.db, self.actor, entry.case_id, entry.number, self)
        leader = self._leader_id()
        if leader is not None and self.actor.role is not Role.LEADER:
            dialog.ui.leader.setCurrentIndex(max(0, dialog.ui.leader.findData(leader)))
        if dialog.exec():
            self.show_day()
            self.changed.emit()

    def _open_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.open_case.emit(entry.case_id)

    def _walk_in(self) -> None:
        day = self.current_day()
        if day is None or day.cancelled:
            QMessageBox.information(self, "登记现场来访", "请先选择一个未取消的接访日。")
            return
        self.walk_in_requested.emit(day.id)
