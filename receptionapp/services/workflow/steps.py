"""What every workflow step checks: today's date, whether the case's state allows the action, who decided.

Each step of ``services.workflow`` is one user action in one transaction: it
checks the role, checks that the case's state allows the action
(``domain.workflow.check_action``), changes the rows, opens or closes the
obligations the deadline rules give, and writes the audit entry that becomes
the case's timeline.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.models import Case, User
from receptionapp.db.models_workflow import Assignment
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import Role
from receptionapp.domain.workflow import Action, Route, WorkflowError, check_action
from receptionapp.services.context import Actor, ServiceError, ValidationFailed
from receptionapp.services.deadlines.obligations import OPEN


def today() -> dt.date:
    return dt.date.today()


def open_assignments(session: Session, case_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(Assignment.id)).where(Assignment.case_id == case_id, Assignment.status == OPEN)
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
