"""Reading the values of an office's old ledger (台账) where their meaning is clear.

Ledgers are typed by many hands over years: dates as 2026.9.8, 2026/09/08,
2026年9月8日 or Excel serial numbers, digits in full width, channels in the
office's own words (走访, 来电, 12345工单 ...), categories and regions almost
but not quite as in the app's lists. Each reader here returns the app's value
or raises ``Unreadable`` with a Chinese sentence saying why; none guesses
where the text does not say (``decision_of`` answers "未注明" then).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import Decision, Satisfaction, ServiceMethod
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.validation import id_check_char

# Excel's day 0 for the 1900 date system as every modern Excel counts it
# (serial 61 = 1900-03-01; the fictitious 1900-02-29 lies before any ledger).
EXCEL_EPOCH = dt.date(1899, 12, 30)
# Serial numbers a ledger date can have: 1990-01-01 .. 2099-12-31.
SERIAL_MIN, SERIAL_MAX = 32874, 73415
EARLIEST_YEAR = 1990


class Unreadable(ValueError):
    """A cell whose meaning is not clear; ``str()`` is the Chinese reason."""


Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | None


def clean(value: Cell) -> str:
    """A cell as trimmed half-width text: NFKC turns full-width digits, letters, colons, spaces plain."""
    if type(value) is str:
        return (value if value.isascii() else unicodedata.normalize("NFKC", value)).strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def plain(value: Cell) -> str:
    """A cell as the ledger wrote it, trimmed: free text keeps its full-width punctuation."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _q(value: Cell) -> str:
    """A cell as quoted in a message: long texts cut short."""
    text = clean(value)
    return text if len(text) <= 20 else text[:20] + "…"


def is_blank(value: Cell) -> bool:
    return clean(value) == ""


# -- dates and times

_DATE = re.compile(
    r"^(?P<y>\d{4})\s*[-./年]\s*(?P<m>\d{1,2})\s*[-./月]\s*(?P<d>\d{1,2})\s*[日号]?"
    r"(?:[\sT]*(?P<rest>.+))?$"
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:[\sT]*(?P<rest>.+))?$")
_TIME = re.compile(
    r"^(?P<ampm>上午|下午|中午|晚上|早上)?\s*(?P<h>\d{1,2})\s*(?:[:：时点]\s*(?P<mi>\d{1,2})?\s*分?)?"
    r"\s*(?:[:：]\s*(?P<s>\d{1,2})(?:\.\d+)?\s*秒?)?$"
)
_SERIAL = re.compile(r"^\d{5}(\.\d+)?$")
_TWO_DIGIT_YEAR = re.compile(r"^\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")


def _from_serial(number: float | int) -> dt.datetime:
    if not SERIAL_MIN <= number <= SERIAL_MAX:  # compared before float(): huge ints overflow it
        raise Unreadable(f"“{_q(number)}”不是日期（按Excel日期序号换算不在1990—2099年之间）")
    number = float(number)
    days = int(number)
    seconds = round((number - days) * 86400)
    return dt.datetime.combine(EXCEL_EPOCH + dt.timedelta(days=days), dt.time()) + dt.timedelta(
        seconds=seconds
    )


