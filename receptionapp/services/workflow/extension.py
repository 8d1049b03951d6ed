"""延期: one extension of a deadline, approved by a leader, within the rule's limit (条例 art. 34)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import Extension, Obligation
from receptionapp.domain.roles import CAN_PROCESS, Role
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Action
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require
from receptionapp.services.deadlines.obligations import (
    OPEN,
    compute_due,
    open_obligation,
    refresh_case_due,
    rule_of,
    sync_form_deadline,
)
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import ensure_allowed, leader_of


def extend(
    db: Database,
    actor: Actor,
    obligation_id: int,
    days: int,
    reason: str,
    *,
    approved_by_id: int | None = None,
) -> dt.date:
    """One extension, approved by a leader, of at most the rule's limit; returns the new due date."""
    if actor.role is not Role.LEADER:
        require(actor, CAN_PROCESS, "办理延期")
    reason = reason.strip()
    if len(reason) < 4:
        raise ValidationFailed({"reason": "请写明延期理由（将告知信访人）"})
    with db.write() as session:
        obligation = session.get(Obligation, obligation_id)
        if obligation is None:
            raise NotFound("找不到该期限")
        case = load_case(session, obligation.case_id)
        ensure_allowed(session, case, Action.EXTEND)
        if obligation.status != OPEN:
            raise ServiceError("该期限已经完成，不能延期")
        if session.scalar(select(Extension.id).where(Extension.obligation_id == obligation.id)):
            raise ServiceError("该期限已延期过一次，不能再次延期")
        from receptionapp.db.models_workflow import DeadlineRuleRow

        rule_row = session.get(DeadlineRuleRow, obligation.rule_id)
        assert rule_row is not None
        rule = rule_of(rule_row)
        if rule.max_extension <= 0:
            raise ServiceError(f"“{rule.name}”不允许延期")
        if not 1 <= days <= rule.max_extension:
            raise ValidationFailed({"days": f"延期天数应在1至{rule.max_extension}{rule.unit.label}之间"})
        approver_id, approver = leader_of(session, actor, approved_by_id)
        old_due = obligation.due_date
        obligation.extension_days = days
        due = compute_due(obligation.start_date, obligation.length, obligation.unit, days)
        obligation.due_date = due.date
        obligation.provisional = due.provisional
        session.add(
            Extension(
                case_id=case.id,
                obligation_id=obligation.id,
                days=days,
                reason=reason,
                old_due=old_due,
                new_due=due.date,
                approved_by_id=approver_id,
                recorded_by_id=actor.id,
            )
        )
        session.flush()
        sync_form_deadline(session, obligation)
        open_obligation(session, case, ObligationKind.EXTENSION_NOTICE, steps.today())
        refresh_case_due(session, case)
        audit.record(
            session,
            actor,
            "extend",
            "obligation",
            obligation.id,
            f"{approver}批准延期：{obligation.label}延长{days}{rule.unit.label}，"
            f"期限由{old_due:%Y-%m-%d}改为{due.date:%Y-%m-%d}。理由：{reason}",
            case_id=case.id,
            details={"days": days, "old_due": old_due, "new_due": due.date},
        )
        return due.date
