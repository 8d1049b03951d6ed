"""A unit's reply comes in (登记办理回复), and a notice went out to the petitioner (登记告知)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.services.context import Actor
from receptionapp.services.workflow.assignment import record_reply
from receptionapp.services.workflow.handling import AssignmentView
from receptionapp.services.workflow.notices import NoticeChoice, record_notice
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdate, to_qdate
from receptionapp.ui.forms.ui_notice_dialog import Ui_NoticeDialog
from receptionapp.ui.forms.ui_reply_dialog import Ui_ReplyDialog


class ReplyDialog(ServiceDialog):
    failure_title = "无法登记回复"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        open_assignments: list[AssignmentView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReplyDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.assignments = open_assignments
        self.setup_buttons(self.ui.buttons, "登记回复")
        for a in open_assignments:
            self.ui.assignment.addItem(f"{a.number}  {a.unit}", a.id)
        self.ui.on.setDate(to_qdate(dt.date.today()))
        self.ui.assignment.currentIndexChanged.connect(self._refresh)
        self.ui.on.dateChanged.connect(self._refresh)
        self.errors.register("on", self.ui.on, self.ui.onError)
        self.errors.register("reply", self.ui.reply, self.ui.replyError)
        self._refresh()

    def _refresh(self) -> None:
        current = next((a for a in self.assignments if a.id == self.ui.assignment.currentData()), None)
        if current is None:
            self.ui.due.setText("—")
            return
        late = from_qdate(self.ui.on.date()) > current.due_date
        self.ui.due.setText(
            f"{current.due_date:%Y年%m月%d日}" + ("（已超期，将记为超期回复）" if late else "")
        )
        self.ui.due.setStyleSheet("color: #c62828;" if late else "")

    def perform(self) -> bool:
        self.late = record_reply(
            self.db,
            self.actor,
            self.ui.assignment.currentData(),
            self.ui.reply.toPlainText(),
            on=from_qdate(self.ui.on.date()),
        )
        return True


class NoticeDialog(ServiceDialog):
    failure_title = "无法登记告知"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        case_id: int,
        choices: list[NoticeChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.choices = choices
        self.setup_buttons(self.ui.buttons, "登记")
        for i, choice in enumerate(choices):
            self.ui.kind.addItem(choice.label, i)
        self.ui.on.setDate(to_qdate(dt.date.today()))
        self.errors.register("on", self.ui.on, self.ui.onError)

    def perform(self) -> bool:
        choice = self.choices[self.ui.kind.currentData()]
        record_notice(
            self.db,
            self.actor,
            self.case_id,
            choice.kind,
            on=from_qdate(self.ui.on.date()),
            assignment_id=choice.assignment_id,
        )
        return True
