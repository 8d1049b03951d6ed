"""Bureau-wide settings, each declared once: key, type, default, allowed values and audit label.

The values live in the ``settings`` table as text, shared by every PC of the
bureau. Each setting the app uses is an ``Option`` below (as Picard declares
its options) and is read and written through it: a stored value that cannot
be read or is out of range gives the default, so an old or hand-edited
database never breaks a screen; a value being saved is checked first, and
``save`` writes one audit entry with the old and new value of each setting
that changed. What belongs to one PC only (window size) is in QSettings,
and business data (rules, units, rota) has tables of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Setting
from receptionapp.documents.templates import LetterType
from receptionapp.domain.reception import HolidayMove
from receptionapp.services import audit
from receptionapp.services.context import Actor, ValidationFailed

T = TypeVar("T")


def _always_fine(_value: Any) -> str | None:
    return None


@dataclass(frozen=True, eq=False)
class Option(Generic[T]):
    """One setting: stored under ``key`` as text, shown as ``label`` in the audit log.

    ``problem`` says in Chinese why a value is not allowed (None: fine);
    ``field`` is the form field its message goes next to.
    """

    key: str
    label: str
    default: T
    parse: Callable[[str], T]
    dump: Callable[[T], str] = str
    problem: Callable[[T], str | None] = _always_fine
    field: str = ""

    @property
    def field_name(self) -> str:
        return self.field or self.key.rsplit(".", 1)[-1]

    def value_of(self, stored: Mapping[str, str]) -> T:
        """The value in ``stored`` (key → text), or the default when missing, unreadable or not allowed."""
        text = stored.get(self.key)
        if text is None:
            return self.default
        try:
            value = self.parse(text)
        except (ValueError, TypeError):
            return self.default
        return self.default if self.problem(value) else value


def _within(low: int, high: int, message: str) -> Callable[[int], str | None]:
    return lambda value: None if low <= value <= high else message


def _short_text(limit: int, what: str) -> Callable[[str], str | None]:
    def problem(value: str) -> str | None:
        if len(value) > limit:
            return f"{what}不能超过{limit}字"
        if any(not ch.isprintable() for ch in value):
            return f"{what}含有不能显示的字符"
        return None

    return problem


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _minutes(value: dt.time) -> str:
    return value.isoformat(timespec="minutes")


def _move(value: HolidayMove) -> str:
    return value.value


# ---------------------------------------------------------------- the declarations

BUREAU_NAME = Option("bureau_name", "单位名称", "", str, problem=_short_text(100, "单位名称"))
IDLE_LOCK_MINUTES = Option(
    "idle_lock_minutes",
    "空闲锁屏时间（分钟）",
    10,
    int,
    problem=_within(0, 240, "锁屏时间应在0到240分钟之间（0表示不自动锁屏）"),
    field="idle_minutes",
)
BACKUP_FOLDER = Option("backup_folder", "备份位置", "", str, field="folder")

# When the board suggests 催办, 督办 and 通报 (working days; domain.supervision.Thresholds).
REMIND_BEFORE = Option(
    "supervision.remind_before",
    "到期前催办（工作日）",
    1,
    int,
    problem=_within(0, 30, "催办提前天数应在0至30之间"),
)
URGE_AFTER = Option(
    "supervision.urge_after", "超期督办（工作日）", 1, int, problem=_within(1, 30, "督办天数应在1至30之间")
)
NOTIFY_AFTER = Option(
    "supervision.notify_after", "超期通报（工作日）", 5, int, problem=_within(1, 90, "通报天数应在1至90之间")
)

# The leaders' reception day (domain.reception.Schedule).
RECEPTION_WEEKDAY = Option("reception.weekday", "领导接访日", 2, int, problem=_within(0, 6, "请选择星期几"))
RECEPTION_START = Option("reception.start", "接访开始时间", dt.time(14, 30), _time, dump=_minutes)
RECEPTION_END = Option("reception.end", "接访结束时间", dt.time(17, 0), _time, dump=_minutes)
RECEPTION_MOVE = Option("reception.move", "接访日遇节假日", HolidayMove.PREVIOUS, HolidayMove, dump=_move)
RECEPTION_PLACE = Option(
    "reception.place", "接访地点", "信访接待室", str, problem=_short_text(50, "接访地点")
)

# What the letters say (services.letters.settings).
REVIEW_BODY = Option("letters.review_body", "复查机关", "", str, problem=_short_text(100, "复查机关名称"))
LETTER_CONTACT = Option("letters.contact", "联系人", "", str, problem=_short_text(30, "联系人"))
LETTER_PHONE = Option("letters.phone", "联系电话", "", str, problem=_short_text(30, "联系电话"))
LETTER_PREFIXES: dict[LetterType, Option[str]] = {
    kind: Option(
        f"letters.prefix.{kind.value}",
        f"{kind.label}发文字号前缀",
        "",
        str,
        field=f"prefix.{kind.value}",
    )
    for kind in LetterType
}


# ---------------------------------------------------------------- reading and writing


def stored(session: Session, options: Iterable[Option[Any]]) -> dict[str, str]:
    """The stored text of ``options``, key → text (missing keys left out)."""
    keys = [option.key for option in options]
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    return {key: value for key, value in rows}


def read(session: Session, option: Option[T]) -> T:
    return option.value_of(stored(session, [option]))


def get(db: Database, option: Option[T]) -> T:
    """One setting, in a read transaction of its own."""
    with db.read() as session:
        return read(session, option)


def write(session: Session, option: Option[T], value: T) -> None:
    """Store ``value`` as is, inside the caller's transaction (the caller audits)."""
    text = option.dump(value)
    row = session.get(Setting, option.key)
    if row is None:
        session.add(Setting(key=option.key, value=text))
    else:
        row.value = text


def check(changes: Mapping[Option[Any], Any]) -> None:
    """ValidationFailed naming each field whose new value is not allowed."""
    errors = {
        option.field_name: message
        for option, value in changes.items()
        if (message := option.problem(value)) is not None
    }
    if errors:
        raise ValidationFailed(errors)


def save(
    session: Session,
    actor: Actor,
    changes: Mapping[Option[Any], Any],
    summary: str,
    *,
    action: str = "settings",
) -> dict[str, list[Any]]:
    """Check and store ``changes``; one audit entry with [old, new] per changed setting.

    Returns that difference (key → [old, new] as stored text); nothing is
    written or audited when no value changes.
    """
    check(changes)
    before = stored(session, changes)
    diff: dict[str, list[Any]] = {}
    for option, value in changes.items():
        old = option.dump(option.value_of(before))
        new = option.dump(value)
        if old != new or option.key not in before:
            if old != new:
                diff[option.key] = [old, new]
            write(session, option, value)
    if diff:
        audit.record(session, actor, action, "settings", None, summary, details=diff)
    return diff
