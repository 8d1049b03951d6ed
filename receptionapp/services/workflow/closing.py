"""办结 and 归档: close a matter with its 办结单, then file it under an archive number.

Closing records the decision, how the reply was served and the petitioner's
satisfaction, marks every open obligation done, and decides once whether the
case was closed on time (``domain.completion.closing_deadline``), so every
report counts it the same way.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models_workflow import Completion, Obligation
from receptionapp.domain.aftercare import DEFAULT_FOLLOW_UP_DAYS
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.completion import CompletionInput, Decision, closing_deadline, validate_completion
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.rules import OFFICE_KINDS, ObligationKind
from receptionapp.domain.workflow import Action, ObligationStatus, Route
from receptionapp.services import audit, settings
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, ServiceError, ValidationFailed, require
from receptionapp.services.deadlines.obligations import (
    Closing,
    add_obligations,
    close,
    plan_office_obligation,
)
from receptionapp.services.numbering import next_form_number
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import CaseFacts, Step, ensure_allowed, facts_of


def completion_step(
    case: CaseFacts,
    data: CompletionInput,
    *,
    dues: list[tuple[str, dt.date]],
    closed_by_id: int,
    at: dt.datetime,
    follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS,
    calendar: Calendar | None = None,
) -> Step:
    """The 办结单 of a validated ``data``, on time or not against the case's deadlines (``dues``: kind and
    due date of each obligation not cancelled); every open obligation of the matter is met with it (the
    office's own, a 快报 not yet sent, stay open), and the 回访 within ``follow_up_days`` working days opens."""
    assert data.decision and data.service and data.closed_on and data.served_on
    dues = [(kind, due) for kind, due in dues if kind not in OFFICE_KINDS]
    deadline = closing_deadline(case.channel, case.route, dues)
    on_time = deadline is None or data.closed_on <= deadline
    mail_number = data.mail_number.strip().upper().replace(" ", "")
    closed_at = dt.datetime.combine(data.closed_on, dt.time(17, 0))
    row = {
        "decision": data.decision.value,
        "summary": data.summary.strip(),
        "service": data.service.value,
        "mail_number": mail_number,
        "served_on": data.served_on,
        "receipt_signed": data.receipt_signed,
        "satisfaction": data.satisfaction.value,
        "closed_on": data.closed_on,
        "on_time": on_time,
        "note": data.note.strip(),
        "archive_number": "",
        "archived_on": None,
        "closed_by_id": closed_by_id,
        "created_at": at,
    }
    status = CaseStatus.CLOSED.value
    entry = audit.Entry(
        "complete",
        "completion",
        f"办结：{data.decision.label}，{data.service.label}"
        + (f"（{mail_number}）" if mail_number else "")
        + f"，{data.satisfaction.label}"
        + ("" if on_time else "，超期办结"),
        {"status": [case.status, status], "on_time": on_time, "deadline": deadline},
    )
    matter = tuple(kind for kind in ObligationKind if kind not in OFFICE_KINDS)
    closing = Closing(closed_at, "随办结完成", kinds=matter)
    follow_up = plan_office_obligation(
        ObligationKind.FOLLOW_UP, start=data.closed_on, length=follow_up_days, at=at, calendar=calendar
    )
    return Step(row, entry, {"status": status, "closed_at": closed_at}, opens=(follow_up,), closes=(closing,))


def archive_step(number: str, on: dt.date) -> Step:
    """Filing a closed case under ``number``: its 办结单 gets the number, the case is archived."""
    old, new = CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value
    entry = audit.Entry("archive", "case", f"归档，档案号{number}", {"status": [old, new]})
    return Step({"archive_number": number, "archived_on": on}, entry, {"status": new})


def complete(db: Database, actor: Actor, case_id: int, data: CompletionInput) -> bool:
    """Close the case with its 办结单; returns whether it was closed on time."""
    require(actor, CAN_PROCESS, "办结信访事项")
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.COMPLETE)
        errors = validate_completion(data, case.received_at.date(), steps.today())
        if case.route == Route.NOT_ACCEPT.value and data.decision not in (None, Decision.NOT_ACCEPTED):
            errors["decision"] = "批示为不予受理的事项，处理结果应为“不予受理”"
        if errors:
            raise ValidationFailed(errors)
        dues = [
            (k, d)
            for k, d in session.execute(
                select(Obligation.kind, Obligation.due_date).where(
                    Obligation.case_id == case.id, Obligation.status != ObligationStatus.CANCELLED
                )
            )
        ]
        step = completion_step(
            facts_of(case),
            data,
            dues=dues,
            closed_by_id=actor.id,
            at=now(),
            follow_up_days=settings.read(session, settings.FOLLOW_UP_DAYS),
        )
        row = Completion(case_id=case.id, **step.row)
        session.add(row)
        close(session, case, step.closes[0])
        add_obligations(session, case, step.opens)
        steps.update(case, step.case)
        session.flush()
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        return bool(row.on_time)


def archive(db: Database, actor: Actor, case_id: int, *, on: dt.date | None = None) -> str:
    """File a closed case: it gets its archive number; returns the number."""
    require(actor, CAN_PROCESS, "归档信访事项")
    on = on or steps.today()
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.ARCHIVE)
        completion = session.scalar(select(Completion).where(Completion.case_id == case.id))
        if completion is None:
            raise ServiceError("该事项没有办结单，不能归档")
        if on < completion.closed_on:
            raise ValidationFailed({"on": "归档日期不能早于办结日期"})
        number = next_form_number(session, "archive", on.year)
        step = archive_step(number, on)
        steps.update(completion, step.row)
        steps.update(case, step.case)
        audit.record_entry(session, actor, step.entry, case.id, case_id=case.id)
        return number
