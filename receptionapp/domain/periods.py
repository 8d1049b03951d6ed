"""Reporting periods: a month, a quarter, a year or any range of dates.

The office reports monthly, quarterly and yearly (月分析、季汇报、年度总结).
``parse_period`` reads what a person or the command line types ("2026-09",
"2026Q3", "2026", "2026-01-01..2026-03-31", or the same in Chinese) and
``Period`` describes it in words, lists its months and gives the same period
of the previous year for the comparison. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

FIRST_YEAR = 1990
LAST_YEAR = 2100
MAX_RANGE_DAYS = 366 * 20
QUARTER_WORDS = ("一", "二", "三", "四")


class PeriodError(ValueError):
    """A period that cannot be read; ``str()`` is a Chinese message for the user."""


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"

    @property
    def label(self) -> str:
        return {"month": "月度", "quarter": "季度", "year": "年度", "range": "自定义期间"}[self.value]


@dataclass(frozen=True)
class Period:
    """A closed range of days ``start`` .. ``end`` (both included) and how it was chosen."""

    kind: PeriodKind
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        """How the period reads in a report title: 2026年9月, 2026年第三季度, 2026年, or a range."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}年{self.start.month}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}年第{QUARTER_WORDS[self.quarter - 1]}季度"
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}年"
        return f"{chinese_date(self.start)}至{chinese_date(self.end)}"

    @property
    def code(self) -> str:
        """The short form ``parse_period`` reads back: 2026-09, 2026Q3, 2026, 2026-01-01..2026-03-31."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}Q{self.quarter}"
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}"
        return f"{self.start:%Y-%m-%d}..{self.end:%Y-%m-%d}"

    @property
    def quarter(self) -> int:
        return (self.start.month - 1) // 3 + 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def range_text(self) -> str:
        """Both ends in words, for notes: 2026年7月1日至2026年9月30日."""
        return f"{chinese_date(self.start)}至{chinese_date(self.end)}"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> list[Period]:
        """The calendar months the period touches, each as a month period."""
        result = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            result.append(month_period(year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result

    def previous_year(self) -> Period:
        """The same period one year earlier (29 February becomes 28 February)."""
        if self.kind is PeriodKind.MONTH:
            return month_period(self.start.year - 1, self.start.month)
        if self.kind is PeriodKind.QUARTER:
            return quarter_period(self.start.year - 1, self.quarter)
        if self.kind is PeriodKind.YEAR:
            return year_period(self.start.year - 1)
        return range_period(_year_earlier(self.start), _year_earlier(self.end))


def chinese_date(day: dt.date) -> str:
    """2026年8月1日: Arabic numerals without leading zeros, as official documents write dates."""
    return f"{day.year}年{day.month}月{day.day}日"


def _year_earlier(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(f"年份应在{FIRST_YEAR}至{LAST_YEAR}之间")


def month_period(year: int, month: int) -> Period:
    _check_year(year)
    if not 1 <= month <= 12:
        raise PeriodError("月份应在1至12之间")
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return Period(PeriodKind.MONTH, dt.date(year, month, 1), following - dt.timedelta(days=1))


def quarter_period(year: int, quarter: int) -> Period:
    _check_year(year)
    if not 1 <= quarter <= 4:
        raise PeriodError("季度应在1至4之间")
    first = month_period(year, quarter * 3 - 2)
    last = month_period(year, quarter * 3)
    return Period(PeriodKind.QUARTER, first.start, last.end)


def year_period(year: int) -> Period:
    _check_year(year)
    return Period(PeriodKind.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31))


def range_period(start: dt.date, end: dt.date) -> Period:
    _check_year(start.year)
    _check_year(end.year)
    if end < start:
        raise PeriodError("结束日期不能早于开始日期")
    if (end - start).days > MAX_RANGE_DAYS:
        raise PeriodError("统计期间不能超过20年")
    return Period(PeriodKind.RANGE, start, end)


_MONTH = re.compile(r"^(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*月?$")
_QUARTER = re.compile(r"^(\d{4})\s*(?:-?\s*[qQ]|年\s*第?\s*)([1-4一二三四])\s*(?:季度?)?$")
_YEAR = re.compile(r"^(\d{4})\s*年?(?:度)?$")
_RANGE = re.compile(r"^(.+?)\s*(?:\.\.|~|～|至|到|—|－－)\s*(.+)$")
_DATE = re.compile(r"^(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})\s*日?$")


def parse_date(text: str) -> dt.date:
    """2026-03-31, 2026/3/31, 2026.3.31 or 2026年3月31日."""
    found = _DATE.match(text.strip())
    if not found:
        raise PeriodError(f"“{text.strip()}”不是日期，请写成2026-03-31")
    year, month, day = (int(part) for part in found.groups())
    _check_year(year)
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise PeriodError(f"“{text.strip()}”不是有效的日期") from error


def parse_period(text: str) -> Period:
    """Read a period; PeriodError with a Chinese message says what is wrong."""
    value = text.strip().replace("－", "-").replace("　", " ")
    if not value:
        raise PeriodError("请填写统计期间，如2026-09、2026Q3、2026或2026-01-01..2026-03-31")
    if found := _RANGE.match(value):
        return range_period(parse_date(found.group(1)), parse_date(found.group(2)))
    if found := _QUARTER.match(value):
        word = found.group(2)
        quarter = QUARTER_WORDS.index(word) + 1 if word in QUARTER_WORDS else int(word)
        return quarter_period(int(found.group(1)), quarter)
    if found := _MONTH.match(value):
        return month_period(int(found.group(1)), int(found.group(2)))
    if re.fullmatch(r"\d{6}", value):
        return month_period(int(value[:4]), int(value[4:]))
    if found := _YEAR.match(value):
        return year_period(int(found.group(1)))
    raise PeriodError(
        f"无法识别统计期间“{text.strip()}”：月份写2026-09，季度写2026Q3，年度写2026，"
        "任意期间写2026-01-01..2026-03-31"
    )


def current_month(today: dt.date) -> Period:
    return month_period(today.year, today.month)


def current_quarter(today: dt.date) -> Period:
    return quarter_period(today.year, (today.month - 1) // 3 + 1)