def parse_time(value: Cell) -> dt.time | None:
    """A time of day: a time cell, 9:30, 14时30分, 下午3点, or Excel's fraction of a day."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400)
        return dt.time(min(seconds // 3600, 23), seconds // 60 % 60, seconds % 60)
    text = clean(value)
    if not text:
        return None
    match = _TIME.match(text)
    if not match:
        raise Unreadable(f"“{_q(text)}”不是时间（应如 9:30 或 14时30分）")
    hour = int(match["h"])
    minute = int(match["mi"] or 0)
    second = int(match["s"] or 0)
    if match["ampm"] in ("下午", "晚上") and hour < 12:
        hour += 12
    if hour > 23 or minute > 59 or second > 59:
        raise Unreadable(f"“{_q(text)}”不是有效的时间")
    return dt.time(hour, minute, second)


def parse_moment(value: Cell) -> tuple[dt.datetime, bool] | None:
    """A date with its time if written: (moment, whether a time was given); None when blank."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.date):  # a date or datetime cell
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        if moment.year < EARLIEST_YEAR:
            raise Unreadable(f"“{moment:%Y-%m-%d}”的年份早于{EARLIEST_YEAR}年，请核对")
        moment = moment.replace(microsecond=0)
        return moment, moment.time() != dt.time()
    if isinstance(value, int | float):
        moment = _from_serial(value)
        return moment, moment.time() != dt.time()
    text = clean(value)
    if not text:
        return None
    if _SERIAL.match(text):
        moment = _from_serial(float(text))
        return moment, moment.time() != dt.time()
    match = _DATE.match(text) or _COMPACT.match(text)
    if not match:
        if _TWO_DIGIT_YEAR.match(text):
            raise Unreadable(f"“{_q(text)}”的年份只有两位，请写成四位（如2026年）")
        raise Unreadable(f"“{_q(text)}”不是日期（应如 2026-09-08、2026.9.8 或 2026年9月8日）")
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise Unreadable(f"“{_q(text)}”不是存在的日期") from None
    if day.year < EARLIEST_YEAR:
        raise Unreadable(f"“{_q(text)}”的年份早于{EARLIEST_YEAR}年，请核对")
    rest = (match["rest"] or "").strip()
    if not rest:
        return dt.datetime.combine(day, dt.time()), False
    try:
        at = parse_time(rest)
    except Unreadable:
        raise Unreadable(f"“{_q(text)}”中的时间“{_q(rest)}”无法识别") from None
    assert at is not None
    return dt.datetime.combine(day, at), True


def parse_date(value: Cell) -> dt.date | None:
    moment = parse_moment(value)
    return moment[0].date() if moment else None


# -- words with a fixed meaning

# Exact words first; then keywords in order (the more specific first).
_CHANNEL_WORDS: dict[str, Channel] = {
    **{c.label: c for c in Channel},
    **{c.number_word: c for c in Channel},
    "走访": Channel.VISIT,
    "上访": Channel.VISIT,
    "到访": Channel.VISIT,
    "面访": Channel.VISIT,
    "来人": Channel.VISIT,
    "来访接待": Channel.VISIT,
    "领导接待": Channel.LEADER_RECEPTION,
    "领导接待日": Channel.LEADER_RECEPTION,
    "局长接待日": Channel.LEADER_RECEPTION,
    "信件": Channel.LETTER,
    "书信": Channel.LETTER,
    "写信": Channel.LETTER,
    "电话": Channel.PHONE,
    "来电": Channel.PHONE,
    "网上信访": Channel.ONLINE,
    "网上": Channel.ONLINE,
    "网络": Channel.ONLINE,
    "网上留言": Channel.ONLINE,
    "市长信箱": Channel.ONLINE,
    "局长信箱": Channel.ONLINE,
    "电子邮件": Channel.ONLINE,
    "12345": Channel.HOTLINE,
    "12345热线": Channel.HOTLINE,
    "热线": Channel.HOTLINE,
    "交办": Channel.FORWARDED,
    "转办": Channel.FORWARDED,
    "上级交办": Channel.FORWARDED,
}
_CHANNEL_KEYWORDS: tuple[tuple[tuple[str, ...], Channel], ...] = (
    (("领导接", "接访", "接待日"), Channel.LEADER_RECEPTION),
    (("12345", "热线", "工单"), Channel.HOTLINE),
    (("转办", "交办", "转来", "转交"), Channel.FORWARDED),
    (("信箱", "网上", "网络", "网信", "留言", "邮件", "微信"), Channel.ONLINE),
    (("电话", "来电"), Channel.PHONE),
    (("来信", "信件", "信函", "书信"), Channel.LETTER),
    (("来访", "走访", "上访", "到访", "面访"), Channel.VISIT),
)


def _compact(text: str) -> str:
    return re.sub(r"[\s　]+", "", clean(text))


