"""The holiday calendar the admin keeps: enter or import a year, change a day, recompute deadlines.

The calendar every deadline uses is chinesecalendar plus the admin's
entries (``holiday_days``); a year the admin entered in full
(``holiday_years``) is no longer provisional. Any change recomputes the open
obligations in the same transaction and writes the change into each
affected case's timeline; a caller above (the reception rota) passes
``then`` to do its part in that transaction too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import HolidayDay, HolidayYearRow
from receptionapp.domain.deadlines import Calendar, default_calendar, set_default_calendar
from receptionapp.domain.holiday_files import MAX_NOTE, HolidayYear, year_problem
from receptionapp.domain.roles import CAN_ADMINISTER
from receptionapp.domain.validation import validate_line
from receptionapp.services import audit
from receptionapp.services.context import Actor, ValidationFailed, require
from receptionapp.services.deadlines.obligations import recompute_open


def _calendar_from(session: Session) -> Calendar:
    overrides = {row.day: row.is_workday for row in session.scalars(select(HolidayDay))}
    years = set(session.scalars(select(HolidayYearRow.year)))
    return Calendar(overrides, frozenset(years))


def load_calendar(db: Database) -> Calendar:
    """Read the admin's entries and make them the calendar every deadline uses."""
    with db.read() as session:
        calendar = _calendar_from(session)
    set_default_calendar(calendar.overrides, calendar.known_years)
    return default_calendar()


@dataclass(frozen=True)
class YearView:
    year: int
    entered: bool
    package_knows: bool
    notice: str
    days: list[tuple[dt.date, bool, str]]  # the admin's entries: date, is working day, note


def year_view(db: Database, year: int) -> YearView:
    if problem := year_problem(year):
        raise ValidationFailed({"year": problem})
    with db.read() as session:
        row = session.get(HolidayYearRow, year)
        days = [
            (d.day, d.is_workday, d.note)
            for d in session.scalars(
                select(HolidayDay).where(HolidayDay.year == year).order_by(HolidayDay.day)
            )
        ]
    return YearView(
        year, row is not None, Calendar().is_known(dt.date(year, 6, 1)), row.notice if row else "", days
    )


@dataclass(frozen=True)
class CalendarChange:
    year: int
    days: int
    recomputed: int  # obligations whose due date moved


# What a higher layer does in the same transaction once the calendar changed: the reception
# rota (services.reception.replanning) moves its planned days. Deadlines may not know the rota.
AfterChange = Callable[[Session, Actor, Calendar, str], object]


def save_year(
    db: Database, actor: Actor, data: HolidayYear, *, source: str = "", then: AfterChange | None = None
) -> CalendarChange:
    """Replace the admin's entries for ``data.year`` and mark the year as entered.

    ``then(session, actor, calendar, reason)`` runs in the same transaction with the new calendar.
    """
    require(actor, CAN_ADMINISTER, "维护节假日安排")
    if not data.days:
        raise ValidationFailed({"days": "请至少填写一个放假日期"})
    if problem := year_problem(data.year):
        raise ValidationFailed({"year": problem})
    if errors := data.text_problems():
        raise ValidationFailed(errors)
    with db.write() as session:
        session.execute(delete(HolidayDay).where(HolidayDay.year == data.year))
        for day, work in sorted(data.days.items()):
            session.merge(
                HolidayDay(day=day, is_workday=work, year=data.year, note=data.notes.get(day, "")[:100])
            )
        row = session.get(HolidayYearRow, data.year)
        if row is None:
            session.add(HolidayYearRow(year=data.year, notice=data.notice[:200], entered_by_id=actor.id))
        else:
            row.notice = data.notice[:200]
            row.entered_by_id = actor.id
        session.flush()
        calendar = _calendar_from(session)
        reason = f"{data.year}年节假日安排变更"
        moved = recompute_open(session, actor, calendar, reason)
        if then is not None:
            then(session, actor, calendar, reason)
        audit.record(
            session,
            actor,
            "holidays",
            "calendar",
            data.year,
            f"录入{data.year}年节假日安排：放假{len(data.days_off)}天，调休上班{len(data.workdays)}天"
            + (f"（{data.notice}）" if data.notice else "")
            + (f"，来源：{source}" if source else ""),
            details={"off": data.days_off, "work": data.workdays, "recomputed": moved},
        )
    set_default_calendar(calendar.overrides, calendar.known_years)
    return CalendarChange(data.year, len(data.days), moved)


def set_day(
    db: Database,
    actor: Actor,
    day: dt.date,
    is_workday: bool | None,
    note: str = "",
    *,
    then: AfterChange | None = None,
) -> CalendarChange:
    """Override one date (True: working day, False: day off, None: back to the official calendar).

    ``then`` as for ``save_year``.
    """
    require(actor, CAN_ADMINISTER, "维护节假日安排")
    if problem := validate_line(note, limit=MAX_NOTE, label="说明"):
        raise ValidationFailed({"note": problem})
    with db.write() as session:
        existing = session.get(HolidayDay, day)
        old = None if existing is None else existing.is_workday
        if is_workday is None:
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(HolidayDay(day=day, is_workday=is_workday, year=day.year, note=note[:100]))
        else:
            existing.is_workday = is_workday
            existing.note = note[:100]
        session.flush()
        calendar = _calendar_from(session)
        reason = f"{day:%Y-%m-%d}日历调整"
        moved = recompute_open(session, actor, calendar, reason)
        if then is not None:
            then(session, actor, calendar, reason)
        words = {None: "按官方日历", True: "工作日", False: "休息日"}
        audit.record(
            session,
            actor,
            "holidays",
            "calendar",
            day.year,
            f"将{day:%Y-%m-%d}设为{words[is_workday]}（原为{words[old]}）" + (f"：{note}" if note else ""),
            details={"day": day, "old": old, "new": is_workday, "recomputed": moved},
        )
    set_default_calendar(calendar.overrides, calendar.known_years)
    return CalendarChange(day.year, 1, moved)


def missing_next_year(today: dt.date, calendar: Calendar | None = None) -> int | None:
    """From October on: next year, if its official calendar is still unknown."""
    calendar = calendar or default_calendar()
    next_year = today.year + 1
    if today.month >= 10 and not calendar.is_known(dt.date(next_year, 6, 1)):
        return next_year
    return None
