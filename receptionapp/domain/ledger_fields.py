"""The fields a ledger column can feed, how their headers are usually written, and mappings.

Every office keeps its own columns. ``guess_field`` reads a header such as
"来访人姓名" or "信访人信息/联系电话" and names the app's field; ``find_header``
finds the header row(s) under a title line, merged group headers included;
a ``LedgerMapping`` (column per field, defaults for a whole file, value
fixes such as 收费 → 教育收费) can be saved by name and applied to next
year's file, whose columns may have moved.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from receptionapp.domain.channels import Channel


class LedgerField(StrEnum):
    """What a ledger column holds, in the app's terms."""

    NUMBER = "number"
    RECEIVED_AT = "received_at"
    RECEIVED_TIME = "received_time"
    CHANNEL = "channel"
    NAME = "name"
    GENDER = "gender"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    ADDRESS = "address"
    RELATION = "relation"
    HEAD_COUNT = "head_count"
    REGION = "region"
    UNIT = "unit"
    CATEGORY = "category"
    PROBLEM = "problem"
    DEMAND = "demand"
    SOURCE_BODY = "source_body"
    SOURCE_REF = "source_ref"
    HANDLER = "handler"
    RESULT = "result"
    CLOSED_ON = "closed_on"
    SERVICE = "service"
    SATISFACTION = "satisfaction"
    DEADLINE = "deadline"
    ON_TIME = "on_time"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def required(self) -> bool:
        return self in REQUIRED_FIELDS


_LABELS: dict[LedgerField, str] = {
    LedgerField.NUMBER: "原编号",
    LedgerField.RECEIVED_AT: "收到日期",
    LedgerField.RECEIVED_TIME: "收到时间（时分）",
    LedgerField.CHANNEL: "信访形式",
    LedgerField.NAME: "姓名",
    LedgerField.GENDER: "性别",
    LedgerField.ID_NUMBER: "身份证号",
    LedgerField.PHONE: "联系电话",
    LedgerField.ADDRESS: "通讯地址",
    LedgerField.RELATION: "身份",
    LedgerField.HEAD_COUNT: "人数",
    LedgerField.REGION: "所属区县",
    LedgerField.UNIT: "涉及单位/学校",
    LedgerField.CATEGORY: "问题类别",
    LedgerField.PROBLEM: "反映问题",
    LedgerField.DEMAND: "诉求",
    LedgerField.SOURCE_BODY: "转办机关",
    LedgerField.SOURCE_REF: "转办文号/工单号",
    LedgerField.HANDLER: "承办单位",
    LedgerField.RESULT: "办理结果",
    LedgerField.CLOSED_ON: "办结日期",
    LedgerField.SERVICE: "答复方式",
    LedgerField.SATISFACTION: "满意度",
    LedgerField.DEADLINE: "办理期限",
    LedgerField.ON_TIME: "是否按期",
    LedgerField.NOTE: "备注",
}

REQUIRED_FIELDS = frozenset({LedgerField.RECEIVED_AT, LedgerField.NAME, LedgerField.PROBLEM})

