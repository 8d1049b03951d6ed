"""One ledger row read into an importable record, or the reasons it cannot be taken as it is.

``read_row`` applies the mapping (columns, file-wide defaults, value fixes),
the readers of ``ledger_values`` and the app's own validators (name, ID
number, phone, text limits), and returns every problem by field so a
person can fix that cell. Historical rows are not held to the rules of a
new registration (a letter's address, a visit's demand): what the ledger
holds is taken, what it lacks stays empty.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import Decision, Satisfaction, ServiceMethod
from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping
from receptionapp.domain.ledger_values import (
    Cell,
    Unreadable,
    clean,
    decision_of,
    match_choice,
    parse_channel,
    parse_date,
    parse_gender,
    parse_head_count,
    parse_moment,
    parse_relation,
    parse_satisfaction,
    parse_service,
    parse_time,
    parse_yes_no,
    plain,
    says_still_open,
    split_names,
    split_values,
    text_of_number_cell,
    upgrade_id_number,
)
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.validation import (
    MAX_LONG_TEXT,
    MAX_SHORT_TEXT,
    normalize_id_number,
    normalize_phone,
    validate_id_number,
    validate_name,
    validate_phone,
)

F = LedgerField
T = TypeVar("T")
NO_RESULT = "（原台账未载明办理结果）"


@dataclass(frozen=True)
class Lists:
    """The app's lists a row is matched against."""

    categories: list[str]
    regions: list[str]
    unit_regions: dict[str, str]  # unit name -> its region's name


@dataclass(frozen=True)
class LedgerPerson:
    name: str
    gender: Gender
    id_number: str | None
    phone: str
    address: str
    relation: Relation


@dataclass(frozen=True)
class LedgerClosing:
    """The 办结 a ledger row records: taken as a closed case with its 办结单."""

    decision: Decision
    summary: str
    closed_on: dt.date
    service: ServiceMethod
    satisfaction: Satisfaction
    on_time: bool | None  # None: the ledger does not let us tell


@dataclass(frozen=True)
class LedgerRecord:
    received_at: dt.datetime
    channel: Channel
    people: tuple[LedgerPerson, ...]
    head_count: int
    category: str
    region: str
    unit: str
    problem: str
    demand: str
    source_body: str
    source_ref: str
    handler: str
    original_number: str
    result: str
    note: str
    closing: LedgerClosing | None

    def duplicate_key(self) -> tuple[object, ...]:
        """Two rows with this key are the same matter typed twice."""
        people = tuple(sorted((p.name, p.id_number or p.phone) for p in self.people))
        return (self.received_at.date(), people, re.sub(r"\s+", "", self.problem))


@dataclass
class RowOutcome:
    record: LedgerRecord | None
    problems: dict[LedgerField, str]
    notes: list[str]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class _Row:
    """Access to one row's cells by field, with the person's fixes and the mapping's value fixes."""

    def __init__(
        self,
        cells: Sequence[Cell],
        columns: Mapping[LedgerField, int],
        mapping: LedgerMapping,
        overrides: Mapping[LedgerField, str],
    ) -> None:
        self.cells, self.columns, self.mapping, self.overrides = cells, columns, mapping, overrides
        self.problems: dict[LedgerField, str] = {}
        self.notes: list[str] = []
        self.extra_phones: list[str] = []
        self._raw: dict[LedgerField, Cell] = {}
        self._text: dict[LedgerField, str] = {}

    def raw(self, field: LedgerField) -> Cell:
        if field in self._raw:
            return self._raw[field]
        if field in self.overrides:
            value: Cell = self.overrides[field]
        else:
            column = self.columns.get(field)
            value = self.cells[column] if column is not None and column < len(self.cells) else None
            fixes = self.mapping.values.get(field)
            if fixes and plain(value) in fixes:
                value = fixes[plain(value)]
        self._raw[field] = value
        return value

    def clean(self, field: LedgerField) -> str:
        if field not in self._text:
            self._text[field] = clean(self.raw(field))
        return self._text[field]

    def text(self, field: LedgerField, limit: int = MAX_LONG_TEXT, *, as_written: bool = False) -> str:
        """Text checked like a form field (length, no control characters).

        ``as_written`` keeps the ledger's characters (problem, demand, result ...
        keep their full-width punctuation, as the registration form keeps them);
        otherwise NFKC, as registration normalises names, units and addresses.
        """
        value = plain(self.raw(field)) if as_written else self.clean(field)
        if len(value) > limit:
            self.fail(field, f"{field.label}不能超过{limit}个字，现为{len(value)}个字")
        elif _CONTROL.search(value.replace("\n", "").replace("\r", "").replace("\t", "")):
            self.fail(field, f"{field.label}中含有不可见的控制字符，请删除")
        return value

    def fail(self, field: LedgerField, message: str) -> None:
        self.problems.setdefault(field, message)

    def read(self, field: LedgerField, reader: Callable[[Cell], T]) -> T | None:
        try:
            return reader(self.raw(field))
        except Unreadable as error:
            self.fail(field, str(error))
            return None


