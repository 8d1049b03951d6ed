"""The admin adds, edits and retires deadline rules; new obligations follow, old cases keep theirs.

Driven through the services a person's actions call: register, 批示, 交办,
then the obligation's due date and the rule version it was given.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry
from receptionapp.db.models_workflow import Obligation
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.rules import AppliesTo, DeadlineRule, ObligationKind, StartEvent
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor, NotFound, PermissionDenied, ValidationFailed
from receptionapp.services.deadlines import rules as deadline_rules
from receptionapp.services.workflow.assignment import assign
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id

D = dt.date
MONDAY = D(2026, 11, 2)  # no holiday in November 2026: 10 working days later is 16 Nov, 20 is 30 Nov


def walk_in(
    db: Database, people: dict[str, Actor], route: Route, unit: str, received: dt.date = MONDAY
) -> int:
    """A visit registered, decided by the leader and assigned, all on ``received``; returns the case id."""
    office = people["office"]
    case_id = intake.register_case(
        db,
        office,
        make_registration(received_at=dt.datetime.combine(received, dt.time(9, 30))),
        now=dt.datetime(2026, 11, 24, 18),
    ).id
    instruct(db, people["leader"], case_id, route, "请依规办理。", on=received)
    assign(db, office, case_id, unit_id(db, unit), on=received)
    return case_id


def obligation(db: Database, case_id: int, kind: ObligationKind) -> Obligation:
    with db.read() as session:
        found = session.scalars(
            select(Obligation).where(Obligation.case_id == case_id, Obligation.kind == kind.value)
        ).one()
        session.expunge(found)
        return found


def rule_named(db: Database, name: str) -> DeadlineRule:
    return next(v.rule for v in deadline_rules.list_rules(db) if v.rule.name == name)


def add(db: Database, actor: Actor, **overrides) -> int:
    values = dict(
        code=ObligationKind.UNIT_REPLY,
        name="来访事项承办单位回复（从严）",
        start_event=StartEvent.ASSIGNMENT,
        length=10,
        unit=DayUnit.WORKING_DAYS,
        applies_to=AppliesTo(channel=Channel.VISIT.value),
        basis="本局从严要求",
    )
    values.update(overrides)
    return deadline_rules.add_rule(db, actor, **values)


def audit_lines(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "deadline_rule")))


def test_a_new_channel_rule_governs_new_assignments_and_old_cases_keep_theirs(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    before = walk_in(db, people, Route.ACCEPT, "基础教育处")
    old_reply = obligation(db, before, ObligationKind.UNIT_REPLY)
    assert old_reply.due_date == D(2026, 11, 30)  # the division's 20 working days

    new_id = add(db, admin)
    after = walk_in(db, people, Route.ACCEPT, "基础教育处")
    reply = obligation(db, after, ObligationKind.UNIT_REPLY)
    assert (reply.due_date, reply.rule_id) == (D(2026, 11, 16), new_id)  # channel beats unit kind
    assert obligation(db, before, ObligationKind.UNIT_REPLY).due_date == D(2026, 11, 30)
    assert obligation(db, before, ObligationKind.UNIT_REPLY).rule_id == old_reply.rule_id

    # Retired: new cases fall back to the division's rule; the case that had it keeps it.
    retired_id = deadline_rules.retire_rule(db, admin, new_id)
    third = walk_in(db, people, Route.ACCEPT, "基础教育处")
    assert obligation(db, third, ObligationKind.UNIT_REPLY).rule_id == old_reply.rule_id
    assert obligation(db, after, ObligationKind.UNIT_REPLY).rule_id == new_id
    assert obligation(db, after, ObligationKind.UNIT_REPLY).due_date == D(2026, 11, 16)

    views = {v.rule.id: v for v in deadline_rules.list_rules(db, include_retired=True)}
    assert not views[new_id].active and not views[new_id].retired and views[new_id].in_use == 1
    assert views[retired_id].retired and views[retired_id].rule.version == 2
    assert new_id not in {v.rule.id for v in deadline_rules.list_rules(db)}
    assert audit_lines(db) == [
        "新增期限规则“来访事项承办单位回复（从严）”（承办单位办理回复，适用来访，"
        "自“交办（单位收到转送）”起算10个工作日），只用于今后新产生的期限",
        "废止期限规则“来访事项承办单位回复（从严）”（承办单位办理回复，适用来访，"
        "自“交办（单位收到转送）”起算10个工作日）（第2版）；已按它计算的期限不变，"
        "今后新产生的期限按其他适用的规则计算",
    ]


def test_a_route_rule_beats_the_unit_kind_rule(db: Database, people: dict[str, Actor], admin: Actor) -> None:
    county = walk_in(db, people, Route.TRANSFER, "城东区教育局")
    assert obligation(db, county, ObligationKind.UNIT_REPLY).due_date == D(2026, 12, 14)  # 30 working days
    route_rule = add(
        db,
        admin,
        name="转送事项答复",
        length=20,
        applies_to=AppliesTo(route=Route.TRANSFER.value),
    )
    again = walk_in(db, people, Route.TRANSFER, "城东区教育局")
    reply = obligation(db, again, ObligationKind.UNIT_REPLY)
    assert (reply.due_date, reply.rule_id) == (D(2026, 11, 30), route_rule)
    # The county bureau's acceptance notice has no route rule: still its own 15 working days.
    assert obligation(db, again, ObligationKind.UNIT_ACCEPTANCE).due_date == D(2026, 11, 23)
    # Another route is untouched.
    accepted = walk_in(db, people, Route.ACCEPT, "城东区教育局")
    assert obligation(db, accepted, ObligationKind.UNIT_REPLY).due_date == D(2026, 12, 14)


def test_changing_start_event_and_scope_makes_a_new_version(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    office = people["office"]
    handling = rule_named(db, "受理事项办理期限")
    # Count the 60 days from the receipt of the matter instead of the decision.
    new_id = deadline_rules.update_rule(
        db,
        admin,
        handling.id,
        name=handling.name,
        length=60,
        unit=DayUnit.CALENDAR_DAYS,
        max_extension=30,
        basis=handling.basis,
        start_event=StartEvent.RECEIPT,
    )
    case_id = intake.register_case(
        db, office, make_registration(received_at=dt.datetime(2026, 9, 21, 9)), now=dt.datetime(2026, 11, 24)
    ).id
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请依规办理。", on=D(2026, 9, 30))
    counted = obligation(db, case_id, ObligationKind.HANDLING)
    # 21 Sep + 60 days = 20 Nov (a Friday), not 30 Sep + 60 = 29 Nov (a Sunday).
    assert (counted.start_date, counted.due_date, counted.rule_id) == (
        D(2026, 9, 21),
        D(2026, 11, 20),
        new_id,
    )

    # A second rule for the same scope is refused; moving the division's rule to letters is not.
    division = rule_named(db, "处室拟就书面答复意见")
    with pytest.raises(ValidationFailed) as refused:
        deadline_rules.update_rule(
            db,
            admin,
            division.id,
            name=division.name,
            length=20,
            unit=DayUnit.WORKING_DAYS,
            max_extension=0,
            applies_to=AppliesTo(unit_kind="school"),
        )
    assert refused.value.errors == {
        "applies_to": "已有适用范围相同的现行规则“直属学校（单位）办理回复”，请修改那一条"
    }
    moved = deadline_rules.update_rule(
        db,
        admin,
        division.id,
        name="处室及来信事项答复",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        max_extension=0,
        basis=division.basis,
        applies_to=AppliesTo(channel=Channel.LETTER.value),
    )
    assert rule_named(db, "处室及来信事项答复").applies == AppliesTo(channel="letter")
    assert rule_named(db, "处室及来信事项答复").id == moved
    assert audit_lines(db)[-1] == (
        "修改期限规则“处室拟就书面答复意见”：名称处室拟就书面答复意见→处室及来信事项答复，"
        "适用处室→来信（第2版，只用于今后新产生的期限）"
    )
    assert "起算受理→收到信访事项" in audit_lines(db)[0]


def test_rules_are_checked_with_messages_for_their_fields(db: Database, admin: Actor) -> None:
    def refused(**overrides) -> dict[str, str]:
        with pytest.raises(ValidationFailed) as failure:
            add(db, admin, **overrides)
        return failure.value.errors

    assert refused(length=0) == {"length": "期限应在1至365之间"}
    assert refused(length=366) == {"length": "期限应在1至365之间"}
    assert refused(name="  ", max_extension=400) == {
        "name": "请填写规则名称",
        "max_extension": "可延期天数应在0至365之间",
    }
    assert refused(code=ObligationKind.HOTLINE_REPLY, start_event=StartEvent.ASSIGNMENT) == {
        "start_event": "“12345热线答复”只能自“收到信访事项”起算"
    }
    assert refused(start_event=StartEvent.SUPERVISION) == {
        "start_event": "“承办单位办理回复”只能自“交办（单位收到转送）”或“收到信访事项”起算"
    }
    assert refused(code=ObligationKind.REVIEW_OPINION, start_event=StartEvent.REVIEW_REQUEST) == {
        "code": "本系统不产生“复查（复核）意见”期限，无需新增规则"
    }
    assert refused(
        code=ObligationKind.INTAKE_NOTICE, start_event=StartEvent.RECEIPT, applies_to=AppliesTo()
    ) == {"applies_to": "已有适用范围相同的现行规则“书面告知是否受理”，请修改那一条"}
    assert refused(applies_to=AppliesTo(channel="telegram")) == {"applies_to": "适用范围无效，请重新选择"}
    assert audit_lines(db) == []


def test_the_only_general_rule_is_not_retired(db: Database, admin: Actor) -> None:
    general = rule_named(db, "书面告知是否受理")
    with pytest.raises(ValidationFailed) as failure:
        deadline_rules.retire_rule(db, admin, general.id)
    assert failure.value.errors == {
        "applies_to": "“书面告知是否受理”是“受理告知”唯一的通用规则，其他事项都按它计算期限，不能废止（可修改其期限）"
    }
    with pytest.raises(ValidationFailed) as narrowed:
        deadline_rules.update_rule(
            db,
            admin,
            general.id,
            name=general.name,
            length=15,
            unit=DayUnit.CALENDAR_DAYS,
            max_extension=0,
            applies_to=AppliesTo(channel=Channel.VISIT.value),
        )
    assert narrowed.value.errors["applies_to"].endswith("不能改为只适用于部分事项")

    # Once every channel has its own rule, the general one is no longer needed.
    for channel in Channel:
        if channel is not Channel.LETTER:  # letters have theirs already
            add(
                db,
                admin,
                code=ObligationKind.INTAKE_NOTICE,
                name=f"{channel.label}受理告知",
                start_event=StartEvent.RECEIPT,
                length=15,
                applies_to=AppliesTo(channel=channel.value),
            )
    retired = deadline_rules.retire_rule(db, admin, general.id)
    assert next(
        v for v in deadline_rules.list_rules(db, include_retired=True) if v.rule.id == retired
    ).retired


def test_only_the_admin_changes_rules_and_a_retired_rule_stays_retired(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        add(db, people["office"])
    rule_id = add(db, admin)
    with pytest.raises(PermissionDenied):
        deadline_rules.retire_rule(db, people["office"], rule_id)
    deadline_rules.retire_rule(db, admin, rule_id)
    with pytest.raises(NotFound):
        deadline_rules.retire_rule(db, admin, rule_id)
    with pytest.raises(NotFound):
        deadline_rules.update_rule(
            db, admin, rule_id, name="x", length=3, unit=DayUnit.WORKING_DAYS, max_extension=0
        )
