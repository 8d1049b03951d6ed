"""重点信访人: mark a person for close follow-up, assign the 包案 leader, record progress, end it.

Who: the office and the admin, who keep the list, and a leader, who takes a
person on (包案) or hands one over; the same roles read the list (it names
people). A mark carries its reason and its responsible leader (an active
account with the leader role); the leader and the 工作状态 change over time;
ending needs a reason and keeps the row (inactive, with the day), so the
person can be marked again later. Every step is audited, tied to the case
the mark was made from when there is one, so it shows on that timeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, ScalarSelect, func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Petitioner, User
from receptionapp.db.models_workflow import KeyPetitioner
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_MARK_KEY, Role
from receptionapp.domain.validation import validate_text
from receptionapp.services import audit
from receptionapp.services.context import Actor, NotFound, ValidationFailed, require

MAX_TEXT = 500
# What the office usually writes as 工作状态; any other text is accepted.
STATUS_SUGGESTIONS = ("稳控中", "化解中", "已化解，持续关注", "诉求已解决", "外出，保持联系")


@dataclass(frozen=True)
class KeyMark:
    id: int
    person_id: int
    name: str
    id_number: str
    phone: str
    leader_id: int | None
    leader: str
    reason: str
    since: dt.date
    status_note: str
    active: bool
    ended_on: dt.date | None
    end_reason: str
    cases: int  # not voided
    open_cases: int

    @property
    def state(self) -> str:
        return (
            "跟踪中" if self.active else f"已结束（{self.ended_on:%Y-%m-%d}）" if self.ended_on else "已结束"
        )


def _clean(text: str, field: str, what: str, required: bool) -> str:
    value = text.strip()
    if required and not value:
        raise ValidationFailed({field: f"请填写{what}"})
    if len(value) > MAX_TEXT:
        raise ValidationFailed({field: f"{what}不能超过{MAX_TEXT}个字"})
    if problem := validate_text(value, limit=MAX_TEXT, label=what):
        raise ValidationFailed({field: problem})
    return value


def _leader(session: Session, leader_id: int | None) -> User:
    leader = session.get(User, leader_id) if leader_id else None
    if leader is None or leader.role != Role.LEADER.value or not leader.active:
        raise ValidationFailed({"leader": "请选择包案领导（在用的领导账号）"})
    return leader


def _views(session: Session, where: list[ColumnElement[bool]]) -> list[KeyMark]:
    closed = (CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value, CaseStatus.VOIDED.value)

    def count(*conditions: ColumnElement[bool]) -> ScalarSelect[int]:
        return (
            select(func.count(Petitioner.case_id))
            .join(Case, Case.id == Petitioner.case_id)
            .where(Petitioner.person_id == KeyPetitioner.person_id, *conditions)
            .scalar_subquery()
        )

    rows = session.execute(
        select(
            KeyPetitioner,
            Person.name,
            Person.id_number,
            Person.phone,
            User.display_name,
            count(Case.status != CaseStatus.VOIDED.value),
            count(Case.status.not_in(closed)),
        )
        .join(Person, Person.id == KeyPetitioner.person_id)
        .outerjoin(User, User.id == KeyPetitioner.leader_id)
        .where(*where)
        .order_by(KeyPetitioner.active.desc(), KeyPetitioner.since.desc(), KeyPetitioner.id)
    )
    return [
        KeyMark(
            k.id,
            k.person_id,
            name,
            id_number or "",
            phone or "",
            k.leader_id,
            leader or "（未指定）",
            k.reason,
            k.since,
            k.status_note,
            k.active,
            k.ended_on,
            k.end_reason,
            int(cases or 0),
            int(open_cases or 0),
        )
        for k, name, id_number, phone, leader, cases, open_cases in rows
    ]


def list_marks(db: Database, actor: Actor, *, include_ended: bool = False) -> list[KeyMark]:
    """The key petitioners, those still followed first; with ``include_ended`` also the ended ones."""
    require(actor, CAN_MARK_KEY, "查看重点信访人名单")
    with db.read() as session:
        return _views(session, [] if include_ended else [KeyPetitioner.active.is_(True)])


def marks_of(db: Database, person_ids: list[int]) -> dict[int, KeyMark]:
    """The marks (active or ended) of these persons, by person id: the case page shows them."""
    if not person_ids:
        return {}
    with db.read() as session:
        return {m.person_id: m for m in _views(session, [KeyPetitioner.person_id.in_(person_ids)])}


def mark(
    db: Database,
    actor: Actor,
    person_id: int,
    reason: str,
    leader_id: int | None,
    *,
    status_note: str = "",
    since: dt.date | None = None,
    case_id: int | None = None,
) -> int:
    """List a person as 重点信访人 (again, if an earlier follow-up ended); returns the mark's id."""
    require(actor, CAN_MARK_KEY, "列为重点信访人")
    reason = _clean(reason, "reason", "列为重点信访人的原因", True)
    status_note = _clean(status_note, "status_note", "工作状态", False)
    with db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("找不到该信访人")
        leader = _leader(session, leader_id)
        row = session.scalar(select(KeyPetitioner).where(KeyPetitioner.person_id == person_id))
        if row is not None and row.active:
            raise ValidationFailed(
                {"reason": f"{person.name}已是重点信访人（包案领导见名单），可修改包案领导和工作状态"}
            )
        day = since or dt.date.today()
        if row is None:
            row = KeyPetitioner(person_id=person_id)
            session.add(row)
        again = row.ended_on is not None
        row.leader_id, row.reason, row.since, row.status_note = leader.id, reason, day, status_note
        row.active, row.ended_on, row.end_reason = True, None, ""
        session.flush()
        audit.record(
            session,
            actor,
            "key_mark",
            "key_petitioner",
            row.id,
            f"{'重新' if again else ''}列为重点信访人：{person.name}，包案领导{leader.display_name}",
            case_id=case_id,
            details={"person_id": person_id, "reason": reason, "leader": leader.display_name, "since": day},
        )
        return row.id