def read_row(
    cells: Sequence[Cell],
    columns: Mapping[LedgerField, int],
    mapping: LedgerMapping,
    lists: Lists,
    now: dt.datetime,
    overrides: Mapping[LedgerField, str] | None = None,
) -> RowOutcome:
    """Read one data row; ``overrides`` are the cells a person retyped in review."""
    row = _Row(cells, columns, mapping, overrides or {})
    received = _received_at(row, now)
    channel = row.read(F.CHANNEL, lambda _: parse_channel(row.clean(F.CHANNEL))) or mapping.channel
    if channel is None and F.CHANNEL not in row.problems:
        row.fail(F.CHANNEL, "缺少信访形式（可在“对应列”一步为整个文件指定）")
    people, head_count = _people(row, received.date() if received else now.date())
    category = _choice(row, F.CATEGORY, lists.categories, mapping.category, "问题类别")
    unit = row.text(F.UNIT, MAX_SHORT_TEXT)
    region_default = lists.unit_regions.get(unit, "") or mapping.region
    region = _choice(row, F.REGION, lists.regions, region_default, "所属区县", region=True)
    problem = row.text(F.PROBLEM, as_written=True)
    if not problem and F.PROBLEM not in row.problems:
        row.fail(F.PROBLEM, "缺少反映问题")
    demand = row.text(F.DEMAND, as_written=True)
    source_body = row.text(F.SOURCE_BODY, MAX_SHORT_TEXT)
    source_ref = row.text(F.SOURCE_REF, MAX_SHORT_TEXT)
    handler = row.text(F.HANDLER, MAX_SHORT_TEXT, as_written=True)
    number = row.text(F.NUMBER, 64, as_written=True)
    result = row.text(F.RESULT, as_written=True)
    note = row.text(F.NOTE, as_written=True)
    if row.extra_phones:
        note = "\n".join(filter(None, [note, "其他电话：" + "、".join(row.extra_phones)]))
    closing = _closing(row, result, received, now.date())
    if row.problems or received is None or channel is None or category is None or region is None:
        return RowOutcome(None, row.problems, row.notes)
    record = LedgerRecord(
        received_at=received,
        channel=channel,
        people=tuple(people),
        head_count=head_count,
        category=category,
        region=region,
        unit=unit,
        problem=problem,
        demand=demand,
        source_body=source_body,
        source_ref=source_ref,
        handler=handler,
        original_number=number,
        result=result,
        note=note,
        closing=closing,
    )
    return RowOutcome(record, {}, row.notes)


def _received_at(row: _Row, now: dt.datetime) -> dt.datetime | None:
    moment = row.read(F.RECEIVED_AT, parse_moment)
    if moment is None:
        if F.RECEIVED_AT not in row.problems:
            row.fail(F.RECEIVED_AT, "缺少收到日期")
        return None
    received, has_time = moment
    at = row.read(F.RECEIVED_TIME, parse_time)
    if at is not None and not has_time:
        received = dt.datetime.combine(received.date(), at)
    if received > now:
        row.fail(F.RECEIVED_AT, f"收到日期{received:%Y-%m-%d}晚于今天")
        return None
    return received


