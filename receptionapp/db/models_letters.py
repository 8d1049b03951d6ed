"""Tables of the written replies and notices: letters, their service, templates, certificates, images.

A ``Letter`` is one version of a 信访事项答复意见书 or notice of a case: its
draft text, then, once a leader approves it, its number (发文字号), the final
signed PDF (kept in the data folder under its SHA-256) and the verification
code. A final letter is never changed; a correction is a new ``Letter`` whose
``replaces_id`` points at the old one. How a final letter reached the
petitioner is a ``LetterService`` row. ``LetterTemplateRow`` keeps every
version of the admin's templates, ``SigningCertificate`` every certificate the
bureau signed with (old ones stay trusted for verification), and
``LetterImage`` every seal and leader signature image.
"""

from __future__ import annotations

import datetime as dt

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
)
from sqlalchemy.orm import Mapped, mapped_column

from receptionapp.db.base import Base, now


class Letter(Base):
    """One version of a written reply or notice (书面答复、告知) of a case."""

    __tablename__ = "letters"
    __table_args__ = (
        UniqueConstraint("case_id", "kind", "version"),
        Index("ix_letters_case_kind", "case_id", "kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(16))  # documents.templates.LetterType
    version: Mapped[int] = mapped_column(Integer, default=1)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft / final
    template_id: Mapped[int | None] = mapped_column(ForeignKey("letter_templates.id"))
    text: Mapped[str] = mapped_column(Text)
    drafted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    drafted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Set once, at approval.
    doc_number: Mapped[str] = mapped_column(String(64), default="")
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_name: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signature_image_id: Mapped[int | None] = mapped_column(ForeignKey("letter_images.id"))
    seal_image_id: Mapped[int | None] = mapped_column(ForeignKey("letter_images.id"))
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("signing_certificates.id"))
    pdf_stored_name: Mapped[str] = mapped_column(String(128), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    pdf_size: Mapped[int] = mapped_column(Integer, default=0)
    verification_code: Mapped[str] = mapped_column(String(16), default="", index=True)


class LetterService(Base):
    """送达: how a final letter reached the petitioner (registered mail, or by hand against a signature)."""

    __tablename__ = "letter_services"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), unique=True)
    method: Mapped[str] = mapped_column(String(16))  # domain.completion.ServiceMethod
    mail_number: Mapped[str] = mapped_column(String(32), default="")
    served_on: Mapped[dt.date] = mapped_column(Date)
    receipt_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class LetterTemplateRow(Base):
    """One version of the admin's template of a letter type; the newest active one is used."""

    __tablename__ = "letter_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # False for a version that brought back the shipped default (its text is kept too).
    custom: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class SigningCertificate(Base):
    """A certificate the bureau signs letters with; the private key stays in the data folder."""

    __tablename__ = "signing_certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(200))
    organization: Mapped[str] = mapped_column(String(200), default="")
    not_before: Mapped[dt.datetime] = mapped_column(DateTime)
    not_after: Mapped[dt.datetime] = mapped_column(DateTime)
    self_signed: Mapped[bool] = mapped_column(Boolean, default=True)
    certificate_der: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(16))  # created / imported
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class LetterImage(Base):
    """A seal image (印章) or a leader's signature image (签名章), PNG with transparency."""

    __tablename__ = "letter_images"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # seal / signature
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    filename: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(128))
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
