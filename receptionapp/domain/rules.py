"""Deadline rules as data: what starts the clock, how long it runs, and where it applies.

Rules differ between bureaus, so the admin edits them; the defaults come from
DOMAIN.md (``resources/defaults/deadline_rules.json``). A rule is identified
by its code and its filters (channel, route, unit kind); editing one makes a
new version and an obligation keeps the version it was created with.
When several rules share a code, the one whose filters match most
specifically wins (a rule for letters beats the general one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from receptionapp.domain.deadlines import Unit


class StartEvent(StrEnum):
    RECEIPT = "receipt"
    ASSIGNMENT = "assignment"
    ACCEPTANCE = "acceptance"
    SUPERVISION = "supervision"
    EXTENSION = "extension"
    REPLY_SERVED = "reply_served"
    REVIEW_REQUEST = "review_request"

    @property
    def label(self) -> str:
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    StartEvent.RECEIPT: "收到信访事项",
    StartEvent.ASSIGNMENT: "交办（单位收到转送）",
    StartEvent.ACCEPTANCE: "受理",
    StartEvent.SUPERVISION: "发出督办单",
    StartEvent.EXTENSION: "批准延期",
    StartEvent.REPLY_SERVED: "信访人收到答复意见书",
    StartEvent.REVIEW_REQUEST: "收到复查（复核）申请",
}


class ObligationKind(StrEnum):
    """The codes of the rules the workflow uses to create obligations."""

    INTAKE_NOTICE = "intake_notice"  # 受理告知
    FORWARD_OBJECTION = "forward_objection"  # 转办异议
    HOTLINE_REPLY = "hotline_reply"  # 12345 reply
    UNIT_ACCEPTANCE = "unit_acceptance"  # county bureau: 受理告知单
    UNIT_REPLY = "unit_reply"  # the unit's written reply / draft
    HANDLING = "handling"  # 办理期限 of an accepted matter
    SUPERVISION_ANSWER = "supervision_answer"  # the answer to a 督办单
    EXTENSION_NOTICE = "extension_notice"  # 延期告知 to the petitioner
    REVIEW_REQUEST = "review_request"  # the petitioner's 30 days to ask for 复查
    REVIEW_OPINION = "review_opinion"  # 复查 / 复核 opinion

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ObligationKind.INTAKE_NOTICE: "受理告知",
    ObligationKind.FORWARD_OBJECTION: "转办异议",
    ObligationKind.HOTLINE_REPLY: "12345热线答复",
    ObligationKind.UNIT_ACCEPTANCE: "承办单位受理告知",
    ObligationKind.UNIT_REPLY: "承办单位办理回复",
    ObligationKind.HANDLING: "办理期限",
    ObligationKind.SUPERVISION_ANSWER: "督办回复",
    ObligationKind.EXTENSION_NOTICE: "延期告知",
    ObligationKind.REVIEW_REQUEST: "申请复查期限",
    ObligationKind.REVIEW_OPINION: "复查（复核）意见",
}


@dataclass(frozen=True)
class DeadlineRule:
    code: ObligationKind
    name: str
    start_event: StartEvent
    length: int
    unit: Unit
    channel: str | None = None
    route: str | None = None
    unit_kind: str | None = None
    max_extension: int = 0
    basis: str = ""
    id: int | None = None
    version: int = 1

    @property
    def specificity(self) -> int:
        """How narrowly the rule applies: a channel's own rule beats a route's, which beats a unit kind's."""
        weights = ((self.channel, 4), (self.route, 2), (self.unit_kind, 1))
        return sum(weight for value, weight in weights if value is not None)

    @property
    def length_text(self) -> str:
        return f"{self.length}{self.unit.label}"

    def matches(self, channel: str | None, route: str | None, unit_kind: str | None) -> bool:
        return all(
            wanted is None or wanted == actual
            for wanted, actual in ((self.channel, channel), (self.route, route), (self.unit_kind, unit_kind))
        )


def validate_rule(name: str, length: int, max_extension: int) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "请填写规则名称"
    if not 0 < length <= 366:
        errors["length"] = "期限应在1至366之间"
    if not 0 <= max_extension <= 366:
        errors["max_extension"] = "可延期天数应在0至366之间"
    return errors


def pick_rule(
    rules: Iterable[DeadlineRule],
    code: ObligationKind,
    channel: str | None = None,
    route: str | None = None,
    unit_kind: str | None = None,
) -> DeadlineRule | None:
    """The most specific rule of ``code`` that applies; None if no rule does."""
    candidates = [r for r in rules if r.code == code and r.matches(channel, route, unit_kind)]
    if not candidates:
        return None
    return max(candidates, key=lambda r: (r.specificity, r.version))
