"""The leaders' reception day (领导接访日): every Wednesday 14:30–17:00, moved off holidays.

When the day falls on a public holiday the reception moves — by default to
the working day before (a common local rule); the admin may choose the
working day after, or no reception that week. The same calendar as the
deadlines decides what a working day is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from receptionapp.domain.deadlines import Calendar

WEEKDAY_LABELS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


class HolidayMove(StrEnum):
    PREVIOUS = "previous"
    NEXT = "next"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return {"previous": "提前到前一个工作日", "next": "顺延到后一个工作日", "skip": "当周不安排"}[
            self.value
        ]


class Booking(StrEnum):
    """How an appointment (预约) was made."""

    PHONE = "phone"
    ONLINE = "online"
    WRITING = "writing"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return {"phone": "电话预约", "online": "网上预约", "writing": "书面预约", "in_person": "现场预约"}[
            self.value
        ]


class PreReview(StrEnum):
    """The office's preliminary review (初审) of an appointment."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return {"pending": "待初审", "accepted": "同意接访", "declined": "不安排接访"}[self.value]


class VisitState(StrEnum):
    """Where a visitor stands in the day's queue."""

    WAITING = "waiting"
    IN_TALK = "in_talk"
    DONE = "done"
    ABSENT = "absent"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return {
            "waiting": "等候",
            "in_talk": "接谈中",
            "done": "已接谈",
            "absent": "未到",
            "declined": "不予接访",
        }[self.value]


class DayPhase(StrEnum):
    """What may be done with a reception day, by its date: it is held on that date and no other."""

    PLANNED = "planned"  # still to come: visitors are booked and reviewed (初审), nobody is received
    HELD = "held"  # today: the leader calls visitors in, talks, decides
    PAST = "past"  # over: what happened is completed for the record, each step with a reason

    @property
    def label(self) -> str:
        return {"planned": "计划中", "held": "今日接访", "past": "已结束"}[self.value]


def day_phase(day: dt.date, today: dt.date) -> DayPhase:
    if day > today:
        return DayPhase.PLANNED
    return DayPhase.HELD if day == today else DayPhase.PAST


def not_yet_held(day: dt.date) -> str:
    """Why nothing of a reception can happen before its day."""
    return f"{day.month}月{day.day}日的领导接访日还没到：接访当天才能接谈、批示，之前只能预约和初审"


def completed_later(day: dt.date) -> str:
    """The warning before a step of a past reception day is entered for the record."""
    return f"{day.month}月{day.day}日的领导接访日已经过去：补录当天的接访情况须写明理由（记入操作日志）"


@dataclass(frozen=True)
class Schedule:
    weekday: int = 2  # Wednesday
    start: dt.time = dt.time(14, 30)
    end: dt.time = dt.time(17, 0)
    move: HolidayMove = HolidayMove.PREVIOUS
    place: str = "信访接待室"

    @property
    def label(self) -> str:
        return f"每{WEEKDAY_LABELS[self.weekday]} {self.start:%H:%M}—{self.end:%H:%M}"


def reception_date(nominal: dt.date, calendar: Calendar, move: HolidayMove) -> dt.date | None:
    """The day the reception of the week of ``nominal`` actually takes place."""
    if calendar.is_workday(nominal):
        return nominal
    if move is HolidayMove.SKIP:
        return None
    step = dt.timedelta(days=-1 if move is HolidayMove.PREVIOUS else 1)
    day = nominal
    for _ in range(14):
        day += step
        if calendar.is_workday(day):
            return day
    return None


def free_reception_date(
    nominal: dt.date, calendar: Calendar, move: HolidayMove, taken: set[dt.date]
) -> dt.date | None:
    """Like ``reception_date``, but a day already holding a reception is not used twice.

    A holiday week whose reception would move back onto the previous
    week's day (National Day: Wednesday 7 October back to 30 September)
    moves the other way instead, and is left out only when both are taken.
    """
    day = reception_date(nominal, calendar, move)
    if day is not None and day not in taken:
        return day
    if move is HolidayMove.SKIP or calendar.is_workday(nominal):
        return None
    other = HolidayMove.NEXT if move is HolidayMove.PREVIOUS else HolidayMove.PREVIOUS
    day = reception_date(nominal, calendar, other)
    return day if day is not None and day not in taken else None


def nominal_days(start: dt.date, count: int, weekday: int = 2) -> list[dt.date]:
    """The next ``count`` dates with this weekday, from ``start`` (included)."""
    first = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    return [first + dt.timedelta(weeks=i) for i in range(count)]


@dataclass
class ConversationInput:
    """What the 接谈记录 holds: who attended, when, what was said and answered."""

    leader_id: int | None = None
    attendees: str = ""
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    statement: str = ""
    response: str = ""


ATTENDEE_ROLES = ("接访领导", "相关处室负责人", "办公室", "监察室", "政策法规处", "法律顾问")


def validate_conversation(data: ConversationInput, now: dt.datetime) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.started_at is None:
        errors["started_at"] = "请填写接谈开始时间"
    elif data.started_at > now + dt.timedelta(minutes=5):
        errors["started_at"] = "接谈时间不能晚于当前时间"
    if data.ended_at is not None and data.started_at is not None and data.ended_at < data.started_at:
        errors["ended_at"] = "结束时间不能早于开始时间"
    if len(data.statement.strip()) < 4:
        errors["statement"] = "请记录来访人反映的主要内容"
    elif len(data.statement) > 20000:
        errors["statement"] = "记录不能超过20000字"
    if len(data.response) > 20000:
        errors["response"] = "记录不能超过20000字"
    if len(data.attendees) > 500:
        errors["attendees"] = "参加人员不能超过500字"
    return errors
