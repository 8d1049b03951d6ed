"""督办 (urge a unit about a deadline, or at a leader's request) and 延期 (one leader-approved extension)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.domain.roles import Role
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.services.context import Actor
from receptionapp.services.deadlines.obligations import ObligationView, compute_due
from receptionapp.services.reference import leader_choices
from receptionapp.services.workflow.extension import extend
from receptionapp.services.workflow.hotline import ANSWER_KINDS, extension_rate
from receptionapp.services.workflow.supervision import supervise
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdate, to_qdate
from receptionapp.ui.forms.ui_extend_dialog import Ui_ExtendDialog
from receptionapp.ui.forms.ui_supervise_dialog import Ui_SuperviseDialog

DEFAULT_CONTENT = {
    SupervisionLevel.REMIND: "该事项即将到期，请抓紧办理，按期报送办理结果。",
    SupervisionLevel.URGE: "该事项已超过办理期限，请于回复期限内报送办理结果，并说明超期原因。",
    SupervisionLevel.NOTIFY: "该事项超期未办结，已报告分管领导，请立即办理并报送结果。",
}


class SuperviseDialog(ServiceDialog):
    failure_title = "无法督办"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        case_id: int,
        open_obligations: list[ObligationView],
        parent: QWidget | None = None,
        *,
        obligation_id: int | None = None,
        level: SupervisionLevel | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SuperviseDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.setup_buttons(self.ui.buttons, "生成督办单")
        for o in open_obligations:
            self.ui.obligation.addItem(f"{o.label}：{o.due_date:%Y-%m-%d}（{o.when_text}）", o.id)
        self.ui.obligation.addItem("领导要求督办（不针对具体期限）", None)
        if obligation_id is not None:
            self.ui.obligation.setCurrentIndex(max(0, self.ui.obligation.findData(obligation_id)))
        for item in SupervisionLevel:
            self.ui.level.addItem(item.label, item.value)
        for reason in SupervisionReason:
            self.ui.reason.addItem(reason.label, reason.value)
        self.ui.days.setValue(5)
        self.ui.on.setDate(to_qdate(dt.date.today()))
        self.ui.level.currentIndexChanged.connect(self._level_changed)
        self.ui.obligation.currentIndexChanged.connect(self._obligation_changed)
        self.errors.register("requested_by", self.ui.requestedBy, self.ui.requestedByError)
        self.errors.register("days", self.ui.days, self.ui.daysError)
        self.errors.register("on", self.ui.on, self.ui.onError)
        self.errors.register("content", self.ui.content, self.ui.contentError)
        self.open_obligations = open_obligations
        if level is not None:
            self.ui.level.setCurrentIndex(self.ui.level.findData(level.value))
        self._level_changed()
        self._obligation_changed()

    def _level_changed(self) -> None:
        level = SupervisionLevel(self.ui.level.currentData())
        texts = set(DEFAULT_CONTENT.values())
        if not self.ui.content.toPlainText().strip() or self.ui.content.toPlainText() in texts:
            self.ui.content.setPlainText(DEFAULT_CONTENT[level])

    def _obligation_changed(self) -> None:
        current = next((o for o in self.open_obligations if o.id == self.ui.obligation.currentData()), None)
        if current is None:
            self.ui.reason.setCurrentIndex(self.ui.reason.findData(SupervisionReason.LEADER_REQUEST.value))
        elif current.days_left is not None and current.days_left < 0:
            self.ui.reason.setCurrentIndex(self.ui.reason.findData(SupervisionReason.OVERDUE.value))
        else:
            self.ui.reason.setCurrentIndex(self.ui.reason.findData(SupervisionReason.NEAR_DEADLINE.value))

    def perform(self) -> bool:
        self.outcome = supervise(
            self.db,
            self.actor,
            self.case_id,
            level=SupervisionLevel(self.ui.level.currentData()),
            reason=SupervisionReason(self.ui.reason.currentData()),
            content=self.ui.content.toPlainText(),
            obligation_id=self.ui.obligation.currentData(),
            days=self.ui.days.value(),
            requested_by=self.ui.requestedBy.text(),
            on=from_qdate(self.ui.on.date()),
        )
        return True


class ExtendDialog(ServiceDialog):
    failure_title = "无法延期"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        extendable: list[ObligationView],
        parent: QWidget | None = None,
        *,
        case_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExtendDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.extendable = extendable
        # A 12345 工单: the year's 续报率, shown beside its answer's deadlines (domain.hotline).
        self.hotline = extension_rate(db, case_id) if case_id is not None else None
        self.setup_buttons(self.ui.buttons, "批准延期")
        for o in extendable:
            self.ui.obligation.addItem(
                f"{o.label}：{o.due_date:%Y-%m-%d}（最多延长{o.max_extension}日）", o.id
            )
        if actor.role is Role.LEADER:
            self.ui.leader.addItem(actor.display_name, actor.id)
            self.ui.leader.setEnabled(False)
        else:
            self.ui.leader.addItem("请选择", None)
            for leader in leader_choices(db):
                self.ui.leader.addItem(leader.name, leader.id)
        self.ui.obligation.currentIndexChanged.connect(self._refresh)
        self.ui.days.valueChanged.connect(self._refresh)
        self.errors.register("days", self.ui.days, self.ui.daysError)
        self.errors.register("leader", self.ui.leader, self.ui.leaderError)
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)
        self._refresh()

    def current(self) -> ObligationView | None:
        return next((o for o in self.extendable if o.id == self.ui.obligation.currentData()), None)

    def _refresh(self) -> None:
        current = self.current()
        if current is None:
            self.ui.newDue.setText("—")
            return
        self.ui.days.setMaximum(max(1, current.max_extension))
        unit = current.day_unit
        due = compute_due(current.due_date, self.ui.days.value(), unit)
        self.ui.days.setSuffix(" 个工作日" if unit == "working_days" else " 日")
        self.ui.newDue.setText(f"{due.date:%Y年%m月%d日}" + ("（暂定）" if due.provisional else ""))
        self._show_rate(current)

    def _show_rate(self, current: ObligationView) -> None:
        shown = self.hotline is not None and current.kind.value in ANSWER_KINDS
        self.ui.rateLabel.setVisible(shown)
        self.ui.rate.setVisible(shown)
        if self.hotline is None or not shown:
            return
        rate, already = self.hotline
        over = rate.needs_leader(already)
        text = rate.text(already)
        if over and self.actor.role is not Role.LEADER:
            text += "。请领导本人登录后批准，接待员和办公室不能代为录入"
        self.ui.rate.setText(text)
        self.ui.rate.setStyleSheet("color: #c62828; font-weight: bold;" if over else "")

    def perform(self) -> bool:
        current = self.current()
        if current is None:
            return False
        leader_id = self.ui.leader.currentData()
        self.new_due = extend(
            self.db,
            self.actor,
            current.id,
            self.ui.days.value(),
            self.ui.reason.toPlainText(),
            approved_by_id=None if self.actor.role is Role.LEADER else leader_id,
        )
        return True
