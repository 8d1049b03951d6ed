"""The audit trail: every change, who and when, in the transaction that made it.

Entries are append-only and chained: each stores the hash of the previous one
and its own hash over its content, so a changed or removed row breaks the
chain at that point (``verify_chain``). A case's timeline is its entries.
A workflow step's row builder says what its entry is (``Entry``); ``record``
appends one entry, ``append_many`` a batch (demo data) with the same hashes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.bulk import insert_rows
from receptionapp.db.models import AuditEntry
from receptionapp.services.context import Actor

# json.dumps(..., ensure_ascii=False, separators=(",", ":")), made once: demo data hashes 100,000s of entries.
_HASHED = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


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
    content = _HASHED.encode(
        [prev_hash, at.isoformat(), user_id, user_name, action, entity, entity_id, case_id, summary, details]
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


# The columns an entry's hash covers, in ``content_hash``'s order (after the previous hash).
HASHED_COLUMNS = (
    "at",
    "user_id",
    "user_name",
    "action",
    "entity",
    "entity_id",
    "case_id",
    "summary",
    "details",
)


def _digest(entry: AuditEntry) -> str:
    return content_hash(entry.prev_hash, *(getattr(entry, column) for column in HASHED_COLUMNS))


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


# json.dumps(details, ensure_ascii=False, default=_json_default), made once.
_DETAILS = json.JSONEncoder(ensure_ascii=False, default=_json_default)


@dataclass(frozen=True)
class Entry:
    """What a step writes into the timeline: the action, the kind of row it touched, the summary, the details."""

    action: str
    entity: str
    summary: str
    details: Mapping[str, Any] | None = None


def entry_row(
    at: dt.datetime,
    user: tuple[int | None, str],
    entry: Entry,
    entity_id: int | None,
    case_id: int | None,
) -> dict[str, Any]:
    """The columns of one entry but its chain hashes; ``user`` is (id, name) of who acted."""
    return {
        "at": at,
        "user_id": user[0],
        "user_name": user[1],
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entity_id,
        "case_id": case_id,
        "summary": entry.summary,
        "details": _DETAILS.encode(dict(entry.details)) if entry.details else "{}",
    }


def _link(row: dict[str, Any], prev: str) -> str:
    """Chain ``row`` to the entry before it (hash ``prev``); returns its own hash."""
    row["prev_hash"] = prev
    row["hash"] = content_hash(prev, *(row[column] for column in HASHED_COLUMNS))
    return str(row["hash"])


def who(actor: Actor | None) -> tuple[int | None, str]:
    """The (id, name) an entry records for ``actor``; no actor is the system itself."""
    return (actor.id, actor.display_name) if actor else (None, "系统")


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str,
    *,
    case_id: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry; call inside the write transaction of the change."""
    row = entry_row(now(), who(actor), Entry(action, entity, summary, details), entity_id, case_id)
    _link(row, last_hash(session))
    entry = AuditEntry(**row)
    session.add(entry)
    session.flush()
    return entry


def record_entry(
    session: Session, actor: Actor | None, entry: Entry, entity_id: int | None, *, case_id: int | None
) -> AuditEntry:
    """Append the entry a row builder made (``Entry``) for the row ``entity_id``."""
    return record(
        session,
        actor,
        entry.action,
        entry.entity,
        entity_id,
        entry.summary,
        case_id=case_id,
        details=entry.details,
    )


def append_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Append many entries (``entry_row`` dicts, in order) at once, chained as ``record`` chains one."""
    if not rows:
        return
    prev = last_hash(session)
    for row in rows:
        prev = _link(row, prev)
    insert_rows(session.connection(), cast(Table, AuditEntry.__table__), rows)


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
