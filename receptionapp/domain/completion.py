"""The 办结单: how a matter ended, how the reply reached the petitioner, and their satisfaction.

``validate_completion`` checks what the office types before a case is closed;
the rules follow 条例 art. 32 (a decision of 予以支持 / 解释说明 / 不予支持
with facts and reasons) and the bureau's service rules (registered mail with
its number, or handed over against the petitioner's signature).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class Decision(StrEnum):
    SUPPORT = "support"
    EXPLAIN = "explain"
    REJECT = "reject"
    NOT_ACCEPTED = "not_accepted"
    # Only on cases imported from an old ledger whose result text names no decision.
    UNSPECIFIED = "unspecified"

    @property
    def label(self) -> str:
        return {
            "support": "予以支持",
            "explain": "解释说明",
            "reject": "不予支持",
            "not_accepted": "不予受理",
            "unspecified": "未注明",
        }[self.value]

    @classmethod
    def choosable(cls) -> list[Decision]:
        """The decisions a person can pick when closing a case."""
        return [d for d in cls if d is not cls.UNSPECIFIED]


class ServiceMethod(StrEnum):
    REGISTERED_MAIL = "registered_mail"
    IN_PERSON = "in_person"
    ONLINE = "online"
    HOTLINE = "hotline"
    # Only on cases imported from an old ledger that does not say how the reply went.
    UNSPECIFIED = "unspecified"

    @property
    def label(self) -> str:
        return {
            "registered_mail": "挂号邮寄",
            "in_person": "当面送达（信访人签收）",
            "online": "网上答复",
            "hotline": "通过12345平台反馈",
            "unspecified": "未注明",
        }[self.value]

    @classmethod
    def choosable(cls) -> list[ServiceMethod]:
        """The methods a person can pick when closing a case."""
        return [m for m in cls if m is not cls.UNSPECIFIED]


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASIC = "basic"
    UNSATISFIED = "unsatisfied"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意", "unknown": "未评价"}[
            self.value
        ]


# Registered mail numbers of China Post: two letters, nine digits, CN (or 13 digits domestic).
_MAIL_NUMBER = re.compile(r"^([A-Z]{2}\d{9}[A-Z]{2}|\d{10,15})$")


@dataclass
class CompletionInput:
    decision: Decision | None = None
    summary: str = ""
    service: ServiceMethod | None = None
    mail_number: str = ""
    served_on: dt.date | None = None
    receipt_signed: bool = False
    satisfaction: Satisfaction = Satisfaction.UNKNOWN
    closed_on: dt.date | None = None
    note: str = ""


def validate_completion(data: CompletionInput, received: dt.date, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.decision is None or data.decision is Decision.UNSPECIFIED:
        errors["decision"] = "请选择处理结果"
    if len(data.summary.strip()) < 4:
        errors["summary"] = "请写明办理结果（事实、理由和依据）"
    elif len(data.summary) > 20000:
        errors["summary"] = "办理结果不能超过20000字"
    if data.service is None or data.service is ServiceMethod.UNSPECIFIED:
        errors["service"] = "请选择答复送达方式"
    elif data.service is ServiceMethod.REGISTERED_MAIL:
        number = data.mail_number.strip().upper().replace(" ", "")
        if not number:
            errors["mail_number"] = "挂号邮寄须填写挂号信单号"
        elif not _MAIL_NUMBER.match(number):
            errors["mail_number"] = "挂号信单号格式不对（如 XA123456789CN）"
    elif data.service is ServiceMethod.IN_PERSON and not data.receipt_signed:
        errors["receipt_signed"] = "当面送达须由信访人在送达回证上签字"
    if data.served_on is None:
        errors["served_on"] = "请填写送达日期"
    elif data.served_on > today:
        errors["served_on"] = "送达日期不能晚于今天"
    elif data.served_on < received:
        errors["served_on"] = "送达日期不能早于收到信访事项的日期"
    if data.closed_on is None:
        errors["closed_on"] = "请填写办结日期"
    elif data.closed_on > today:
        errors["closed_on"] = "办结日期不能晚于今天"
    elif data.closed_on < received:
        errors["closed_on"] = "办结日期不能早于收到信访事项的日期"
    return errors


# The obligation a case's 办结 is measured by, for each route: the first kind the case has.
# An accepted 复查申请 is measured by its 复查意见 (条例 art. 35: 30 days from the request), any other
# accepted matter by its 办理期限 (art. 34); a transferred, urged or 复核终结 matter by its units' replies.
MEASURED_BY: dict[str | None, tuple[str, ...]] = {
    "accept": ("review_opinion", "handling"),
    "transfer": ("unit_reply",),
    "urge": ("unit_reply",),
    "final": ("unit_reply",),
}


def closing_deadline(channel: str, route: str | None, dues: list[tuple[str, dt.date]]) -> dt.date | None:
    """The deadline a case's 办结 is measured against (the same everywhere in the app).

    A 12345 form: its reply deadline. An accepted matter: the 复查意见 of a
    复查申请, else the handling period (条例 art. 34, extension included). A
    transferred, urged or 复核终结 matter: the latest reply deadline of its
    units. A matter decided without a unit (refused, 复核终结 and implemented):
    the written notice. ``dues`` holds (obligation kind, due date) of the
    case's obligations that are not cancelled, whatever else their state.
    """
    by_kind: dict[str, list[dt.date]] = {}
    for kind, due in dues:
        by_kind.setdefault(kind, []).append(due)
    if channel == "hotline" and "hotline_reply" in by_kind:
        return max(by_kind["hotline_reply"])
    for kind in MEASURED_BY.get(route, ()):
        if kind in by_kind:
            return max(by_kind[kind])
    if "intake_notice" in by_kind:
        return max(by_kind["intake_notice"])
    return max((d for ds in by_kind.values() for d in ds), default=None)
