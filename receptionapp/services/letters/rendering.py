"""A letter as a PDF: the GB/T 9704 document built from its text, a draft's PDF, and a final's stored file."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models_letters import LetterImage
from receptionapp.documents.fonts import FontSet, MissingGlyphs, default_font_set
from receptionapp.documents.official import OfficialDocument, render_official
from receptionapp.documents.templates import FilledTemplate, LetterType
from receptionapp.domain.confidentiality import redact
from receptionapp.paths import DataPaths
from receptionapp.services import access
from receptionapp.services.context import Actor, PermissionDenied, ServiceError
from receptionapp.services.letters.drafting import parse_text
from receptionapp.services.letters.keys import SEAL, active_image
from receptionapp.services.letters.records import FINAL, case_for_letters, load_letter
from receptionapp.services.letters.settings import LetterSettings, read_settings
from receptionapp.services.shared_files import FileKind, fetch, local_copy


def image_path(session: Session, paths: DataPaths, image: LetterImage | None) -> Path | None:
    """The image's file on this PC (fetched from a shared database if need be), or None."""
    if image is None:
        return None
    return local_copy(session, FileKind.IMAGE, paths.letter_images, image.stored_name, image.sha256)


def build_document(
    settings: LetterSettings,
    filled: FilledTemplate,
    *,
    kind: LetterType,
    date: dt.date,
    doc_number: str | None,
    seal: Path | None,
    signature: Path | None = None,
    draft: bool,
) -> OfficialDocument:
    """The OfficialDocument of a letter; a draft's number keeps the room of the real one."""
    number = doc_number or f"{settings.prefixes[kind]}〔{date.year}〕\u3000\u3000号"
    return OfficialDocument(
        title=filled.title,
        issuer=settings.bureau,
        date=date,
        blocks=filled.blocks,
        doc_number=number,
        addressee=filled.addressee,
        seal_image=seal,
        signature_image=signature,
        draft=draft,
        copy_note=filled.copy_note,
    )


def render(doc: OfficialDocument, fonts: FontSet | None = None) -> bytes:
    """The PDF; a character no font can print becomes a ServiceError naming it."""
    try:
        return render_official(doc, fonts or default_font_set())
    except MissingGlyphs as error:
        raise ServiceError(str(error)) from error


def draft_pdf(
    db: Database,
    paths: DataPaths,
    case_id: int,
    kind: LetterType,
    text: str,
    fonts: FontSet | None = None,
    on: dt.date | None = None,
    actor: Actor | None = None,
) -> bytes:
    """A draft as PDF: the 草稿 watermark, no seal, no number; ``text`` need not be saved yet."""
    filled = parse_text(redact(text, access.reader_secrets(db, actor, case_id, view=None)))
    with db.read() as session:
        case_for_letters(session, case_id)
        settings = read_settings(session)
        seal = image_path(session, paths, active_image(session, SEAL))
    doc = build_document(
        settings, filled, kind=kind, date=on or dt.date.today(), doc_number=None, seal=seal, draft=True
    )
    return render(doc, fonts)


def stored_pdf(db: Database, paths: DataPaths, stored_name: str, sha256: str) -> bytes:
    """A final letter's file, refused when it is missing or differs from the register."""
    path = fetch(db, FileKind.LETTER, paths.letters, stored_name, sha256) or (paths.letters / stored_name)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ServiceError(f"签发文书的文件不在数据文件夹中：{path}。请从备份恢复。") from error
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ServiceError(f"签发文书的文件与登记的哈希值不符，可能已被改动：{path}。请从备份恢复。")
    return data


def letter_pdf(
    db: Database, paths: DataPaths, letter_id: int, fonts: FontSet | None = None, actor: Actor | None = None
) -> bytes:
    """The PDF to print or open: a final's signed file, or the draft with its watermark.

    The signed file of a confidential case names the petitioner and cannot be
    masked: only those who may see the identity open it (services.access).
    """
    with db.read() as session:
        letter = load_letter(session, letter_id)
        status, case_id, kind, text = letter.status, letter.case_id, LetterType(letter.kind), letter.text
        stored, sha = letter.pdf_stored_name, letter.pdf_sha256
    hidden = access.reader_secrets(db, actor, case_id, view="打开文书")
    if status == FINAL:
        if hidden:
            raise PermissionDenied(
                "保密事项的签发文书载有信访人身份信息，只有办公室、管理员和经办领导可以打开或打印"
            )
        return stored_pdf(db, paths, stored, sha)
    return draft_pdf(db, paths, case_id, kind, text, fonts, actor=actor)