# Headers offices actually write, exactly (after removing spaces and punctuation).
_EXACT: dict[LedgerField, list[str]] = {
    LedgerField.NUMBER: "编号 信访编号 登记编号 登记号 案号 件号 原编号 受理编号".split(),
    LedgerField.RECEIVED_AT: "日期 时间 来访时间 来访日期 来信日期 来电时间 登记时间 登记日期 收到时间 收到日期 受理时间 受理日期 信访时间 信访日期 接待时间 接待日期 来访来信时间 交办时间 转办时间 收件日期".split(),
    LedgerField.RECEIVED_TIME: "时分 具体时间 来访时刻".split(),
    LedgerField.CHANNEL: "信访形式 来访形式 信访方式 反映方式 渠道 来源 信访渠道 形式 方式".split(),
    LedgerField.NAME: "姓名 信访人 来访人 来访人姓名 信访人姓名 反映人 来信人 来电人 当事人 群众姓名 上访人".split(),
    LedgerField.GENDER: "性别".split(),
    LedgerField.ID_NUMBER: "身份证号 身份证号码 身份证 证件号码 公民身份号码".split(),
    LedgerField.PHONE: "联系电话 电话 手机 手机号 手机号码 联系方式 电话号码".split(),
    LedgerField.ADDRESS: "住址 地址 家庭住址 通讯地址 联系地址 现住址 户籍地址".split(),
    LedgerField.RELATION: "身份 人员身份 信访人身份 与学校关系 人员类别".split(),
    LedgerField.HEAD_COUNT: "人数 来访人数 人次".split(),
    LedgerField.REGION: "区县 所属区县 县区 所属县区 地区 属地 区域 所属地区 县市区".split(),
    LedgerField.UNIT: "学校 涉及单位 被反映单位 所涉单位 涉及学校 被反映学校 单位 反映单位".split(),
    LedgerField.CATEGORY: "问题类别 类别 问题分类 分类 问题类型 类型 信访类别 事项类别".split(),
    LedgerField.PROBLEM: "反映问题 主要问题 问题 事由 来访事由 反映内容 信访事项 主要内容 内容 信访内容 反映事项 问题摘要 反映的主要问题".split(),
    LedgerField.DEMAND: "诉求 诉求内容 主要诉求 要求 信访诉求 请求事项".split(),
    LedgerField.SOURCE_BODY: "转办机关 交办机关 转办单位 交办单位 来文单位".split(),
    LedgerField.SOURCE_REF: "文号 转办文号 交办文号 工单号 工单编号 来文编号".split(),
    LedgerField.HANDLER: "承办单位 责任单位 办理单位 承办处室 责任处室 承办部门 交办去向".split(),
    LedgerField.RESULT: "办理结果 处理结果 办理情况 处理情况 答复意见 处理意见 办理意见 结果 答复情况 办理结果及答复".split(),
    LedgerField.CLOSED_ON: "办结时间 办结日期 结案时间 结案日期 答复时间 答复日期 办结".split(),
    LedgerField.SERVICE: "答复方式 送达方式 反馈方式".split(),
    LedgerField.SATISFACTION: "满意度 是否满意 群众满意度 满意情况 评价".split(),
    LedgerField.DEADLINE: "办理期限 期限 时限 办理时限 限办日期 要求办结时间 答复期限".split(),
    LedgerField.ON_TIME: "是否按期 是否按期办结 是否按时办结 是否超期 按期情况".split(),
    LedgerField.NOTE: "备注 说明 其他".split(),
}
# Then words inside a longer header, most specific first ("来访人数" is a count, not a name).
_CONTAINS: tuple[tuple[tuple[str, ...], LedgerField], ...] = (
    (("身份证", "证件号"), LedgerField.ID_NUMBER),
    (("人数",), LedgerField.HEAD_COUNT),
    (("电话", "手机", "联系方式"), LedgerField.PHONE),
    (("性别",), LedgerField.GENDER),
    (("地址", "住址"), LedgerField.ADDRESS),
    (("按期", "按时", "超期"), LedgerField.ON_TIME),
    (("期限", "时限", "限办"), LedgerField.DEADLINE),
    (("满意",), LedgerField.SATISFACTION),
    (("办结", "结案"), LedgerField.CLOSED_ON),
    (("文号", "工单"), LedgerField.SOURCE_REF),
    (("转办", "交办机关"), LedgerField.SOURCE_BODY),
    (("承办", "责任单位", "责任处室", "办理单位"), LedgerField.HANDLER),
    (("送达", "答复方式"), LedgerField.SERVICE),
    (("结果", "办理情况", "处理情况", "答复", "处理意见"), LedgerField.RESULT),
    (("类别", "分类", "类型"), LedgerField.CATEGORY),
    (("形式", "方式", "渠道"), LedgerField.CHANNEL),
    (("诉求", "要求"), LedgerField.DEMAND),
    (("问题", "事由", "内容", "事项"), LedgerField.PROBLEM),
    (("区县", "县区", "地区", "属地"), LedgerField.REGION),
    (("学校", "单位"), LedgerField.UNIT),
    (("姓名", "信访人", "来访人", "反映人"), LedgerField.NAME),
    (("身份",), LedgerField.RELATION),
    (("编号",), LedgerField.NUMBER),
    (("日期", "时间"), LedgerField.RECEIVED_AT),
    (("备注",), LedgerField.NOTE),
)
# A row counter, never a case number.
_IGNORED = ("序号", "No", "NO", "no", "行号")
_PUNCT = re.compile(r"[\s　*＊:：、,，.。()（）\[\]【】<>《》\"'“”‘’#№_\-]+")


def header_key(label: str) -> str:
    """A header without spaces, punctuation or a parenthesised remark: "来访时间（年月日）" → 来访时间."""
    text = unicodedata.normalize("NFKC", label or "")
    text = re.sub(r"[(（][^)）]*[)）]", "", text)
    return _PUNCT.sub("", text)


_BY_EXACT = {word: f for f, words in _EXACT.items() for word in words}


def guess_field(label: str) -> LedgerField | None:
    """The field a header names, or None (a 序号 column is a row counter, not a case number)."""
    parts = [header_key(p) for p in re.split(r"[/／\n]", label or "") if header_key(p)]
    if not parts:
        return None
    for part in (parts[-1], "".join(parts), *reversed(parts[:-1])):
        if part in _IGNORED:
            return None
        if part in _BY_EXACT:
            return _BY_EXACT[part]
    if any("序号" in p for p in parts):
        return None
    for part in (parts[-1], "".join(parts)):
        for words, found in _CONTAINS:
            if any(w in part for w in words):
                return found
    close = difflib.get_close_matches(parts[-1], list(_BY_EXACT), n=1, cutoff=0.75)
    return _BY_EXACT[close[0]] if close else None


