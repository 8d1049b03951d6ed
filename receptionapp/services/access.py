"""Who sees which case, and whose petitioner's identity: the rule, written once for GUI and CLI.

The rule (信访工作条例 arts. 28, 30; DOMAIN.md "Confidentiality and records"):

* A unit handler (承办人) sees only the cases assigned to their unit (a
  交办单 to it exists); any other case is "not found" for them. A handler
  without a unit sees none.
* A case is confidential when it is a 检举控告 (from registration on) or the
  office marked it. Its petitioners' name, ID number, phone and address are
  seen only by the office and the admin, and by a leader who instructed it
  (批示), talked with the petitioner (接谈) or has it on a reception day he
  leads or stands in for. Everyone else — clerks, handlers, other leaders —
  sees "（保密）" in their place, in free texts too, and cannot find the case
  by the petitioner's name, ID number or phone.
* Lists (the register, search results, the board, a report's case list, the
  ledger, an import batch, the reception queue) show "（保密）" for a
  confidential case to everybody: the identity appears only where a case is
  opened (the case page, its papers, its letters), and every such opening of a
  confidential case, masked or not, is written to the audit log.

Services call these helpers; the GUI only hides what they would refuse.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar, cast

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, false, or_, select, true, union
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Petitioner
from receptionapp.db.models_workflow import (
    Assignment,
    Conversation,
    Instruction,
    ReceptionDay,
    ReceptionVisit,
)
from receptionapp.domain.confidentiality import MASK, redact, secrets_of
from receptionapp.domain.roles import SEES_CONFIDENTIAL, Role
from receptionapp.domain.validation import (
    normalize,
    normalize_id_number,
    normalize_phone,
    search_text,
)
from receptionapp.services import audit
from receptionapp.services.context import Actor, NotFound

T = TypeVar("T")


def is_unit_bound(actor: Actor | None) -> bool:
    """A handler: sees only the cases of their own unit."""
    return actor is not None and actor.role is Role.HANDLER


def case_scope(actor: Actor | None) -> ColumnElement[bool] | None:
    """The condition on ``Case`` for the cases ``actor`` may see at all; None: every case."""
    if not is_unit_bound(actor):
        return None
    assert actor is not None
    if actor.unit_id is None:
        return false()
    return Case.id.in_(select(Assignment.case_id).where(Assignment.unit_id == actor.unit_id))


def leader_case_ids(leader_id: int) -> CompoundSelect[int]:
    """The cases a leader is involved in: instructed, talked with, or on a reception day he leads."""
    return union(
        select(Instruction.case_id).where(Instruction.leader_id == leader_id),
        select(Conversation.case_id).where(Conversation.leader_id == leader_id),
        select(ReceptionVisit.case_id)
        .join(ReceptionDay, ReceptionDay.id == ReceptionVisit.reception_day_id)
        .where(
            or_(
                and_(ReceptionDay.substitute_id.is_(None), ReceptionDay.leader_id == leader_id),
                ReceptionDay.substitute_id == leader_id,
            )
        ),
    )


def identity_condition(actor: Actor | None) -> ColumnElement[bool]:
    """The condition on ``Case`` under which ``actor`` sees its petitioners' identity."""
    if actor is None or actor.role in SEES_CONFIDENTIAL:
        return true()
    if actor.role is Role.LEADER:
        return or_(Case.confidential.is_(False), Case.id.in_(leader_case_ids(actor.id)))
    return Case.confidential.is_(False)


def sees_identity(session: Session, actor: Actor | None, case: Case) -> bool:
    if not case.confidential or actor is None or actor.role in SEES_CONFIDENTIAL:
        return True
    if actor.role is not Role.LEADER:
        return False
    involved = select(Case.id).where(Case.id == case.id, identity_condition(actor))
    return session.scalar(involved) is not None


def hidden_secrets(session: Session, actor: Actor | None, case: Case) -> list[str]:
    """Nothing when ``actor`` sees the case's petitioners; else their details, to take out of texts."""
    if sees_identity(session, actor, case):
        return []
    return secrets_of(
        (link.person.name, link.person.id_number, link.person.phone, link.person.address)
        for link in case.petitioners
    )


CASE_NOT_FOUND = "找不到该信访事项"


