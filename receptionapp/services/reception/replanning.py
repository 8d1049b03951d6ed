"""Planned reception days follow the holiday calendar: entering or changing it moves them.

A reception day is planned for a nominal weekday and held on the day the
calendar gives (``domain.reception.free_reception_date``). Days planned
before a year's holidays were entered sit on the weekdays of an unknown
calendar (春节 2027 on Wednesday 10 February); when the admin enters or
changes the calendar, every planned day still to come is placed again, in
the transaction that recomputes the deadlines (``services.deadlines.holidays``
calls back: it may not know the rota). A day whose week has no reception
any more is cancelled. Each moved day is listed for the office, and every
appointment on it is flagged until the office has called the visitor
(``told_of_move``); each affected case's timeline says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Petitioner, User
from receptionapp.db.models_workflow import ReceptionDay, ReceptionVisit
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.holiday_files import HolidayYear
from receptionapp.domain.reception import HolidayMove, Schedule, VisitState, free_reception_date
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.services import audit
from receptionapp.services.context import Actor, NotFound, ServiceError, require
from receptionapp.services.deadlines import holidays
from receptionapp.services.deadlines.holidays import CalendarChange
from receptionapp.services.reception.rota import load_schedule
from receptionapp.services.workflow import steps

MOVED_NOTE = "因节假日调整"
CANCELLED_NOTE = "因节假日安排取消"
# The visitors still expecting to be received on the day.
EXPECTED = (VisitState.WAITING.value,)


@dataclass(frozen=True)
class MovedVisitor:
    """An appointment on a moved day: whom to call, and the number to call."""

    visit_id: int
    case_id: int
    number: str
    names: str
    phone: str


@dataclass(frozen=True)
class MovedDay:
    """A planned reception day the calendar moved (``new_day`` None: cancelled, no reception that week)."""

    day_id: int
    nominal_day: dt.date
    old_day: dt.date
    new_day: dt.date | None
    leader: str
    visitors: tuple[MovedVisitor, ...] = ()

    @property
    def text(self) -> str:
        where = f"调整至{self.new_day:%Y-%m-%d}" if self.new_day else "取消（当周不安排接访）"
        calls = f"，{len(self.visitors)}位预约人需电话告知" if self.visitors else ""
        return f"{self.old_day:%Y-%m-%d}（{self.leader}）{where}{calls}"


@dataclass(frozen=True)
class CalendarUpdate:
    """What a calendar change did: the deadlines it moved, and the reception days."""

    change: CalendarChange
    days: list[MovedDay] = field(default_factory=list)

    @property
    def to_call(self) -> list[tuple[MovedDay, MovedVisitor]]:
        return [(day, visitor) for day in self.days for visitor in day.visitors]

    def lines(self) -> list[str]:
        """The moved days and the visitors to call, as the office reads them."""
        lines = [f"领导接访日：{day.text}" for day in self.days]
        lines += [
            f"请电话告知：{v.number} {v.names} {v.phone}（原定{_md(day.old_day)}，"
            + (f"改为{_md(day.new_day)}）" if day.new_day else "当周取消）")
            for day, v in self.to_call
        ]
        return lines


def _md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


def replan_days(
    session: Session, actor: Actor | None, calendar: Calendar, schedule: Schedule, today: dt.date, reason: str
) -> list[MovedDay]:
    """Place every planned day after ``today`` again under ``calendar``; returns those that moved.

    Days already held (today's, past ones) and cancelled ones stay as they are.
    """
    rows = list(session.scalars(select(ReceptionDay).order_by(ReceptionDay.nominal_day)))
    taken = {row.day for row in rows}
    names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
    moved: list[MovedDay] = []
    for row in rows:
        if row.cancelled or row.day <= today:
            continue
        taken.discard(row.day)
        new = free_reception_date(row.nominal_day, calendar, schedule.move, taken)
        if new is not None and new <= today:
            # The week's day would be one already here or gone: the visitors come after it, or not that week.
            new = free_reception_date(row.nominal_day, calendar, HolidayMove.NEXT, taken)
            new = new if new is not None and new > today else None
        if new == row.day:
            taken.add(row.day)
            continue
        old = row.day
        if new is None:
            row.cancelled = True
            row.note = CANCELLED_NOTE
        else:
            row.day = new
            row.note = MOVED_NOTE if new != row.nominal_day else ""
            taken.add(new)
        visitors = _flag_visitors(session, actor, row, old, new, reason)
        moved.append(MovedDay(row.id, row.nominal_day, old, new, names.get(row.leader_id, ""), visitors))
    session.flush()
    if moved:
        audit.record(
            session, actor, "rota", "reception_day", None,
            f"{reason}，领导接访日随之调整：" + "；".join(day.text for day in moved),
            details={"moved": [[d.old_day, d.new_day] for d in moved]},
        )  # fmt: skip
    return moved


def _flag_visitors(
    session: Session, actor: Actor | None, day: ReceptionDay, old: dt.date, new: dt.date | None, reason: str
) -> tuple[MovedVisitor, ...]:
    """Mark the day's expected visitors as to be called, each in their case's timeline."""
    visits = list(
        session.scalars(
            select(ReceptionVisit)
            .where(ReceptionVisit.reception_day_id == day.id, ReceptionVisit.state.in_(EXPECTED))
            .order_by(ReceptionVisit.position)
        )
    )
    result = []
    for visit in visits:
        booked = visit.moved_from or old
        visit.moved_from = None if new == booked else booked
        case = session.get(Case, visit.case_id)
        assert case is not None
        people = session.execute(
            select(Person.name, Person.phone)
            .join(Petitioner, Petitioner.person_id == Person.id)
            .where(Petitioner.case_id == case.id)
            .order_by(Petitioner.is_representative.desc(), Petitioner.position)
        ).all()
        phone = next((p for _n, p in people if p), "")
        result.append(MovedVisitor(visit.id, case.id, case.number, "、".join(n for n, _p in people), phone))
        where = f"调整为{new:%Y-%m-%d}" if new else "取消"
        audit.record(
            session, actor, "reschedule", "reception_visit", visit.id,
            f"{reason}：领导接访日由{old:%Y-%m-%d}{where}，需电话告知来访人", case_id=case.id,
            details={"from": old, "to": new},
        )  # fmt: skip
    return tuple(result)


def _replanning(today: dt.date, schedule: Schedule, days: list[MovedDay]) -> holidays.AfterChange:
    def then(session: Session, actor: Actor, calendar: Calendar, reason: str) -> None:
        days.extend(replan_days(session, actor, calendar, schedule, today, reason))

    return then


def save_year(db: Database, actor: Actor, data: HolidayYear, *, source: str = "") -> CalendarUpdate:
    """Enter a year's holidays: the deadlines are recomputed and the planned reception days moved."""
    days: list[MovedDay] = []
    then = _replanning(steps.today(), load_schedule(db), days)
    change = holidays.save_year(db, actor, data, source=source, then=then)
    return CalendarUpdate(change, days)


def set_day(
    db: Database, actor: Actor, day: dt.date, is_workday: bool | None, note: str = ""
) -> CalendarUpdate:
    """Change one date of the calendar: deadlines and planned reception days follow."""
    days: list[MovedDay] = []
    then = _replanning(steps.today(), load_schedule(db), days)
    change = holidays.set_day(db, actor, day, is_workday, note, then=then)
    return CalendarUpdate(change, days)


def told_of_move(db: Database, actor: Actor, visit_id: int) -> None:
    """The office called the visitor whose reception day moved: the flag goes, the call is recorded."""
    require(actor, CAN_PROCESS, "登记已告知改期")
    with db.write() as session:
        visit = session.get(ReceptionVisit, visit_id)
        if visit is None:
            raise NotFound("找不到该来访")
        if visit.moved_from is None:
            raise ServiceError("该来访的接访日没有调整，无需告知")
        day = session.get(ReceptionDay, visit.reception_day_id)
        assert day is not None
        old, visit.moved_from = visit.moved_from, None
        audit.record(
            session, actor, "reschedule", "reception_visit", visit.id,
            f"已电话告知来访人：领导接访日由{old:%Y-%m-%d}改为{day.day:%Y-%m-%d}", case_id=visit.case_id,
        )  # fmt: skip
