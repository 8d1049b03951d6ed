"""The 接谈记录 of a reception, and the visitor's earlier cases the leader reads before talking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.base import now as db_now
from receptionapp.db.database import Database
from receptionapp.db.models import Case, Petitioner, User
from receptionapp.db.models_workflow import (
    Assignment,
    Completion,
    Conversation,
    Instruction,
    ReceptionDay,
    ReceptionVisit,
)
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.reception import (
    ConversationInput,
    DayPhase,
    VisitState,
    day_phase,
    not_yet_held,
    validate_conversation,
)
from receptionapp.domain.roles import CAN_RECORD_TALK, Role
from receptionapp.domain.workflow import Action
from receptionapp.services import access, audit
from receptionapp.services.access import load_case
from receptionapp.services.cases import recusals
from receptionapp.services.cases.confidentiality import confirm_or_refuse
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require
from receptionapp.services.workflow.steps import Step, ensure_allowed


def conversation_step(
    data: ConversationInput,
    *,
    leader: tuple[int | None, str],
    visit_id: int | None,
    recorded_by_id: int,
    at: dt.datetime,
) -> Step:
    """The 接谈记录 of a validated ``data`` with the receiving ``leader`` (id, name)."""
    assert data.started_at is not None
    row = {
        "visit_id": visit_id,
        "leader_id": leader[0],
        "leader_name": leader[1],
        "attendees": data.attendees.strip(),
        "started_at": data.started_at.replace(microsecond=0),
        "ended_at": data.ended_at.replace(microsecond=0) if data.ended_at else None,
        "statement": data.statement.strip(),
        "response": data.response.strip(),
        "recorded_by_id": recorded_by_id,
        "recorded_at": at,
    }
    summary = f"{leader[1]}接谈（{data.started_at:%H:%M}）：{data.statement.strip()[:120]}"
    return Step(row, audit.Entry("talk", "conversation", summary))


def record_conversation(
    db: Database,
    actor: Actor,
    case_id: int,
    data: ConversationInput,
    *,
    visit_id: int | None = None,
    now: dt.datetime | None = None,
    confirm_reason: str = "",
) -> int:
    """Save the conversation record of a reception; returns its id.

    A receiving leader in conflict with the petitioner (回避) needs ``confirm_reason``.
    """
    require(actor, CAN_RECORD_TALK, "填写接谈记录")
    now = now or dt.datetime.now()
    errors = validate_conversation(data, now)
    if errors:
        raise ValidationFailed(errors)
    assert data.started_at is not None
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.RECORD_TALK)
        visit_id = _talk_on_its_day(session, case.id, visit_id, data.started_at, now)
        leader_id, leader_name = None, ""
        if data.leader_id is not None:
            leader = session.get(User, data.leader_id)
            if leader is None or leader.role != Role.LEADER.value:
                raise ValidationFailed({"leader": "请选择接谈领导"})
            leader_id, leader_name = leader.id, leader.display_name
        elif actor.role is Role.LEADER:
            leader_id, leader_name = actor.id, actor.display_name
        else:
            raise ValidationFailed({"leader": "请选择接谈领导"})
        warnings = recusals.conflicts(session, [leader_id], case, role="接谈领导")
        confirm_or_refuse(session, actor, case, warnings, confirm_reason, what="由该领导接谈")
        step = conversation_step(
            data, leader=(leader_id, leader_name), visit_id=visit_id, recorded_by_id=actor.id, at=db_now()
        )
        row = Conversation(case_id=case.id, **step.row)
        session.add(row)
        session.flush()
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        return row.id


def _talk_on_its_day(
    session: Session, case_id: int, visit_id: int | None, started_at: dt.datetime, now: dt.datetime
) -> int | None:
    """The reception visit the talk belongs to, checked to be on its day; None for a talk outside one.

    A talk recorded for a case queued for a reception day (called in, or
    still waiting for a day not yet over) is that day's talk, wherever it is
    entered from: the leader receives on that day, not before.
    """
    if visit_id is not None:
        visit = session.get(ReceptionVisit, visit_id)
        if visit is None or visit.case_id != case_id:
            raise NotFound("找不到该来访")
    else:
        visit = session.scalar(
            select(ReceptionVisit)
            .join(ReceptionDay, ReceptionDay.id == ReceptionVisit.reception_day_id)
            .where(
                ReceptionVisit.case_id == case_id,
                ReceptionDay.cancelled.is_(False),
                (ReceptionVisit.state == VisitState.IN_TALK.value)
                | ((ReceptionVisit.state == VisitState.WAITING.value) & (ReceptionDay.day >= now.date())),
            )
            .order_by(ReceptionDay.day)
            .limit(1)
        )
        if visit is None:
            return None
    day = session.get(ReceptionDay, visit.reception_day_id)
    assert day is not None
    if day_phase(day.day, now.date()) is DayPhase.PLANNED:
        raise ServiceError(not_yet_held(day.day))
    if started_at.date() != day.day:
        raise ValidationFailed({"started_at": f"接谈时间应在接访日当天（{day.day:%Y-%m-%d}）"})
    return visit.id


@dataclass(frozen=True)
class HistoryItem:
    """An earlier case of a visitor, with what was decided and answered."""

    case_id: int
    number: str
    received_at: dt.datetime
    status: CaseStatus
    problem: str
    instruction: str
    reply: str


def visitor_history(db: Database, case_id: int, actor: Actor | None = None) -> list[HistoryItem]:
    """The visitor's other cases, newest first, with the 批示 and the reply of each.

    Confidential cases (and, for a confidential visit, the whole history) only
    for a reader who may see who raised them (services.access).
    """
    with db.read() as session:
        case = load_case(session, case_id)
        access.ensure_visible(session, actor, case.id)
        if not access.sees_identity(session, actor, case):
            return []
        visible = access.visible_filter(actor) if actor else Case.confidential.is_(False)
        person_ids = list(session.scalars(select(Petitioner.person_id).where(Petitioner.case_id == case_id)))
        if not person_ids:
            return []
        others = list(
            session.scalars(
                select(Case)
                .where(
                    Case.id.in_(select(Petitioner.case_id).where(Petitioner.person_id.in_(person_ids))),
                    Case.id != case_id,
                    Case.status != CaseStatus.VOIDED.value,
                    visible,
                )
                .order_by(Case.received_at.desc())
                .limit(50)
            )
        )
        items = []
        for other in others:
            instruction = session.scalar(
                select(Instruction.text)
                .where(Instruction.case_id == other.id)
                .order_by(Instruction.id.desc())
                .limit(1)
            )
            completion = session.scalar(select(Completion.summary).where(Completion.case_id == other.id))
            reply = completion or session.scalar(
                select(Assignment.reply)
                .where(Assignment.case_id == other.id, Assignment.reply != "")
                .order_by(Assignment.id.desc())
                .limit(1)
            )
            items.append(
                HistoryItem(
                    other.id,
                    other.number,
                    other.received_at,
                    CaseStatus(other.status),
                    other.problem,
                    instruction or "",
                    reply or "",
                )
            )
        return items
