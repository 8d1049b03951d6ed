"""A reception day is held on its date: when each of its steps happens, and with what reason.

Before the day nothing of the reception can happen (it is planned: booked and
reviewed); on the day each step happens now; after it, the office completes
what happened for the record, each step with a reason that goes into the
audit log, dated on the day itself. The visit, the 接谈记录 and the papers
all take their dates from these rows, so they agree.
"""

from __future__ import annotations

import datetime as dt

from receptionapp.db.base import now
from receptionapp.db.models_workflow import ReceptionDay
from receptionapp.domain.reception import DayPhase, VisitState, completed_later, day_phase, not_yet_held
from receptionapp.services.cases.confidentiality import checked_reason
from receptionapp.services.context import NeedsConfirmation, ServiceError, ValidationFailed


def day_moment(day: ReceptionDay, to: VisitState, called_at: dt.datetime | None) -> dt.datetime:
    """When a step of a past reception day is taken to have happened, unless the office says:
    called in at the day's start, done or absent at its end (never before the call)."""
    start = dt.datetime.combine(day.day, day.starts)
    if to is VisitState.IN_TALK:
        return start
    end = dt.datetime.combine(day.day, day.ends)
    return max(end, called_at) if called_at else end


def held_moment(
    day: ReceptionDay,
    to: VisitState,
    called_at: dt.datetime | None,
    confirm_reason: str,
    at: dt.datetime | None,
) -> tuple[dt.datetime, str]:
    """When a step of ``day``'s reception happens, and the reason when it is entered after the day.

    A reception day is held on its date: before it nothing of it can happen
    (ServiceError); on it, the step happens now; after it, the step is
    completed for the record with a reason (NeedsConfirmation without one),
    at ``at`` on that day or at ``day_moment``.
    """
    current = now()
    phase = day_phase(day.day, current.date())
    if phase is DayPhase.PLANNED:
        raise ServiceError(not_yet_held(day.day))
    if phase is DayPhase.HELD:
        return current, ""
    if not confirm_reason.strip():
        raise NeedsConfirmation([completed_later(day.day)])
    reason = checked_reason(confirm_reason, "补录接访情况")
    if at is not None and at.date() != day.day:
        raise ValidationFailed({"at": f"补录的时间应在接访日当天（{day.day:%Y-%m-%d}）"})
    return at or day_moment(day, to, called_at), reason