def _people(row: _Row, on: dt.date) -> tuple[list[LedgerPerson], int]:
    names, stated = split_names(row.raw(F.NAME))
    if not names:
        row.fail(F.NAME, "缺少姓名")
    for name in names:
        message = validate_name(name)
        if message:
            row.fail(F.NAME, message)
    ids: list[str] = []
    for value in split_values(row.read(F.ID_NUMBER, lambda c: text_of_number_cell(c, "身份证号")) or ""):
        value = normalize_id_number(value)
        upgraded = upgrade_id_number(value)
        if upgraded:
            row.notes.append(f"15位身份证号{value}已转换为18位{upgraded}")
            value = upgraded
        message = _id_problem(value, on)
        if message:
            row.fail(F.ID_NUMBER, f"{message}（{value}）")
        ids.append(value)
    if len(ids) > max(len(names), 1):
        row.fail(F.ID_NUMBER, f"身份证号有{len(ids)}个，姓名只有{len(names)}个")
    elif len(set(ids)) < len(ids):
        row.fail(F.ID_NUMBER, "同一身份证号填写了两次")
    phones = [
        normalize_phone(p)
        for p in split_values(row.read(F.PHONE, lambda c: text_of_number_cell(c, "联系电话")) or "")
    ]
    for phone in phones:
        message = validate_phone(phone)
        if message:
            row.fail(F.PHONE, f"{message}（{phone}）")
    if len(phones) > 1 and len(phones) != len(names):
        row.notes.append("多个电话无法逐一对应到人，第一个记给第一位信访人，其余记入备注")
        row.extra_phones = phones[1:]
    address = row.text(F.ADDRESS, MAX_SHORT_TEXT)
    gender = parse_gender(row.clean(F.GENDER))
    relation = parse_relation(row.clean(F.RELATION))
    head_count = row.read(F.HEAD_COUNT, parse_head_count) or stated or len(names) or 1
    if head_count < len(names):
        row.notes.append(f"人数{head_count}少于所列姓名数，按{len(names)}人导入")
        head_count = len(names)
    people = []
    paired = len(phones) == len(names)
    for i, name in enumerate(names):
        people.append(
            LedgerPerson(
                name=name,
                gender=gender if len(names) == 1 else Gender.UNKNOWN,
                id_number=ids[i] if i < len(ids) else None,
                phone=phones[i] if paired else (phones[0] if i == 0 and phones else ""),
                address=address if i == 0 else "",
                relation=relation,
            )
        )
    return people, head_count


@functools.lru_cache(maxsize=8192)
def _id_problem(value: str, on: dt.date) -> str | None:
    # Cached: a ledger names its regular petitioners again and again.
    return validate_id_number(value, on)


def _choice(
    row: _Row, field: LedgerField, choices: list[str], default: str, what: str, *, region: bool = False
) -> str | None:
    value = row.clean(field)
    if not value:
        if default:
            return default
        row.fail(field, f"缺少{what}（可在“对应列”一步为整个文件指定）")
        return None
    match = match_choice(value, choices, region=region)
    if match.value is None:
        hint = f"，是否为“{match.suggestion}”？" if match.suggestion else "，请改为列表中的一项"
        row.fail(field, f"{what}“{value}”不在系统列表中{hint}")
        return None
    if match.changed:
        row.notes.append(f"{what}“{value}”按“{match.value}”导入")
    return match.value


def _closing(row: _Row, result: str, received: dt.datetime | None, today: dt.date) -> LedgerClosing | None:
    closed_on = row.read(F.CLOSED_ON, parse_date)
    if closed_on is None:
        if result and not says_still_open(result):
            row.notes.append("有办理结果但没有办结日期，按办理中导入")
        return None
    if result and says_still_open(result):
        row.fail(F.CLOSED_ON, "办理结果写明尚未办结，却填有办结日期")
        return None
    if closed_on > today:
        row.fail(F.CLOSED_ON, f"办结日期{closed_on:%Y-%m-%d}晚于今天")
        return None
    if received is not None and closed_on < received.date():
        row.fail(F.CLOSED_ON, f"办结日期{closed_on:%Y-%m-%d}早于收到日期{received:%Y-%m-%d}")
        return None
    on_time = parse_yes_no(row.clean(F.ON_TIME))
    if on_time is None and row.clean(F.ON_TIME):
        row.notes.append(f"是否按期“{row.clean(F.ON_TIME)}”无法识别，按未注明导入")
    deadline = row.read(F.DEADLINE, parse_date)
    if on_time is None and deadline is not None:
        on_time = closed_on <= deadline
    decision = decision_of(result) if result else Decision.UNSPECIFIED
    return LedgerClosing(
        decision=decision,
        summary=result or NO_RESULT,
        closed_on=closed_on,
        service=parse_service(row.clean(F.SERVICE)),
        satisfaction=parse_satisfaction(row.clean(F.SATISFACTION)),
        on_time=on_time,
    )
