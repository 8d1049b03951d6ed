"""What the demo office works with, read once: the rules in force, the calendar, the lists, the rota.

``MemoCalendar`` is the office's calendar with its due dates remembered:
200,000 cases ask for the same few thousand (start, length, unit) again
and again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, CaseCounter, Category, Person, Petitioner, Region, Unit, User
from receptionapp.db.models_aftercare import FollowUp, MajorReport
from receptionapp.db.models_workflow import (
    Assignment,
    Completion,
    Conversation,
    Extension,
    Instruction,
    Obligation,
    ReceptionDay,
    ReceptionVisit,
    Supervision,
)
from receptionapp.domain.aftercare import DEFAULT_FOLLOW_UP_DAYS, DEFAULT_MAJOR_HEAD_COUNT
from receptionapp.domain.deadlines import Calendar, Due, default_calendar
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.rules import RuleBook
from receptionapp.domain.supervision import Thresholds
from receptionapp.domain.units import UnitRef
from receptionapp.services import settings
from receptionapp.services.deadlines.board import load_thresholds
from receptionapp.services.deadlines.obligations import rules_in_force
from receptionapp.services.reception.visits import queue_span

# The tables demo data fills, in an order that satisfies the foreign keys.
TABLE_MODELS: dict[str, type[Any]] = {
    "persons": Person,
    "cases": Case,
    "petitioners": Petitioner,
    "visits": ReceptionVisit,
    "conversations": Conversation,
    "instructions": Instruction,
    "assignments": Assignment,
    "obligations": Obligation,
    "supervisions": Supervision,
    "extensions": Extension,
    "completions": Completion,
    "follow_ups": FollowUp,
    "major_reports": MajorReport,
}


class MemoCalendar(Calendar):
    """``default_calendar()`` with each due date computed once."""

    def __init__(self, base: Calendar) -> None:
        super().__init__(base.overrides, base.known_years)
        self._dues: dict[tuple[dt.date, int, str], Due] = {}

    def due_date(self, start: dt.date, length: int, unit: DayUnit | str) -> Due:
        key = (start, length, str(unit))
        due = self._dues.get(key)
        if due is None:
            due = self._dues[key] = super().due_date(start, length, unit)
        return due

    def workdays_after(self, start: dt.date, days: int) -> dt.date:
        return self.due_date(start, days, DayUnit.WORKING_DAYS).date


@dataclass
class Setting:
    """The bureau's rules and lists, the next free row ids and the numbers handed out so far."""

    rules: RuleBook
    calendar: MemoCalendar
    categories: dict[str, int]
    regions: list[tuple[int, str]]
    units: list[tuple[UnitRef, int | None]]  # with the region of each
    counters: dict[tuple[str, int], int]
    next_id: dict[str, int]
    id_numbers: set[str]
    thresholds: Thresholds  # when the office urges a late unit (督办) and reports it (通报)
    rota: dict[dt.date, tuple[int, tuple[int, str]]] = field(default_factory=dict)  # day -> (id, leader)
    # (reception day id, appointment or not) -> the last place taken in its queue.
    queue_ends: dict[tuple[int, bool], int] = field(default_factory=dict)
    follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS  # 回访 after 办结, in working days
    major_head_count: int = DEFAULT_MAJOR_HEAD_COUNT  # a collective visit this large is major


def load_setting(db: Database) -> Setting:
    with db.read() as session:
        return Setting(
            rules=RuleBook(rules_in_force(session)),
            calendar=MemoCalendar(default_calendar()),
            categories={name: cid for name, cid in session.execute(select(Category.name, Category.id))},
            regions=[(rid, name) for rid, name in session.execute(select(Region.id, Region.name))],
            units=[
                (UnitRef(uid, name, kind), region)
                for uid, name, kind, region in session.execute(
                    select(Unit.id, Unit.name, Unit.kind, Unit.region_id).where(Unit.active).order_by(Unit.id)
                )
            ],
            counters={(c.channel, c.year): c.last for c in session.scalars(select(CaseCounter))},
            next_id={
                name: (session.scalar(select(func.max(model.id))) or 0) + 1
                for name, model in TABLE_MODELS.items()
                if name != "petitioners"
            },
            id_numbers=set(session.scalars(select(Person.id_number).where(Person.id_number.is_not(None)))),
            thresholds=load_thresholds(db),
            rota=load_rota(session),
            queue_ends=load_queue_ends(session),
            follow_up_days=settings.read(session, settings.FOLLOW_UP_DAYS),
            major_head_count=settings.read(session, settings.MAJOR_HEAD_COUNT),
        )


def load_queue_ends(session: Session) -> dict[tuple[int, bool], int]:
    ends: dict[tuple[int, bool], int] = {}
    for day_id, position in session.execute(select(ReceptionVisit.reception_day_id, ReceptionVisit.position)):
        key = (day_id, position < queue_span(False)[0])
        ends[key] = max(ends.get(key, 0), position)
    return ends


def load_rota(session: Session) -> dict[dt.date, tuple[int, tuple[int, str]]]:
    """The reception days on the rota: day -> (its id, the leader who receives)."""
    names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
    rows = session.execute(
        select(ReceptionDay.day, ReceptionDay.id, ReceptionDay.leader_id, ReceptionDay.substitute_id).where(
            ReceptionDay.cancelled.is_(False)
        )
    )
    rota = {}
    for day, day_id, leader_id, substitute_id in rows:
        receiving = substitute_id or leader_id
        rota[day] = (day_id, (receiving, names.get(receiving, "")))
    return rota