@functools.lru_cache(maxsize=4096, typed=True)
def parse_channel(value: Cell) -> Channel | None:
    """The channel for the office's word for it; None when blank."""
    text = _compact(clean(value))
    if not text:
        return None
    if text in _CHANNEL_WORDS:
        return _CHANNEL_WORDS[text]
    for words, channel in _CHANNEL_KEYWORDS:
        if any(w in text for w in words):
            return channel
    raise Unreadable(f"信访形式“{_q(text)}”无法识别（可用：{'、'.join(c.label for c in Channel)}）")


@functools.lru_cache(maxsize=4096, typed=True)
def parse_gender(value: Cell) -> Gender:
    text = _compact(clean(value))
    if text in ("男", "男性", "M", "m"):
        return Gender.MALE
    if text in ("女", "女性", "F", "f"):
        return Gender.FEMALE
    return Gender.UNKNOWN


_RELATION_WORDS: tuple[tuple[tuple[str, ...], Relation], ...] = (
    (("退休",), Relation.RETIRED),
    (("家长", "父亲", "母亲", "爷爷", "奶奶", "外公", "外婆", "监护人"), Relation.PARENT),
    (("学生", "学员", "毕业生", "考生"), Relation.STUDENT),
    (("教师", "老师", "教职工", "代课", "校长", "职工"), Relation.TEACHER),
)


@functools.lru_cache(maxsize=4096, typed=True)
def parse_relation(value: Cell) -> Relation:
    text = _compact(clean(value))
    for words, relation in _RELATION_WORDS:
        if any(w in text for w in words):
            return relation
    return Relation.OTHER


@functools.lru_cache(maxsize=4096, typed=True)
def parse_satisfaction(value: Cell) -> Satisfaction:
    text = _compact(clean(value))
    if not text or "未" in text or "无" in text:
        return Satisfaction.UNKNOWN
    if "不满意" in text:
        return Satisfaction.UNSATISFIED
    if "基本满意" in text or "较满意" in text:
        return Satisfaction.BASIC
    if "满意" in text:
        return Satisfaction.SATISFIED
    return Satisfaction.UNKNOWN


@functools.lru_cache(maxsize=4096, typed=True)
def parse_service(value: Cell) -> ServiceMethod:
    text = _compact(clean(value))
    for words, method in (
        (("12345", "热线"), ServiceMethod.HOTLINE),
        (("挂号", "邮寄", "寄送", "EMS", "ems"), ServiceMethod.REGISTERED_MAIL),
        (("网上", "网络", "平台", "信箱"), ServiceMethod.ONLINE),
        (("当面", "面告", "送达", "签收", "面谈"), ServiceMethod.IN_PERSON),
    ):
        if any(w in text for w in words):
            return method
    return ServiceMethod.UNSPECIFIED


@functools.lru_cache(maxsize=4096, typed=True)
def parse_yes_no(value: Cell) -> bool | None:
    """是/否, 按期/超期 and the like; None when blank or unclear."""
    text = _compact(clean(value))
    if text in ("是", "Y", "y", "√", "✓", "按期", "按时", "按期办结", "是按期", "未超期"):
        return True
    if text in ("否", "N", "n", "×", "超期", "逾期", "超期办结", "未按期"):
        return False
    return None


_DECISIONS: tuple[tuple[Decision, tuple[str, ...]], ...] = (
    (Decision.NOT_ACCEPTED, ("不予受理", "不受理")),
    (Decision.REJECT, ("不予支持", "不支持")),
    (Decision.EXPLAIN, ("解释说明", "解释", "说明政策", "政策说明")),
    (Decision.SUPPORT, ("予以支持", "支持")),
)


def decision_of(result: str) -> Decision:
    """The decision the result text names, or ``UNSPECIFIED`` when it names none or several."""
    text = _compact(result)
    found: set[Decision] = set()
    for decision, words in _DECISIONS:
        for word in words:
            if word in text:
                found.add(decision)
                text = text.replace(word, "")  # 不予支持 must not also count as 支持
    return found.pop() if len(found) == 1 else Decision.UNSPECIFIED


