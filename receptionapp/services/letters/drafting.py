"""Drafts of a letter: the admin's template filled from the case, edited by the office, corrected as a new version."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.models_letters import Letter
from receptionapp.documents.letter_text import draft_text, parse_draft
from receptionapp.documents.templates import (
    FilledTemplate,
    LetterType,
    TemplateError,
    fill_document,
)
from receptionapp.domain.confidentiality import redact
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.services import access, audit
from receptionapp.services.context import Actor, MissingStep, ServiceError, ValidationFailed, require
from receptionapp.services.letters.records import DRAFT, FINAL, MAX_TEXT_CHARS, case_for_letters, load_letter
from receptionapp.services.letters.settings import current_template_row, read_settings
from receptionapp.services.letters.values import case_values, check_filled, check_fits


def _template_text(session: Session, kind: LetterType) -> tuple[str, int | None]:
    from receptionapp.documents.templates import default_template

    row = current_template_row(session, kind)
    return (row.text, row.id) if row else (default_template(kind), None)


def _generate(session: Session, case: Case, kind: LetterType) -> tuple[str, int | None]:
    settings = read_settings(session)
    check_fits(session, case, kind)
    template, template_id = _template_text(session, kind)
    source = "自定义模板" if template_id else "默认模板"
    if "{复查机关}" in template and not settings.review_body:
        raise MissingStep(
            "尚未设置复查机关：请管理员在“管理 → 文书设置”中填写受理复查申请的上一级机关。",
            MissingStep.LETTER_SETTINGS,
            "补充文书设置",
        )
    try:
        values = case_values(session, case, settings)
        check_filled(case, kind, template, values)
        filled = fill_document(template, values)
    except TemplateError as error:
        raise MissingStep(
            f"{kind.label}{source}无法生成文书，{error}", MissingStep.LETTER_TEMPLATES, "修改文书模板"
        ) from error
    return draft_text(filled), template_id


def generated_text(db: Database, case_id: int, kind: LetterType, actor: Actor | None = None) -> str:
    """The template filled from the case as it is now (the editor's 重新生成)."""
    secrets = access.reader_secrets(db, actor, case_id, view=None)
    with db.read() as session:
        return redact(_generate(session, case_for_letters(session, case_id), kind)[0], secrets)


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
        case = case_for_letters(session, case_id)
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
        case_for_letters(session, old.case_id)
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
