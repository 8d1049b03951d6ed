"""Conflicts of interest (回避, 《信访工作条例》第二十八条): the office's list, and the check before acting.

The office records that a member of staff is in conflict with a person (by
ID number, else by name) or with a unit (a relative works there). Assigning a
case to a unit one of whose handlers is in conflict with its petitioner or
with the unit it complains about, or a leader instructing or receiving such a
petitioner, is then flagged: ``conflicts`` returns the warnings and the
workflow services ask for a confirmed reason (``confidentiality.confirm_or_refuse``).
Entries are never deleted; an ended one keeps who ended it and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case, Unit, User
from receptionapp.db.models_confidential import Recusal
from receptionapp.domain.confidentiality import names_unit
from receptionapp.domain.roles import CAN_MANAGE_RECUSALS, Role
from receptionapp.domain.validation import (
    normalize,
    normalize_id_number,
    validate_id_number,
    validate_name,
    validate_text,
)
from receptionapp.services import audit
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require

PERSON = "person"
UNIT = "unit"
KIND_LABELS = {PERSON: "信访人", UNIT: "单位"}


@dataclass(frozen=True)
class RecusalInput:
    """What the office types: whose conflict, with whom (a person or a unit), and why."""

    user_id: int | None
    kind: str
    person_name: str = ""
    id_number: str = ""
    unit_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class RecusalRow:
    id: int
    user_id: int
    user_name: str
    role: Role
    kind: str
    person_name: str
    id_number: str
    unit_id: int | None
    unit_name: str
    reason: str
    active: bool
    created_at: dt.datetime
    created_by: str
    ended_at: dt.datetime | None

    @property
    def counterpart(self) -> str:
        """With whom: 信访人 张三（身份证号…） or 单位 市第一中学."""
        if self.kind == UNIT:
            return f"单位：{self.unit_name}"
        return f"信访人：{self.person_name}" + (f"（{self.id_number}）" if self.id_number else "")


def _validate(session: Session, data: RecusalInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    user = session.get(User, data.user_id) if data.user_id is not None else None
    if user is None or not user.active:
        errors["user"] = "请选择需要回避的工作人员"
    if data.kind == PERSON:
        if problem := validate_name(data.person_name):
            errors["person_name"] = problem
        if data.id_number.strip() and (problem := validate_id_number(data.id_number)):
            errors["id_number"] = problem
    elif data.kind == UNIT:
        unit = session.get(Unit, data.unit_id) if data.unit_id is not None else None
        if unit is None:
            errors["unit"] = "请选择单位"
    else:
        errors["kind"] = "请选择回避对象是信访人还是单位"
    reason = data.reason.strip()
    if len(reason) < 2:
        errors["reason"] = "请写明回避事由（如：配偶、近亲属在该校任职）"
    elif problem := validate_text(reason, limit=500, label="回避事由"):
        errors["reason"] = problem
    return errors


def list_recusals(db: Database, actor: Actor, *, include_ended: bool = True) -> list[RecusalRow]:
    require(actor, CAN_MANAGE_RECUSALS, "查看回避登记")
    creator = aliased(User)
    stmt = (
        select(Recusal, User, Unit.name, creator.display_name)
        .join(User, User.id == Recusal.user_id)
        .join(creator, creator.id == Recusal.created_by_id)
        .outerjoin(Unit, Unit.id == Recusal.unit_id)
        .order_by(Recusal.active.desc(), Recusal.id.desc())
    )
    if not include_ended:
        stmt = stmt.where(Recusal.active)
    with db.read() as session:
        return [
            RecusalRow(
                r.id, r.user_id, user.display_name, Role(user.role), r.kind, r.person_name, r.id_number,
                r.unit_id, unit_name or "", r.reason, r.active, r.created_at, created_by, r.ended_at,
            )
            for r, user, unit_name, created_by in session.execute(stmt)
        ]  # fmt: skip


def add_recusal(db: Database, actor: Actor, data: RecusalInput) -> int:
    """Record a conflict of interest; returns its id."""
    require(actor, CAN_MANAGE_RECUSALS, "登记回避")
    with db.write() as session:
        errors = _validate(session, data)
        if errors:
            raise ValidationFailed(errors)
        assert data.user_id is not None
        row = Recusal(
            user_id=data.user_id,
            kind=data.kind,
            person_name=normalize(data.person_name) if data.kind == PERSON else "",
            id_number=normalize_id_number(data.id_number) if data.kind == PERSON else "",
            unit_id=data.unit_id if data.kind == UNIT else None,
            reason=data.reason.strip(),
            active=True,
            created_by_id=actor.id,
        )
        session.add(row)
        session.flush()
        user = session.get(User, data.user_id)
        unit = session.get(Unit, row.unit_id) if row.unit_id else None
        counterpart = f"单位{unit.name}" if unit else f"信访人{row.person_name}"
        audit.record(
            session,
            actor,
            "recusal_add",
            "recusal",
            row.id,
            f"登记回避：{user.display_name if user else ''}与{counterpart}（{row.reason}）",
            details={"user_id": row.user_id, "kind": row.kind, "unit_id": row.unit_id},
        )
        return row.id


def end_recusal(db: Database, actor: Actor, recusal_id: int, reason: str) -> None:
    """The conflict no longer holds (the relative left the school ...): the entry stays, marked ended."""
    require(actor, CAN_MANAGE_RECUSALS, "解除回避")
    reason = reason.strip()
    if len(reason) < 2:
        raise ValidationFailed({"reason": "请写明解除回避的理由"})
    with db.write() as session:
        row = session.get(Recusal, recusal_id)
        if row is None:
            raise NotFound("找不到该回避登记")
        if not row.active:
            raise ServiceError("该回避登记已经解除")
        row.active = False
        row.ended_at = now()
        row.ended_by_id = actor.id
        audit.record(
            session, actor, "recusal_end", "recusal", row.id, f"解除回避登记（第{row.id}号）：{reason}"
        )


# ---------------------------------------------------------------- the check before acting


def _matches_person(row: Recusal, name: str, id_number: str) -> bool:
    if row.id_number and id_number:
        return row.id_number == id_number
    return bool(row.person_name) and row.person_name == normalize(name)


def conflicts(session: Session, user_ids: Iterable[int], case: Case, *, role: str = "") -> list[str]:
    """Warnings for every active conflict of these users with the case's petitioners or its unit."""
    ids = list(dict.fromkeys(user_ids))
    if not ids:
        return []
    rows = session.execute(
        select(Recusal, User.display_name, Unit.name)
        .join(User, User.id == Recusal.user_id)
        .outerjoin(Unit, Unit.id == Recusal.unit_id)
        .where(Recusal.user_id.in_(ids), Recusal.active)
        .order_by(Recusal.id)
    ).all()
    people = [(link.person.name, link.person.id_number or "") for link in case.petitioners]
    warnings = []
    for row, user_name, unit_name in rows:
        if row.kind == PERSON:
            for name, id_number in people:
                if _matches_person(row, name, id_number):
                    warnings.append(f"{role}{user_name}与信访人{name}须回避（{row.reason}）")
        elif unit_name and names_unit(case.unit_name, unit_name):
            warnings.append(f"{role}{user_name}与被反映单位{unit_name}须回避（{row.reason}）")
    return warnings


def unit_handlers(session: Session, unit_id: int) -> list[int]:
    """The active handler accounts of a unit: the people who will work on what it is assigned."""
    return list(
        session.scalars(
            select(User.id).where(User.unit_id == unit_id, User.role == Role.HANDLER.value, User.active)
        )
    )


def staff_choices(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """The active accounts the office may record a conflict for: (id, "name（role，unit）")."""
    require(actor, CAN_MANAGE_RECUSALS, "登记回避")
    with db.read() as session:
        rows = session.execute(
            select(User.id, User.display_name, User.role, Unit.name)
            .outerjoin(Unit, Unit.id == User.unit_id)
            .where(User.active)
            .order_by(User.role, User.display_name, User.id)
        ).all()
    return [
        (user_id, f"{name}（{Role(role).label}" + (f"，{unit}" if unit else "") + "）")
        for user_id, name, role, unit in rows
    ]
