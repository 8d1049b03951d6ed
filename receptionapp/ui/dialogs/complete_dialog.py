"""办结: the result, how the reply was served, satisfaction; the case closes with its 办结单."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction, ServiceMethod
from receptionapp.domain.workflow import Route
from receptionapp.services.context import Actor
from receptionapp.services.workflow import closing
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdate, to_qdate
from receptionapp.ui.forms.ui_complete_dialog import Ui_CompleteDialog


class CompleteDialog(ServiceDialog):
    failure_title = "无法办结"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        case_id: int,
        channel: Channel,
        route: Route | None,
        parent: QWidget | None = None,
        *,
        summary: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CompleteDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.setup_buttons(self.ui.buttons, "办结")
        self.ui.decision.addItem("请选择", None)
        accepted = [d for d in Decision.choosable() if d is not Decision.NOT_ACCEPTED]
        decisions = [Decision.NOT_ACCEPTED] if route is Route.NOT_ACCEPT else accepted
        for decision in decisions:
            self.ui.decision.addItem(decision.label, decision.value)
        if route is Route.NOT_ACCEPT:
            self.ui.decision.setCurrentIndex(1)
        for method in ServiceMethod.choosable():
            self.ui.service.addItem(method.label, method.value)
        default = {
            Channel.HOTLINE: ServiceMethod.HOTLINE,
            Channel.ONLINE: ServiceMethod.ONLINE,
            Channel.VISIT: ServiceMethod.IN_PERSON,
            Channel.LEADER_RECEPTION: ServiceMethod.IN_PERSON,
        }.get(channel, ServiceMethod.REGISTERED_MAIL)
        self.ui.service.setCurrentIndex(self.ui.service.findData(default.value))
        for level in Satisfaction:
            self.ui.satisfaction.addItem(level.label, level.value)
        self.ui.satisfaction.setCurrentIndex(self.ui.satisfaction.findData(Satisfaction.UNKNOWN.value))
        today = to_qdate(dt.date.today())
        self.ui.servedOn.setDate(today)
        self.ui.closedOn.setDate(today)
        self.ui.summary.setPlainText(summary)
        self._prefill_from_reply_letter()
        self.ui.service.currentIndexChanged.connect(self._service_changed)
        for key, widget, label in (
            ("decision", self.ui.decision, self.ui.decisionError),
            ("summary", self.ui.summary, self.ui.summaryError),
            ("service", self.ui.service, self.ui.serviceError),
            ("mail_number", self.ui.mailNumber, self.ui.mailNumberError),
            ("receipt_signed", self.ui.receiptSigned, self.ui.receiptSignedError),
            ("served_on", self.ui.servedOn, self.ui.servedOnError),
            ("closed_on", self.ui.closedOn, self.ui.closedOnError),
        ):
            self.errors.register(key, widget, label)
        self._service_changed()

    def _prefill_from_reply_letter(self) -> None:
        """A served reply letter already says how the reply reached the petitioner."""
        from receptionapp.services.letters.service import served_reply

        served = served_reply(self.db, self.case_id)
        if served is None:
            return
        self.ui.service.setCurrentIndex(self.ui.service.findData(served.method.value))
        self.ui.mailNumber.setText(served.mail_number)
        self.ui.receiptSigned.setChecked(served.receipt_signed)
        self.ui.servedOn.setDate(to_qdate(served.served_on))

    def _service_changed(self) -> None:
        method = ServiceMethod(self.ui.service.currentData())
        mail = method is ServiceMethod.REGISTERED_MAIL
        self.ui.mailNumber.setVisible(mail)
        self.ui.mailNumberLabel.setVisible(mail)
        self.ui.receiptSigned.setVisible(method is ServiceMethod.IN_PERSON)

    def perform(self) -> bool:
        decision = self.ui.decision.currentData()
        data = CompletionInput(
            decision=Decision(decision) if decision else None,
            summary=self.ui.summary.toPlainText(),
            service=ServiceMethod(self.ui.service.currentData()),
            mail_number=self.ui.mailNumber.text(),
            served_on=from_qdate(self.ui.servedOn.date()),
            receipt_signed=self.ui.receiptSigned.isChecked(),
            satisfaction=Satisfaction(self.ui.satisfaction.currentData()),
            closed_on=from_qdate(self.ui.closedOn.date()),
            note=self.ui.note.toPlainText(),
        )
        self.on_time = closing.complete(self.db, self.actor, self.case_id, data)
        return True
