"""Hostile search text: the same answer on SQLite and PostgreSQL, never a database error.

PostgreSQL raised database errors for a NUL byte in the search box and for
a run of 2,048 or more Latin letters (a tsquery word is at most 2,046
bytes); SQLite returned nothing for the same. A case whose text held such a
run could not even be registered on PostgreSQL. Runs on whichever backend
the suite runs on; with a PostgreSQL server the last test also asks a
SQLite database the same questions and compares.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from receptionapp.db.database import Database
from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping
from receptionapp.domain.textsearch import MAX_WORD, fts_query, index_terms, pg_query, tsvector_literal
from receptionapp.domain.validation import search_text
from receptionapp.paths import DataPaths
from receptionapp.services.admin import audit_log, auth, setup
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.cases import intake
from receptionapp.services.cases.listing import count_cases, list_cases, register_filter
from receptionapp.services.context import Actor, NotFound, ServiceError
from receptionapp.services.ledger import batches
from receptionapp.services.letters import verify
from tests.conftest import ON_POSTGRES, make_registration

LONG = "a" * 3000
QUERIES = [
    "学校\x00收费",
    "\x00",
    "\x00学校",
    "张晓\x00梅",
    "a" * 2048,
    LONG,
    LONG.upper(),
    "a" * 2048 + "b",
    "学校 " + "b" * 2100,
    "1" * 5000,
    "\x1b[31m学校",
    "学校\ud800收费",
]


def build(db: Database, admin: Actor) -> dict[str, str]:
    """Three cases; returns {case number: what it is}."""
    cases = {
        "fees": make_registration(problem="学校以资料费名义向学生收取费用。"),
        "long": make_registration(problem=f"附件编码 {LONG} 无法打开", demand="请求处理。"),
        "digits": make_registration(problem="学校收费问题，单据号" + "1" * 3000),
    }
    return {intake.register_case(db, admin, data).number: name for name, data in cases.items()}


def answers(db: Database, admin: Actor, numbers: dict[str, str]) -> dict[str, tuple[set[str], int]]:
    """What the register shows for each query, by case name, and how many it counts."""
    found = {}
    for query in QUERIES:
        flt = register_filter(query)
        rows = list_cases(db, flt, actor=admin)
        found[repr(query[:20])] = ({numbers[r.number] for r in rows}, count_cases(db, flt, admin, cap=1000))
    return found


EXPECTED = {
    "学校\x00收费": {"digits"},
    "\x00学校": {"fees", "digits"},
    "a" * 2048: {"long"},
    LONG: {"long"},
    LONG.upper(): {"long"},
}


@pytest.fixture
def numbers(db: Database, admin: Actor) -> dict[str, str]:
    return build(db, admin)


def test_a_case_with_a_very_long_word_is_registered(db: Database, admin: Actor, numbers) -> None:
    assert sorted(numbers.values()) == ["digits", "fees", "long"]


@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_hostile_search_text_never_raises_and_finds_what_it_should(
    db: Database, admin: Actor, numbers: dict[str, str], query: str
) -> None:
    def search(text: str) -> set[str]:
        flt = register_filter(text)
        found = {numbers[row.number] for row in list_cases(db, flt, actor=admin)}
        assert count_cases(db, flt, admin, cap=1000) == len(found)
        return found

    found = search(query)
    if query in EXPECTED:
        assert found == EXPECTED[query]
    if "\x00" in query:  # a NUL parts the words as a space does
        assert found == search(query.replace("\x00", " "))


def test_the_audit_filter_reads_a_nul_as_a_space(db: Database, admin: Actor, numbers: dict[str, str]) -> None:
    number = next(iter(numbers))
    plain = audit_log.count_entries(db, admin, audit_log.AuditFilter(case_number=number))
    assert plain == 1
    for typed in (number + "\x00", "\x00" + number, number[:4] + "\x00"):
        assert audit_log.count_entries(db, admin, audit_log.AuditFilter(case_number=typed)) == (
            plain if typed.strip("\x00") == number else len(numbers)
        )
        assert audit_log.list_entries(db, admin, audit_log.AuditFilter(case_number=typed))


def test_lookups_by_what_was_typed(db: Database, admin: Actor, numbers: dict[str, str]) -> None:
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "adm\x00in", "secret123")
    with pytest.raises(NotFound):
        batches.load_mapping(db, "旧台账\x00")
    batches.save_mapping(db, admin, "旧台账", LedgerMapping({LedgerField.NAME: "姓名"}))
    assert batches.load_mapping(db, "旧台账\x00").columns == {LedgerField.NAME: "姓名"}
    number = next(iter(numbers))
    assert verify.find_case_id(db, number + "\x00")
    with pytest.raises(ServiceError):
        verify.find_case_id(db, "\x00")


def test_the_terms_are_cut_the_same_way_for_both_backends() -> None:
    assert index_terms(LONG) == "a" * MAX_WORD
    assert fts_query(LONG) == f'"{"a" * MAX_WORD}"*'
    parsed = pg_query(LONG)
    assert parsed is not None and parsed.tsquery == f"'{'a' * MAX_WORD}':*"
    assert tsvector_literal(LONG) == f"'{'a' * MAX_WORD}'"
    assert search_text("学\x00校\ud800") == "学 校"


@pytest.mark.skipif(not ON_POSTGRES, reason="compares with a PostgreSQL server (RECEPTIONAPP_TEST_DB_URL)")
def test_sqlite_and_postgresql_give_the_same_answers(
    db: Database, admin: Actor, numbers: dict[str, str], tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "sqlite").ensure()
    local = open_database(paths, paths.sqlite_url)
    try:
        local_admin = setup.initialize(local, "某市教育局", "admin", "系统管理员", "secret123")
        assert answers(local, local_admin, build(local, local_admin)) == answers(db, admin, numbers)
    finally:
        local.dispose()
