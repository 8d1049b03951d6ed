"""PostgreSQL only: search through the tsvector index, and races that SQLite serialises away.

Skipped unless RECEPTIONAPP_TEST_DB_URL names a PostgreSQL server. The search
properties are the same as tests/test_textsearch.py checks on FTS5, here
through the SQL the app sends (receptionapp.db.search) to a real server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.search import index_row, pg_matching_ids, write_index_rows
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.textsearch import pg_query, searchable_length
from receptionapp.services import audit
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import update_case
from receptionapp.services.cases.listing import CaseFilter, count_cases, list_cases
from receptionapp.services.context import Actor, ConcurrentChange
from tests.conftest import ON_POSTGRES, _admin_execute, _server_url, make_registration

pytestmark = pytest.mark.skipif(
    not ON_POSTGRES, reason="needs a PostgreSQL server (RECEPTIONAPP_TEST_DB_URL)"
)
SEARCH_TABLE = "CREATE TABLE case_search (case_id INTEGER PRIMARY KEY, terms TSVECTOR NOT NULL, body TEXT)"


@pytest.fixture(scope="module")
def search_conn() -> Iterator[Connection]:
    """A scratch database with the app's search table, for many quick examples."""
    name = "receptionapp_test_search"
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    engine = create_engine(_server_url(name), poolclass=NullPool)
    with engine.connect() as conn:
        conn.execute(text(SEARCH_TABLE))
        conn.commit()
        yield conn
    engine.dispose()
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def matches(search_conn: Connection) -> Callable[[str, str], bool]:
    def check(body: str, query: str) -> bool:
        search_conn.execute(text("DELETE FROM case_search"))
        write_index_rows(search_conn, "postgresql", [index_row("postgresql", 1, body)])
        found = search_conn.execute(pg_matching_ids(query)).all()
        search_conn.rollback()
        return bool(found)

    return check


TEXT = "学校以资料费名义向学生收取费用，每生三百元。请求退还违规收取的费用。张晓梅 13812345678"


@pytest.mark.parametrize(
    "query", ["资料费", "资料", "收取费用", "违规收取", "退还", "张晓梅", "晓梅", "1381234", "三百元", "张"]
)
def test_real_text_matches(matches, query: str) -> None:
    assert matches(TEXT, query)


@pytest.mark.parametrize(
    "query", ["资料收费", "学费", "李晓梅", "1391234", "校以资料费用", "费用张", "用每生"]
)
def test_real_text_does_not_match(matches, query: str) -> None:
    assert not matches(TEXT, query)


def test_every_part_must_match_and_no_match_across_punctuation(matches) -> None:
    assert matches(TEXT, "资料费 张晓梅")
    assert not matches(TEXT, "资料费 李四")
    assert not matches("反映学校。校长不作为", "学校长")
    assert matches("信访人赵䶮反映王𠇔的问题", "王𠇔")
    assert not matches("信访人赵䶮反映王𠇔的问题", "赵𠇔")
    # Pairs present, but not side by side: the body recheck refuses it.
    assert not matches("反映了问题，映问", "反映问题")


few_chars = st.sampled_from("学校长反映问题")
cjk_chars = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6D6),
    st.sampled_from("䶮𠇔喆堃〇"),
)


@settings(max_examples=150, deadline=None)
@given(st.text(few_chars, min_size=1, max_size=30), st.text(few_chars, min_size=2, max_size=5))
def test_cjk_query_matches_exactly_when_it_is_a_substring(matches, body: str, query: str) -> None:
    assert matches(body, query) == (query in body)


@settings(max_examples=100, deadline=None)
@given(st.text(cjk_chars, min_size=2, max_size=40), st.data())
def test_every_substring_of_two_or_more_cjk_characters_matches(matches, body: str, data) -> None:
    start = data.draw(st.integers(0, len(body) - 2))
    end = data.draw(st.integers(start + 2, len(body)))
    assert matches(body, body[start:end])


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_query_is_valid_and_finds_its_own_text(matches, query: str) -> None:
    assume(pg_query(query) is not None)
    assert searchable_length(query) > 0
    assert matches(query, query)


# ---------------------------------------------------------------- the index serves the search box


