"""督办: a 督办单 about a late or urgent obligation, with its own answer deadline, and the unit's answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Unit
from receptionapp.db.models_workflow import Assignment, Obligation, Supervision
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.roles import CAN_PROCESS, CAN_RECORD_REPLY, Role
from receptionapp.domain.rules import DeadlineRule, ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.units import UnitRef
from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Action, AssignmentStatus, ObligationStatus
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
    Closing,
    add_obligations,
    close,
    plan_obligation,
    rules_in_force,
    unit_ref,
)
from receptionapp.services.numbering import next_form_number
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import CaseFacts, Step, ensure_allowed, facts_of


@dataclass(frozen=True)
class Urged:
    """The obligation a 督办单 is about: its id, label and 交办单."""

    id: int
    label: str
    assignment_id: int | None


def supervision_step(
    rules: Sequence[DeadlineRule],
    case: CaseFacts,
    *,
    number: str,
    on: dt.date,
    level: SupervisionLevel,
    reason: SupervisionReason,
    content: str,
    requested_by: str,
    obligation: Urged | None,
    unit: UnitRef | None,
    days: int | None,
    issued_by_id: int,
    at: dt.datetime,
    calendar: Calendar | None = None,
) -> Step:
    """The 督办单 and the deadline of its answer (the rule's, or ``days`` working days)."""
    answer = plan_obligation(
        rules,
        ObligationKind.SUPERVISION_ANSWER,
        channel=case.channel,
        route=case.route,
        start=on,
        received_on=case.received_on,
        at=at,
        unit=unit,
        length=days,
        label=f"{level.label}回复（{unit.name if unit else '办公室'}）",
        calendar=calendar,
    )
    due = answer.due.date if answer else on
    row = {
        "number": number,
        "obligation_id": obligation.id if obligation else None,
        "assignment_id": obligation.assignment_id if obligation else None,
        "unit_id": unit.id if unit else None,
        "level": level.value,
        "reason": reason.value,
        "requested_by": requested_by.strip(),
        "content": content,
        "issued_on": on,
        "due_date": due,
        "issued_by_id": issued_by_id,
        "answer": "",
        "answered_on": None,
        "created_at": at,
    }
    entry = audit.Entry(
        "supervise",
        "supervision",
        f"{level.label}（{number}，{reason.label}）"
        + (f"：{obligation.label}" if obligation else "")
        + f"，{due:%Y-%m-%d}前回复：{content[:200]}",
        {"level": level.value, "unit": unit.name if unit else None},
    )
    return Step(row, entry, opens=(answer,) if answer else ())


@dataclass(frozen=True)
class Supervised:
    id: int
    number: str
    due_date: dt.date


def supervise(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    level: SupervisionLevel,
    reason: SupervisionReason,
    content: str,
    obligation_id: int | None = None,
    days: int | None = None,
    requested_by: str = "",
    on: dt.date | None = None,
) -> Supervised:
    """Issue a 督办单 about an obligation (or at a leader's request) with its own answer deadline."""
    require(actor, CAN_PROCESS, "发出督办单")
    content = content.strip()
    if len(content) < 4:
        raise ValidationFailed({"content": "请写明督办事项和要求"})
    if problem := validate_text(content, limit=5000, label="督办内容"):
        raise ValidationFailed({"content": problem})
    if days is not None and not 1 <= days <= 60:
        raise ValidationFailed({"days": "回复期限应在1至60个工作日之间"})
    if reason is SupervisionReason.LEADER_REQUEST and not requested_by.strip():
        raise ValidationFailed({"requested_by": "请填写提出督办要求的领导"})
    on = on or steps.today()
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.SUPERVISE)
        obligation = None
        if obligation_id is not None:
            obligation = session.get(Obligation, obligation_id)
            if obligation is None or obligation.case_id != case.id:
                raise NotFound("找不到要督办的期限")
            if obligation.status != ObligationStatus.OPEN:
                raise ServiceError("该期限已经完成，无需督办")
            if obligation.rule_id is None:
                raise ServiceError(f"“{obligation.label}”是办公室自身的工作期限，不发督办单")
        unit = session.get(Unit, obligation.unit_id) if obligation and obligation.unit_id else None
        if unit is None:
            # A leader's request about the case: urge the unit of its newest open assignment.
            current = session.scalar(
                select(Assignment)
                .where(Assignment.case_id == case.id, Assignment.status == AssignmentStatus.OPEN)
                .order_by(Assignment.id.desc())
                .limit(1)
            )
            unit = session.get(Unit, current.unit_id) if current else None
        number = next_form_number(session, "supervision", on.year)
        urged = Urged(obligation.id, obligation.label, obligation.assignment_id) if obligation else None
        step = supervision_step(
            rules_in_force(session),
            facts_of(case),
            number=number,
            on=on,
            level=level,
            reason=reason,
            content=content,
            requested_by=requested_by,
            obligation=urged,
            unit=unit_ref(unit) if unit else None,
            days=days,
            issued_by_id=actor.id,
            at=now(),
        )
        row = Supervision(case_id=case.id, **step.row)
        session.add(row)
        session.flush()
        add_obligations(session, case, step.opens, supervision_id=row.id)
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        return Supervised(row.id, number, row.due_date)


def answer_supervision(
    db: Database, actor: Actor, supervision_id: int, answer: str, *, on: dt.date | None = None
) -> None:
    require(actor, CAN_RECORD_REPLY, "登记督办回复")
    answer = answer.strip()
    if len(answer) < 2:
        raise ValidationFailed({"answer": "请填写督办回复情况"})
    on = on or steps.today()
    with db.write() as session:
        row = session.get(Supervision, supervision_id)
        if row is None:
            raise NotFound("找不到该督办单")
        if actor.role is Role.HANDLER and actor.unit_id != row.unit_id:
            raise PermissionDenied("承办人只能登记本单位的督办回复")
        if row.answered_on is not None:
            raise ServiceError(f"{row.number}已经登记过回复")
        if on < row.issued_on or on > steps.today():
            raise ValidationFailed({"on": "回复日期应在督办日期和今天之间"})
        case = load_case(session, row.case_id)
        row.answer = answer
        row.answered_on = on
        close(
            session, case, Closing(dt.datetime.combine(on, dt.time(12, 0)), "已回复", supervision_id=row.id)
        )
        audit.record(
            session,
            actor,
            "supervision_answer",
            "supervision",
            row.id,
            f"{row.number}回复：{answer[:200]}",
            case_id=case.id,
        )
