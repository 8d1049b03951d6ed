"""回访: the office calls the petitioner back after 办结, as often as it takes to reach them.

办结 opens the 回访 obligation (``closing.completion_step``: the working days
are the setting ``FOLLOW_UP_DAYS``). Each call is recorded here: the day, who
called, whether the petitioner was reached and, if so, how satisfied they
are. A call that did not reach them leaves the obligation open so the board
keeps asking; the first call that reaches them settles it, and after that
the matter needs no more calls.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import User
from receptionapp.db.models_aftercare import FollowUp
from receptionapp.db.models_workflow import Completion
from receptionapp.domain.aftercare import (
    CallSatisfaction,
    FollowUpInput,
    follow_up_summary,
    validate_follow_up,
)
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.rules import ObligationKind
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, ServiceError, ValidationFailed, require
from receptionapp.services.deadlines.obligations import Closing, close
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import Step

FOLLOWED_STATUSES = (CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value)


def follow_up_step(
    data: FollowUpInput, caller: tuple[int, str], *, recorded_by_id: int, at: dt.datetime
) -> Step:
    """One 回访 call of a validated ``data``; a call that reached the petitioner settles the 回访 deadline."""
    assert data.called_on is not None
    satisfaction = data.satisfaction if data.reached else None
    row = {
        "called_on": data.called_on,
        "caller_id": caller[0],
        "reached": data.reached,
        "satisfaction": satisfaction.value if satisfaction else "",
        "remarks": data.remarks.strip(),
        "recorded_by_id": recorded_by_id,
        "created_at": at,
    }
    entry = audit.Entry(
        "follow_up",
        "follow_up",
        follow_up_summary(data.reached, satisfaction, caller[1], data.called_on),
        {"reached": data.reached, "satisfaction": row["satisfaction"]},
    )
    closes: tuple[Closing, ...] = ()
    if data.reached:
        done_at = dt.datetime.combine(data.called_on, dt.time(17, 0))
        closes = (Closing(done_at, "已回访", kinds=(ObligationKind.FOLLOW_UP,)),)
    return Step(row, entry, closes=closes)


def record_follow_up(db: Database, actor: Actor, case_id: int, data: FollowUpInput) -> bool:
    """Record one 回访 call of a closed matter; returns whether it reached the petitioner."""
    require(actor, CAN_PROCESS, "登记回访")
    with db.write() as session:
        case = load_case(session, case_id)
        completion = session.scalar(select(Completion).where(Completion.case_id == case.id))
        if case.status not in FOLLOWED_STATUSES or completion is None:
            raise ServiceError("事项办结后才能回访")
        reached_on = session.scalar(
            select(FollowUp.called_on).where(FollowUp.case_id == case.id, FollowUp.reached.is_(True))
        )
        if reached_on is not None:
            raise ServiceError(f"该事项已于{reached_on:%Y-%m-%d}回访并联系上信访人，无需再次回访")
        errors = validate_follow_up(data, completion.closed_on, steps.today())
        caller = session.get(User, data.caller_id) if data.caller_id is not None else None
        if data.caller_id is not None and (caller is None or not caller.active):
            errors["caller"] = "所选回访人不是在职的用户"
        if errors:
            raise ValidationFailed(errors)
        assert caller is not None
        step = follow_up_step(data, (caller.id, caller.display_name), recorded_by_id=actor.id, at=now())
        row = FollowUp(case_id=case.id, **step.row)
        session.add(row)
        for closing in step.closes:
            close(session, case, closing)
        session.flush()
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        return data.reached


@dataclass(frozen=True)
class FollowUpView:
    called_on: dt.date
    caller: str
    reached: bool
    satisfaction: CallSatisfaction | None
    remarks: str

    @property
    def result(self) -> str:
        if self.reached and self.satisfaction is not None:
            return f"联系上，{self.satisfaction.label}"
        return "未联系上"