@pytest.mark.parametrize("query", ["学校", "资料费", "退还费用", "1381234", "来访〔2026〕0001号"])
def test_search_uses_the_gin_index(db: Database, admin: Actor, query: str) -> None:
    intake.register_case(db, admin, make_registration())
    with db.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(session.scalars(text("EXPLAIN " + _explainable(query))))
    assert "ix_case_search_terms" in plan, plan


def _explainable(query: str) -> str:
    """The search subquery with its parameters inlined, for EXPLAIN."""
    stmt = pg_matching_ids(query)
    dialect = create_engine("postgresql+psycopg://").dialect
    return str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def test_register_search_finds_by_name_id_phone_number_and_text(db: Database, admin: Actor) -> None:
    saved = intake.register_case(db, admin, make_registration())
    other = PetitionerInput(name="王强", phone="13900001111")
    intake.register_case(db, admin, make_registration(problem="教师工资拖欠三个月。", person=other))
    for query in ("张晓梅", "晓梅", "11010519491231002x", "1381234", saved.number, "资料费", "退还违规"):
        found = list_cases(db, CaseFilter(text=query))
        assert saved.id in [row.id for row in found], query
    assert count_cases(db, CaseFilter(text="工资拖欠")) == 1
    assert count_cases(db, CaseFilter(text="资料费 工资")) == 0


# ---------------------------------------------------------------- races


def _wait_for_a_lock_wait(db: Database) -> None:
    """Until another session of this database waits for a lock (a condition, with a deadline)."""
    deadline = time.monotonic() + 20
    with db.engine.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            conn.rollback()
            if waiting:
                return
            time.sleep(0.02)
    raise AssertionError("the second writer never waited for the first")


def test_two_first_numbers_of_a_year_do_not_collide(db: Database, admin: Actor) -> None:
    """Two PCs take the first number of a new year at once: the second waits and gets 2."""
    second: list[object] = []

    def other_pc() -> None:
        try:
            with db.write() as session:
                second.append(intake.next_sequence(session, Channel.VISIT, 2031))
        except Exception as error:  # reported below
            second.append(error)

    with db.write() as session:
        first = intake.next_sequence(session, Channel.VISIT, 2031)
        worker = threading.Thread(target=other_pc)
        worker.start()
        _wait_for_a_lock_wait(db)
    worker.join(timeout=30)
    assert first == 1
    assert second == [2]


def test_a_save_that_loses_the_race_at_the_update_is_refused_with_the_other_change(
    db: Database, admin: Actor
) -> None:
    """Both PCs pass the version check; the second UPDATE finds the version moved on."""
    case_id = intake.register_case(db, admin, make_registration()).id
    outcome: list[object] = []

    def second_pc() -> None:
        try:
            outcome.append(update_case(db, admin, case_id, 1, {"note": "第二台电脑的备注"}))
        except Exception as error:
            outcome.append(error)

    with db.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.demand = "第一台电脑改的诉求"
        session.flush()  # holds the row lock until commit
        details = {"demand": ["请求退还违规收取的费用。", "第一台电脑改的诉求"]}
        audit.record(session, admin, "edit", "case", case_id, "修改：诉求", case_id=case_id, details=details)
        worker = threading.Thread(target=second_pc)
        worker.start()
        _wait_for_a_lock_wait(db)
    worker.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], ConcurrentChange), outcome
    message = str(outcome[0])
    assert "系统管理员" in message and "诉求" in message and "第一台电脑改的诉求" in message
    detail = get_case(db, case_id)
    assert detail.demand == "第一台电脑改的诉求" and detail.note == ""


def test_the_same_new_person_registered_on_two_pcs_at_once_is_one_person(db: Database, admin: Actor) -> None:
    """The second registration waits for the first and finds the person it created."""
    person = PetitionerInput(name="赵䶮", id_number="11010519491231002X", phone="13812345678")
    outcome: list[object] = []

    def second_pc() -> None:
        try:
            outcome.append(intake.register_case(db, admin, make_registration(person=person)))
        except Exception as error:
            outcome.append(error)

    with db.write() as session:
        intake.lock_people(session, [person])
        intake.find_or_create_person(session, person)
        worker = threading.Thread(target=second_pc)
        worker.start()
        _wait_for_a_lock_wait(db)
    worker.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], intake.Registered), outcome
    with db.read() as session:
        same = text("SELECT count(*) FROM persons WHERE id_number = :id")
        assert session.scalar(same, {"id": "11010519491231002X"}) == 1
