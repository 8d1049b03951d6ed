"""延期: one extension of a deadline, approved by a leader, within the rule's limit (条例 art. 34)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models_workflow import DeadlineRuleRow, Extension, Obligation
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.roles import CAN_PROCESS, Role
from receptionapp.domain.rules import DeadlineRule, ObligationKind
from receptionapp.domain.workflow import Action, ObligationStatus
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.context import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    require,
)
from receptionapp.services.deadlines.obligations import (
    add_obligations,
    compute_due,
    plan_obligation,
    refresh_case_due,
    rule_of,
    rules_in_force,
    sync_form_deadline,
)
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.hotline import extended_forms, hotline_rate, is_hotline_answer
from receptionapp.services.workflow.steps import CaseFacts, Step, ensure_allowed, facts_of, leader_of


@dataclass(frozen=True)
class Extended:
    """The deadline being extended, as it stands."""

    id: int
    label: str
    start_date: dt.date
    length: int
    unit: str
    due_date: dt.date
    fixed_due: dt.date | None = None  # the 12345 centre's 时限, when it set the date


def extension_step(
    rules: Sequence[DeadlineRule],
    case: CaseFacts,
    obligation: Extended,
    *,
    days: int,
    reason: str,
    approver: tuple[int, str],
    recorded_by_id: int,
    today: dt.date,
    at: dt.datetime,
    calendar: Calendar | None = None,
    rate: str = "",
) -> Step:
    """The 延期 row, the obligation's new due date (``target``) and the 延期告知 owed from ``today``.

    ``rate``: for a 12345 工单's answer (续报), the 续报率 sentence the approver saw."""
    due = compute_due(
        obligation.start_date, obligation.length, obligation.unit, days, calendar, obligation.fixed_due
    )
    row = {
        "obligation_id": obligation.id,
        "days": days,
        "reason": reason,
        "old_due": obligation.due_date,
        "new_due": due.date,
        "approved_by_id": approver[0],
        "recorded_by_id": recorded_by_id,
        "approved_at": at,
    }
    notice = plan_obligation(
        rules,
        ObligationKind.EXTENSION_NOTICE,
        channel=case.channel,
        route=case.route,
        start=today,
        received_on=case.received_on,
        at=at,
        calendar=calendar,
    )
    entry = audit.Entry(
        "extend",
        "obligation",
        f"{approver[1]}批准延期：{obligation.label}延长{days}{DayUnit(obligation.unit).label}，"
        f"期限由{obligation.due_date:%Y-%m-%d}改为{due.date:%Y-%m-%d}。理由：{reason}"
        + (f"（续报：{rate}）" if rate else ""),
        {"days": days, "old_due": obligation.due_date, "new_due": due.date}
        | ({"rate": rate} if rate else {}),
    )
    target = {"extension_days": days, "due_date": due.date, "provisional": due.provisional}
    return Step(row, entry, opens=(notice,) if notice else (), target=target)


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
        if obligation.status != ObligationStatus.OPEN:
            raise ServiceError("该期限已经完成，不能延期")
        if session.scalar(select(Extension.id).where(Extension.obligation_id == obligation.id)):
            raise ServiceError("该期限已延期过一次，不能再次延期")
        if obligation.rule_id is None:
            raise ServiceError(f"“{obligation.label}”是办公室自身的工作期限，不能延期")
        rule_row = session.get(DeadlineRuleRow, obligation.rule_id)
        assert rule_row is not None
        rule = rule_of(rule_row)
        if rule.max_extension <= 0:
            raise ServiceError(f"“{rule.name}”不允许延期")
        if not 1 <= days <= rule.max_extension:
            raise ValidationFailed({"days": f"延期天数应在1至{rule.max_extension}{rule.unit.label}之间"})
        approver = leader_of(session, actor, approved_by_id)
        rate = ""
        if is_hotline_answer(obligation.kind, case.channel):
            year_rate = hotline_rate(session, case.received_at.year)
            already = case.id in extended_forms(session, case.received_at.year)
            rate = year_rate.text(already)
            if year_rate.needs_leader(already) and (actor.role is not Role.LEADER or approver[0] != actor.id):
                raise PermissionDenied(f"{rate}。请领导本人登录后在此事项页面批准延期。")
        extended = Extended(
            obligation.id,
            obligation.label,
            obligation.start_date,
            obligation.length,
            obligation.unit,
            obligation.due_date,
            obligation.fixed_due,
        )
        step = extension_step(
            rules_in_force(session),
            facts_of(case),
            extended,
            days=days,
            reason=reason,
            approver=approver,
            recorded_by_id=actor.id,
            today=steps.today(),
            at=now(),
            rate=rate,
        )
        steps.update(obligation, step.target)
        session.add(Extension(case_id=case.id, **step.row))
        session.flush()
        sync_form_deadline(session, obligation)
        add_obligations(session, case, step.opens, refresh=False)
        refresh_case_due(session, case)
        audit.record_entry(session, actor, step.entry, obligation.id, case_id=case.id)
        return obligation.due_date
