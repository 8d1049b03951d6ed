"""The letters of a case read back as plain rows: versions, status, approval and service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, User
from receptionapp.db.models_letters import Letter, LetterService
from receptionapp.documents.templates import LetterType
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.completion import ServiceMethod
from receptionapp.services import access
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, NotFound, ServiceError

DRAFT = "draft"


FINAL = "final"


MAX_TEXT_CHARS = 60_000


@dataclass(frozen=True)
class ServiceView:
    method: ServiceMethod
    mail_number: str
    served_on: dt.date
    receipt_signed: bool
    recorded_by: str

    @property
    def text(self) -> str:
        how = self.method.label + (f"（{self.mail_number}）" if self.mail_number else "")
        return f"{self.served_on:%Y-%m-%d} {how}"


@dataclass(frozen=True)
class LetterRow:
    """One letter version as the case page lists it."""

    id: int
    case_id: int
    kind: LetterType
    version: int
    status: str
    title: str
    doc_number: str
    letter_date: dt.date | None
    drafted_by: str
    drafted_at: dt.datetime
    approved_by: str
    approved_at: dt.datetime | None
    verification_code: str
    sha256: str
    replaces_id: int | None
    superseded_by: int | None
    service: ServiceView | None

    @property
    def final(self) -> bool:
        return self.status == FINAL

    @property
    def status_text(self) -> str:
        if self.status == DRAFT:
            return "草稿（待审批）"
        if self.superseded_by:
            return "已签发（已更正）"
        return "已送达" if self.service else "已签发（待送达）"


def _title(text: str) -> str:
    for line in text.splitlines():
        if line.startswith(("标题：", "标题:")):
            return line[3:].strip()
    return ""


def _rows(session: Session, letters: list[Letter]) -> list[LetterRow]:
    users = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
    ids = [x.id for x in letters]
    services = {
        s.letter_id: s for s in session.scalars(select(LetterService).where(LetterService.letter_id.in_(ids)))
    }
    successors = {
        old: new
        for new, old in session.execute(
            select(Letter.id, Letter.replaces_id).where(Letter.replaces_id.in_(ids))
        )
    }
    rows = []
    for x in letters:
        s = services.get(x.id)
        service = (
            ServiceView(
                ServiceMethod(s.method),
                s.mail_number,
                s.served_on,
                s.receipt_signed,
                users.get(s.recorded_by_id, ""),
            )
            if s
            else None
        )
        rows.append(
            LetterRow(
                x.id,
                x.case_id,
                LetterType(x.kind),
                x.version,
                x.status,
                _title(x.text),
                x.doc_number,
                x.letter_date,
                users.get(x.drafted_by_id, ""),
                x.drafted_at,
                x.approved_by_name,
                x.approved_at,
                x.verification_code,
                x.pdf_sha256,
                x.replaces_id,
                successors.get(x.id),
                service,
            )
        )
    return rows


def case_letters(db: Database, case_id: int, actor: Actor | None = None) -> list[LetterRow]:
    """Every letter version of a case, in the order they were drafted (masked as ``services.access`` says)."""
    secrets = access.reader_secrets(db, actor, case_id, view=None)
    with db.read() as session:
        letters = list(session.scalars(select(Letter).where(Letter.case_id == case_id).order_by(Letter.id)))
        return access.redact_fields(_rows(session, letters), secrets)


def letter_row(session: Session, letter: Letter) -> LetterRow:
    return _rows(session, [letter])[0]


@dataclass(frozen=True)
class LetterDetail:
    row: LetterRow
    text: str
    case_number: str


def get_letter(db: Database, letter_id: int, actor: Actor | None = None) -> LetterDetail:
    with db.read() as session:
        letter = load_letter(session, letter_id)
        case = session.get(Case, letter.case_id)
        assert case is not None
        detail = LetterDetail(letter_row(session, letter), letter.text, case.number)
    secrets = access.reader_secrets(db, actor, detail.row.case_id, view="查看文书")
    return access.redact_fields(detail, secrets)


def case_for_letters(session: Session, case_id: int) -> Case:
    """The case a letter is drafted, corrected or shown for: NotFound, and refused once voided."""
    case = load_case(session, case_id)
    if case.status == CaseStatus.VOIDED.value:
        raise ServiceError("该事项已作废，不能再起草文书")
    return case


def load_letter(session: Session, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound("找不到该文书")
    return letter
