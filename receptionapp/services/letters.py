"""Written replies and notices of a case: draft from the case, edit, preview, list, correct.

The office drafts a letter from the current template filled with the case
(``letter_values``); the draft text is stored and edited as plain text
(``documents.letter_text``). One draft per case and letter type is open at a
time: drafting again opens it. A final letter (see ``letter_approval``) never
changes; a correction starts a new version with the old text, which points
back at the final it corrects. A draft prints with the 草稿 watermark and no
seal; a final's PDF is the stored, signed file, checked against its hash
every time it is read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case, User
from receptionapp.db.models_letters import Letter, LetterImage, LetterService
from receptionapp.documents.fonts import FontSet, MissingGlyphs, default_font_set
from receptionapp.documents.letter_text import draft_text, parse_draft
from receptionapp.documents.official import OfficialDocument, render_official
from receptionapp.documents.templates import FilledTemplate, LetterType, TemplateError, fill_document
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.completion import ServiceMethod
from receptionapp.domain.confidentiality import redact
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.paths import DataPaths
from receptionapp.services import access, audit
from receptionapp.services.context import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    require,
)
from receptionapp.services.letter_keys import SEAL, active_image, images_folder
from receptionapp.services.letter_settings import LetterSettings, current_template_row, read_settings
from receptionapp.services.letter_values import case_values, check_fits
from receptionapp.services.shared_files import FileKind, fetch, local_copy

DRAFT = "draft"
FINAL = "final"
MAX_TEXT_CHARS = 60_000


def letters_folder(paths: DataPaths) -> Path:
    """Where the final PDFs are kept, named by their SHA-256."""
    return paths.root / "letters"


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


def load_letter(session: Session, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound("找不到该文书")
    return letter


def _load_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("找不到该信访事项")
    if case.status == CaseStatus.VOIDED.value:
        raise ServiceError("该事项已作废，不能再起草文书")
    return case


# ---------------------------------------------------------------- generating the text


def _template_text(session: Session, kind: LetterType) -> tuple[str, int | None]:
    from receptionapp.documents.templates import default_template

    row = current_template_row(session, kind)
    return (row.text, row.id) if row else (default_template(kind), None)


def _generate(session: Session, case: Case, kind: LetterType) -> tuple[str, int | None]:
    settings = read_settings(session)
    check_fits(session, case, kind)
    template, template_id = _template_text(session, kind)
    if "{复查机关}" in template and not settings.review_body:
        raise ServiceError("尚未设置复查机关：请管理员在“管理 → 文书设置”中填写受理复查申请的上一级机关。")
    try:
        filled = fill_document(template, case_values(session, case, settings))
    except TemplateError as error:
        source = "自定义模板" if template_id else "默认模板"
        raise ServiceError(f"{kind.label}{source}无法生成文书，{error}") from error
    return draft_text(filled), template_id


def generated_text(db: Database, case_id: int, kind: LetterType, actor: Actor | None = None) -> str:
    """The template filled from the case as it is now (the editor's 重新生成)."""
    secrets = access.reader_secrets(db, actor, case_id, view=None)
    with db.read() as session:
        return redact(_generate(session, _load_case(session, case_id), kind)[0], secrets)


def parse_text(text: str) -> FilledTemplate:
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationFailed({"text": f"文书过长（超过{MAX_TEXT_CHARS}字）"})
    try:
        return parse_draft(text)
    except TemplateError as error:
        raise ValidationFailed({"text": str(error)}) from error


def _next_version(session: Session, case_id: int, kind: LetterType) -> int:
    latest = session.scalar(
        select(func.max(Letter.version)).where(Letter.case_id == case_id, Letter.kind == kind.value)
    )
    return int(latest or 0) + 1


def open_draft(session: Session, case_id: int, kind: LetterType) -> Letter | None:
    return session.scalar(
        select(Letter).where(Letter.case_id == case_id, Letter.kind == kind.value, Letter.status == DRAFT)
    )


def draft_letter(db: Database, actor: Actor, case_id: int, kind: LetterType) -> int:
    """Draft a letter from the case; returns its id (the open draft's, when there is one)."""
    require(actor, CAN_PROCESS, "起草书面答复和告知")
    with db.write() as session:
        case = _load_case(session, case_id)
        existing = open_draft(session, case.id, kind)
        if existing is not None:
            return existing.id
        finals = session.scalar(
            select(func.count(Letter.id)).where(
                Letter.case_id == case.id, Letter.kind == kind.value, Letter.status == FINAL
            )
        )
        if finals:
            raise ServiceError(f"该事项已有签发的{kind.label}；如需更正，请选中它后点“更正（新版本）”。")
        text, template_id = _generate(session, case, kind)
        letter = Letter(
            case_id=case.id,
            kind=kind.value,
            version=_next_version(session, case.id, kind),
            status=DRAFT,
            template_id=template_id,
            text=text,
            drafted_by_id=actor.id,
            drafted_at=now(),
        )
        session.add(letter)
        session.flush()
        audit.record(
            session, actor, "letter_draft", "letter", letter.id, f"起草{kind.label}", case_id=case.id,
            details={"version": letter.version, "template_id": template_id},
        )  # fmt: skip
        return letter.id


def save_draft(db: Database, actor: Actor, letter_id: int, text: str) -> None:
    """Save the office's edit of a draft; the text before is kept in the audit log."""
    require(actor, CAN_PROCESS, "修改文书草稿")
    parse_text(text)
    with db.write() as session:
        letter = load_letter(session, letter_id)
        if letter.status != DRAFT:
            raise ServiceError("已签发的文书不能修改；如需更正，请点“更正（新版本）”。")
        if letter.text == text:
            return
        previous = letter.text
        letter.text = text
        letter.edited_by_id = actor.id
        letter.edited_at = now()
        audit.record(
            session, actor, "letter_edit", "letter", letter.id,
            f"修改{LetterType(letter.kind).label}草稿（第{letter.version}版）", case_id=letter.case_id,
            details={"previous": previous},
        )  # fmt: skip


def correct_letter(db: Database, actor: Actor, letter_id: int, reason: str) -> int:
    """Start a correction of a final letter: a new draft version with its text; returns the new id."""
    require(actor, CAN_PROCESS, "更正文书")
    reason = reason.strip()
    if len(reason) < 4:
        raise ValidationFailed({"reason": "请写明更正的原因"})
    with db.write() as session:
        old = load_letter(session, letter_id)
        kind = LetterType(old.kind)
        if old.status != FINAL:
            raise ServiceError("草稿可以直接修改，不需要新建版本。")
        if session.scalar(select(Letter.id).where(Letter.replaces_id == old.id)):
            raise ServiceError("该文书已有更正版本，请在最新的版本上操作。")
        if open_draft(session, old.case_id, kind) is not None:
            raise ServiceError(f"已有一份{kind.label}草稿待审批，请先处理该草稿。")
        _load_case(session, old.case_id)
        letter = Letter(
            case_id=old.case_id,
            kind=old.kind,
            version=_next_version(session, old.case_id, kind),
            replaces_id=old.id,
            status=DRAFT,
            template_id=old.template_id,
            text=old.text,
            drafted_by_id=actor.id,
            drafted_at=now(),
        )
        session.add(letter)
        session.flush()
        audit.record(
            session, actor, "letter_correct", "letter", letter.id,
            f"更正{kind.label}{old.doc_number}：新建第{letter.version}版。原因：{reason}", case_id=old.case_id,
            details={"replaces": old.id, "reason": reason},
        )  # fmt: skip
        return letter.id


# ---------------------------------------------------------------- rendering


def image_path(session: Session, paths: DataPaths, image: LetterImage | None) -> Path | None:
    """The image's file on this PC (fetched from a shared database if need be), or None."""
    if image is None:
        return None
    return local_copy(session, FileKind.IMAGE, images_folder(paths), image.stored_name, image.sha256)


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
        _load_case(session, case_id)
        settings = read_settings(session)
        seal = image_path(session, paths, active_image(session, SEAL))
    doc = build_document(
        settings, filled, kind=kind, date=on or dt.date.today(), doc_number=None, seal=seal, draft=True
    )
    return render(doc, fonts)


def stored_pdf(db: Database, paths: DataPaths, stored_name: str, sha256: str) -> bytes:
    """A final letter's file, refused when it is missing or differs from the register."""
    path = fetch(db, FileKind.LETTER, letters_folder(paths), stored_name, sha256) or (
        letters_folder(paths) / stored_name
    )
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
