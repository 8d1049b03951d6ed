"""初审 a week ahead: which appointments the office reviews for a reception day, and what it decides.

Seed 004 (定点接访实施方案, 三(一)、(三)): the office reviews the appointments
made at least a week before the day (初审), names the 处室 whose heads
attend, and asks the legal adviser (法律顾问) to join when the legal
questions are complex. An appointment made later is either moved to the
following reception day, or the visitor comes as a 临时来访 and queues
after every appointment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum

PREREVIEW_LEAD_DAYS = 7  # "一周前……预约来访的群众……进行初审"
LEGAL_ADVISER = "法律顾问"
MAX_DIVISIONS_TEXT = 200  # the stored list of 处室 (its column's width)


class LateBooking(StrEnum):
    """What becomes of an appointment made less than a week before its day."""

    NEXT_DAY = "next_day"
    TEMPORARY = "temporary"

    @property
    def label(self) -> str:
        return {"next_day": "改约下一个接访日", "temporary": "作为临时来访，排在预约来访之后"}[self.value]


def booking_deadline(day: dt.date) -> dt.date:
    """The last day an appointment for ``day`` can be made and still get the 初审."""
    return day - dt.timedelta(days=PREREVIEW_LEAD_DAYS)


def in_time_for_prereview(booked_on: dt.date, day: dt.date) -> bool:
    """An appointment made on ``booked_on`` gets the office's 初审 for ``day``."""
    return booked_on <= booking_deadline(day)


def first_day_in_time(booked_on: dt.date, days: Iterable[dt.date]) -> dt.date | None:
    """The earliest of the planned reception ``days`` an appointment made on ``booked_on`` can take."""
    return min((d for d in days if in_time_for_prereview(booked_on, d)), default=None)


def late_message(day: dt.date, booked_on: dt.date, following: dt.date | None) -> str:
    """Why a late appointment cannot go on ``day``, and what it can do instead."""
    text = (
        f"{day:%Y-%m-%d}的接访须在{booking_deadline(day):%Y-%m-%d}前预约（办公室提前一周初审），"
        f"今天（{booked_on:%Y-%m-%d}）预约已来不及初审："
    )
    if following is not None:
        return text + f"可改约下一个接访日{following:%Y-%m-%d}，或作为临时来访排在预约来访之后"
    return text + "可作为临时来访排在预约来访之后（尚未安排下一个接访日）"


def divisions_text(divisions: Sequence[str]) -> str:
    """The 处室 to attend as stored and printed: in the order chosen, each once."""
    return "、".join(dict.fromkeys(d.strip() for d in divisions if d.strip()))


def attendance_text(divisions: str, legal_adviser: bool) -> str:
    """Who the 初审 asks to attend, in one line (empty: nobody beyond the usual)."""
    parts = [f"参加处室：{divisions}"] if divisions else []
    if legal_adviser:
        parts.append(f"{LEGAL_ADVISER}参加")
    return "；".join(parts)


def attendees_from_prereview(leader: str, divisions: str, legal_adviser: bool) -> str:
    """The 接谈记录's 参加人员 the 初审 planned: the leader, the 处室 heads, the office, the legal adviser."""
    people = [f"接访领导{leader}" if leader else "接访领导"]
    people += [f"{name}负责人" for name in divisions.split("、") if name]
    people.append("办公室")
    if legal_adviser:
        people.append(LEGAL_ADVISER)
    return "、".join(people)


def validate_prereview(
    accepted: bool, reason: str, divisions: Sequence[str], known_divisions: Iterable[str]
) -> dict[str, str]:
    """A refusal needs a reason the leader will see; the 处室 are the bureau's own, named once."""
    errors: dict[str, str] = {}
    if not accepted and len(reason.strip()) < 4:
        errors["reason"] = "不安排接访须写明理由"
    known = set(known_divisions)
    unknown = [d for d in divisions if d.strip() and d.strip() not in known]
    if unknown:
        errors["divisions"] = f"“{unknown[0]}”不是本局在用的处室，请从列表中选择"
    elif len(divisions_text(divisions)) > MAX_DIVISIONS_TEXT:
        errors["divisions"] = f"参加处室不能超过{MAX_DIVISIONS_TEXT}字"
    if not accepted and divisions_text(divisions):
        errors.setdefault("divisions", "不安排接访的预约无需指定参加处室")
    return errors
