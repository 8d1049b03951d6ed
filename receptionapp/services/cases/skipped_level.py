"""越级访 marks: the office clears the mark a route-2 批示 set, with a reason (domain.skipped_level)."""

from __future__ import annotations

from receptionapp.db.database import Database
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.skipped_level import clear_reason_problem
from receptionapp.services import access, audit
from receptionapp.services.context import Actor, ServiceError, ValidationFailed, require


def clear_skipped_level(db: Database, actor: Actor, case_id: int, reason: str) -> None:
    """Clear the case's 越级 mark: it is not counted as 越级访 any more; the reason is kept and audited.

    A later 批示 of route 2 does not mark it again.
    """
    require(actor, CAN_PROCESS, "取消越级访标记")
    reason = reason.strip()
    if problem := clear_reason_problem(reason):
        raise ValidationFailed({"reason": problem})
    with db.write() as session:
        case = access.load_case(session, case_id, actor)
        if case.status == CaseStatus.VOIDED.value:
            raise ServiceError("已作废的事项不能修改")
        if not case.skipped_level:
            raise ServiceError("该事项未标记为越级访")
        case.skipped_level = False
        case.skipped_level_note = reason
        session.flush()
        audit.record(
            session,
            actor,
            "clear_skipped_level",
            "case",
            case.id,
            f"取消越级访标记。理由：{reason}",
            case_id=case.id,
            details={"skipped_level": [True, False], "reason": reason},
        )
