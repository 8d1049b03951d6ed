"""Tables of ledger imports: each imported file (batch), each case it brought, saved mappings.

An ``ImportBatch`` says where a set of cases came from: the file's name and
SHA-256, who imported it and when, how many rows it had and took. Each
``ImportedCase`` ties a case to its batch and keeps the ledger's own number
and the whole original row (every column, mapped or not), so nothing in
the old ledger is lost. ``ImportMapping`` is a column mapping saved by name.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from receptionapp.db.base import Base, now


class ImportMapping(Base):
    """A saved column mapping (with defaults and value fixes), reused for next year's file."""

    __tablename__ = "import_mappings"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    mapping: Mapped[str] = mapped_column(Text)  # domain.ledger_fields.LedgerMapping as JSON
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ImportBatch(Base):
    """One imported ledger file."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str] = mapped_column(String(100), default="")
    encoding: Mapped[str] = mapped_column(String(16), default="")
    mapping_name: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    row_count: Mapped[int] = mapped_column(Integer)  # data rows in the file
    imported_count: Mapped[int] = mapped_column(Integer)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    # JSON list of the rows not taken: [{"row": line, "status": ..., "reasons": [...]}]
    skipped: Mapped[str] = mapped_column(Text, default="[]")


class ImportedCase(Base):
    """A case that came from a ledger row: its batch, row, original number and original cells."""

    __tablename__ = "imported_cases"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, autoincrement=False)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    source_row: Mapped[int] = mapped_column(Integer)
    original_number: Mapped[str] = mapped_column(String(64), default="", index=True)
    raw: Mapped[str] = mapped_column(Text, default="{}")  # {header: cell text} of the whole row
