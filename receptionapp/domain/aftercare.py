"""After the matter: the 回访 call-back and the 重大信访信息快报, as rules without a database.

回访: once a matter is 办结 the office calls the petitioner back within the
working days the admin sets; a call that did not reach them is recorded too
and the office tries again, until a call reaches them and records how
satisfied they are (满意 / 基本满意 / 不满意). 快报: a matter is marked major
for one or more reasons (a collective visit of at least the number of people
the admin sets, extreme words or acts, public attention, another reason
written out); a 快报 goes to the leaders the same day and the office records
when and to whom it went.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum

from receptionapp.domain.validation import validate_line, validate_text

DEFAULT_FOLLOW_UP_DAYS = 10
FOLLOW_UP_DAYS_RANGE = (1, 60)
DEFAULT_MAJOR_HEAD_COUNT = 20
MAJOR_HEAD_COUNT_RANGE = (5, 500)


class CallSatisfaction(StrEnum):
    """What the petitioner said on a 回访 call that reached them."""

    SATISFIED = "satisfied"
    BASIC = "basic"
    UNSATISFIED = "unsatisfied"

    @property
    def label(self) -> str:
        return {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}[self.value]


@dataclass
class FollowUpInput:
    """One 回访 call as typed: when, who called, whether it reached the petitioner, what they said."""

    called_on: dt.date | None = None
    caller_id: int | None = None
    reached: bool = True
    satisfaction: CallSatisfaction | None = None
    remarks: str = ""


def validate_follow_up(data: FollowUpInput, closed_on: dt.date, today: dt.date) -> dict[str, str]:
    """Field → Chinese message for what is wrong with a 回访 of a matter closed on ``closed_on``."""
    errors: dict[str, str] = {}
    if data.called_on is None:
        errors["called_on"] = "请填写回访日期"
    elif data.called_on > today:
        errors["called_on"] = "回访日期不能晚于今天"
    elif data.called_on < closed_on:
        errors["called_on"] = f"回访日期不能早于办结日期（{closed_on:%Y-%m-%d}）"
    if data.caller_id is None:
        errors["caller"] = "请选择回访人"
    if data.reached and data.satisfaction is None:
        errors["satisfaction"] = "联系上信访人的，请记录其满意程度"
    if not data.reached and data.satisfaction is not None:
        errors["satisfaction"] = "未联系上信访人的，不能记录满意程度"
    if not data.reached and not data.remarks.strip():
        errors["remarks"] = "未联系上的，请写明情况（如电话无人接听、号码停机），以便再次回访"
    elif problem := validate_text(data.remarks, limit=2000, label="回访情况"):
        errors["remarks"] = problem
    return errors


def follow_up_summary(reached: bool, satisfaction: CallSatisfaction | None, caller: str, on: dt.date) -> str:
    """The timeline's words for one 回访 call."""
    result = (
        f"联系上信访人，{satisfaction.label}" if reached and satisfaction else "未联系上信访人，待再次回访"
    )
    return f"回访（{on:%Y-%m-%d}，{caller}）：{result}"


# ---------------------------------------------------------------- 重大信访信息快报


class MajorReason(StrEnum):
    """Why a matter is major (重大信访事项)."""

    COLLECTIVE = "collective"
    EXTREME = "extreme"
    PUBLIC = "public"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "collective": "集体访人数较多",
            "extreme": "有极端言行",
            "public": "引起舆论关注",
            "other": "其他",
        }[self.value]


@dataclass
class MajorInput:
    """A matter marked major: its reasons, the other reason in words, and what the leaders must know."""

    reasons: set[MajorReason] = field(default_factory=set)
    other: str = ""
    summary: str = ""


def suggests_major(is_collective: bool, head_count: int, threshold: int) -> bool:
    """A collective visit of at least ``threshold`` people is suggested as major at registration."""
    return is_collective and head_count >= threshold


def validate_major(data: MajorInput, head_count: int, threshold: int) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.reasons:
        errors["reasons"] = "请至少选择一项重大信访事项的情形"
    if MajorReason.COLLECTIVE in data.reasons and head_count < threshold:
        errors["reasons"] = f"本事项登记的来访人数为{head_count}人，未达到重大集体访的{threshold}人标准"
    if MajorReason.OTHER in data.reasons:
        if not data.other.strip():
            errors["other"] = "选择“其他”的，请写明具体情形"
        elif problem := validate_line(data.other, limit=100, label="其他情形"):
            errors["other"] = problem
    elif data.other.strip():
        errors["other"] = "只有选择“其他”时才填写此项"
    if len(data.summary.strip()) < 10:
        errors["summary"] = "请写明快报内容（基本情况、现场情况、已采取的措施），至少10个字"
    elif problem := validate_text(data.summary, limit=4000, label="快报内容"):
        errors["summary"] = problem
    return errors


def reasons_text(reasons: Collection[MajorReason], other: str, head_count: int = 0) -> str:
    """The reasons in words, in a fixed order: 集体访人数较多（32人）、其他：……"""
    words = []
    for reason in MajorReason:
        if reason not in reasons:
            continue
        if reason is MajorReason.COLLECTIVE and head_count:
            words.append(f"{reason.label}（{head_count}人）")
        elif reason is MajorReason.OTHER:
            words.append(f"其他：{other.strip()}")
        else:
            words.append(reason.label)
    return "、".join(words)


def dump_reasons(reasons: Collection[MajorReason]) -> str:
    return ",".join(r.value for r in MajorReason if r in reasons)


def load_reasons(text: str) -> set[MajorReason]:
    values = {r.value for r in MajorReason}
    return {MajorReason(v) for v in text.split(",") if v in values}


def validate_sent(
    sent_at: dt.datetime | None, marked_at: dt.datetime, now: dt.datetime, to: str
) -> dict[str, str]:
    """Field → message for the record that a 快报 went to the leaders."""
    errors: dict[str, str] = {}
    if sent_at is None:
        errors["sent_at"] = "请填写报送时间"
    elif sent_at > now:
        errors["sent_at"] = "报送时间不能晚于现在"
    elif sent_at < marked_at.replace(second=0, microsecond=0):
        errors["sent_at"] = f"报送时间不能早于标记为重大信访事项的时间（{marked_at:%Y-%m-%d %H:%M}）"
    if not to.strip():
        errors["sent_to"] = "请写明报送给哪位领导或哪个部门"
    elif problem := validate_line(to, limit=100, label="报送对象"):
        errors["sent_to"] = problem
    return errors
