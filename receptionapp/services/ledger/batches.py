"""Saved column mappings, and the imported batches with the cases each brought.

A mapping is saved under a name the office chooses ("区局台账2025") and
offered again for next year's file. Every import is a batch that can be
listed as a whole: which file, when, by whom, and each case it created with
the ledger's own number and row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Petitioner, User
from receptionapp.db.models_ledger import ImportBatch, ImportedCase, ImportMapping
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.ledger_fields import LedgerMapping
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.validation import search_text, validate_line
from receptionapp.services import access, audit
from receptionapp.services.context import Actor, NotFound, ValidationFailed, require


def mapping_names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(ImportMapping.name).order_by(ImportMapping.updated_at.desc())))


def load_mapping(db: Database, name: str) -> LedgerMapping:
    name = search_text(name).strip()
    with db.read() as session:
        text = session.scalar(select(ImportMapping.mapping).where(ImportMapping.name == name))
    if text is None:
        raise NotFound(f"没有名为“{name}”的列对应方案")
    return LedgerMapping.from_json(text)


def save_mapping(db: Database, actor: Actor, name: str, mapping: LedgerMapping) -> None:
    """Save (or replace) a mapping under ``name``."""
    require(actor, CAN_PROCESS, "保存列对应方案")
    name = name.strip()
    if not name:
        raise ValidationFailed({"mapping_name": "请填写方案名称"})
    if problem := validate_line(name, limit=64, label="方案名称"):
        raise ValidationFailed({"mapping_name": problem})
    with db.write() as session:
        row = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
        action = "update" if row else "create"
        if row is None:
            row = ImportMapping(name=name, mapping="")
            session.add(row)
        old = row.mapping
        row.mapping = mapping.to_json()
        row.updated_at = now()
        row.updated_by_id = actor.id
        session.flush()
        audit.record(
            session, actor, action, "import_mapping", row.id, f"保存台账列对应方案“{name}”",
            details={"mapping": [old or None, row.mapping]},
        )  # fmt: skip


@dataclass(frozen=True)
class BatchRow:
    id: int
    file_name: str
    sha256: str
    imported_at: dt.datetime
    imported_by: str
    row_count: int
    imported_count: int
    skipped_count: int


def list_batches(db: Database, actor: Actor | None = None) -> list[BatchRow]:
    if actor is not None:
        require(actor, CAN_PROCESS, "查看导入批次")
    stmt = (
        select(ImportBatch, User.display_name)
        .join(User, User.id == ImportBatch.imported_by_id)
        .order_by(ImportBatch.id.desc())
    )
    with db.read() as session:
        return [
            BatchRow(
                b.id,
                b.file_name,
                b.sha256,
                b.imported_at,
                who,
                b.row_count,
                b.imported_count,
                b.skipped_count,
            )
            for b, who in session.execute(stmt)
        ]


@dataclass(frozen=True)
class BatchCase:
    case_id: int
    number: str
    original_number: str
    source_row: int
    received_at: dt.datetime
    status: str
    names: str


def batch_cases(db: Database, batch_id: int, actor: Actor | None = None) -> list[BatchCase]:
    """The cases of one batch in the order of the ledger's rows; "（保密）" for a confidential one's people."""
    if actor is not None:
        require(actor, CAN_PROCESS, "查看导入批次")
    # A number typed at the command line may be beyond what an id column holds (PostgreSQL: 2**31 - 1).
    if not 0 < batch_id < 2**31:
        raise NotFound(f"没有第{batch_id}批导入")
    with db.read() as session:
        if session.get(ImportBatch, batch_id) is None:
            raise NotFound(f"没有第{batch_id}批导入")
        rows = session.execute(
            select(Case.id, Case.number, ImportedCase.original_number, ImportedCase.source_row,
                   Case.received_at, Case.status, Case.confidential)
            .join(ImportedCase, ImportedCase.case_id == Case.id)
            .where(ImportedCase.batch_id == batch_id)
            .order_by(ImportedCase.source_row)
        ).all()  # fmt: skip
        names: dict[int, list[str]] = {}
        ids = [r[0] for r in rows]
        for i in range(0, len(ids), 900):
            stmt = (
                select(Petitioner.case_id, Person.name)
                .join(Person, Person.id == Petitioner.person_id)
                .where(Petitioner.case_id.in_(ids[i : i + 900]))
                .order_by(Petitioner.case_id, Petitioner.position)
            )
            for case_id, name in session.execute(stmt):
                names.setdefault(case_id, []).append(name)
    return [
        BatchCase(
            cid, number, original, row, received, CaseStatus(status).label,
            access.masked_names("、".join(names.get(cid, [])), secret),
        )
        for cid, number, original, row, received, status, secret in rows
    ]  # fmt: skip
