"""Conflicts of interest (回避): the office's list, and the warnings that need a confirmed reason."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry
from receptionapp.domain.reception import ConversationInput
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake, recusals
from receptionapp.services.cases.recusals import PERSON, UNIT, RecusalInput
from receptionapp.services.context import Actor, NeedsConfirmation, PermissionDenied, ValidationFailed
from receptionapp.services.reception.conversation import record_conversation
from receptionapp.services.workflow.assignment import assign
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id

D = dt.date
PETITIONER_ID = "11010519491231002X"  # make_registration's 张晓梅


def register(db: Database, actor: Actor) -> int:
    return intake.register_case(db, actor, make_registration(), now=dt.datetime(2026, 11, 24, 18)).id


def overrides(db: Database, case_id: int) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry.summary).where(
                    AuditEntry.case_id == case_id, AuditEntry.action == "override"
                )
            )
        )


def test_the_office_keeps_the_list(db: Database, people: dict[str, Actor]) -> None:
    office, clerk, handler = people["office"], people["clerk"], people["handler"]
    data = RecusalInput(handler.id, PERSON, person_name="张晓梅", reason="配偶的姐姐")
    with pytest.raises(PermissionDenied):
        recusals.add_recusal(db, clerk, data)
    with pytest.raises(PermissionDenied):
        recusals.list_recusals(db, handler)
    with pytest.raises(ValidationFailed) as failure:
        recusals.add_recusal(db, office, RecusalInput(None, PERSON, id_number="123", reason=""))
    assert set(failure.value.errors) == {"user", "person_name", "id_number", "reason"}
    with pytest.raises(ValidationFailed, match="单位"):
        recusals.add_recusal(db, office, RecusalInput(handler.id, UNIT, reason="亲属任职"))
    entry = recusals.add_recusal(db, office, data)
    [row] = recusals.list_recusals(db, office)
    assert (row.id, row.user_name, row.counterpart, row.active) == (entry, "赵科长", "信访人：张晓梅", True)
    recusals.end_recusal(db, office, entry, "亲属关系已不存在")
    [ended] = recusals.list_recusals(db, office)
    assert not ended.active and ended.ended_at is not None
    assert recusals.list_recusals(db, office, include_ended=False) == []


def test_assigning_to_a_unit_whose_handler_must_step_aside(db: Database, people: dict[str, Actor]) -> None:
    office, handler = people["office"], people["handler"]
    case_id = register(db, people["clerk"])
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请核实。", on=D(2026, 11, 24))
    recusals.add_recusal(
        db,
        office,
        RecusalInput(handler.id, PERSON, person_name="张晓梅", id_number=PETITIONER_ID, reason="表姐"),
    )
    division = unit_id(db, "基础教育处")
    with pytest.raises(NeedsConfirmation) as warned:
        assign(db, office, case_id, division, on=D(2026, 11, 24))
    assert warned.value.warnings == ["承办人赵科长与信访人张晓梅须回避（表姐）"]
    # Another unit has no such handler.
    assign(db, office, case_id, unit_id(db, "人事处"), on=D(2026, 11, 24))
    assign(
        db,
        office,
        case_id,
        division,
        on=D(2026, 11, 24),
        confirm_reason="该处仅此一名承办人，已由处长另行指定他人办理",
    )
    [summary] = overrides(db, case_id)
    assert "赵科长" in summary and "另行指定" in summary


def test_a_conflict_with_the_complained_unit(db: Database, people: dict[str, Actor]) -> None:
    office, handler = people["office"], people["handler"]
    case_id = register(db, people["clerk"])  # about 市第一中学
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请核实。", on=D(2026, 11, 24))
    school = unit_id(db, "市第一中学")
    recusals.add_recusal(db, office, RecusalInput(handler.id, UNIT, unit_id=school, reason="妻子在该校任教"))
    with pytest.raises(NeedsConfirmation, match="被反映单位市第一中学"):
        assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 24))


def test_an_id_number_tells_two_namesakes_apart(db: Database, people: dict[str, Actor]) -> None:
    office = people["office"]
    case_id = register(db, people["clerk"])
    recusals.add_recusal(
        db,
        office,
        RecusalInput(
            people["leader"].id, PERSON, person_name="张晓梅", id_number="110102198001011239", reason="邻居"
        ),
    )
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请核实。", on=D(2026, 11, 24))
    assert overrides(db, case_id) == []


def test_a_leader_in_conflict_instructs_or_receives_only_with_a_reason(
    db: Database, people: dict[str, Actor]
) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, people["clerk"])
    recusals.add_recusal(db, office, RecusalInput(leader.id, PERSON, person_name="张晓梅", reason="同学"))
    with pytest.raises(NeedsConfirmation, match="批示领导李局长与信访人张晓梅须回避"):
        instruct(db, leader, case_id, Route.ACCEPT, "请核实。", on=D(2026, 11, 24))
    talk = ConversationInput(
        leader_id=leader.id,
        started_at=dt.datetime(2026, 11, 24, 15),
        statement="反映收费问题。",
        response="核实。",
    )
    with pytest.raises(NeedsConfirmation, match="接谈领导"):
        record_conversation(db, office, case_id, talk, now=dt.datetime(2026, 11, 24, 18))
    record_conversation(
        db, office, case_id, talk, now=dt.datetime(2026, 11, 24, 18), confirm_reason="当日无其他领导接访"
    )
    instruct(
        db,
        leader,
        case_id,
        Route.ACCEPT,
        "请核实。",
        on=D(2026, 11, 24),
        confirm_reason="分管领导，已报告主要领导",
    )
    assert len(overrides(db, case_id)) == 2