def load_case(session: Session, case_id: int, actor: Actor | None = None) -> Case:
    """The case, or NotFound; with ``actor``, NotFound too for a case outside his scope."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(CASE_NOT_FOUND)
    if actor is not None:
        ensure_visible(session, actor, case_id)
    return case


def ensure_visible(session: Session, actor: Actor | None, case_id: int) -> None:
    """NotFound for a case outside ``actor``'s scope (a handler, a case not assigned to his unit)."""
    scope = case_scope(actor)
    if scope is not None and session.scalar(select(Case.id).where(Case.id == case_id, scope)) is None:
        raise NotFound("找不到该信访事项（承办人只能查看交办本单位的事项）")


def visible_filter(actor: Actor | None) -> ColumnElement[bool]:
    """Scope and, for other people's cases listed beside one (prior cases), confidentiality together."""
    scope = case_scope(actor)
    identity = identity_condition(actor)
    return identity if scope is None else and_(scope, identity)


def identity_search(query: str) -> Select[int] | None:
    """Confidential cases whose petitioner's name, ID number or phone matches ``query``.

    Confidential cases are indexed without their petitioners (see
    ``db.search.case_text``), so nobody finds them by a name through the
    index; this lookup, restricted to confidential cases, lets those with the
    right find them by the petitioner again. Few cases are confidential: the
    LIKE runs over their petitioners only.
    """
    text = normalize(search_text(query))
    if len(text) < 2 or any(ch.isspace() for ch in text):
        return None
    name = text.replace("%", "").replace("_", "")
    conditions = [Person.name.like(f"%{name}%")]
    digits = normalize_id_number(text)
    if digits[:1].isdigit():
        conditions.append(Person.id_number.like(f"{digits}%"))
        conditions.append(Person.phone.like(f"%{normalize_phone(text)}%"))
    return (
        select(Petitioner.case_id)
        .join(Person, Person.id == Petitioner.person_id)
        .join(Case, Case.id == Petitioner.case_id)
        .where(Case.confidential.is_(True), or_(*conditions))
    )


def identity_matches(actor: Actor | None, query: str) -> ColumnElement[bool] | None:
    """Confidential cases ``actor`` may find by their petitioner's name, ID number or phone; None: none."""
    by_person = identity_search(query)
    if by_person is None or (actor is not None and actor.role not in SEES_CONFIDENTIAL | {Role.LEADER}):
        return None
    return and_(Case.id.in_(by_person), identity_condition(actor))


def search_scope(actor: Actor | None, query: str, indexed: ColumnElement[bool]) -> ColumnElement[bool]:
    """The search condition for ``actor``: the index, plus confidential cases by petitioner when allowed."""
    by_person = identity_matches(actor, query)
    return indexed if by_person is None else or_(indexed, by_person)


# ---------------------------------------------------------------- masking


def reader_secrets(db: Database, actor: Actor | None, case_id: int, *, view: str | None) -> list[str]:
    """For a service that shows one case's texts: scope check, what to mask, and the view's audit entry.

    NotFound outside the actor's scope; returns ``hidden_secrets``; an opening
    of a confidential case is audited as ``view`` (None: the caller audits).
    """
    with db.read() as session:
        case = load_case(session, case_id, actor)
        secrets = hidden_secrets(session, actor, case)
        confidential = case.confidential
    if confidential and actor is not None and view:
        with db.write() as session:
            record_view(session, actor, load_case(session, case_id), what=view, masked=bool(secrets))
    return secrets


def redact_fields(value: T, secrets: list[str]) -> T:
    """A copy of ``value`` (a dataclass, list, dict or string) with every secret replaced by MASK.

    Only plain strings are touched: enums (which are str subclasses), dates
    and numbers stay as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str) and type(value) is str:
        return cast(T, redact(value, secrets))
    if isinstance(value, list):
        return cast(T, [redact_fields(item, secrets) for item in value])
    if isinstance(value, dict):
        return cast(T, {key: redact_fields(item, secrets) for key, item in value.items()})
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: redact_fields(getattr(value, f.name), secrets)
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    return value


def masked_names(names: str, confidential: bool) -> str:
    """What a list shows for a case's petitioners."""
    return MASK if confidential else names


def record_view(session: Session, actor: Actor | None, case: Case, *, what: str, masked: bool) -> None:
    """Audit one opening of a confidential case (nothing for other cases or the system itself)."""
    if actor is None or not case.confidential:
        return
    summary = f"{what}保密事项 {case.number}" + ("（信访人身份已隐去）" if masked else "")
    audit.record(
        session, actor, "view", "case", case.id, summary, case_id=case.id, details={"masked": masked}
    )