_OPEN_RESULT = ("办理中", "正在办理", "正在调查", "未办结", "待办结", "待答复", "在办")


def says_still_open(result: str) -> bool:
    text = _compact(result)
    return any(w in text for w in _OPEN_RESULT)


# -- counts, names, numbers

_HEAD_COUNT = re.compile(r"^(\d{1,5})\s*(人|名|位)?$")
_GROUP = re.compile(r"^(?P<names>.+?)等\s*(?P<n>\d{1,5})\s*(人|名|位)$")
_SEPARATORS = re.compile(r"[、,，;；/\s]+")


def parse_head_count(value: Cell) -> int | None:
    text = clean(value)
    if not text:
        return None
    match = _HEAD_COUNT.match(text)
    if not match or int(match[1]) < 1:
        raise Unreadable(f"人数“{_q(text)}”应为正整数")
    return int(match[1])


def split_names(value: Cell) -> tuple[list[str], int | None]:
    """The names in a name cell and the head count it states: 张三、李四 / 王五等12人."""
    text = clean(value)
    count = None
    match = _GROUP.match(text)
    if match:
        text, count = match["names"], int(match["n"])
    return [n for n in _SEPARATORS.split(text) if n], count


def split_values(value: Cell) -> list[str]:
    """Several phones or ID numbers in one cell."""
    return [v for v in _SEPARATORS.split(clean(value)) if v]


def text_of_number_cell(value: Cell, what: str) -> str:
    """A phone typed as a number stays exact; an ID number Excel turned into a number did not."""
    if isinstance(value, float) and not value.is_integer():
        raise Unreadable(f"{what}“{value}”被Excel存成了小数，请核对原件")
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 10**15:
        raise Unreadable(f"{what}被Excel存成了数字（{value:.0f}），末几位可能已丢失，请按原件填写")
    return clean(value)


def upgrade_id_number(text: str) -> str | None:
    """The 18-digit form of an old 15-digit ID number (born 19xx), or None if it is not one."""
    if not re.fullmatch(r"\d{15}", text):
        return None
    first17 = text[:6] + "19" + text[6:]
    return first17 + id_check_char(first17)


# -- the app's lists

_REGION_SUFFIXES = ("教育局", "区", "县", "市")


def _region_stem(name: str) -> str:
    stem = _compact(name)
    for suffix in _REGION_SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix) + 1:
            stem = stem[: -len(suffix)]
    return stem


@dataclass(frozen=True)
class ChoiceMatch:
    """The list entry a ledger value stands for, or a suggestion when it is not clear."""

    value: str | None
    suggestion: str | None = None
    changed: bool = False  # taken, but written differently in the ledger


def match_choice(value: str, choices: Sequence[str], *, region: bool = False) -> ChoiceMatch:
    """Match ``value`` to one of ``choices``: exactly, or (regions) without 区/县/教育局."""
    return _match_choice(value, tuple(choices), region)


@functools.lru_cache(maxsize=4096)
def _match_choice(value: str, choices: tuple[str, ...], region: bool) -> ChoiceMatch:
    # Cached: a ledger repeats a handful of categories and regions thousands of times.
    text = _compact(value)
    if not text:
        return ChoiceMatch(None)
    by_compact = {_compact(c): c for c in choices}
    if text in by_compact:
        return ChoiceMatch(by_compact[text], changed=by_compact[text] != value)
    if region:
        stems: dict[str, list[str]] = {}
        for choice in choices:
            stems.setdefault(_region_stem(choice), []).append(choice)
        found = stems.get(_region_stem(text), [])
        if len(found) == 1:
            return ChoiceMatch(found[0], changed=True)
    close = difflib.get_close_matches(text, list(by_compact), n=1, cutoff=0.4)
    contained = [c for k, c in by_compact.items() if text in k or k in text]
    suggestion = contained[0] if len(contained) == 1 else (by_compact[close[0]] if close else None)
    return ChoiceMatch(None, suggestion)
