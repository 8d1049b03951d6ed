"""The tables of the reception register.

Names follow the domain: a ``Case`` (信访事项) has ``Petitioner`` links to
``Person`` rows, ``Attachment`` files, and its history in ``AuditEntry`` rows.
Reference lists (categories, regions, units) are data the admin edits.
Nothing is ever deleted: cases are voided, reference entries deactivated.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from receptionapp.db.base import Base, now


class Setting(Base):
    """One key of the bureau-wide settings (bureau name, schema marks ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # see domain.settings
    value: Mapped[str] = mapped_column(Text, default="")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # Set when the admin creates the account or resets its password.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Category(Base):
    """问题类别 — admin-editable list."""

    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Region(Base):
    """区县 — the districts and counties under the bureau."""

    __tablename__ = "regions"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Unit(Base):
    """A division (处室), county bureau (区县教育局), school or other unit."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # a domain.units.UnitKind
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Person(Base):
    """A petitioner (信访人), shared by all the cases they raised."""

    __tablename__ = "persons"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    gender: Mapped[str] = mapped_column(String(8), default="unknown")
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    address: Mapped[str] = mapped_column(String(255), default="")
    relation: Mapped[str] = mapped_column(String(16), default="other")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class CaseCounter(Base):
    """The last sequence number handed out per channel and year."""

    __tablename__ = "case_counters"
    channel: Mapped[str] = mapped_column(String(24), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    """信访事项 — one matter, from registration to archive."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("channel", "year", "seq"),
        Index("ix_cases_status_received", "status", "received_at"),
        # Reports count closings per month (migration 0005_reports).
        Index("ix_cases_closed_status", "closed_at", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    channel: Mapped[str] = mapped_column(String(24), index=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="registered")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), index=True)
    unit_name: Mapped[str] = mapped_column(String(200), default="")
    head_count: Mapped[int] = mapped_column(Integer, default=1)
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    skipped_level: Mapped[bool] = mapped_column(Boolean, default=False)
    # Why the office cleared the 越级 mark a route-2 批示 sets (domain.skipped_level); migration 0018.
    skipped_level_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    is_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    problem: Mapped[str] = mapped_column(Text)
    demand: Mapped[str] = mapped_column(Text, default="")
    source_body: Mapped[str] = mapped_column(String(200), default="")
    source_ref: Mapped[str] = mapped_column(String(200), default="")
    letter_pages: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    review_stage: Mapped[str] = mapped_column(String(16), default="none")
    # 12345: the date the hotline centre set for the 工单's answer (domain.hotline); migration 0018.
    hotline_limit: Mapped[dt.date | None] = mapped_column(Date)
    # A 复查申请: when the reply under review was served, and whether the request came after the
    # petitioner's 30 days (domain.review_window); migration 0018.
    review_served_on: Mapped[dt.date | None] = mapped_column(Date)
    review_late: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # 信访类型 (domain.petition_types) and the confidentiality mark (services.access); migration 0010.
    petition_type: Mapped[str] = mapped_column(String(16), default="appeal", server_default="appeal")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), index=True)
    # The leader's decision (domain.workflow.Route) and the day it was made.
    route: Mapped[str | None] = mapped_column(String(16))
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # 首问负责制: the user who first received the visitor (None on cases from before: the clerk).
    # A users.id without a foreign key: added in place to a table many others reference.
    first_receiver_id: Mapped[int | None] = mapped_column(Integer)

    # Read-only: SQLAlchemy copies it into the mapper's arguments (and types it as an
    # instance attribute, so a ClassVar annotation would not match its base).
    __mapper_args__ = MappingProxyType({"version_id_col": version})

    petitioners: Mapped[list[Petitioner]] = relationship(
        back_populates="case", order_by="Petitioner.position"
    )
    attachments: Mapped[list[Attachment]] = relationship(back_populates="case", order_by="Attachment.id")
    category: Mapped[Category] = relationship()
    region: Mapped[Region] = relationship()
    registered_by: Mapped[User] = relationship(foreign_keys=[registered_by_id])


class Petitioner(Base):
    """The link between a case and a person who raised it, in form order."""

    __tablename__ = "petitioners"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="petitioners")
    person: Mapped[Person] = relationship()


class Attachment(Base):
    """A scanned letter or photo, stored under the data folder by its SHA-256."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(128))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    case: Mapped[Case] = relationship(back_populates="attachments")


class SharedFile(Base):
    """The bytes of a stored file, for the other PCs of a shared (PostgreSQL) database.

    ``kind`` is attachment, letter or image (the folder it belongs in); the
    data folder of each PC keeps a copy fetched from here on first use
    (services.shared_files). Unused on an embedded SQLite database.
    """

    __tablename__ = "shared_files"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    stored_name: Mapped[str] = mapped_column(String(128), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class AuditEntry(Base):
    """One change, who made it and when; append-only and hash-chained.

    ``case_id`` ties an entry to a case, so a case's timeline is its entries.
    ``details`` is JSON: the changed fields with old and new values.
    """

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class Draft(Base):
    """A half-filled form, saved as the user types, offered back after a crash."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "form"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    form: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


# The workflow, ledger-import, letters and recusal tables live in their own modules; importing them
# here registers them.
from receptionapp.db import (  # noqa: E402, F401
    models_aftercare,
    models_confidential,
    models_ledger,
    models_letters,
    models_workflow,
)
