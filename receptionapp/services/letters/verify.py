"""Is this file a letter we issued? Signature and register, and the latest final reply of a case.

A file passes when both hold: its digital signature is intact, covers the
whole file and was made with a certificate the bureau registered (retired
ones included, so old letters keep verifying), and its SHA-256 is that of a
final letter in the register, which names the case, the number and who
approved it. A letter that was later corrected still verifies, with a note
naming the correction. Messages are for the person at the desk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.models_letters import Letter
from receptionapp.documents import signing
from receptionapp.documents.templates import LetterType
from receptionapp.domain.numbering import parse_case_number
from receptionapp.domain.validation import search_text
from receptionapp.paths import DataPaths
from receptionapp.services.context import NotFound, ServiceError
from receptionapp.services.letters.keys import trusted_certificates
from receptionapp.services.letters.records import FINAL, LetterRow, case_letters
from receptionapp.services.letters.rendering import stored_pdf

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RegisteredLetter:
    letter_id: int
    case_id: int
    case_number: str
    kind: LetterType
    doc_number: str
    version: int
    approved_by: str
    letter_date: dt.date | None
    corrected_by: str | None  # the number of the version that replaced it


@dataclass(frozen=True)
class FileVerification:
    valid: bool
    signature: signing.VerificationResult
    letter: RegisteredLetter | None
    message: str


def _registered(db: Database, sha: str) -> RegisteredLetter | None:
    with db.read() as session:
        letter = session.scalar(
            select(Letter).where(Letter.pdf_sha256 == sha, Letter.status == FINAL).limit(1)
        )
        if letter is None:
            return None
        case = session.get(Case, letter.case_id)
        successor = session.scalar(select(Letter).where(Letter.replaces_id == letter.id))
        corrected = None
        if successor is not None:
            corrected = successor.doc_number or f"第{successor.version}版（尚未签发）"
        return RegisteredLetter(
            letter.id,
            letter.case_id,
            case.number if case else "",
            LetterType(letter.kind),
            letter.doc_number,
            letter.version,
            letter.approved_by_name,
            letter.letter_date,
            corrected,
        )


def verify_bytes(db: Database, data: bytes) -> FileVerification:
    with db.read() as session:
        trusted = trusted_certificates(session)
    result = signing.verify_pdf(data, trusted)
    letter = _registered(db, hashlib.sha256(data).hexdigest())
    if letter is None:
        register = "本系统的文书登记中没有这个文件：它不是本单位签发文书的原件，或在签发后被改动过。"
        return FileVerification(False, result, None, result.message + "\n" + register)
    when = f"{letter.letter_date:%Y年%m月%d日}" if letter.letter_date else ""
    found = (
        f"登记信息：{letter.kind.label}{letter.doc_number}，事项{letter.case_number}，"
        f"第{letter.version}版，{letter.approved_by}审批，{when}签发。"
    )
    if letter.corrected_by:
        found += f"\n注意：该文书已被更正，现行版本为{letter.corrected_by}。"
    if not result.valid:
        return FileVerification(False, result, letter, result.message + "\n" + found)
    return FileVerification(True, result, letter, "核验通过。" + result.message + "\n" + found)


def verify_file(db: Database, path: Path) -> FileVerification:
    """Verify a PDF on disk; ServiceError when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ServiceError(f"文件过大（{size // 1024 // 1024} MB），不是本系统签发的文书。")
        data = path.read_bytes()
    except OSError as error:
        raise ServiceError(f"无法读取文件：{path}") from error
    return verify_bytes(db, data)


def find_case_id(db: Database, case_number: str) -> int:
    case_number = search_text(case_number).strip()
    parsed = parse_case_number(case_number)
    with db.read() as session:
        candidates = [case_number]
        if parsed is not None:
            from receptionapp.domain.numbering import format_case_number

            candidates.insert(0, format_case_number(*parsed))
        case_id = session.scalar(select(Case.id).where(Case.number.in_(candidates)).limit(1))
    if case_id is None:
        raise NotFound(f"找不到事项编号为“{case_number}”的信访事项")
    return int(case_id)


def latest_final(
    db: Database, paths: DataPaths, case_number: str, kind: LetterType = LetterType.REPLY
) -> tuple[LetterRow, bytes]:
    """The newest final letter of a type for a case, with its checked file."""
    case_id = find_case_id(db, case_number)
    finals = [row for row in case_letters(db, case_id) if row.kind is kind and row.final]
    if not finals:
        raise NotFound(f"事项{case_number.strip()}还没有签发的{kind.label}")
    row = max(finals, key=lambda r: r.version)
    with db.read() as session:
        letter = session.get(Letter, row.id)
        assert letter is not None
        stored, sha = letter.pdf_stored_name, letter.pdf_sha256
    return row, stored_pdf(db, paths, stored, sha)
