"""Edit a case's registration fields (optimistic locking on ``Case.version``) or void it with a reason."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, Region
from receptionapp.db.search import index_case
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import CAN_REGISTER, CAN_VOID
from receptionapp.domain.validation import MAX_SHORT_TEXT, validate_text
from receptionapp.domain.workflow import Route
from receptionapp.services import access, audit
from receptionapp.services.cases.conflicts import stale_message
from receptionapp.services.context import (
    Actor,
    ConcurrentChange,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    require,
)
from receptionapp.services.reference import lookup_id

EDITABLE_FIELDS = {
    "problem": "反映问题",
    "demand": "诉求",
    "unit_name": "涉及单位",
    "note": "备注",
    "source_body": "转办机关",
    "source_ref": "文号",
    "skipped_level": "越级访",
    "category": "问题类别",
    "region": "所属区县",
    "petition_type": "信访类型",
}


def update_case(
    db: Database, actor: Actor, case_id: int, expected_version: int, changes: dict[str, Any]
) -> int:
    """Edit registration fields; returns the new version. ConcurrentChange if stale."""
    require(actor, CAN_REGISTER, "修改登记信息")
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    errors: dict[str, str] = {}
    for key in ("problem", "demand", "note"):
        if key in changes:
            problem = validate_text(str(changes[key]), label=EDITABLE_FIELDS[key])
            if problem:
                errors[key] = problem
    if "problem" in changes and not str(changes["problem"]).strip():
        errors["problem"] = "请填写反映的问题"
    if errors:
        raise ValidationFailed(errors)
    try:
        with db.write() as session:
            c = access.load_case(session, case_id)
            if c.status == CaseStatus.VOIDED.value:
                raise ServiceError("已作废的事项不能修改")
            if not CaseStatus(c.status).is_open:
                raise ServiceError(f"该事项{CaseStatus(c.status).label}，登记信息不能再修改")
            if not access.sees_identity(session, actor, c):
                raise PermissionDenied("保密事项的登记信息只能由办公室或管理员修改")
            if c.version != expected_version:
                raise ConcurrentChange(stale_message(session, case_id, expected_version, EDITABLE_FIELDS))
            if changes.get("skipped_level") is False and c.skipped_level and c.route == Route.TRANSFER.value:
                raise ValidationFailed(
                    {
                        "skipped_level": "转交办理的事项按越级访统计；如不属越级访，请用“取消越级标记”并写明理由"
                    }
                )
            diff: dict[str, list[Any]] = {}
            # One edit is one UPDATE: no flush while reading the old names below.
            with session.no_autoflush:
                _apply_changes(session, c, changes, diff)
            if not diff:
                return c.version
            made_confidential = "petition_type" in diff and not c.confidential
            if made_confidential and PetitionType(c.petition_type).confidential_by_default:
                c.confidential = True
            else:
                made_confidential = False
            session.flush()
            index_case(session, c, [link.person for link in c.petitioners])
            audit.record(
                session,
                actor,
                "edit",
                "case",
                c.id,
                "修改：" + "、".join(EDITABLE_FIELDS[k] for k in diff),
                case_id=c.id,
                details=diff,
            )
            if made_confidential:
                audit.record(
                    session, actor, "confidential", "case", c.id, "改为检举控告，自动列为保密事项",
                    case_id=c.id, details={"confidential": [False, True]},
                )  # fmt: skip
            return c.version
    except StaleDataError as error:
        # On PostgreSQL the other save can commit after our version check: the
        # UPDATE ... WHERE version = ? then matches no row.
        raise ConcurrentChange(_stale_after_race(db, case_id, expected_version)) from error


def _apply_changes(session: Session, c: Case, changes: dict[str, Any], diff: dict[str, list[Any]]) -> None:
    """Set the changed fields on ``c`` and record ``[old, new]`` per field in ``diff``."""
    for key, value in changes.items():
        if key == "petition_type":
            kind, old_kind = PetitionType(value), PetitionType(c.petition_type)
            if kind is not old_kind:
                diff[key] = [old_kind.label, kind.label]
                c.petition_type = kind.value
            continue
        if key in ("category", "region"):
            model = Category if key == "category" else Region
            current = getattr(c, key)
            new_id = lookup_id(session, model, str(value), key, keep=current.id)
            if new_id != current.id:
                diff[key] = [current.name, value]
                setattr(c, f"{key}_id", new_id)
            continue
        old = getattr(c, key)
        if isinstance(old, str):
            value = str(value).strip()
        if old != value:
            diff[key] = [old, value]
            setattr(c, key, value)


def _stale_after_race(db: Database, case_id: int, seen_version: int) -> str:
    """The same message when the other save committed between our check and our UPDATE."""
    with db.read() as session:
        return stale_message(session, case_id, seen_version, EDITABLE_FIELDS)


def void_case(db: Database, actor: Actor, case_id: int, reason: str) -> None:
    """Void a mistaken case: it stays, marked, visible to the admin and office."""
    require(actor, CAN_VOID, "作废信访事项")
    reason = reason.strip()
    if len(reason) < 4:
        raise ValidationFailed({"reason": "请写明作废原因（至少4个字）"})
    bad = validate_text(reason, limit=MAX_SHORT_TEXT * 10, label="作废原因")
    if bad:
        raise ValidationFailed({"reason": bad})
    with db.write() as session:
        c = access.load_case(session, case_id)
        if c.status == CaseStatus.VOIDED.value:
            raise ServiceError("该事项已经作废")
        if not CaseStatus(c.status).is_open:
            raise ServiceError(f"该事项{CaseStatus(c.status).label}，不能作废")
        old_status = c.status
        c.status = CaseStatus.VOIDED.value
        c.void_reason = reason
        c.voided_at = now()
        c.voided_by_id = actor.id
        audit.record(
            session,
            actor,
            "void",
            "case",
            c.id,
            f"作废：{reason}",
            case_id=c.id,
            details={"status": [old_status, c.status]},
        )
