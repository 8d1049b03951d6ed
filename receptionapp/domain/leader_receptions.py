"""Leaders' receptions against seed 004 (领导接访): each leader receives visitors about once a month.

定点接访 (the reception days a leader held, as leader on duty or substitute)
are counted per leader and month against the rule "领导班子成员一般每月参加一次
定点接访"; 下访 (a leader's visit out to a school or county, with the cases
handled there) are recorded and counted beside them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

RECEPTIONS_PER_MONTH = 1
RULE = "领导班子成员一般每月参加一次定点接访（下访另计）"
MAX_PLACE = 200
MAX_SUMMARY = 5000

Month = tuple[int, int]  # (year, month)


def month_of(day: dt.date) -> Month:
    return day.year, day.month


@dataclass(frozen=True)
class LeaderMonths:
    """One leader's 定点接访 per month (None: a month not over yet and still without one) and 下访."""

    leader: str
    receptions: tuple[int | None, ...]
    outreach: int

    @property
    def total(self) -> int:
        return sum(n or 0 for n in self.receptions)

    def short(self, months: Sequence[Month]) -> list[Month]:
        """The months that are over (or have begun) with fewer receptions than the rule asks."""
        return [
            m
            for m, n in zip(months, self.receptions, strict=True)
            if n is not None and n < RECEPTIONS_PER_MONTH
        ]


def tally(
    leaders: Iterable[str],
    receptions: Iterable[tuple[str, dt.date]],
    outreach: Iterable[tuple[str, dt.date]],
    months: Sequence[Month],
    today: dt.date,
) -> list[LeaderMonths]:
    """Per leader: 定点接访 in each of ``months`` (a future month is None) and 下访 in them all."""
    counts: dict[tuple[str, Month], int] = {}
    for leader, day in receptions:
        if day <= today:
            counts[(leader, month_of(day))] = counts.get((leader, month_of(day)), 0) + 1
    visits: dict[str, int] = {}
    for leader, day in outreach:
        if month_of(day) in months and day <= today:
            visits[leader] = visits.get(leader, 0) + 1
    current = month_of(today)
    rows = []
    for leader in leaders:
        per_month: list[int | None] = []
        for month in months:
            n = counts.get((leader, month), 0)
            # A month not begun yet is not judged; the current one only once it has a reception.
            per_month.append(None if month > current or (month == current and n == 0) else n)
        rows.append(LeaderMonths(leader, tuple(per_month), visits.get(leader, 0)))
    return rows


@dataclass
class OutreachInput:
    """A leader's 下访: when, where, who, what was handled."""

    day: dt.date | None = None
    place: str = ""
    leader_id: int | None = None
    summary: str = ""  # the cases handled and what was decided


def validate_outreach(data: OutreachInput, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.day is None:
        errors["day"] = "请填写下访日期"
    elif data.day > today:
        errors["day"] = "下访日期不能晚于今天（计划中的下访请在完成后登记）"
    place = data.place.strip()
    if len(place) < 2:
        errors["place"] = "请填写下访地点（学校、区县或单位）"
    elif len(place) > MAX_PLACE:
        errors["place"] = f"下访地点不能超过{MAX_PLACE}字"
    if data.leader_id is None:
        errors["leader"] = "请选择下访领导"
    if len(data.summary) > MAX_SUMMARY:
        errors["summary"] = f"处理情况不能超过{MAX_SUMMARY}字"
    return errors
