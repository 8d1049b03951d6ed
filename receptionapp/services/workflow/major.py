"""重大信访信息快报: a matter marked major, the 快报 to the leaders the same day, and when it went.

Marking a case major (its reasons: a collective visit of at least the
setting ``MAJOR_HEAD_COUNT`` people, extreme words or acts, public
attention, another reason written out) opens the 快报 obligation due the
same day, so the board lists every 快报 not yet sent; recording that the
快报 went (when, to whom) settles it. The paper itself is
``services.papers.major_report``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models_aftercare import MajorReport
from receptionapp.domain.aftercare import (
    MajorInput,
    dump_reasons,
    reasons_text,
    validate_major,
    validate_sent,
)
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.rules import ObligationKind
from receptionapp.services import audit, settings
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, ServiceError, ValidationFailed, require
from receptionapp.services.deadlines.obligations import (
    Closing,
    add_obligations,
    close,
    plan_office_obligation,
)
from receptionapp.services.workflow.steps import Step


def major_step(
    data: MajorInput, *, head_count: int, marked_by_id: int, at: dt.datetime, calendar: Calendar | None = None
) -> Step:
    """A case marked major with a validated ``data``; its 快报 is due the same day."""
    row = {
        "reasons": dump_reasons(data.reasons),
        "other": data.other.strip(),
        "summary": data.summary.strip(),
        "head_count": head_count,
        "marked_at": at,
        "marked_by_id": marked_by_id,
        "sent_at": None,
        "sent_to": "",
        "sent_by_id": None,
    }
    reasons = reasons_text(data.reasons, data.other, head_count)
    entry = audit.Entry(
        "major",
        "major_report",
        f"标记为重大信访事项（{reasons}），当日向领导报送重大信访信息快报",
        {"reasons": row["reasons"]},
    )
    report = plan_office_obligation(
        ObligationKind.MAJOR_REPORT, start=at.date(), length=0, at=at, calendar=calendar
    )
    return Step(row, entry, opens=(report,))


def mark_major(db: Database, actor: Actor, case_id: int, data: MajorInput) -> None:
    """Mark the case major: the 快报 is to be printed and sent to the leaders today."""
    require(actor, CAN_PROCESS, "标记重大信访事项")
    with db.write() as session:
        case = load_case(session, case_id)
        if case.status == CaseStatus.VOIDED.value:
            raise ServiceError("该事项已作废，不能标记为重大信访事项")
        marked = session.scalar(select(MajorReport.marked_at).where(MajorReport.case_id == case.id))
        if marked is not None:
            raise ServiceError(f"该事项已于{marked:%Y-%m-%d %H:%M}标记为重大信访事项")
        threshold = settings.read(session, settings.MAJOR_HEAD_COUNT)
        if errors := validate_major(data, case.head_count, threshold):
            raise ValidationFailed(errors)
        step = major_step(data, head_count=case.head_count, marked_by_id=actor.id, at=now())
        row = MajorReport(case_id=case.id, **step.row)
        session.add(row)
        add_obligations(session, case, step.opens)
        session.flush()
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)


def sent_step(sent_at: dt.datetime, to: str, *, sent_by_id: int) -> Step:
    """The 快报 went to ``to`` at ``sent_at``: its deadline is met."""
    to = to.strip()
    row = {"sent_at": sent_at, "sent_to": to, "sent_by_id": sent_by_id}
    entry = audit.Entry("major_sent", "major_report", f"重大信访信息快报已于{sent_at:%Y-%m-%d %H:%M}报送{to}")
    closing = Closing(sent_at, f"已报送{to}", kinds=(ObligationKind.MAJOR_REPORT,))
    return Step(row, entry, closes=(closing,))


def record_sent(db: Database, actor: Actor, case_id: int, sent_at: dt.datetime | None, to: str) -> None:
    """Record when and to whom the case's 快报 was sent."""
    require(actor, CAN_PROCESS, "登记快报报送")
    with db.write() as session:
        case = load_case(session, case_id)
        report = session.scalar(select(MajorReport).where(MajorReport.case_id == case.id))
        if report is None:
            raise ServiceError("该事项未标记为重大信访事项，没有快报可报送")
        if report.sent_at is not None:
            raise ServiceError(f"快报已于{report.sent_at:%Y-%m-%d %H:%M}报送{report.sent_to}")
        if errors := validate_sent(sent_at, report.marked_at, now(), to):
            raise ValidationFailed(errors)
        assert sent_at is not None
        step = sent_step(sent_at, to, sent_by_id=actor.id)
        for column, value in step.row.items():
            setattr(report, column, value)
        close(session, case, step.closes[0])
        audit.record_entry(session, actor, step.entry, report.id, case_id=case.id)
