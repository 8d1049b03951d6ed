"""The due/overdue board and the on-time rate per unit.

The board lists every open obligation that is overdue, due today or due
within the next few working days, with its case, the responsible unit, the
working days left and the supervision step the thresholds suggest (催办,
督办, 通报) unless that step was already taken. It is the first thing the
office sees when the app opens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, case, func, select

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Petitioner, Unit
from receptionapp.db.models_workflow import Obligation, Supervision
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.deadlines import Calendar, default_calendar
from receptionapp.domain.roles import CAN_ADMINISTER
from receptionapp.domain.rules import OFFICE_KINDS, ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, Thresholds, suggest
from receptionapp.domain.workflow import ObligationStatus
from receptionapp.services import access, settings
from receptionapp.services.context import Actor, ValidationFailed, require

HORIZON_WORKING_DAYS = 3
THRESHOLD_OPTIONS = (settings.REMIND_BEFORE, settings.URGE_AFTER, settings.NOTIFY_AFTER)


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"

    @property
    def label(self) -> str:
        return {"overdue": "已超期", "today": "今日到期", "soon": f"{HORIZON_WORKING_DAYS}个工作日内到期"}[
            self.value
        ]


@dataclass(frozen=True)
class BoardRow:
    obligation_id: int
    case_id: int
    case_number: str
    kind: ObligationKind
    label: str
    unit: str
    names: str
    due_date: dt.date
    provisional: bool
    days_left: int
    bucket: Bucket
    suggestion: SupervisionLevel | None
    supervised: SupervisionLevel | None  # the highest level already issued for it


@dataclass(frozen=True)
class Board:
    today: dt.date
    rows: list[BoardRow]

    def bucket(self, bucket: Bucket) -> list[BoardRow]:
        return [r for r in self.rows if r.bucket is bucket]

    @property
    def counts(self) -> dict[Bucket, int]:
        return {b: len(self.bucket(b)) for b in Bucket}


def load_thresholds(db: Database) -> Thresholds:
    with db.read() as session:
        stored = settings.stored(session, THRESHOLD_OPTIONS)
    thresholds = Thresholds(*(option.value_of(stored) for option in THRESHOLD_OPTIONS))
    return Thresholds() if thresholds.problems() else thresholds


def build_board(
    db: Database,
    today: dt.date | None = None,
    *,
    unit_id: int | None = None,
    calendar: Calendar | None = None,
    thresholds: Thresholds | None = None,
    actor: Actor | None = None,
) -> Board:
    """Open obligations overdue, due today or within ``HORIZON_WORKING_DAYS`` working days.

    A handler sees only his unit's obligations, whatever ``unit_id`` asks
    for; a confidential case's petitioners show as "（保密）" (services.access).
    """
    if access.is_unit_bound(actor):
        assert actor is not None
        unit_id = actor.unit_id if actor.unit_id is not None else -1
    today = today or dt.date.today()
    calendar = calendar or default_calendar()
    thresholds = thresholds or load_thresholds(db)
    horizon = calendar.due_date(today, HORIZON_WORKING_DAYS, "working_days").date
    with db.read() as session:
        stmt = (
            select(
                Obligation.id,
                Obligation.case_id,
                Case.number,
                Obligation.kind,
                Obligation.label,
                Unit.name,
                Obligation.due_date,
                Obligation.provisional,
                Case.confidential,
            )
            .join(Case, Case.id == Obligation.case_id)
            .outerjoin(Unit, Unit.id == Obligation.unit_id)
            .where(
                Obligation.status == ObligationStatus.OPEN,
                Obligation.due_date <= horizon,
                Case.status != CaseStatus.VOIDED.value,
            )
            .order_by(Obligation.due_date, Obligation.id)
        )
        if unit_id is not None:
            stmt = stmt.where(Obligation.unit_id == unit_id)
        found = session.execute(stmt).all()
        if not found:
            return Board(today, [])
        # Names and supervisions of the same obligations in one query each (a subquery,
        # not thousands of ids sent back): 20,000 open cases stay well under 300 ms.
        chosen = stmt.with_only_columns(Obligation.id, Obligation.case_id).order_by(None).subquery()
        names: dict[int, list[str]] = {}
        for case_id, name in session.execute(
            select(Petitioner.case_id, Person.name)
            .join(Person, Person.id == Petitioner.person_id)
            .where(Petitioner.case_id.in_(select(chosen.c.case_id)))
            .order_by(Petitioner.case_id, Petitioner.position)
        ):
            names.setdefault(case_id, []).append(name)
        supervised: dict[int, SupervisionLevel] = {}
        for obligation_id, level_value in session.execute(
            select(Supervision.obligation_id, Supervision.level).where(
                Supervision.obligation_id.in_(select(chosen.c.id))
            )
        ):
            level = SupervisionLevel(level_value)
            if obligation_id is None:
                continue
            if obligation_id not in supervised or level.rank > supervised[obligation_id].rank:
                supervised[obligation_id] = level
    first = min(today, min(r[6] for r in found))
    confidential = {r[1] for r in found if r[8]}
    counter = calendar.counter(first, max(horizon, today))
    rows = []
    for obligation_id, case_id, number, kind, label, unit, due, provisional, _secret in found:
        days_left = counter.between(today, due)
        bucket = Bucket.OVERDUE if due < today else Bucket.TODAY if due == today else Bucket.SOON
        # An overdue answer to a 督办单 escalates through the obligation it urged, not by itself;
        # the office's own 回访 and 快报 are its own work, never urged with a 督办单.
        quiet = kind == ObligationKind.SUPERVISION_ANSWER.value or kind in OFFICE_KINDS
        suggested = None if quiet else suggest(days_left, thresholds)
        done = supervised.get(obligation_id)
        if suggested is not None and done is not None and done.rank >= suggested.rank:
            suggested = None
        people = names.get(case_id, [])
        rows.append(
            BoardRow(
                obligation_id=obligation_id,
                case_id=case_id,
                case_number=number,
                kind=ObligationKind(kind),
                label=label,
                unit=unit or "办公室",
                names=access.masked_names(
                    "、".join(people[:2]) + ("等" if len(people) > 2 else ""), case_id in confidential
                ),
                due_date=due,
                provisional=provisional,
                days_left=days_left,
                bucket=bucket,
                suggestion=suggested,
                supervised=done,
            )
        )
    return Board(today, rows)


# ---------------------------------------------------------------- on time per unit


@dataclass(frozen=True)
class UnitOnTime:
    unit: str
    done: int
    on_time: int
    late_done: int
    open_overdue: int

    @property
    def total(self) -> int:
        return self.done + self.open_overdue

    @property
    def rate(self) -> float | None:
        """Done on time among everything that is due: done, or open and already late."""
        return self.on_time / self.total if self.total else None


def on_time_by_unit(
    db: Database, date_from: dt.date, date_to: dt.date, today: dt.date | None = None
) -> list[UnitOnTime]:
    """Per unit, the obligations due in [date_from, date_to]: done on time, done late, still open and late."""
    today = today or dt.date.today()
    with db.read() as session:
        done_on_time = and_(
            Obligation.status == ObligationStatus.DONE, func.date(Obligation.done_at) <= Obligation.due_date
        )
        stmt = (
            select(
                Unit.name,
                func.sum(case((Obligation.status == ObligationStatus.DONE, 1), else_=0)),
                func.sum(case((done_on_time, 1), else_=0)),
                func.sum(
                    case(
                        (and_(Obligation.status == ObligationStatus.OPEN, Obligation.due_date < today), 1),
                        else_=0,
                    )
                ),
            )
            .join(Unit, Unit.id == Obligation.unit_id)
            .join(Case, Case.id == Obligation.case_id)
            .where(
                Obligation.due_date >= date_from,
                Obligation.due_date <= date_to,
                Case.status != CaseStatus.VOIDED.value,
            )
            .group_by(Unit.name)
            .order_by(Unit.name)
        )
        result = []
        for unit, done, on_time, overdue in session.execute(stmt):
            done, on_time, overdue = int(done or 0), int(on_time or 0), int(overdue or 0)
            if done or overdue:
                result.append(UnitOnTime(unit, done, on_time, done - on_time, overdue))
        return result


def save_thresholds(db: Database, actor: Actor, thresholds: Thresholds) -> None:
    """The admin changes when 催办, 督办 and 通报 are suggested."""
    require(actor, CAN_ADMINISTER, "修改督办提醒设置")
    errors = thresholds.problems()
    if errors:
        raise ValidationFailed(errors)
    values = (thresholds.remind_before, thresholds.urge_after, thresholds.notify_after)
    with db.write() as session:
        settings.save(
            session,
            actor,
            dict(zip(THRESHOLD_OPTIONS, values, strict=True)),
            f"督办提醒：到期前{values[0]}个工作日催办，超期{values[1]}个工作日督办，超期{values[2]}个工作日通报",
        )
