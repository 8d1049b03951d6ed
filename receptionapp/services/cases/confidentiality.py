"""Marking a case confidential, or lifting the mark, and the reason an action goes ahead despite a warning.

The office (or the admin) marks any case confidential, and may lift the
mark of any case — a 检举控告 included — only with a written reason; both
are audited and the case's search terms are rewritten (a confidential case
is indexed without its petitioners, see ``db.search.case_text``). Who then
sees what is decided in ``services.access``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.search import index_case
from receptionapp.domain.roles import CAN_MARK_CONFIDENTIAL
from receptionapp.domain.validation import validate_text
from receptionapp.services import access, audit
from receptionapp.services.context import (
    Actor,
    NeedsConfirmation,
    ServiceError,
    ValidationFailed,
    require,
)

MIN_REASON = 4
MAX_REASON = 500


def checked_reason(reason: str, what: str) -> str:
    """A stripped reason of at least ``MIN_REASON`` characters, or ValidationFailed naming ``what``."""
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise ValidationFailed({"reason": f"请写明{what}的理由（至少{MIN_REASON}个字）"})
    if problem := validate_text(reason, limit=MAX_REASON, label="理由"):
        raise ValidationFailed({"reason": problem})
    return reason


def set_confidential(db: Database, actor: Actor, case_id: int, confidential: bool, reason: str = "") -> None:
    """Mark the case confidential (a reason is optional) or lift the mark (a reason is required)."""
    require(actor, CAN_MARK_CONFIDENTIAL, "设置或取消保密事项")
    if confidential:
        reason = reason.strip()
        if reason and (problem := validate_text(reason, limit=MAX_REASON, label="理由")):
            raise ValidationFailed({"reason": problem})
    else:
        reason = checked_reason(reason, "取消保密")
    with db.write() as session:
        case = access.load_case(session, case_id)
        if case.confidential == confidential:
            raise ServiceError("该事项已是保密事项" if confidential else "该事项不是保密事项")
        case.confidential = confidential
        session.flush()
        index_case(session, case, [link.person for link in case.petitioners])
        summary = "列为保密事项" if confidential else "取消保密"
        audit.record(
            session,
            actor,
            "confidential" if confidential else "unconfidential",
            "case",
            case.id,
            summary + (f"。理由：{reason}" if reason else ""),
            case_id=case.id,
            details={"confidential": [not confidential, confidential], "reason": reason},
        )


def confirm_or_refuse(
    session: Session,
    actor: Actor,
    case: Case,
    warnings: list[str],
    confirm_reason: str,
    *,
    what: str,
) -> None:
    """Raise NeedsConfirmation for ``warnings`` unless a reason is given; audit the reason when it is."""
    if not warnings:
        return
    if not confirm_reason.strip():
        raise NeedsConfirmation(warnings)
    reason = checked_reason(confirm_reason, f"确认{what}")
    audit.record(
        session,
        actor,
        "override",
        "case",
        case.id,
        f"经确认{what}：" + "；".join(warnings) + f"。理由：{reason}",
        case_id=case.id,
        details={"warnings": warnings, "reason": reason},
    )
