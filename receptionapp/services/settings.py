"""Bureau-wide settings, each declared once: key, type, default, allowed values and audit label.

The values live in the ``settings`` table as text, shared by every PC of the
bureau. Each setting the app uses is an ``Option`` below (as Picard declares
its options) and is read and written through it: a stored value that cannot
be read, or a number out of its range, gives the default, so an old or
hand-edited database never breaks a screen (a stored text is shown as it is:
papers may carry it already); a value being saved is checked first, and
``save`` writes one audit entry with the old and new value of each setting
that changed, under the setting's Chinese label. What belongs to one PC only
(window size) is in QSettings, and business data (rules, units, rota) has
tables of its own.
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
from receptionapp.domain import aftercare
from receptionapp.domain.reception import HolidayMove, Schedule
from receptionapp.domain.supervision import Thresholds
from receptionapp.domain.validation import validate_line
from receptionapp.services import audit
from receptionapp.services.context import Actor, ValidationFailed

T = TypeVar("T")


def _always_fine(_value: Any) -> str | None:
    return None


@dataclass(frozen=True, eq=False)
class Option(Generic[T]):
    """One setting: stored under ``key`` as text, named ``label`` in the audit log.

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
        if isinstance(value, str):
            return value  # as stored: an older version may have allowed it, and papers may carry it
        return self.default if self.problem(value) else value


def _within(low: int, high: int, message: str) -> Callable[[int], str | None]:
    return lambda value: None if low <= value <= high else message


def _short_text(limit: int, what: str) -> Callable[[str], str | None]:
    """A one-line text: a name, a place, a phone number."""
    return lambda value: validate_line(value, limit=limit, label=what)


def _threshold(name: str) -> Callable[[int], str | None]:
    """The domain's own range for one of the board's thresholds (``Thresholds.problems``)."""
    return lambda value: Thresholds(**{name: value}).problems().get(name)


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

# When the board suggests 催办, 督办 and 通报 (working days; their ranges are domain.supervision.Thresholds').
_THRESHOLDS = Thresholds()
REMIND_BEFORE = Option(
    "supervision.remind_before",
    "到期前催办（工作日）",
    _THRESHOLDS.remind_before,
    int,
    problem=_threshold("remind_before"),
)
URGE_AFTER = Option(
    "supervision.urge_after",
    "超期督办（工作日）",
    _THRESHOLDS.urge_after,
    int,
    problem=_threshold("urge_after"),
)
NOTIFY_AFTER = Option(
    "supervision.notify_after",
    "超期通报（工作日）",
    _THRESHOLDS.notify_after,
    int,
    problem=_threshold("notify_after"),
)

# 回访 after 办结 and the 重大信访信息快报 (domain.aftercare).
FOLLOW_UP_DAYS = Option(
    "aftercare.follow_up_days",
    "办结后回访期限（工作日）",
    aftercare.DEFAULT_FOLLOW_UP_DAYS,
    int,
    problem=_within(*aftercare.FOLLOW_UP_DAYS_RANGE, "回访期限应在1至60个工作日之间"),
)
MAJOR_HEAD_COUNT = Option(
    "aftercare.major_head_count",
    "重大集体访人数标准",
    aftercare.DEFAULT_MAJOR_HEAD_COUNT,
    int,
    problem=_within(*aftercare.MAJOR_HEAD_COUNT_RANGE, "重大集体访人数标准应在5至500人之间"),
)

# The leaders' reception day (defaults: domain.reception.Schedule).
_SCHEDULE = Schedule()
RECEPTION_WEEKDAY = Option(
    "reception.weekday", "领导接访日", _SCHEDULE.weekday, int, problem=_within(0, 6, "请选择星期几")
)
RECEPTION_START = Option("reception.start", "接访开始时间", _SCHEDULE.start, _time, dump=_minutes)
RECEPTION_END = Option("reception.end", "接访结束时间", _SCHEDULE.end, _time, dump=_minutes)
RECEPTION_MOVE = Option("reception.move", "接访日遇节假日", _SCHEDULE.move, HolidayMove, dump=_move)
RECEPTION_PLACE = Option(
    "reception.place", "接访地点", _SCHEDULE.place, str, problem=_short_text(50, "接访地点")
)

# What the letters say (services.letters.settings). One line of its dialog holds contact and phone.
REVIEW_BODY = Option("letters.review_body", "复查机关", "", str, problem=_short_text(100, "复查机关名称"))
LETTER_CONTACT = Option("letters.contact", "联系人", "", str, problem=_short_text(30, "联系人"))
LETTER_PHONE = Option(
    "letters.phone", "联系电话", "", str, problem=_short_text(30, "联系电话"), field="contact"
)
LETTER_PREFIXES: dict[LetterType, Option[str]] = {
    kind: Option(
        f"letters.prefix.{kind.value}",
        f"{kind.label}发文字号前缀",
        "",
        str,
        problem=_short_text(20, f"{kind.label}的发文字号前缀"),
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


def problems(changes: Mapping[Option[Any], Any]) -> dict[str, str]:
    """Field → message for each new value that is not allowed (a form adds its own checks to these)."""
    return {
        option.field_name: message
        for option, value in changes.items()
        if (message := option.problem(value)) is not None
    }


def save(
    session: Session,
    actor: Actor,
    changes: Mapping[Option[Any], Any],
    summary: str,
    *,
    action: str = "settings",
) -> dict[str, list[Any]]:
    """Check and store ``changes``; one audit entry with [old, new] per setting whose value changed.

    Returns that difference (label → [old, new] as text). A value stored the
    same way is not written again; one stored differently but meaning the
    same (a default written out) is written without an audit line.
    """
    if errors := problems(changes):
        raise ValidationFailed(errors)
    before = stored(session, changes)
    diff: dict[str, list[Any]] = {}
    for option, value in changes.items():
        new = option.dump(value)
        if before.get(option.key) == new:
            continue
        write(session, option, value)
        old = option.dump(option.value_of(before))
        if old != new:
            diff[option.label] = [old, new]
    if diff:
        audit.record(session, actor, action, "settings", None, summary, details=diff)
    return diff