def _get(session: Session, mark_id: int) -> tuple[KeyPetitioner, Person]:
    row = session.get(KeyPetitioner, mark_id)
    if row is None:
        raise NotFound("找不到该重点信访人记录，请刷新后重试")
    return row, session.get_one(Person, row.person_id)


def update(
    db: Database,
    actor: Actor,
    mark_id: int,
    *,
    leader_id: int | None,
    status_note: str,
    reason: str | None = None,
    case_id: int | None = None,
) -> None:
    """Change the 包案 leader, the 工作状态 (and the reason) of a person still followed."""
    require(actor, CAN_MARK_KEY, "修改重点信访人")
    status_note = _clean(status_note, "status_note", "工作状态", False)
    with db.write() as session:
        row, person = _get(session, mark_id)
        if not row.active:
            raise ValidationFailed(
                {"status_note": f"{person.name}的重点跟踪已结束，如需继续请重新列为重点信访人"}
            )
        leader = _leader(session, leader_id)
        diff: dict[str, list[str]] = {}
        if leader.id != row.leader_id:
            old = session.get(User, row.leader_id) if row.leader_id else None
            diff["leader"] = [old.display_name if old else "", leader.display_name]
            row.leader_id = leader.id
        if status_note != row.status_note:
            diff["status_note"] = [row.status_note, status_note]
            row.status_note = status_note
        if reason is not None:
            reason = _clean(reason, "reason", "列为重点信访人的原因", True)
            if reason != row.reason:
                diff["reason"] = [row.reason, reason]
                row.reason = reason
        if not diff:
            return
        parts = []
        if "leader" in diff:
            parts.append(f"包案领导改为{leader.display_name}")
        if "status_note" in diff:
            parts.append(f"工作状态：{status_note or '（空）'}")
        if "reason" in diff:
            parts.append("修改原因")
        audit.record(
            session,
            actor,
            "key_update",
            "key_petitioner",
            row.id,
            f"重点信访人{person.name}：{'；'.join(parts)}",
            case_id=case_id,
            details=diff,
        )


def end(
    db: Database,
    actor: Actor,
    mark_id: int,
    reason: str,
    *,
    on: dt.date | None = None,
    case_id: int | None = None,
) -> None:
    """End the follow-up with a reason; the person leaves the list and the reports, the record stays."""
    require(actor, CAN_MARK_KEY, "结束重点信访人跟踪")
    reason = _clean(reason, "end_reason", "结束跟踪的原因", True)
    with db.write() as session:
        row, person = _get(session, mark_id)
        if not row.active:
            raise ValidationFailed({"end_reason": f"{person.name}的重点跟踪已经结束"})
        row.active, row.ended_on, row.end_reason = False, on or dt.date.today(), reason
        audit.record(
            session,
            actor,
            "key_end",
            "key_petitioner",
            row.id,
            f"结束重点信访人跟踪：{person.name}（{reason}）",
            case_id=case_id,
            details={"reason": reason, "ended_on": row.ended_on},
        )


def case_ids_of(db: Database, actor: Actor, person_id: int) -> list[int]:
    """The cases a key petitioner raised (not voided), newest first."""
    require(actor, CAN_MARK_KEY, "查看重点信访人的事项")
    with db.read() as session:
        return list(
            session.scalars(
                select(Case.id)
                .join(Petitioner, Petitioner.case_id == Case.id)
                .where(Petitioner.person_id == person_id, Case.status != CaseStatus.VOIDED.value)
                .order_by(Case.received_at.desc(), Case.id.desc())
            )
        )
