"""审批签发: a leader approves a draft and it becomes the final, signed, registered letter.

Approval happens in one transaction: the draft must have no ``【请填写】``
prompt left and every character must be printable by the fonts (checked
before anything is numbered); then the letter gets the next 发文字号 of its
type and year, the seal image, optionally the approving leader's signature
image, the verification code, and the bureau's PAdES signature. The signed
PDF is stored in the data folder under its SHA-256, and the hash goes into the
register, which is how ``letter_verify`` later recognises the file. Only a
leader approves; a final letter is never approved again. Every approval,
signing and print is in the audit log. A full or read-only disk stops the
approval whole: the letter stays a draft and no number is taken.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.models_letters import Letter
from receptionapp.documents import signing
from receptionapp.documents.blocks import Heading1, Heading2
from receptionapp.documents.fonts import FontSet, MissingGlyphs, Role, clean_text, default_font_set
from receptionapp.documents.letter_text import prompts_left
from receptionapp.documents.official import OfficialDocument, chinese_date, compute_verification_code
from receptionapp.documents.templates import LetterType
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.confidentiality import redact
from receptionapp.domain.roles import CAN_APPROVE, CAN_PROCESS
from receptionapp.domain.roles import Role as UserRole
from receptionapp.paths import DataPaths
from receptionapp.services import access, audit
from receptionapp.services.attachments import write_atomically
from receptionapp.services.context import Actor, ServiceError, require
from receptionapp.services.faults import DATABASE_HEADROOM, guarded
from receptionapp.services.letters.drafting import parse_text
from receptionapp.services.letters.keys import SEAL, SIGNATURE, active_image, load_signing_key
from receptionapp.services.letters.records import DRAFT, FINAL, LetterRow, letter_row, load_letter
from receptionapp.services.letters.rendering import build_document, image_path, render
from receptionapp.services.letters.settings import LetterSettings, read_settings
from receptionapp.services.numbering import next_counter
from receptionapp.services.shared_files import FileKind, share

# The office and the leaders print letters; the reception clerks print notices for visitors too.
CAN_PRINT = CAN_PROCESS | CAN_APPROVE | {UserRole.CLERK}


NOT_APPROVED = "未能签发，文书仍是草稿，未占用发文字号"


def _counter_key(kind: LetterType) -> str:
    return f"letter:{kind.value}"


def _peek_number(session: Session, settings: LetterSettings, kind: LetterType, year: int) -> str:
    from receptionapp.db.models import CaseCounter

    row = session.get(CaseCounter, (_counter_key(kind), year))
    return f"{settings.prefixes[kind]}〔{year}〕{(row.last if row else 0) + 1}号"


def check_printable(doc: OfficialDocument, fonts: FontSet) -> None:
    """MissingGlyphs naming every character of the letter no font can print."""
    roles = {Heading1: Role.HEITI, Heading2: Role.KAITI}
    parts = [
        (doc.title, Role.XIAOBIAOSONG),
        (doc.doc_number or "", Role.FANGSONG),
        (doc.addressee or "", Role.FANGSONG),
        (doc.issuer, Role.FANGSONG),
        (chinese_date(doc.date), Role.FANGSONG),
        (doc.copy_note or "", Role.FANGSONG),
        *((b.text, roles.get(type(b), Role.FANGSONG)) for b in doc.blocks),
    ]
    lacking = "".join(fonts.missing(clean_text(text), role) for text, role in parts)
    if lacking:
        raise MissingGlyphs(lacking)


def _check_ready(letter: Letter) -> None:
    if letter.status == FINAL:
        raise ServiceError(
            f"该文书已于{letter.approved_at:%Y-%m-%d %H:%M}签发（{letter.doc_number}），不能再次签发；"
            "如需更正，请点“更正（新版本）”。"
        )
    left = prompts_left(letter.text)
    if left:
        where = "、".join(f"第{p.line}行{p.text}" for p in left[:5])
        raise ServiceError(f"文书中还有未填写的内容：{where}。请办公室补充后再送审批。")


def _final_document(
    session: Session,
    paths: DataPaths,
    letter: Letter,
    actor: Actor,
    *,
    number: str,
    date: dt.date,
    with_signature: bool,
    text: str | None = None,
) -> tuple[OfficialDocument, int | None, int | None]:
    settings = read_settings(session)
    seal_row = active_image(session, SEAL)
    seal = image_path(session, paths, seal_row)
    if seal is None:
        raise ServiceError("尚未设置印章图片，文书不能签发：请管理员在“管理 → 证书与印章”中上传印章。")
    signature_row = active_image(session, SIGNATURE, actor.id) if with_signature else None
    signature = image_path(session, paths, signature_row)
    if with_signature and signature is None:
        raise ServiceError(f"{actor.display_name}没有签名图片：可以不加签名签发，或请管理员上传签名图片。")
    filled = parse_text(letter.text if text is None else text)
    doc = build_document(
        settings,
        filled,
        kind=LetterType(letter.kind),
        date=date,
        doc_number=number,
        seal=seal,
        signature=signature,
        draft=False,
    )
    doc = dataclasses.replace(doc, verification_code=compute_verification_code(doc))
    return doc, (seal_row.id if seal_row else None), (signature_row.id if signature_row else None)


def approval_preview(
    db: Database,
    actor: Actor,
    paths: DataPaths,
    letter_id: int,
    *,
    with_signature: bool = False,
    fonts: FontSet | None = None,
    on: dt.date | None = None,
) -> bytes:
    """What the final will look like (the next number, seal, signature), before the leader signs it."""
    require(actor, CAN_APPROVE, "审批签发文书")
    date = on or dt.date.today()
    with db.read() as session:
        case_id = load_letter(session, letter_id).case_id
    # A leader without the right approves the matter, not the addressee: his preview is masked.
    secrets = access.reader_secrets(db, actor, case_id, view="审批预览文书")
    with db.read() as session:
        letter = load_letter(session, letter_id)
        _check_ready(letter)
        number = _peek_number(session, read_settings(session), LetterType(letter.kind), date.year)
        doc, _seal, _sig = _final_document(
            session, paths, letter, actor, number=number, date=date, with_signature=with_signature,
            text=redact(letter.text, secrets),
        )  # fmt: skip
    return render(doc, fonts)


def _store_pdf(folder: Path, data: bytes, written: list[Path]) -> tuple[str, str]:
    """Write the signed PDF under its SHA-256 (atomically, fsynced); returns (stored name, hash).

    A file this call wrote is added to ``written``.
    """
    sha = hashlib.sha256(data).hexdigest()
    stored_name = f"{sha[:2]}/{sha}.pdf"
    if not (folder / stored_name).exists():
        write_atomically(folder / stored_name, data, what=NOT_APPROVED)
        written.append(folder / stored_name)
    return stored_name, sha


@contextmanager
def _removed_on_failure(written: list[Path]) -> Iterator[None]:
    """Remove the files in ``written`` if the block fails: its transaction was rolled back.

    A signed PDF bearing a number that was never registered must not remain.
    """
    try:
        yield
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def approve_letter(
    db: Database,
    actor: Actor,
    paths: DataPaths,
    letter_id: int,
    *,
    with_signature: bool = False,
    fonts: FontSet | None = None,
    on: dt.date | None = None,
) -> LetterRow:
    """Approve and sign a draft (leader only); returns the final letter."""
    require(actor, CAN_APPROVE, "审批签发文书（只有领导可以审批）")
    fonts = fonts or default_font_set()
    date = on or dt.date.today()
    with db.read() as session:
        # Opening the key (and importing pyHanko) outside the write lock keeps other PCs waiting less.
        certificate_id, key = load_signing_key(session, paths)
    written: list[Path] = []
    with (
        _removed_on_failure(written),
        guarded(NOT_APPROVED, paths.root, DATABASE_HEADROOM),
        db.write() as session,
    ):
        letter = load_letter(session, letter_id)
        _check_ready(letter)
        kind = LetterType(letter.kind)
        case = session.get(Case, letter.case_id)
        assert case is not None
        if case.status == CaseStatus.VOIDED:
            raise ServiceError("该事项已作废，不能签发文书")
        settings = read_settings(session)
        # Everything that can fail for the person's reasons is checked before a number is taken.
        probe, _seal, _sig = _final_document(
            session, paths, letter, actor, number=_peek_number(session, settings, kind, date.year),
            date=date, with_signature=with_signature,
        )  # fmt: skip
        try:
            check_printable(probe, fonts)
        except MissingGlyphs as error:
            raise ServiceError(str(error)) from error
        seq = next_counter(session, f"letter:{kind.value}", date.year)
        number = f"{settings.prefixes[kind]}〔{date.year}〕{seq}号"
        doc, seal_id, signature_id = _final_document(
            session, paths, letter, actor, number=number, date=date, with_signature=with_signature
        )
        unsigned = render(doc, fonts)
        try:
            signed = signing.sign_pdf(unsigned, key, reason=f"{kind.label}定稿", location=settings.bureau)
        except signing.SigningError as error:
            raise ServiceError(str(error)) from error
        stored_name, sha = _store_pdf(paths.letters, signed, written)
        share(session, FileKind.LETTER, paths.letters, stored_name, sha)
        letter.status = FINAL
        letter.doc_number = number
        letter.number_year, letter.number_seq = date.year, seq
        letter.letter_date = date
        letter.approved_by_id = actor.id
        letter.approved_by_name = actor.display_name
        letter.approved_at = now()
        letter.seal_image_id, letter.signature_image_id = seal_id, signature_id
        letter.certificate_id = certificate_id
        letter.pdf_stored_name, letter.pdf_sha256, letter.pdf_size = stored_name, sha, len(signed)
        letter.verification_code = doc.verification_code or ""
        session.flush()
        audit.record(
            session, actor, "letter_approve", "letter", letter.id,
            f"审批签发{kind.label}{number}（第{letter.version}版）" + ("，加盖领导签名章" if signature_id else ""),
            case_id=letter.case_id, details={"doc_number": number, "date": date},
        )  # fmt: skip
        audit.record(
            session, actor, "letter_sign", "letter", letter.id,
            f"数字签名：{number}，单位证书“{key.info.subject}”，核验码{letter.verification_code}",
            case_id=letter.case_id,
            details={"sha256": sha, "certificate": key.info.fingerprint, "size": len(signed)},
        )  # fmt: skip
        return letter_row(session, letter)


def record_print(db: Database, actor: Actor, letter_id: int, pages: int) -> None:
    """Note in the audit log that a letter was printed (drafts too: they carry the watermark)."""
    require(actor, CAN_PRINT, "打印文书")
    with db.write() as session:
        letter = load_letter(session, letter_id)
        kind = LetterType(letter.kind)
        what = letter.doc_number if letter.status != DRAFT else f"草稿（第{letter.version}版）"
        audit.record(
            session, actor, "letter_print", "letter", letter.id, f"打印{kind.label}{what}，共{pages}页",
            case_id=letter.case_id, details={"pages": pages, "sha256": letter.pdf_sha256},
        )  # fmt: skip
