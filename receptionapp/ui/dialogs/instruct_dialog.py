"""领导批示: the leader puts the matter in one of the five routes, with the instruction text.

Made for a leader who is not a typist: the routes are big radio buttons
chosen with the keys 1–5, the refusal reason is a list, and a leader at the
keyboard is the instructing leader without choosing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.refusals import REFUSAL_RULES
from receptionapp.domain.roles import Role
from receptionapp.domain.workflow import Route
from receptionapp.services.context import Actor
from receptionapp.services.reference import leader_choices
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdate, to_qdate
from receptionapp.ui.forms.ui_instruct_dialog import Ui_InstructDialog


class InstructDialog(ServiceDialog):
    failure_title = "无法保存批示"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        case_id: int,
        number: str,
        parent: QWidget | None = None,
        *,
        suggested: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InstructDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.setWindowTitle(f"领导批示 — {number}")
        self.setup_buttons(self.ui.buttons, "保存批示")
        leaders = leader_choices(db)
        if actor.role is Role.LEADER:
            self.ui.leader.addItem(actor.display_name, actor.id)
            self.ui.leader.setEnabled(False)
        else:
            self.ui.leader.addItem("请选择", None)
            for leader in leaders:
                self.ui.leader.addItem(leader.name, leader.id)
        self.ui.on.setDate(to_qdate(dt.date.today()))
        self.routes = QButtonGroup(self)
        for route in Route:
            button = QRadioButton(f"&{route.number}. {route.label}")
            button.setStyleSheet("font-size: 13pt; font-weight: bold;")
            explain = QLabel(route.description)
            explain.setWordWrap(True)
            explain.setStyleSheet("color: #555; margin-left: 24px;")
            self.ui.routeLayout.addWidget(button)
            self.ui.routeLayout.addWidget(explain)
            self.routes.addButton(button, route.number)
            QShortcut(QKeySequence(str(route.number)), self, button.click)
        self.routes.idToggled.connect(self._route_changed)
        self.ui.refusal.addItem("请选择", "")
        for reason, rule in REFUSAL_RULES.items():
            self.ui.refusal.addItem(f"{rule.code} {rule.label}", reason.value)
        self.ui.text.setPlainText(suggested)
        self.errors.register("leader", self.ui.leader, self.ui.leaderError)
        self.errors.register("on", self.ui.on, self.ui.onError)
        self.errors.register("route", None, self.ui.routeError)
        self.errors.register("refusal_code", self.ui.refusal, self.ui.refusalError)
        self.errors.register("authority", self.ui.authority, self.ui.authorityError)
        self.errors.register("text", self.ui.text, self.ui.textError)
        self._route_changed(0, True)

    def route(self) -> Route | None:
        number = self.routes.checkedId()
        return list(Route)[number - 1] if number > 0 else None

    def _route_changed(self, _id: int, _checked: bool) -> None:
        refused = self.route() is Route.NOT_ACCEPT
        for widget in (self.ui.refusalLabel, self.ui.refusal):
            widget.setVisible(refused)
        transfer = self.route() in (Route.NOT_ACCEPT, Route.TRANSFER)
        for widget in (self.ui.authorityLabel, self.ui.authority):
            widget.setVisible(transfer)

    def perform(self) -> bool:
        route = self.route()
        if route is None:
            self.errors.show({"route": "请选择处理方式（1—5）"})
            return False
        leader_id = self.ui.leader.currentData()
        instruct(
            self.db,
            self.actor,
            self.case_id,
            route,
            self.ui.text.toPlainText(),
            leader_id=None if self.actor.role is Role.LEADER else leader_id,
            on=from_qdate(self.ui.on.date()),
            refusal_code=self.ui.refusal.currentData() or "",
            authority=self.ui.authority.text(),
            confirm_reason=self.confirm_reason,
        )
        return True
