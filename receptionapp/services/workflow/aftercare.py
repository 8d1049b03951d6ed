"""What follows a matter, read back for the case page and the papers: its 回访 calls and its 快报.

Also says what the current user may do next: record a 回访 (a closed
matter not yet reached), mark the case major, record that the 快报 went.
A collective visit of at least the setting ``MAJOR_HEAD_COUNT`` people that
is not marked yet is suggested as major.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import User
from receptionapp.db.models_aftercare import FollowUp, MajorReport
from receptionapp.db.models_workflow import Completion
from receptionapp.domain.aftercare import (
    CallSatisfaction,
    MajorReason,
    load_reasons,
    reasons_text,
    suggests_major,
)
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_ADMINISTER, CAN_PROCESS
from receptionapp.services import access, settings
from receptionapp.services.context import Actor, require
from receptionapp.services.workflow.follow_up import FOLLOWED_STATUSES, FollowUpView


@dataclass(frozen=True)
class MajorView:
    reasons: frozenset[MajorReason]
    reasons_text: str
    summary: str
    head_count: int
    marked_at: dt.datetime
    marked_by: str
    sent_at: dt.datetime | None
    sent_to: str
    sent_by: str


@dataclass
class Aftercare:
    case_id: int
    status: CaseStatus
    head_count: int
    is_collective: bool
    threshold: int  # the 重大集体访 head count in force
    closed_on: dt.date | None = None
    follow_ups: list[FollowUpView] = field(default_factory=list)
    major: MajorView | None = None
    may_process: bool = False

    @property
    def reached(self) -> FollowUpView | None:
        return next((f for f in self.follow_ups if f.reached), None)

    @property
    def can_follow_up(self) -> bool:
        return self.may_process and self.status.value in FOLLOWED_STATUSES and self.reached is None

    @property
    def can_mark_major(self) -> bool:
        return self.may_process and self.major is None and self.status is not CaseStatus.VOIDED

    @property
    def can_record_sent(self) -> bool:
        return self.may_process and self.major is not None and self.major.sent_at is None

    @property
    def suggested_major(self) -> bool:
        """Not marked yet, but a collective visit over the threshold: the page suggests marking it."""
        return (
            self.major is None
            and self.status is not CaseStatus.VOIDED
            and suggests_major(self.is_collective, self.head_count, self.threshold)
        )


def aftercare(db: Database, case_id: int, actor: Actor | None = None) -> Aftercare:
    """The case's 回访 calls and 快报, as ``actor`` may see them."""
    with db.read() as session:
        case = access.load_case(session, case_id, actor)
        users = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
        result = Aftercare(
            case.id,
            CaseStatus(case.status),
            case.head_count,
            case.is_collective,
            settings.read(session, settings.MAJOR_HEAD_COUNT),
            closed_on=session.scalar(select(Completion.closed_on).where(Completion.case_id == case.id)),
            may_process=actor is not None and actor.role in CAN_PROCESS,
        )
        for f in session.scalars(
            select(FollowUp).where(FollowUp.case_id == case.id).order_by(FollowUp.called_on, FollowUp.id)
        ):
            result.follow_ups.append(
                FollowUpView(
                    f.called_on,
                    users.get(f.caller_id, ""),
                    f.reached,
                    CallSatisfaction(f.satisfaction) if f.satisfaction else None,
                    f.remarks,
                )
            )
        report = session.scalar(select(MajorReport).where(MajorReport.case_id == case.id))
        if report is not None:
            reasons = load_reasons(report.reasons)
            result.major = MajorView(
                frozenset(reasons),
                reasons_text(reasons, report.other, report.head_count),
                report.summary,
                report.head_count,
                report.marked_at,
                users.get(report.marked_by_id, ""),
                report.sent_at,
                report.sent_to,
                users.get(report.sent_by_id or 0, ""),
            )
        return result


def caller_choices(db: Database) -> list[tuple[int, str]]:
    """Who may have made a 回访 call: the active office staff (and the admin), as (id, name)."""
    with db.read() as session:
        rows = session.execute(
            select(User.id, User.display_name)
            .where(User.active, User.role.in_([role.value for role in CAN_PROCESS]))
            .order_by(User.display_name, User.id)
        )
        return [(user_id, name) for user_id, name in rows]


def save_settings(db: Database, actor: Actor, follow_up_days: int, major_head_count: int) -> None:
    """The admin sets the 回访 period after 办结 and the head count that makes a collective visit major."""
    require(actor, CAN_ADMINISTER, "修改回访与快报设置")
    with db.write() as session:
        settings.save(
            session,
            actor,
            {settings.FOLLOW_UP_DAYS: follow_up_days, settings.MAJOR_HEAD_COUNT: major_head_count},
            f"回访与快报：办结后{follow_up_days}个工作日内回访，来访{major_head_count}人以上的集体访为重大信访事项",
        )
