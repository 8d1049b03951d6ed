"""Deadlines in working days under the official Chinese calendar (调休 included).

Counting follows 民法典 arts. 201 and 203: the start day is not counted.
N working days end on the N-th working day strictly after the start day;
N calendar days end N days later, moved to the next working day when that
day is not one. chinesecalendar's ``find_workday`` is deliberately not used:
it counts from the next working day and gives a case received on a holiday
one day extra.

Years the package does not know (it stops at the last year published when it
was built) fall back to "weekdays work, weekends rest" unless the admin has
entered that year; every date computed over such a day is *provisional*.
Even then the statutory holidays with a fixed date are known and are days off
(全国年节及纪念日放假办法: 元旦 1 January, 劳动节 1 May, 国庆节 1–3 October);
the movable ones (春节, 清明, 端午, 中秋) and the 调休 working days are not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import chinese_calendar
import chinese_calendar.constants


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"

    @property
    def label(self) -> str:
        return "个工作日" if self is Unit.WORKING_DAYS else "日"


@dataclass(frozen=True)
class Due:
    date: dt.date
    provisional: bool


@dataclass
class Calendar:
    """Which days are working days.

    ``overrides`` maps a date to True (working day) or False (day off) and
    wins over everything; ``known_years`` are years the admin entered in full,
    so they are not provisional even beyond the package's data.
    """

    overrides: Mapping[dt.date, bool] = field(default_factory=dict)
    known_years: frozenset[int] = frozenset()

    def is_known(self, day: dt.date) -> bool:
        return day.year in self.known_years or _package_year_known(day.year)

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if _package_year_known(day.year):
            # chinesecalendar's own is_workday rescans its whole table per call (~100 µs);
            # this is the same rule on its data, with set lookups.
            return day in _PACKAGE_WORKDAYS or (day.weekday() < 5 and day not in _PACKAGE_HOLIDAYS)
        return day.weekday() < 5 and not is_fixed_holiday(day)

    def next_workday(self, day: dt.date) -> tuple[dt.date, bool]:
        """``day`` itself if it is a working day, else the next one; and provisional."""
        provisional = not self.is_known(day)
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
            provisional = provisional or not self.is_known(day)
        return day, provisional

    def due_date(self, start: dt.date, length: int, unit: Unit | str) -> Due:
        unit = Unit(unit)
        if length < 0:
            raise ValueError("length must not be negative")
        if unit is Unit.CALENDAR_DAYS:
            end, provisional = self.next_workday(start + dt.timedelta(days=length))
            return Due(end, provisional)
        day = start
        provisional = False
        remaining = length
        while remaining > 0:
            day += dt.timedelta(days=1)
            provisional = provisional or not self.is_known(day)
            if self.is_workday(day):
                remaining -= 1
        return Due(day, provisional)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        if end == start:
            return 0
        sign = 1 if end > start else -1
        low, high = (start, end) if sign > 0 else (end, start)
        count = 0
        day = low
        while day < high:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return sign * count

    def days_left(self, today: dt.date, due: dt.date) -> int:
        """Working days from ``today`` to ``due``: positive ahead, 0 on the day, negative when late.

        Late by one means ``due`` is before today and today is the first
        working day after it (the day a 督办 becomes due).
        """
        return self.working_days_between(today, due)

    def counter(self, first: dt.date, last: dt.date) -> WorkdayCounter:
        """A precomputed count of working days over [first, last], for many lookups at once."""
        return WorkdayCounter(self, first, last)


class WorkdayCounter:
    """Cumulative working-day counts over a date range: O(1) ``between`` after O(days) set-up.

    The due/overdue board asks for thousands of distances at once; walking
    the calendar day by day for each would take seconds.
    """

    def __init__(self, calendar: Calendar, first: dt.date, last: dt.date) -> None:
        self.calendar = calendar
        self.first = first
        self.last = last
        self._cumulative: list[int] = []
        total = 0
        day = first
        while day <= last:
            total += calendar.is_workday(day)
            self._cumulative.append(total)
            day += dt.timedelta(days=1)

    def _at(self, day: dt.date) -> int:
        return self._cumulative[(day - self.first).days]

    def between(self, start: dt.date, end: dt.date) -> int:
        """Same as ``Calendar.working_days_between`` for days inside the range."""
        if not (self.first <= start <= self.last and self.first <= end <= self.last):
            return self.calendar.working_days_between(start, end)
        return self._at(end) - self._at(start)


# The statutory holidays whose date never moves (month, day): known before the year is announced.
FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (10, 1), (10, 2), (10, 3)})


# How a provisional deadline is counted, in the words the screens use: 期限按……暂定.
PROVISIONAL_RULE = "周末和元旦、劳动节、国庆节（10月1日至3日）休息"


def is_fixed_holiday(day: dt.date) -> bool:
    """Whether ``day`` is 元旦, 劳动节 or one of the first three days of 国庆节, in any year."""
    return (day.month, day.day) in FIXED_HOLIDAYS


_PACKAGE_HOLIDAYS = frozenset(chinese_calendar.constants.holidays)
_PACKAGE_WORKDAYS = frozenset(chinese_calendar.constants.workdays)
_PACKAGE_YEARS = range(min(_PACKAGE_HOLIDAYS).year, max(_PACKAGE_HOLIDAYS).year + 1)


def _package_year_known(year: int) -> bool:
    """Whether chinesecalendar has the official arrangement of ``year`` (its data range)."""
    return year in _PACKAGE_YEARS


_default = Calendar()


def default_calendar() -> Calendar:
    return _default


def set_default_calendar(overrides: Mapping[dt.date, bool], known_years: Iterable[int]) -> None:
    """Install the admin's entries as the calendar every deadline uses."""
    global _default
    _default = Calendar(dict(overrides), frozenset(known_years))


def limited_due(counted: Due, limit: dt.date | None) -> Due:
    """The due date of an obligation whose date an outside body set: the 12345 centre's 时限 for an
    urgent 工单 replaces the rule's count. It is the date written on the form, on any kind of day,
    and never provisional."""
    return counted if limit is None else Due(limit, False)


def due_date(start: dt.date, length: int, unit: Unit | str) -> Due:
    """The due date of an obligation under the default calendar."""
    return _default.due_date(start, length, unit)