def guess_mapping(labels: Sequence[str]) -> dict[LedgerField, int]:
    """Column index per field; where two columns name one field, the exact header wins, then the first."""
    found: dict[LedgerField, tuple[int, int]] = {}  # field -> (rank, column)
    for column, label in enumerate(labels):
        guessed = guess_field(label)
        if guessed is None:
            continue
        parts = [header_key(p) for p in re.split(r"[/／\n]", label) if header_key(p)]
        rank = 0 if parts and parts[-1] in _BY_EXACT else 1
        if guessed is LedgerField.RECEIVED_AT and guessed in found and parts and parts[-1] == "时间":
            guessed = LedgerField.RECEIVED_TIME  # 日期 and 时间 in two columns
        if guessed not in found or rank < found[guessed][0]:
            found[guessed] = (rank, column)
    return {f: column for f, (_rank, column) in sorted(found.items(), key=lambda kv: kv[1][1])}


def header_score(cells: Sequence[Any]) -> int:
    """How header-like a row is: how many fields its short texts name (a merged title counts once)."""
    texts = {c.strip() for c in cells if isinstance(c, str) and 0 < len(c.strip()) <= 20}
    return len({guess_field(t) for t in texts} - {None})


@dataclass(frozen=True)
class HeaderGuess:
    first: int  # index of the first header row in the rows given
    depth: int  # 1, or 2 for a group row over a detail row
    labels: list[str]


Merge = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col (0-based, inclusive)


def fill_merges(rows: list[list[Any]], merges: Sequence[Merge]) -> None:
    """Give every cell of a merged range the value of its top-left cell (as Excel shows it)."""
    for r0, c0, r1, c1 in merges:
        if r0 >= len(rows):
            continue
        top = rows[r0]
        value = top[c0] if c0 < len(top) else None
        if value is None or value == "":
            continue
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if r != r0 or c != c0:
                    row[c] = value


def find_header(rows: Sequence[Sequence[Any]], width: int, look: int = 20) -> HeaderGuess | None:
    """The header among the first ``look`` rows (merges already filled); None if no row names 2 fields."""
    scores = [header_score(row) for row in rows[:look]]
    if not scores or max(scores) < 2:
        return None
    best = scores.index(max(scores))
    depth = 1
    nxt = best + 1
    if nxt < len(rows) and scores[nxt] >= 2 and _is_label_row(rows[nxt]):
        depth = 2
    elif best > 0 and scores[best - 1] >= 1 and _is_label_row(rows[best - 1]) and _spans(rows[best - 1]):
        best, depth = best - 1, 2
    labels: list[str] = []
    for column in range(width):
        parts: list[str] = []
        for r in range(best, best + depth):
            row = rows[r]
            text = _text(row[column]) if column < len(row) else ""
            if text and text not in parts:
                parts.append(text)
        labels.append("/".join(parts))
    return HeaderGuess(best, depth, labels)


def _text(value: Any) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


_DIGITS = re.compile(r"\d{3}")


def _is_label_row(row: Sequence[Any]) -> bool:
    """All filled cells are short texts without dates, numbers or phones: a header row, not data."""
    filled = [c for c in row if c is not None and c != ""]
    return bool(filled) and all(
        isinstance(c, str) and len(c.strip()) <= 20 and not _DIGITS.search(c) for c in filled
    )


def _spans(row: Sequence[Any]) -> bool:
    """A group row repeats its text over the columns its merged cell covers."""
    texts = [_text(c) for c in row if _text(c)]
    return len(set(texts)) < len(texts)


@dataclass
class LedgerMapping:
    """Which column feeds which field (by header text), file-wide defaults and value fixes."""

    columns: dict[LedgerField, str] = field(default_factory=dict)
    channel: Channel | None = None
    category: str = ""
    region: str = ""
    # Fixes a person made in review, reused for the next file: field -> {ledger text: app value}.
    values: dict[LedgerField, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "columns": {f.value: h for f, h in self.columns.items()},
                "channel": self.channel.value if self.channel else None,
                "category": self.category,
                "region": self.region,
                "values": {f.value: v for f, v in self.values.items() if v},
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> LedgerMapping:
        raw = json.loads(text)
        known = {f.value for f in LedgerField}
        return cls(
            columns={LedgerField(k): v for k, v in raw.get("columns", {}).items() if k in known},
            channel=Channel(raw["channel"]) if raw.get("channel") else None,
            category=raw.get("category", ""),
            region=raw.get("region", ""),
            values={LedgerField(k): dict(v) for k, v in raw.get("values", {}).items() if k in known},
        )

    def resolve(self, labels: Sequence[str]) -> tuple[dict[LedgerField, int], list[str]]:
        """Column indexes for this file's headers; headers of the mapping the file lacks are listed."""
        keys = [header_key(label) for label in labels]
        found: dict[LedgerField, int] = {}
        missing: list[str] = []
        for fld, header in self.columns.items():
            if header in labels:
                found[fld] = list(labels).index(header)
            elif header_key(header) in keys:
                found[fld] = keys.index(header_key(header))
            else:
                missing.append(header)
        return found, missing

    @classmethod
    def from_columns(cls, columns: dict[LedgerField, int], labels: Sequence[str]) -> LedgerMapping:
        return cls(columns={f: labels[c] for f, c in columns.items()})
