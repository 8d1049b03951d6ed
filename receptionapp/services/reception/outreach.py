"""Leaders' 下访 and how often each leader receives visitors (seed 004: about once a month).

A 下访 is a leader's visit out (date, place, leader, what was handled);
the cases registered there, or taken along and handled there, are linked
to it. ``leader_months`` counts each leader's 定点接访 (the reception days
they held) per month against the rule, with the 下访 beside them; the
statistics screen and the quarterly report show it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, User
from receptionapp.db.models_workflow import Outreach, OutreachCase, ReceptionDay
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.leader_receptions import LeaderMonths, Month, OutreachInput, tally, validate_outreach
from receptionapp.domain.periods import Period
from receptionapp.domain.roles import CAN_PROCESS, CAN_REPORT, Role
from receptionapp.services import access, audit
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require
from receptionapp.services.workflow.steps import Step

# The months of a period, and each leader's 定点接访 in them with the 下访.
LeaderTable = tuple[list[Month], list[LeaderMonths]]


def outreach_step(data: OutreachInput, leader: str, by_id: int) -> Step:
    """The 下访's row and its audit entry (the demo writes the same)."""
    assert data.day is not None and data.leader_id is not None
    row = {
        "day": data.day,
        "place": data.place.strip(),
        "leader_id": data.leader_id,
        "summary": data.summary.strip(),
        "recorded_by_id": by_id,
    }
    return Step(
        row, audit.Entry("outreach", "outreach", f"登记下访：{leader}，{data.day:%Y-%m-%d}，{row['place']}")
    )


def record_outreach(db: Database, actor: Actor, data: OutreachInput, today: dt.date | None = None) -> int:
    """Record a leader's 下访; returns its id."""
    require(actor, CAN_PROCESS, "登记领导下访")
    errors = validate_outreach(data, today or dt.date.today())
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        leader = session.get(User, data.leader_id)
        if leader is None or leader.role != Role.LEADER.value or not leader.active:
            raise ValidationFailed({"leader": "请选择在职的领导"})
        step = outreach_step(data, leader.display_name, actor.id)
        row = Outreach(**step.row)
        session.add(row)
        session.flush()
        audit.record_entry(session, actor, step.entry, row.id, case_id=None)
        return row.id


def link_case(db: Database, actor: Actor, outreach_id: int, number: str) -> int:
    """Link a case (by its number) to the 下访 where it was registered or handled; returns the case id."""
    require(actor, CAN_PROCESS, "关联下访事项")
    number = number.strip()
    if not number:
        raise ValidationFailed({"number": "请填写事项编号"})
    with db.write() as session:
        visit = session.get(Outreach, outreach_id)
        if visit is None:
            raise NotFound("找不到该下访记录")
        case_id = session.scalar(select(Case.id).where(Case.number == number))
        if case_id is None:
            raise ValidationFailed({"number": f"没有编号为{number}的事项"})
        case = access.load_case(session, case_id)
        if case.status == CaseStatus.VOIDED.value:
            raise ValidationFailed({"number": f"{number}已作废"})
        if session.get(OutreachCase, (outreach_id, case_id)) is not None:
            raise ServiceError(f"{number}已关联到该下访")
        session.add(OutreachCase(outreach_id=outreach_id, case_id=case_id, linked_by_id=actor.id))
        leader = session.get(User, visit.leader_id)
        audit.record(
            session,
            actor,
            "outreach_link",
            "outreach",
            visit.id,
            f"关联下访：{leader.display_name if leader else ''}{visit.day:%Y-%m-%d}在{visit.place}",
            case_id=case_id,
        )
        return case_id


@dataclass(frozen=True)
class OutreachView:
    id: int
    day: dt.date
    place: str
    leader: str
    summary: str
    cases: tuple[tuple[int, str, str], ...]  # (id, number, problem) of the linked cases


def _views(session: Session, rows: list[Outreach]) -> list[OutreachView]:
    names = dict(session.execute(select(User.id, User.display_name)).all())
    linked: dict[int, list[tuple[int, str, str]]] = {}
    if rows:
        for outreach_id, case_id, number, problem in session.execute(
            select(OutreachCase.outreach_id, Case.id, Case.number, Case.problem)
            .join(Case, Case.id == OutreachCase.case_id)
            .where(OutreachCase.outreach_id.in_([r.id for r in rows]))
            .order_by(Case.id)
        ):
            linked.setdefault(outreach_id, []).append((case_id, number, problem[:60]))
    return [
        OutreachView(r.id, r.day, r.place, names.get(r.leader_id, ""), r.summary, tuple(linked.get(r.id, [])))
        for r in rows
    ]


def list_outreach(db: Database, limit: int = 500) -> list[OutreachView]:
    """The 下访, newest first."""
    with db.read() as session:
        rows = list(
            session.scalars(select(Outreach).order_by(Outreach.day.desc(), Outreach.id.desc()).limit(limit))
        )
        return _views(session, rows)


def outreach_detail(db: Database, outreach_id: int) -> OutreachView:
    with db.read() as session:
        row = session.get(Outreach, outreach_id)
        if row is None:
            raise NotFound("找不到该下访记录")
        return _views(session, [row])[0]


def leader_months(
    db: Database, period: Period, today: dt.date | None = None, actor: Actor | None = None
) -> LeaderTable:
    """Each active leader's 定点接访 per month of ``period`` (the days held, as leader or substitute)
    and 下访, against the rule of about one a month."""
    if actor is not None:
        require(actor, CAN_REPORT, "查看领导接访情况")
    today = today or dt.date.today()
    months = [(m.start.year, m.start.month) for m in period.months()]
    with db.read() as session:
        leaders = dict(
            session.execute(
                select(User.id, User.display_name)
                .where(User.role == Role.LEADER.value, User.active)
                .order_by(User.id)
            ).all()
        )
        receiving = func.coalesce(ReceptionDay.substitute_id, ReceptionDay.leader_id)
        held = session.execute(
            select(receiving, ReceptionDay.day).where(
                ReceptionDay.cancelled.is_(False), ReceptionDay.day.between(period.start, period.end)
            )
        ).all()
        out = session.execute(
            select(Outreach.leader_id, Outreach.day).where(Outreach.day.between(period.start, period.end))
        ).all()
    rows = tally(
        leaders.values(),
        [(leaders.get(uid, ""), day) for uid, day in held],
        [(leaders.get(uid, ""), day) for uid, day in out],
        months,
        today,
    )
    return months, rows
