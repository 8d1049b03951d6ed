"""A unit handler (承办人) sees only the cases assigned to his unit, in every service that shows a case."""

from __future__ import annotations

import datetime as dt

import pytest

from receptionapp.db.database import Database
from receptionapp.domain.periods import parse_period
from receptionapp.domain.workflow import Route
from receptionapp.paths import DataPaths
from receptionapp.reports.statistics import build_report
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.listing import CaseFilter, case_rows, count_cases, list_cases
from receptionapp.services.context import Actor, NotFound, PermissionDenied
from receptionapp.services.deadlines import board
from receptionapp.services.letters.records import case_letters
from receptionapp.services.papers import catalog
from receptionapp.services.reception.conversation import visitor_history
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id

D = dt.date


def register(db: Database, actor: Actor, problem: str) -> int:
    data = make_registration(problem=problem, received_at=dt.datetime(2026, 11, 2, 9, 0))
    return intake.register_case(db, actor, data, now=dt.datetime(2026, 11, 24, 18)).id


def assigned(db: Database, people: dict[str, Actor], case_id: int, unit: str) -> None:
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请核实处理。", on=D(2026, 11, 3))
    assign(db, people["office"], case_id, unit_id(db, unit), on=D(2026, 11, 3))


@pytest.fixture
def two_cases(db: Database, people: dict[str, Actor]) -> tuple[int, int]:
    mine = register(db, people["clerk"], "学校违规补课收费。")
    theirs = register(db, people["clerk"], "教师职称评审不公。")
    assigned(db, people, mine, "基础教育处")
    assigned(db, people, theirs, "人事处")
    return mine, theirs


def test_the_register_shows_only_his_units_cases(
    db: Database, people: dict[str, Actor], two_cases: tuple[int, int]
) -> None:
    handler = people["handler"]
    mine, theirs = two_cases
    flt = CaseFilter()
    assert [r.id for r in list_cases(db, flt, actor=handler)] == [mine]
    assert count_cases(db, flt, handler) == 1
    assert [r.id for r in list_cases(db, CaseFilter(text="职称评审"), actor=handler)] == []
    assert [r.id for r in list_cases(db, CaseFilter(text="补课"), actor=handler)] == [mine]
    assert [r.id for r in case_rows(db, [mine, theirs], actor=handler)] == [mine]
    assert count_cases(db, flt, people["clerk"]) == 2


def test_other_cases_are_not_found(
    db: Database, people: dict[str, Actor], two_cases: tuple[int, int], data_paths: DataPaths
) -> None:
    handler = people["handler"]
    mine, theirs = two_cases
    assert get_case(db, mine, handler).id == mine
    for show in (
        lambda: get_case(db, theirs, handler),
        lambda: handling(db, theirs, handler),
        lambda: catalog.case_papers(db, theirs, handler),
        lambda: case_letters(db, theirs, handler),
        lambda: visitor_history(db, theirs, handler),
    ):
        with pytest.raises(NotFound):
            show()
    # His own case's papers are there, with the 交办单 to his unit.
    kinds = [p.kind.value for p in catalog.case_papers(db, mine, handler)]
    assert kinds == ["registration", "assignment"]
    # Its other cases list only what he may see.
    assert get_case(db, mine, handler).other_cases == []


def test_the_board_is_his_units_whatever_he_asks(
    db: Database, people: dict[str, Actor], two_cases: tuple[int, int]
) -> None:
    mine, _theirs = two_cases
    today = D(2026, 12, 10)
    everyone = board.build_board(db, today)
    assert {r.case_id for r in everyone.rows} == set(two_cases)
    for asked in (None, unit_id(db, "人事处")):
        rows = board.build_board(db, today, unit_id=asked, actor=people["handler"]).rows
        assert rows and {r.case_id for r in rows} == {mine}
        assert {r.unit for r in rows} == {"基础教育处"}


def test_a_handler_replies_only_for_his_unit(
    db: Database, people: dict[str, Actor], two_cases: tuple[int, int]
) -> None:
    handler = people["handler"]
    mine, theirs = two_cases
    other = handling(db, theirs, people["office"]).assignments[0]
    with pytest.raises(PermissionDenied):
        record_reply(db, handler, other.id, "已核实，情况属实。", on=D(2026, 11, 20))
    own = handling(db, mine, handler).assignments[0]
    record_reply(db, handler, own.id, "已核实，已责令退费。", on=D(2026, 11, 20))


def test_a_handler_without_a_unit_sees_nothing(db: Database, people: dict[str, Actor], two_cases) -> None:
    lost = Actor(people["handler"].id, "handler", "赵科长", people["handler"].role, None)
    assert list_cases(db, CaseFilter(), actor=lost) == []
    assert board.build_board(db, D(2026, 12, 10), actor=lost).rows == []


def test_handlers_get_no_statistics(db: Database, people: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied):
        build_report(db, parse_period("2026-11"), actor=people["handler"])
    build_report(db, parse_period("2026-11"), actor=people["leader"])
