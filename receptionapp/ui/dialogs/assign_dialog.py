"""交办: send the matter to a division, county bureau or school; the deadline comes from the rules.

The dialog previews the reply deadline for the chosen unit and ticks
"hide the petitioner" by itself when the unit is the one complained about or
the case is confidential. What the service refuses without a reason (a
confidential 检举控告 sent to the accused unit, a handler who must step aside)
is asked for by ``ServiceDialog`` and recorded with the 交办.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.domain.rules import ObligationKind
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor
from receptionapp.services.deadlines.obligations import preview_due
from receptionapp.services.reference import unit_choices
from receptionapp.services.workflow.assignment import assign
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdate, to_qdate
from receptionapp.ui.forms.ui_assign_dialog import Ui_AssignDialog


class AssignDialog(ServiceDialog):
    failure_title = "无法交办"

    def __init__(self, db: Database, actor: Actor, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.case = get_case(db, case_id, actor)
        self.setWindowTitle(f"交办 — {self.case.number}")
        self.setup_buttons(self.ui.buttons, "生成交办单")
        self.units = unit_choices(db)
        self.ui.unit.addItem("请选择承办单位", None)
        for unit in self.units:
            self.ui.unit.addItem(f"{unit.name}（{unit.kind_label}）", unit.id)
        self.ui.on.setDate(to_qdate(dt.date.today()))
        self.ui.unit.currentIndexChanged.connect(self._refresh)
        self.ui.on.dateChanged.connect(self._refresh)
        self.errors.register("unit", self.ui.unit, self.ui.unitError)
        self.errors.register("on", self.ui.on, self.ui.onError)
        self.errors.register("instruction_text", self.ui.instruction, self.ui.instructionError)
        self.errors.register("requirement", self.ui.requirement, self.ui.requirementError)
        self._refresh()

    def _refresh(self) -> None:
        unit_id = self.ui.unit.currentData()
        unit = next((u for u in self.units if u.id == unit_id), None)
        if unit is None:
            self.ui.due.setText("选择承办单位后显示")
            return
        due = preview_due(
            self.db, self.case_id, ObligationKind.UNIT_REPLY, from_qdate(self.ui.on.date()), unit.kind
        )
        if due is None:
            self.ui.due.setText("没有适用的期限规则，请管理员补充")
        else:
            rule, when = due
            self.ui.due.setText(
                f"{rule.name}：{rule.length_text}，{when.date:%Y年%m月%d日}前回复"
                + ("（暂定）" if when.provisional else "")
            )
        concerned = self.case.unit_name.strip()
        complained = bool(concerned) and (concerned in unit.name or unit.name in concerned)
        self.ui.conceal.setChecked(
            complained
            or self.case.confidential
            or (self.ui.conceal.isChecked() and self.sender() is self.ui.on)
        )

    def perform(self) -> bool:
        unit_id = self.ui.unit.currentData()
        if unit_id is None:
            self.errors.show({"unit": "请选择承办单位"})
            return False
        self.outcome = assign(
            self.db,
            self.actor,
            self.case_id,
            unit_id,
            instruction_text=self.ui.instruction.toPlainText(),
            requirement=self.ui.requirement.toPlainText(),
            conceal_identity=self.ui.conceal.isChecked(),
            on=from_qdate(self.ui.on.date()),
            confirm_reason=self.confirm_reason,
        )
        return True
