"""The deadline rules the admin edits: seeded from resources, versioned on every change.

Changing a rule never touches the obligations already created from it: they
keep the version they were given (``Obligation.rule_id``); the new version
applies to obligations created from now on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import DeadlineRuleRow
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.roles import CAN_ADMINISTER
from receptionapp.domain.rules import DeadlineRule, ObligationKind, StartEvent, validate_rule
from receptionapp.resources import resource
from receptionapp.services import audit
from receptionapp.services.context import Actor, NotFound, ValidationFailed, require
from receptionapp.services.obligations import rule_of


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
        session.add(
            DeadlineRuleRow(
                code=rule.code.value,
                name=rule.name,
                start_event=rule.start_event.value,
                length=rule.length,
                unit=rule.unit.value,
                channel=rule.channel,
                route=rule.route,
                unit_kind=rule.unit_kind,
                max_extension=rule.max_extension,
                basis=rule.basis,
                version=1,
                active=True,
            )
        )
    session.flush()
    return len(rules)


@dataclass(frozen=True)
class RuleView:
    rule: DeadlineRule
    active: bool
    in_use: int  # open obligations created from this version


def list_rules(db: Database, include_retired: bool = False) -> list[RuleView]:
    from receptionapp.db.models_workflow import Obligation

    with db.read() as session:
        stmt = select(DeadlineRuleRow).order_by(DeadlineRuleRow.code, DeadlineRuleRow.id)
        if not include_retired:
            stmt = stmt.where(DeadlineRuleRow.active)
        usage = dict(
            session.execute(
                select(Obligation.rule_id, func.count(Obligation.id))
                .where(Obligation.status == "open")
                .group_by(Obligation.rule_id)
            ).all()
        )
        return [
            RuleView(rule_of(row), row.active, int(usage.get(row.id, 0))) for row in session.scalars(stmt)
        ]


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
) -> int:
    """Save a new version of the rule; returns the new version's id."""
    require(actor, CAN_ADMINISTER, "修改期限规则")
    errors = validate_rule(name, length, max_extension)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        old = session.get(DeadlineRuleRow, rule_id)
        if old is None or not old.active:
            raise NotFound("该期限规则不存在或已被新版本取代，请刷新后再改")
        changed = (old.name, old.length, old.unit, old.max_extension, old.basis) != (
            name.strip(),
            length,
            unit.value,
            max_extension,
            basis.strip(),
        )
        if not changed:
            return old.id
        new = DeadlineRuleRow(
            code=old.code,
            name=name.strip(),
            start_event=old.start_event,
            length=length,
            unit=unit.value,
            channel=old.channel,
            route=old.route,
            unit_kind=old.unit_kind,
            max_extension=max_extension,
            basis=basis.strip(),
            version=old.version + 1,
            active=True,
            replaces_id=old.id,
            created_by_id=actor.id,
        )
        old.active = False
        session.add(new)
        session.flush()
        audit.record(
            session,
            actor,
            "rule",
            "deadline_rule",
            new.id,
            f"修改期限规则“{old.name}”：{old.length}{DayUnit(old.unit).label}→{length}{unit.label}"
            f"，可延期{old.max_extension}→{max_extension}日（第{new.version}版，只用于今后新产生的期限）",
            details={"old_id": old.id, "new_id": new.id},
        )
        return new.id
