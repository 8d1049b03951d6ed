"""Deadline rules as data: what starts the clock, how long it runs, and where it applies.

Rules differ between bureaus, so the admin edits them; the defaults come from
DOMAIN.md (``resources/defaults/deadline_rules.json``). A rule is identified
by its code and its filters (channel, route, unit kind); editing one makes a
new version and an obligation keeps the version it was created with.
When several rules share a code, the one whose filters match most
specifically wins (a rule for letters beats the general one). The admin
also adds rules and retires them; ``check_rule`` and ``check_retire`` hold
the checks (one active rule per kind and scope, a start event the workflow
really has, the general rule kept while it is the only fallback).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Unit
from receptionapp.domain.validation import validate_line
from receptionapp.domain.workflow import Route


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
    FOLLOW_UP = "follow_up"  # 回访 after 办结 (days: a setting, not a rule)
    MAJOR_REPORT = "major_report"  # 重大信访信息快报 to the leaders, the same day

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
    ObligationKind.FOLLOW_UP: "回访",
    ObligationKind.MAJOR_REPORT: "重大信访信息快报",
}

# The office's own obligations: their length is a setting (or the same day), never a deadline rule;
# 办结 does not settle them (回访 only starts there) and they are never urged, extended or judged on time.
OFFICE_KINDS = frozenset({ObligationKind.FOLLOW_UP, ObligationKind.MAJOR_REPORT})


# The events an obligation of each kind may count from. The first is the step of
# the workflow that opens it; the receipt of the matter always came before, so a
# bureau may count from it instead. Kinds missing here are never opened by the app.
START_EVENTS: dict[ObligationKind, tuple[StartEvent, ...]] = {
    ObligationKind.INTAKE_NOTICE: (StartEvent.RECEIPT,),
    ObligationKind.FORWARD_OBJECTION: (StartEvent.RECEIPT,),
    ObligationKind.HOTLINE_REPLY: (StartEvent.RECEIPT,),
    ObligationKind.UNIT_ACCEPTANCE: (StartEvent.ASSIGNMENT, StartEvent.RECEIPT),
    ObligationKind.UNIT_REPLY: (StartEvent.ASSIGNMENT, StartEvent.RECEIPT),
    ObligationKind.HANDLING: (StartEvent.ACCEPTANCE, StartEvent.RECEIPT),
    ObligationKind.SUPERVISION_ANSWER: (StartEvent.SUPERVISION,),
    ObligationKind.EXTENSION_NOTICE: (StartEvent.EXTENSION,),
}


def start_events(kind: ObligationKind) -> tuple[StartEvent, ...]:
    """The start events a rule of ``kind`` may have; empty when the app never opens such an obligation."""
    return START_EVENTS.get(kind, ())


@dataclass(frozen=True)
class AppliesTo:
    """Where a rule applies: every matter, or only one channel, route or kind of unit."""

    channel: str | None = None
    route: str | None = None
    unit_kind: str | None = None

    @property
    def general(self) -> bool:
        return self.channel is None and self.route is None and self.unit_kind is None


EVERY_MATTER = AppliesTo()


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
    def applies(self) -> AppliesTo:
        return AppliesTo(self.channel, self.route, self.unit_kind)

    @property
    def length_text(self) -> str:
        return f"{self.length}{self.unit.label}"

    def matches(self, channel: str | None, route: str | None, unit_kind: str | None) -> bool:
        return all(
            wanted is None or wanted == actual
            for wanted, actual in ((self.channel, channel), (self.route, route), (self.unit_kind, unit_kind))
        )


def check_rule(
    rule: DeadlineRule,
    in_force: Iterable[DeadlineRule],
    unit_kinds: Collection[str],
    replaces: DeadlineRule | None = None,
) -> dict[str, str]:
    """Field problems of ``rule`` (new, or the next version of ``replaces``) among the rules in force."""
    errors: dict[str, str] = {}
    if not rule.name.strip():
        errors["name"] = "请填写规则名称"
    elif len(rule.name.strip()) > 100:
        errors["name"] = "规则名称不能超过100字"
    elif problem := validate_line(rule.name.strip(), limit=100, label="规则名称"):
        errors["name"] = problem
    if not 1 <= rule.length <= 365:
        errors["length"] = "期限应在1至365之间"
    if not 0 <= rule.max_extension <= 365:
        errors["max_extension"] = "可延期天数应在0至365之间"
    if len(rule.basis.strip()) > 200:
        errors["basis"] = "依据不能超过200字"
    elif problem := validate_line(rule.basis.strip(), limit=200, label="依据"):
        errors["basis"] = problem
    allowed = start_events(rule.code)
    if replaces is None and not allowed:
        errors["code"] = f"本系统不产生“{rule.code.label}”期限，无需新增规则"
    elif rule.start_event not in (allowed or (replaces.start_event if replaces else None,)):
        words = "或".join(f"“{e.label}”" for e in allowed)
        errors["start_event"] = (
            f"“{rule.code.label}”只能自{words}起算" if allowed else f"“{rule.code.label}”的起算事件不能修改"
        )
    applies = rule.applies
    if (
        (applies.channel is not None and applies.channel not in set(Channel))
        or (applies.route is not None and applies.route not in set(Route))
        or (applies.unit_kind is not None and applies.unit_kind not in unit_kinds)
    ):
        errors["applies_to"] = "适用范围无效，请重新选择"
    others = [r for r in in_force if replaces is None or r.id != replaces.id]
    twin = next((r for r in others if r.code == rule.code and r.applies == applies), None)
    if twin is not None and "applies_to" not in errors:
        errors["applies_to"] = f"已有适用范围相同的现行规则“{twin.name}”，请修改那一条"
    if replaces is not None and replaces.applies.general and not applies.general:
        if problem := _fallback_problem(replaces, others):
            errors["applies_to"] = problem + "，不能改为只适用于部分事项"
    return errors


def check_retire(rule: DeadlineRule, in_force: Iterable[DeadlineRule]) -> dict[str, str]:
    """Why ``rule`` may not be retired (keyed like the form's fields); empty when it may."""
    if not rule.applies.general:
        return {}
    problem = _fallback_problem(rule, [r for r in in_force if r.id != rule.id])
    return {"applies_to": problem + "，不能废止（可修改其期限）"} if problem else {}


def _fallback_problem(general: DeadlineRule, others: Iterable[DeadlineRule]) -> str:
    """Non-empty while ``general`` is the only rule that covers some matters of its kind."""
    kin = [r for r in others if r.code == general.code]
    if any(r.applies.general for r in kin):
        return ""
    per_channel = {r.channel for r in kin if r.route is None and r.unit_kind is None}
    if set(Channel) <= per_channel:
        return ""
    return f"“{general.name}”是“{general.code.label}”唯一的通用规则，其他事项都按它计算期限"


def pick_rule(
    rules: Iterable[DeadlineRule],
    code: ObligationKind,
    channel: str | None = None,
    route: str | None = None,
    unit_kind: str | None = None,
) -> DeadlineRule | None:
    """The most specific rule of ``code`` that applies; None if no rule does."""
    if isinstance(rules, RuleBook):
        return rules.pick(code, channel, route, unit_kind)
    candidates = [r for r in rules if r.code == code and r.matches(channel, route, unit_kind)]
    if not candidates:
        return None
    return max(candidates, key=lambda r: (r.specificity, r.version))


class RuleBook(tuple[DeadlineRule, ...]):
    """A fixed set of rules that remembers its choices: ``pick_rule`` on it looks each question up once.

    For bulk work under unchanging rules (demo data asks the same few dozen questions 100,000 times).
    """

    _picked: dict[tuple[ObligationKind, str | None, str | None, str | None], DeadlineRule | None]

    def __new__(cls, rules: Iterable[DeadlineRule]) -> RuleBook:
        book = super().__new__(cls, rules)
        book._picked = {}
        return book

    def pick(
        self, code: ObligationKind, channel: str | None, route: str | None, unit_kind: str | None
    ) -> DeadlineRule | None:
        key = (code, channel, route, unit_kind)
        if key not in self._picked:
            self._picked[key] = pick_rule(tuple(self), code, channel, route, unit_kind)
        return self._picked[key]
