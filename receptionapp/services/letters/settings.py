"""What the admin sets for the letters: the 复查机关, the 发文字号 prefixes, the contact, and the templates.

Settings are declared in ``services.settings`` (keys ``letters.*``). Templates
are versioned rows of ``letter_templates``: saving one adds a version, going
back to the shipped default adds a version with the default text, nothing is
ever removed; the newest version of a letter type is the one used. A template
is checked before it is saved, and a reply template must keep the 复查 notice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import User
from receptionapp.db.models_letters import LetterTemplateRow
from receptionapp.documents.templates import LetterType, TemplateError, check_template, default_template
from receptionapp.domain.roles import CAN_ADMINISTER
from receptionapp.domain.validation import validate_text
from receptionapp.services import audit, settings
from receptionapp.services.context import Actor, ValidationFailed, require

MAX_TEMPLATE_CHARS = 50_000

# The word after the bureau's short name in a 发文字号: 某教信复〔2026〕12号.
PREFIX_WORDS = {
    LetterType.REPLY: "教信复",
    LetterType.ACCEPTANCE: "教信受",
    LetterType.REFUSAL: "教信不受",
    LetterType.TRANSFER: "教信转",
    LetterType.EXTENSION: "教信延",
}


@dataclass(frozen=True)
class LetterSettings:
    """The bureau-wide settings the letters use."""

    bureau: str
    review_body: str
    contact: str
    phone: str
    prefixes: dict[LetterType, str]


def default_prefix(bureau: str, kind: LetterType) -> str:
    """某市教育局 → 某教信复: the first character of the bureau's name, then the kind's word."""
    short = bureau.strip()[:1] or "本"
    return short + PREFIX_WORDS[kind]


_OPTIONS = (
    settings.BUREAU_NAME,
    settings.REVIEW_BODY,
    settings.LETTER_CONTACT,
    settings.LETTER_PHONE,
    *settings.LETTER_PREFIXES.values(),
)


def read_settings(session: Session) -> LetterSettings:
    stored = settings.stored(session, _OPTIONS)
    bureau = settings.BUREAU_NAME.value_of(stored)
    prefixes = {
        kind: option.value_of(stored) or default_prefix(bureau, kind)
        for kind, option in settings.LETTER_PREFIXES.items()
    }
    return LetterSettings(
        bureau,
        settings.REVIEW_BODY.value_of(stored),
        settings.LETTER_CONTACT.value_of(stored),
        settings.LETTER_PHONE.value_of(stored),
        prefixes,
    )


def letter_settings(db: Database) -> LetterSettings:
    with db.read() as session:
        return read_settings(session)


def save_settings(
    db: Database,
    actor: Actor,
    *,
    review_body: str,
    contact: str = "",
    phone: str = "",
    prefixes: dict[LetterType, str] | None = None,
) -> None:
    """Save the letter settings (admin only); every change goes into the audit log."""
    require(actor, CAN_ADMINISTER, "修改文书设置")
    errors: dict[str, str] = {}
    review_body = review_body.strip()
    if len(review_body) < 3:
        errors["review_body"] = "请填写受理复查申请的上一级机关，如“某市人民政府”"
    clean: dict[LetterType, str] = {}
    for kind, prefix in (prefixes or {}).items():
        prefix = prefix.strip()
        if not prefix or len(prefix) > 20 or any(c in prefix for c in "〔〕[]（）() 号"):
            errors[f"prefix.{kind.value}"] = (
                f"{kind.label}的发文字号前缀应为2至20个字，不含括号和“号”，如“某教信复”"
            )
        clean[kind] = prefix
    new: dict[settings.Option[Any], Any] = {
        settings.REVIEW_BODY: review_body,
        settings.LETTER_CONTACT: contact.strip(),
        settings.LETTER_PHONE: phone.strip(),
    }
    new.update({settings.LETTER_PREFIXES[kind]: prefix for kind, prefix in clean.items()})
    errors = settings.problems(new) | errors
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        settings.save(session, actor, new, "修改文书设置", action="letter_settings")


# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class TemplateView:
    kind: LetterType
    text: str
    template_id: int | None  # None: the shipped default, never edited
    version: int
    custom: bool
    saved_by: str
    saved_at: dt.datetime | None


def current_template_row(session: Session, kind: LetterType) -> LetterTemplateRow | None:
    return session.scalar(
        select(LetterTemplateRow)
        .where(LetterTemplateRow.kind == kind.value)
        .order_by(LetterTemplateRow.version.desc())
        .limit(1)
    )


def _view(session: Session, kind: LetterType, row: LetterTemplateRow | None) -> TemplateView:
    if row is None:
        return TemplateView(kind, default_template(kind), None, 0, False, "", None)
    user = session.get(User, row.created_by_id)
    return TemplateView(
        kind, row.text, row.id, row.version, row.custom, user.display_name if user else "", row.created_at
    )


def current_template(db: Database, kind: LetterType) -> TemplateView:
    with db.read() as session:
        return _view(session, kind, current_template_row(session, kind))


def template_history(db: Database, kind: LetterType) -> list[TemplateView]:
    """Every saved version, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(LetterTemplateRow)
            .where(LetterTemplateRow.kind == kind.value)
            .order_by(LetterTemplateRow.version.desc())
        )
        return [_view(session, kind, row) for row in rows]


def validate_template(kind: LetterType, text: str) -> list[str]:
    """The placeholders a template uses; TemplateError (with its line) when it cannot make a letter."""
    if len(text) > MAX_TEMPLATE_CHARS:
        raise TemplateError(f"模板过长（超过{MAX_TEMPLATE_CHARS}字）。")
    if problem := validate_text(text, limit=MAX_TEMPLATE_CHARS, label="模板"):
        raise TemplateError(problem)
    names = check_template(text)
    if kind is LetterType.REPLY and "复查机关" not in names:
        raise TemplateError(
            "答复意见书必须告知信访人可以申请复查：请保留含有{复查机关}的段落（《信访工作条例》第三十五条）。"
        )
    return names


def save_template(db: Database, actor: Actor, kind: LetterType, text: str, *, custom: bool = True) -> int:
    """Save a new version of a template (admin only); returns its version number."""
    require(actor, CAN_ADMINISTER, "修改文书模板")
    try:
        validate_template(kind, text)
    except TemplateError as error:
        raise ValidationFailed({"text": str(error)}) from error
    with db.write() as session:
        current = current_template_row(session, kind)
        previous = current.text if current else default_template(kind)
        if previous == text and (current is not None or not custom):
            raise ValidationFailed({"text": "模板没有改动。"})
        version = int(
            session.scalar(
                select(func.max(LetterTemplateRow.version)).where(LetterTemplateRow.kind == kind.value)
            )
            or 0
        )
        row = LetterTemplateRow(
            kind=kind.value, version=version + 1, text=text, custom=custom, created_by_id=actor.id
        )
        session.add(row)
        session.flush()
        what = "修改" if custom else "恢复默认"
        audit.record(
            session,
            actor,
            "letter_template",
            "letter_template",
            row.id,
            f"{what}{kind.label}模板（第{row.version}版）",
            details={"previous": previous, "length": len(text)},
        )
        return row.version


def restore_default_template(db: Database, actor: Actor, kind: LetterType) -> int:
    """Bring back the shipped text as a new version (the edited versions stay on record)."""
    return save_template(db, actor, kind, default_template(kind), custom=False)
