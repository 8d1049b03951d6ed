"""The audit trail: every change, who and when, in the transaction that made it.

Entries are append-only and chained: each stores the hash of the previous one
and its own hash over its content, so a changed or removed row breaks the
chain at that point (``verify_chain``). A case's timeline is its entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.models import AuditEntry
from receptionapp.services.context import Actor


def content_hash(
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    user_name: str,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    summary: str,
    details: str,
) -> str:
    """The hash of one entry's content, linked to the previous entry's hash."""
    content = json.dumps(
        [prev_hash, at.isoformat(), user_id, user_name, action, entity, entity_id, case_id, summary, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _digest(entry: AuditEntry) -> str:
    return content_hash(
        entry.prev_hash,
        entry.at,
        entry.user_id,
        entry.user_name,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.case_id,
        entry.summary,
        entry.details,
    )


# Key of the PostgreSQL advisory lock that serialises appends to the chain.
CHAIN_LOCK_KEY = 0x52454350  # "RECP"


def last_hash(session: Session) -> str:
    """The hash to link the next entry to; call only to append in this transaction.

    On PostgreSQL two transactions could read the same tail and fork the
    chain, so the first call takes a transaction-scoped advisory lock: the
    next writer waits until this one commits and then sees its entries.
    (SQLite write transactions are serialised already.)
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    return session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or ""


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    *,
    case_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry; call inside the write transaction of the change."""
    prev = last_hash(session)
    entry = AuditEntry(
        at=now(),
        user_id=actor.id if actor else None,
        user_name=actor.display_name if actor else "系统",
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        summary=summary,
        details=json.dumps(details or {}, ensure_ascii=False, default=_json_default),
        prev_hash=prev,
    )
    entry.hash = _digest(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    message: str


def verify_chain(session: Session) -> ChainProblem | None:
    """The first entry whose content or link does not match, or None."""
    prev = ""
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
        if entry.prev_hash != prev:
            return ChainProblem(entry.id, f"第{entry.id}条审计记录与前一条的链接不符（前一条被改动或删除）")
        if _digest(entry) != entry.hash:
            return ChainProblem(entry.id, f"第{entry.id}条审计记录的内容被改动")
        prev = entry.hash
    return None


def record_view(
    session: Session, actor: Actor, case_id: int, number: str, *, what: str = "查看"
) -> AuditEntry:
    """Record that ``actor`` saw a confidential case (its petitioner's identity); call in a write."""
    return record(session, actor, "view", "case", case_id, f"{what}保密事项 {number}", case_id=case_id)
