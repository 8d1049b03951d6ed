"""初审 a week ahead: whether an appointment is in time for its day, and the 处室 the office can name.

The 初审 itself (``visits.prereview``) and the booking (``visits.book``) use these;
the registration form asks ``booking_window`` first, so a late appointment is
offered the following reception day or a place as 临时来访 before it is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Unit
from receptionapp.db.models_workflow import ReceptionDay
from receptionapp.domain.prereview import (
    booking_deadline,
    divisions_text,
    first_day_in_time,
    in_time_for_prereview,
    late_message,
    validate_prereview,
)
from receptionapp.domain.units import UnitKind
from receptionapp.services.context import NotFound, ServiceError, ValidationFailed


@dataclass(frozen=True)
class BookingWindow:
    """An appointment for ``day`` made today: in time for the 初审, or what it is offered instead."""

    day: dt.date
    deadline: dt.date
    in_time: bool
    following: dt.date | None
    following_id: int | None
    message: str


def booking_window(db: Database, day_id: int, today: dt.date) -> BookingWindow:
    """Whether an appointment made ``today`` gets the 初审 for the day; if not, the following day that would."""
    with db.read() as session:
        day = session.get(ReceptionDay, day_id)
        if day is None:
            raise NotFound("找不到该接访日")
        if day.cancelled:
            raise ServiceError(f"{day.day:%Y-%m-%d}的接访已取消")
        later = {
            d: i
            for d, i in session.execute(
                select(ReceptionDay.day, ReceptionDay.id).where(
                    ReceptionDay.day > day.day, ReceptionDay.cancelled.is_(False)
                )
            )
        }
    following = first_day_in_time(today, later)
    in_time = in_time_for_prereview(today, day.day)
    return BookingWindow(
        day.day,
        booking_deadline(day.day),
        in_time,
        following,
        later.get(following) if following else None,
        "" if in_time else late_message(day.day, today, following),
    )


def division_names(session: Session) -> list[str]:
    """The bureau's own 处室 in use, as the 初审 offers them."""
    return list(
        session.scalars(
            select(Unit.name).where(Unit.kind == UnitKind.DIVISION.value, Unit.active).order_by(Unit.name)
        )
    )


def divisions(db: Database) -> list[str]:
    with db.read() as session:
        return division_names(session)


def check_divisions(session: Session, accepted: bool, reason: str, chosen: Sequence[str]) -> str:
    """The 初审's 处室 as stored, or ValidationFailed naming what is wrong."""
    errors = validate_prereview(accepted, reason, chosen, division_names(session))
    if errors:
        raise ValidationFailed(errors)
    return divisions_text(chosen)
