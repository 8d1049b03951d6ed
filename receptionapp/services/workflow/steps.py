"""What every workflow step checks and what it writes.

Each step of ``services.workflow`` is one user action in one transaction: it
checks the role, checks that the case's state allows the action
(``domain.workflow.check_action``), changes the rows, opens or closes the
obligations the deadline rules give, and writes the audit entry that becomes
the case's timeline. What it writes comes from the step's row builder (a
pure function beside the step, returning a ``Step``): the service saves it,
and demo data (``receptionapp.demo``) writes the very same values in bulk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.models import Case, User
from receptionapp.db.models_workflow import Assignment
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import Role
from receptionapp.domain.workflow import Action, AssignmentStatus, Route, WorkflowError, check_action
from receptionapp.services.audit import Entry
from receptionapp.services.context import Actor, ServiceError, ValidationFailed
from receptionapp.services.deadlines.obligations import Closing, Planned


@dataclass(frozen=True)
class CaseFacts:
    """What the row builders need to know of a case."""

    channel: str
    route: str | None
    status: str
    received_on: dt.date
    review_stage: str = "none"
    unit_name: str = ""
    confidential: bool = False
    skipped_level: bool = False
    skipped_level_cleared: bool = False  # the office cleared the 越级 mark with a reason
    hotline_limit: dt.date | None = None  # the 12345 centre's 时限 for the 工单's answer


def facts_of(case: Case) -> CaseFacts:
    return CaseFacts(
        case.channel,
        case.route,
        case.status,
        case.received_at.date(),
        case.review_stage,
        case.unit_name,
        case.confidential,
        case.skipped_level,
        bool(case.skipped_level_note),
        case.hotline_limit,
    )


@dataclass(frozen=True)
class Step:
    """What one step writes, as plain values.

    ``row``: the columns of the row the step adds (but its id and case), or,
    for a step that adds none, the changes to the row it acts on. ``case``:
    the changes to the case. ``opens``: the obligations it opens (linked by
    the caller to the step's form), ``closes``: those it settles, in order.
    ``target``: changes to a second row (the extended obligation, each
    督办单 a reply answers). ``entry``: its audit entry.
    """

    row: Mapping[str, Any]
    entry: Entry
    case: Mapping[str, Any] = field(default_factory=dict)
    opens: tuple[Planned, ...] = ()
    closes: tuple[Closing, ...] = ()
    target: Mapping[str, Any] = field(default_factory=dict)


def update(row: object, changes: Mapping[str, Any]) -> None:
    """Set the columns ``changes`` names on an ORM row."""
    for column, value in changes.items():
        setattr(row, column, value)


def today() -> dt.date:
    return dt.date.today()


def open_assignments(session: Session, case_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(Assignment.id)).where(
                Assignment.case_id == case_id, Assignment.status == AssignmentStatus.OPEN
            )
        )
        or 0
    )


def ensure_allowed(session: Session, case: Case, action: Action) -> None:
    route = Route(case.route) if case.route else None
    try:
        check_action(CaseStatus(case.status), route, action, open_assignments(session, case.id))
    except WorkflowError as error:
        raise ServiceError(str(error)) from error


def leader_of(session: Session, actor: Actor, leader_id: int | None) -> tuple[int, str]:
    """The leader who decided: the actor when a leader, else the named user with the leader role."""
    if leader_id is None:
        if actor.role is Role.LEADER:
            return actor.id, actor.display_name
        raise ValidationFailed({"leader": "请选择作出批示的领导"})
    user = session.get(User, leader_id)
    if user is None or user.role != Role.LEADER.value or not user.active:
        raise ValidationFailed({"leader": "所选人员不是在职的领导账号"})
    return user.id, user.display_name


def check_date(value: dt.date, case: Case, field: str, what: str) -> None:
    if value > today():
        raise ValidationFailed({field: f"{what}不能晚于今天"})
    if value < case.received_at.date():
        raise ValidationFailed({field: f"{what}不能早于收到信访事项的日期"})
