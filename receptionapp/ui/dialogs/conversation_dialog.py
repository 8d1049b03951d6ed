"""接谈记录: who attended the reception, when, what the petitioner said and the leader answered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.reception import ATTENDEE_ROLES, ConversationInput
from receptionapp.domain.roles import Role
from receptionapp.services.context import Actor
from receptionapp.services.reception.conversation import record_conversation
from receptionapp.services.reference import leader_choices
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdatetime, to_qdatetime
from receptionapp.ui.forms.ui_conversation_dialog import Ui_ConversationDialog


class ConversationDialog(ServiceDialog):
    failure_title = "无法保存接谈记录"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        case_id: int,
        parent: QWidget | None = None,
        *,
        visit_id: int | None = None,
        leader_id: int | None = None,
        statement: str = "",
        started: dt.datetime | None = None,
        attendees: str = "",
    ) -> None:
        """``started``: when the talk began, for one entered after its reception day (default: just now)."""
        super().__init__(parent)
        self.ui = Ui_ConversationDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id, self.visit_id = db, actor, case_id, visit_id
        self.setup_buttons(self.ui.buttons, "保存接谈记录")
        if actor.role is Role.LEADER:
            self.ui.leader.addItem(actor.display_name, actor.id)
        else:
            self.ui.leader.addItem("请选择", None)
            for leader in leader_choices(db):
                self.ui.leader.addItem(leader.name, leader.id)
            if leader_id is not None:
                self.ui.leader.setCurrentIndex(max(0, self.ui.leader.findData(leader_id)))
        for role in ATTENDEE_ROLES:
            button = QPushButton(role)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, r=role: self._add_attendee(r))
            self.ui.attendeeButtonsLayout.addWidget(button)
        if started is not None:
            self.ui.started.setDateTime(to_qdatetime(started))
            self.ui.ended.setDateTime(to_qdatetime(started + dt.timedelta(minutes=20)))
        else:
            now = dt.datetime.now().replace(second=0, microsecond=0)
            self.ui.started.setDateTime(to_qdatetime(now - dt.timedelta(minutes=20)))
            self.ui.ended.setDateTime(to_qdatetime(now))
        self.ui.statement.setPlainText(statement)
        self.ui.attendees.setText(attendees)  # who the 初审 asked to attend, when it named them
        for key, widget, label in (
            ("leader", self.ui.leader, self.ui.leaderError),
            ("attendees", self.ui.attendees, self.ui.attendeesError),
            ("started_at", self.ui.started, self.ui.startedError),
            ("ended_at", self.ui.ended, self.ui.endedError),
            ("statement", self.ui.statement, self.ui.statementError),
            ("response", self.ui.response, self.ui.responseError),
        ):
            self.errors.register(key, widget, label)

    def _add_attendee(self, role: str) -> None:
        current = [p for p in self.ui.attendees.text().split("、") if p]
        if role not in current:
            current.append(role)
        self.ui.attendees.setText("、".join(current))

    def perform(self) -> bool:
        leader_id = self.ui.leader.currentData()
        data = ConversationInput(
            leader_id=leader_id,
            attendees=self.ui.attendees.text(),
            started_at=from_qdatetime(self.ui.started.dateTime()),
            ended_at=from_qdatetime(self.ui.ended.dateTime()),
            statement=self.ui.statement.toPlainText(),
            response=self.ui.response.toPlainText(),
        )
        record_conversation(
            self.db,
            self.actor,
            self.case_id,
            data,
            visit_id=self.visit_id,
            confirm_reason=self.confirm_reason,
        )
        return True
