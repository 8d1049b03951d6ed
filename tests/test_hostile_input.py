"""Hostile input through the services: nothing crashes, nothing half-saves.

SQL-like strings, control characters, emoji, zero-width and right-to-left
marks, rare CJK (extensions A/B and beyond), lone surrogates and very long
text go into every free-text field of a registration, the register's search
box, the audit filter and the account forms. Each call either succeeds and
stores exactly what was given, or fails with field messages and changes
nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from receptionapp.db.database import Database
from receptionapp.db.sqlite_files import table_counts
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.roles import Role
from receptionapp.paths import DataPaths
from receptionapp.services.admin import audit_log as audit_query
from receptionapp.services.admin import setup, users
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import update_case, void_case
from receptionapp.services.cases.listing import CaseFilter, count_cases, list_cases
from receptionapp.services.context import Actor, ServiceError, ValidationFailed
from tests.conftest import make_registration

SQL_LIKE = [
    "'; DROP TABLE cases; --",
    '" OR 1=1 --',
    "张三' OR '1'='1",
    "%",
    "_",
    "\\",
    "%_\\'\"",
    "NULL",
    "0x00",
    "case_search MATCH '*'",
    'NEAR("学校" "收费")',
    "学校 AND 收费 OR NOT 退费",
    "{problem}: 学校",
    "^学校*",
]
RARE_CJK = ["䶮", "𠇔", "𬌗", "𠀀", "𪚥", "𰻞", "〇", "々", "〻"]
ODD = ["\u200b", "\u200d", "\u202e", "\ufeff", "\u3000", "👨‍👩‍👧", "🏫", "\U0001f600", "e\u0301", "Ａ"]
CONTROL = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\r\n", "\t"]

fragments = st.sampled_from(SQL_LIKE + RARE_CJK + ODD + CONTROL)
hostile = st.lists(st.one_of(fragments, st.text(max_size=8)), max_size=8).map("".join)
# Hypothesis never generates lone surrogates by itself; a paste from a broken document can.
LONE_SURROGATES = [chr(0xD800), chr(0xDBFF), chr(0xDC00), chr(0xDFFF)]
with_surrogates = st.lists(
    st.one_of(st.sampled_from(LONE_SURROGATES), fragments), min_size=1, max_size=6
).map("".join)
long_text = st.integers(19_990, 20_010).map(lambda n: ("学校收费问题。" * 3000)[:n])

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory) -> tuple[Database, Actor, DataPaths]:
    paths = DataPaths(tmp_path_factory.mktemp("hostile") / "data").ensure()
    db = open_database(paths)
    admin = setup.initialize(db, "某市教育局", "admin", "管理员", "secret123")
    yield db, admin, paths
    db.dispose()


def _counts(paths: DataPaths) -> dict[str, int]:
    with sqlite3.connect(paths.database) as conn:
        return table_counts(conn)


def _register_or_refuse(shared, **fields) -> None:
    db, admin, paths = shared
    person_fields = {k: fields.pop(k) for k in ("name", "id_number", "phone", "address") if k in fields}
    person = PetitionerInput(**{"name": "张晓梅", "phone": "13812345678", **person_fields})
    data = make_registration(person=person, **fields)
    before = _counts(paths)
    try:
        result = intake.register_case(db, admin, data)
    except ValidationFailed as failure:
        assert failure.errors and all(isinstance(v, str) and v for v in failure.errors.values())
        assert _counts(paths) == before, "a refused registration changed the database"
        return
    after = _counts(paths)
    assert after["cases"] == before["cases"] + 1 and after["audit_log"] == before["audit_log"] + 1
    detail = get_case(db, result.id, admin)
    assert detail.problem == data.problem.strip()
    assert detail.demand == data.demand.strip()


@SETTINGS
@given(problem=hostile, demand=hostile, unit=hostile, note=hostile)
def test_free_text_fields(shared, problem: str, demand: str, unit: str, note: str) -> None:
    _register_or_refuse(shared, problem=problem or "问题", demand=demand or "诉求", unit=unit, note=note)


@SETTINGS
@given(
    source_body=st.one_of(hostile, with_surrogates, st.text(min_size=190, max_size=260)),
    source_ref=st.one_of(hostile, with_surrogates),
    category=st.one_of(st.sampled_from(["教育收费", "其他"]), hostile, with_surrogates),
    region=st.one_of(st.sampled_from(["城东区"]), hostile, with_surrogates),
)
def test_forwarded_case_and_list_fields(
    shared, source_body: str, source_ref: str, category: str, region: str
) -> None:
    _register_or_refuse(
        shared,
        channel=Channel.FORWARDED,
        source_body=source_body,
        source_ref=source_ref,
        category=category,
        region=region,
    )


@SETTINGS
@given(name=hostile, id_number=hostile, phone=hostile, address=hostile)
def test_petitioner_fields(shared, name: str, id_number: str, phone: str, address: str) -> None:
    _register_or_refuse(shared, name=name, id_number=id_number, phone=phone, address=address)


@SETTINGS
@given(text=with_surrogates, field=st.sampled_from(["problem", "demand", "name", "address", "note", "unit"]))
def test_lone_surrogates_are_refused_not_crashed(shared, text: str, field: str) -> None:
    _register_or_refuse(shared, **{field: "学校" + text})


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(problem=long_text, channel=st.sampled_from(list(Channel)))
def test_very_long_text(shared, problem: str, channel: Channel) -> None:
    _register_or_refuse(
        shared,
        problem=problem,
        channel=channel,
        source_body="省教育厅",
        source_ref="教信转〔2026〕1号",
        address="城东区幸福路1号",
    )


@SETTINGS
@given(text=st.one_of(hostile, with_surrogates))
def test_search_and_filters_never_crash(shared, text: str) -> None:
    db, admin, _paths = shared
    flt = CaseFilter(text=text)
    try:
        total = count_cases(db, flt, admin)
        rows = list_cases(db, flt, 20, None, admin)
    except ServiceError:
        return
    assert len(rows) <= max(total, 0) + 0 or total >= len(rows)
    audit_query.count_entries(db, admin, audit_query.AuditFilter(case_number=text))


@SETTINGS
@given(username=st.one_of(hostile, with_surrogates), display_name=st.one_of(hostile, with_surrogates))
def test_account_forms(shared, username: str, display_name: str) -> None:
    db, admin, paths = shared
    before = _counts(paths)
    try:
        users.create_user(db, admin, users.UserInput(username, display_name, Role.CLERK, None, "temp-pass-1"))
    except ValidationFailed as failure:
        assert failure.errors
        assert _counts(paths) == before
        return
    assert _counts(paths)["users"] == before["users"] + 1


def test_sql_like_search_finds_its_own_text(shared) -> None:
    db, admin, _paths = shared
    text = "学校收费'; DROP TABLE cases; --"
    intake.register_case(db, admin, make_registration(problem=text))
    rows = list_cases(db, CaseFilter(text="DROP TABLE"), 50, None, admin)
    assert any(text in r.problem for r in rows)
    assert count_cases(db, CaseFilter(text="%"), admin) >= 0


def test_the_database_is_sound_after_all_of_it(shared, tmp_path: Path) -> None:
    from receptionapp.services.admin.check import check_database

    db, _admin, _paths = shared
    assert check_database(db) == []


@SETTINGS
@given(reason=st.one_of(hostile, with_surrogates, st.text(min_size=1990, max_size=2100)))
def test_void_reason(shared, reason: str) -> None:
    db, admin, paths = shared
    case_id = intake.register_case(db, admin, make_registration()).id
    before = _counts(paths)
    try:
        void_case(db, admin, case_id, reason)
    except ValidationFailed as failure:
        assert set(failure.errors) == {"reason"}
        assert _counts(paths) == before
        assert get_case(db, case_id, admin).status.value != "voided"
        return
    assert get_case(db, case_id, admin).void_reason == reason.strip()


@SETTINGS
@given(field=st.sampled_from(["problem", "demand", "note"]), value=st.one_of(hostile, with_surrogates))
def test_case_edits(shared, field: str, value: str) -> None:
    db, admin, paths = shared
    registered = intake.register_case(db, admin, make_registration())
    detail = get_case(db, registered.id, admin)
    before = _counts(paths)
    try:
        update_case(db, admin, registered.id, detail.version, {field: value})
    except ValidationFailed as failure:
        assert set(failure.errors) == {field}
        assert _counts(paths) == before
        assert get_case(db, registered.id, admin).version == detail.version


@SETTINGS
@given(value=st.one_of(hostile, with_surrogates))
def test_drafts_keep_whatever_was_typed(shared, value: str) -> None:
    from receptionapp.services import drafts

    db, admin, _paths = shared
    drafts.save_draft(db, admin, "hostile", {"problem": value})
    loaded = drafts.load_draft(db, admin, "hostile")
    assert loaded is not None

    def units(text: str) -> bytes:  # the same UTF-16 code units: a split pair may come back joined
        return text.encode("utf-16-le", "surrogatepass")

    assert units(loaded["problem"]) == units(value)


def test_examples_hypothesis_found(shared) -> None:
    """Each of these crashed (UnicodeEncodeError) or slipped through before it was fixed."""
    db, admin, _paths = shared
    for fields, key in (
        ({"problem": "学校\ud800"}, "problem"),
        ({"category": "\ud800"}, "category"),
        ({"channel": Channel.FORWARDED, "source_body": "省\x07教育厅", "source_ref": "1号"}, "source_body"),
        ({"channel": Channel.FORWARDED, "source_body": "省" * 201, "source_ref": "1号"}, "source_body"),
    ):
        with pytest.raises(ValidationFailed) as failure:
            intake.register_case(db, admin, make_registration(**fields))
        assert set(failure.value.errors) == {key}
    assert count_cases(db, CaseFilter(text="\ud800学校"), admin) >= 0
