"""重点信访人 dialogs: mark a case's petitioner (or change the mark), and the list of all marks.

``KeyMarkDialog`` opens from the case page with the case's petitioners:
for a person not yet followed it lists them (reason, 包案 leader, status);
for one already followed it changes leader and status, or ends the
follow-up with a reason. ``KeyPetitionersDialog`` (查看 menu) lists the
key petitioners with their leader and status, opens one's cases, and
changes or ends a mark. The services check the rights and the input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QWidget

from receptionapp.db.database import Database
from receptionapp.services.cases import key_petitioners as keys
from receptionapp.services.cases.key_petitioners import KeyMark
from receptionapp.services.context import Actor
from receptionapp.services.reference import leader_choices
from receptionapp.ui.forms.ui_key_mark_dialog import Ui_KeyMarkDialog
from receptionapp.ui.forms.ui_key_petitioners_dialog import Ui_KeyPetitionersDialog
from receptionapp.ui.models.row_table import MUTED, WARNING, Column, RowTableModel
from receptionapp.ui.service_call import Refused, call_service, name_buttons
from receptionapp.ui.widgets.field_errors import FieldErrors


def ask_end_reason(parent: QWidget, name: str) -> str | None:
    """The reason for ending, or None when the person cancels."""
    text, ok = QInputDialog.getText(
        parent, "结束重点跟踪", f"结束对{name}的重点跟踪。结束原因（如：诉求已解决，息诉罢访）："
    )
    return text if ok else None


class KeyMarkDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        people: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        case_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyMarkDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.marks = keys.marks_of(db, [pid for pid, _n in people])
        for pid, name in people:
            self.ui.person.addItem(name, pid)
        self.ui.leader.addItem("（请选择）", 0)
        for leader in leader_choices(db):
            self.ui.leader.addItem(leader.name, leader.id)
        self.ui.status.addItems(["", *keys.STATUS_SUGGESTIONS])
        self.errors = FieldErrors()
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)
        self.errors.register("leader", self.ui.leader, self.ui.leaderError)
        self.errors.register("status_note", self.ui.status, self.ui.statusError)
        self.ui.person.currentIndexChanged.connect(lambda _i: self._person_changed())
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.endButton.clicked.connect(self.end)
        self._person_changed()

    def current_mark(self) -> KeyMark | None:
        mark = self.marks.get(int(self.ui.person.currentData() or 0))
        return mark if mark is not None and mark.active else None

    def _person_changed(self) -> None:
        mark = self.current_mark()
        ended = self.marks.get(int(self.ui.person.currentData() or 0))
        self.errors.clear()
        if mark is not None:
            self.setWindowTitle(f"重点信访人 — {mark.name}")
            self.ui.personState.setText(
                f"自{mark.since:%Y-%m-%d}列为重点信访人，共{mark.cases}件事项，其中{mark.open_cases}件未办结。"
            )
            self.ui.reason.setPlainText(mark.reason)
            self.ui.leader.setCurrentIndex(max(0, self.ui.leader.findData(mark.leader_id or 0)))
            self.ui.status.setEditText(mark.status_note)
            name_buttons(self.ui.buttons, "保存修改")
        else:
            self.setWindowTitle("列为重点信访人")
            self.ui.personState.setText(
                f"曾于{ended.ended_on:%Y-%m-%d}结束重点跟踪（{ended.end_reason}）。"
                if ended is not None and ended.ended_on
                else "尚未列为重点信访人。"
            )
            self.ui.reason.clear()
            self.ui.leader.setCurrentIndex(0)
            self.ui.status.setEditText("")
            name_buttons(self.ui.buttons, "列为重点信访人")
        self.ui.endButton.setVisible(mark is not None)

    def submit(self) -> None:
        mark = self.current_mark()
        person_id = int(self.ui.person.currentData() or 0)
        reason = self.ui.reason.toPlainText()
        leader_id = int(self.ui.leader.currentData() or 0) or None
        status = self.ui.status.currentText()
        if mark is None:
            call = lambda _reason: keys.mark(  # noqa: E731
                self.db, self.actor, person_id, reason, leader_id, status_note=status, case_id=self.case_id
            )
        else:
            call = lambda _reason: keys.update(  # noqa: E731
                self.db,
                self.actor,
                mark.id,
                leader_id=leader_id,
                status_note=status,
                reason=reason,
                case_id=self.case_id,
            )
        if not isinstance(call_service(self, "无法保存", call, errors=self.errors), Refused):
            self.accept()

    def end(self) -> None:
        mark = self.current_mark()
        if mark is None:
            return
        reason = ask_end_reason(self, mark.name)
        if reason is None:
            return
        if not isinstance(
            call_service(
                self,
                "无法结束跟踪",
                lambda _reason: keys.end(self.db, self.actor, mark.id, reason, case_id=self.case_id),
                errors=self.errors,
            ),
            Refused,
        ):
            self.accept()


def _columns() -> list[Column[KeyMark]]:
    muted = lambda m: None if m.active else MUTED  # noqa: E731
    return [
        Column("姓名", lambda m: m.name, foreground=lambda m: WARNING if m.active else MUTED),
        Column("联系电话", lambda m: m.phone, foreground=muted),
        Column("包案领导", lambda m: m.leader, foreground=muted, centered=True),
        Column("列入日期", lambda m: f"{m.since:%Y-%m-%d}", foreground=muted, centered=True),
        Column("原因", lambda m: m.reason, tooltip=lambda m: m.reason, foreground=muted),
        Column(
            "工作状态",
            lambda m: m.status_note if m.active else m.end_reason,
            tooltip=lambda m: m.status_note,
            foreground=muted,
        ),
        Column("事项", lambda m: f"{m.cases}件（未结{m.open_cases}）", foreground=muted, centered=True),
        Column("状态", lambda m: m.state, foreground=muted, centered=True),
    ]


class KeyPetitionersDialog(QDialog):
    open_case = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyPetitionersDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.model: RowTableModel[KeyMark] = RowTableModel(_columns(), self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.selectionModel().selectionChanged.connect(lambda _n, _o: self._update_buttons())
        self.ui.table.doubleClicked.connect(lambda _i: self.edit())
        self.ui.includeEnded.toggled.connect(lambda _on: self.refresh())
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.casesButton.clicked.connect(self.show_cases)
        name_buttons(self.ui.buttons, "", "关闭")
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        include_ended = self.ui.includeEnded.isChecked()
        listed = call_service(
            self,
            "无法查看",
            lambda _reason: keys.list_marks(self.db, self.actor, include_ended=include_ended),
        )
        marks = [] if isinstance(listed, Refused) else listed
        self.model.set_rows(marks)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        followed = sum(1 for m in marks if m.active)
        self.ui.countLabel.setText(f"跟踪中{followed}人")
        self._update_buttons()

    def selected(self) -> KeyMark | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        mark = self.selected()
        self.ui.editButton.setEnabled(mark is not None and mark.active)
        self.ui.casesButton.setEnabled(mark is not None)

    def names(self) -> list[str]:
        """The names the table shows, top to bottom (for tests)."""
        return [
            self.model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(self.model.rowCount())
        ]

    def edit(self) -> None:
        mark = self.selected()
        if mark is None or not mark.active:
            return
        dialog = KeyMarkDialog(self.db, self.actor, [(mark.person_id, mark.name)], self)
        try:
            if dialog.exec():
                self.refresh()
        finally:
            dialog.deleteLater()

    def show_cases(self) -> None:
        from receptionapp.ui.dialogs.case_list_dialog import CaseListDialog

        mark = self.selected()
        if mark is None:
            return
        ids = keys.case_ids_of(self.db, self.actor, mark.person_id)
        dialog = CaseListDialog(self.db, f"重点信访人：{mark.name}", ids, self)
        dialog.open_case.connect(self.open_case)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
