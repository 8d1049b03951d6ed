"""The deadline rules the admin edits, adds and retires: seeded from resources, versioned on every change.

Changing a rule never touches the obligations already created from it: they
keep the version they were given (``Obligation.rule_id``); the new version
applies to obligations created from now on. Retiring a rule is a change too:
it adds a last, inactive version (nothing is deleted), so open obligations
keep theirs and new ones fall back to the next most specific rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import DeadlineRuleRow
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.roles import CAN_ADMINISTER
from receptionapp.domain.rules import (
    EVERY_MATTER,
    AppliesTo,
    DeadlineRule,
    ObligationKind,
    StartEvent,
    check_retire,
    check_rule,
)
from receptionapp.domain.units import UNIT_KIND_LABELS
from receptionapp.domain.workflow import ObligationStatus, Route
from receptionapp.resources import resource
from receptionapp.services import audit
from receptionapp.services.context import Actor, NotFound, ValidationFailed, require
from receptionapp.services.deadlines.obligations import rule_of, rules_in_force


def default_rules() -> list[DeadlineRule]:
    data = json.loads(resource("defaults", "deadline_rules.json").read_text(encoding="utf-8"))
    return [
        DeadlineRule(
            code=ObligationKind(item["code"]),
            name=item["name"],
            start_event=StartEvent(item["start_event"]),
            length=int(item["length"]),
            unit=DayUnit(item["unit"]),
            channel=item.get("channel"),
            route=item.get("route"),
            unit_kind=item.get("unit_kind"),
            max_extension=int(item.get("max_extension", 0)),
            basis=item.get("basis", ""),
        )
        for item in data["rules"]
    ]


def seed_rules(session: Session) -> int:
    """Add the default rules to an empty rules table; returns how many were added."""
    if session.scalar(select(func.count(DeadlineRuleRow.id))):
        return 0
    rules = default_rules()
    for rule in rules:
        session.add(_row(rule, None, version=1, replaces_id=None))
    session.flush()
    return len(rules)


def applies_text(applies: AppliesTo) -> str:
    """Where a rule applies, in the words of the office: 来信, 处室, 予以受理 … or 所有事项."""
    parts = []
    if applies.channel:
        parts.append(Channel(applies.channel).label)
    if applies.route:
        parts.append(Route(applies.route).label)
    if applies.unit_kind:
        parts.append(UNIT_KIND_LABELS.get(applies.unit_kind, applies.unit_kind))
    return "、".join(parts) or "所有事项"


@dataclass(frozen=True)
class RuleView:
    rule: DeadlineRule
    active: bool
    in_use: int  # open obligations created from this version
    retired: bool = False  # the last version of a rule the admin retired


def list_rules(db: Database, include_retired: bool = False) -> list[RuleView]:
    """The rules in force; with ``include_retired`` also old versions and retired rules."""
    from receptionapp.db.models_workflow import Obligation

    with db.read() as session:
        stmt = select(DeadlineRuleRow).order_by(DeadlineRuleRow.code, DeadlineRuleRow.id)
        if not include_retired:
            stmt = stmt.where(DeadlineRuleRow.active)
        usage = dict(
            session.execute(
                select(Obligation.rule_id, func.count(Obligation.id))
                .where(Obligation.status == ObligationStatus.OPEN)
                .group_by(Obligation.rule_id)
            ).all()
        )
        replaced = set(
            session.scalars(
                select(DeadlineRuleRow.replaces_id).where(DeadlineRuleRow.replaces_id.is_not(None))
            )
        )
        return [
            RuleView(
                rule_of(row), row.active, int(usage.get(row.id, 0)), not row.active and row.id not in replaced
            )
            for row in session.scalars(stmt)
        ]


def _row(
    rule: DeadlineRule, actor: Actor | None, version: int, replaces_id: int | None, active: bool = True
) -> DeadlineRuleRow:
    """A rule version as a row; ``actor`` None for the rules seeded with a new database."""
    return DeadlineRuleRow(
        code=rule.code.value,
        name=rule.name.strip(),
        start_event=rule.start_event.value,
        length=rule.length,
        unit=rule.unit.value,
        channel=rule.channel,
        route=rule.route,
        unit_kind=rule.unit_kind,
        max_extension=rule.max_extension,
        basis=rule.basis.strip(),
        version=version,
        active=active,
        replaces_id=replaces_id,
        created_by_id=actor.id if actor else None,
    )


def _describe(rule: DeadlineRule) -> str:
    extension = f"，可延期{rule.max_extension}{rule.unit.label}" if rule.max_extension else ""
    return (
        f"“{rule.name}”（{rule.code.label}，适用{applies_text(rule.applies)}，"
        f"自“{rule.start_event.label}”起算{rule.length_text}{extension}）"
    )


def _changes(old: DeadlineRule, new: DeadlineRule) -> list[str]:
    pairs = [
        ("名称", old.name, new.name),
        ("适用", applies_text(old.applies), applies_text(new.applies)),
        ("起算", old.start_event.label, new.start_event.label),
        ("期限", old.length_text, new.length_text),
        ("可延期", f"{old.max_extension}{old.unit.label}", f"{new.max_extension}{new.unit.label}"),
        ("依据", old.basis or "（无）", new.basis or "（无）"),
    ]
    return [f"{what}{before}→{after}" for what, before, after in pairs if before != after]


def add_rule(
    db: Database,
    actor: Actor,
    *,
    code: ObligationKind,
    name: str,
    start_event: StartEvent,
    length: int,
    unit: DayUnit,
    applies_to: AppliesTo = EVERY_MATTER,
    max_extension: int = 0,
    basis: str = "",
) -> int:
    """Add a new rule (version 1) for obligations created from now on; returns its id."""
    require(actor, CAN_ADMINISTER, "新增期限规则")
    rule = DeadlineRule(
        code=code,
        name=name.strip(),
        start_event=start_event,
        length=length,
        unit=unit,
        channel=applies_to.channel,
        route=applies_to.route,
        unit_kind=applies_to.unit_kind,
        max_extension=max_extension,
        basis=basis.strip(),
    )
    with db.write() as session:
        errors = check_rule(rule, rules_in_force(session), UNIT_KIND_LABELS)
        if errors:
            raise ValidationFailed(errors)
        row = _row(rule, actor, version=1, replaces_id=None)
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "rule",
            "deadline_rule",
            row.id,
            f"新增期限规则{_describe(rule)}，只用于今后新产生的期限",
            details={"new_id": row.id},
        )
        return row.id


def update_rule(
    db: Database,
    actor: Actor,
    rule_id: int,
    *,
    name: str,
    length: int,
    unit: DayUnit,
    max_extension: int,
    basis: str = "",
    start_event: StartEvent | None = None,
    applies_to: AppliesTo | None = None,
) -> int:
    """Save a new version of the rule; returns the new version's id (the same id when nothing changed).

    ``start_event`` and ``applies_to`` left as None keep the rule's own.
    """
    require(actor, CAN_ADMINISTER, "修改期限规则")
    with db.write() as session:
        row = session.get(DeadlineRuleRow, rule_id)
        if row is None or not row.active:
            raise NotFound("该期限规则不存在或已被新版本取代，请刷新后再改")
        old = rule_of(row)
        where = applies_to or old.applies
        new = DeadlineRule(
            code=old.code,
            name=name.strip(),
            start_event=start_event or old.start_event,
            length=length,
            unit=unit,
            channel=where.channel,
            route=where.route,
            unit_kind=where.unit_kind,
            max_extension=max_extension,
            basis=basis.strip(),
            version=old.version + 1,
        )
        errors = check_rule(new, rules_in_force(session), UNIT_KIND_LABELS, replaces=old)
        if errors:
            raise ValidationFailed(errors)
        changes = _changes(old, new)
        if not changes:
            return row.id
        successor = _row(new, actor, version=new.version, replaces_id=row.id)
        row.active = False
        session.add(successor)
        session.flush()
        audit.record(
            session,
            actor,
            "rule",
            "deadline_rule",
            successor.id,
            f"修改期限规则“{old.name}”："
            + "，".join(changes)
            + f"（第{new.version}版，只用于今后新产生的期限）",
            details={"old_id": row.id, "new_id": successor.id},
        )
        return successor.id


def retire_rule(db: Database, actor: Actor, rule_id: int) -> int:
    """Retire a rule: a last, inactive version; open obligations keep theirs. Returns that version's id."""
    require(actor, CAN_ADMINISTER, "废止期限规则")
    with db.write() as session:
        row = session.get(DeadlineRuleRow, rule_id)
        if row is None or not row.active:
            raise NotFound("该期限规则不存在或已被新版本取代，请刷新后再改")
        old = rule_of(row)
        errors = check_retire(old, rules_in_force(session))
        if errors:
            raise ValidationFailed(errors)
        last = _row(old, actor, version=old.version + 1, replaces_id=row.id, active=False)
        row.active = False
        session.add(last)
        session.flush()
        audit.record(
            session,
            actor,
            "rule",
            "deadline_rule",
            last.id,
            f"废止期限规则{_describe(old)}（第{last.version}版）；已按它计算的期限不变，"
            "今后新产生的期限按其他适用的规则计算",
            details={"old_id": row.id, "retired_id": last.id},
        )
        return last.id
