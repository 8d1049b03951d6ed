"""The admin's holiday calendar: typed files, clear errors, and open deadlines recomputed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receptionapp.db.database import Database
from receptionapp.domain import deadlines
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.holiday_files import HolidayFileError, parse_holiday_file
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, PermissionDenied
from receptionapp.services.deadlines import holidays
from tests.conftest import make_registration

D = dt.date

CSV_2027 = """# 2027年部分节假日安排（按国务院办公厅通知录入）
年份,2027
通知,国办发明电〔2026〕9号
日期,安排,说明
2027-01-01,休,元旦
2027/2/6~2027/2/12,休,春节
2027年2月14日,班,春节调休上班
2027.10.1 ~ 2027.10.7,放假,国庆节
2027-10-9,上班,国庆调休
"""


@pytest.fixture(autouse=True)
def _reset_calendar():
    yield
    deadlines.set_default_calendar({}, [])


def test_csv_typed_from_the_notice() -> None:
    year = parse_holiday_file(CSV_2027.encode("utf-8"), "2027.csv")
    assert year.year == 2027
    assert year.notice == "国办发明电〔2026〕9号"
    assert len(year.days_off) == 1 + 7 + 7
    assert year.workdays == [D(2027, 2, 14), D(2027, 10, 9)]
    assert year.notes[D(2027, 2, 6)] == "春节"


def test_gbk_file_is_read() -> None:
    assert parse_holiday_file(CSV_2027.encode("gb18030")).year == 2027


def test_json_file() -> None:
    text = json.dumps(
        {
            "year": 2027,
            "notice": "国办发明电",
            "off": ["2027-01-01", "2027-05-01~2027-05-05"],
            "work": ["2027-04-25"],
        }
    )
    year = parse_holiday_file(text, "2027.json")
    assert len(year.days_off) == 6 and year.workdays == [D(2027, 4, 25)]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("2027-02-30,休", 1, "不存在"),
        ("2027-13-01,休", 1, "不存在"),
        ("年份,2027\n2027-01-01,休\n2027-01-02", 3, "每行应为"),
        ("2027-01-01,休息吧", 1, "应为“休”"),
        ("2027-01-01,休\n2027-01-01,班", 2, "已写为另一种安排"),
        ("2027-02-12~2027-02-06,休", 1, "早于"),
        ("明年元旦,休", 1, "格式不对"),
        ("年份,二〇二七\n2027-01-01,休", 1, "四位数字"),
        ("年份,2027\n2030-01-01,休", 2, "不属于2027年"),
    ],
)
def test_malformed_lines_are_named(text: str, line: int, words: str) -> None:
    with pytest.raises(HolidayFileError) as failed:
        parse_holiday_file(text)
    assert any(n == line and words in message for n, message in failed.value.problems), failed.value.problems
    assert f"第{line}行" in str(failed.value)


def test_empty_and_broken_json() -> None:
    with pytest.raises(HolidayFileError, match="没有任何日期"):
        parse_holiday_file("# nothing\n")
    with pytest.raises(HolidayFileError, match="JSON格式错误"):
        parse_holiday_file('{"year": 2027, "off": [', "x.json")
    with pytest.raises(HolidayFileError, match="第1项"):
        parse_holiday_file('{"year": 2027, "off": [20270101]}', "x.json")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_taken_or_refused_with_a_message(text: str) -> None:
    try:
        year = parse_holiday_file(text)
    except HolidayFileError as error:
        assert str(error)
    else:
        assert year.days


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_taken_or_refused_with_a_message(raw: bytes) -> None:
    try:
        parse_holiday_file(raw, "x.json" if raw[:1] == b"{" else "x.csv")
    except HolidayFileError as error:
        assert str(error)


def test_entering_2027_recomputes_open_deadlines(db: Database, admin: Actor) -> None:
    now = dt.datetime(2027, 2, 5, 18, 0)
    letter = intake.register_case(
        db,
        admin,
        make_registration(
            channel=Channel.LETTER,
            person=PetitionerInput(name="写信人", address="城东区1号"),
            received_at=dt.datetime(2027, 2, 1, 9, 0),
        ),
        now=now,
    )
    # Unknown year: weekdays count, provisional.
    assert (letter.due_date, letter.due_provisional) == (D(2027, 2, 22), True)
    change = holidays.save_year(db, admin, parse_holiday_file(CSV_2027), source="2027.csv")
    assert change.recomputed == 1
    detail = get_case(db, letter.id)
    # 2–5 Feb (4), Spring Festival 6–12 Feb off, Sunday 14 Feb worked (5), 15–19 (10), 22–26 (15).
    assert detail.due_date == D(2027, 2, 26)
    assert not detail.due_provisional
    assert detail.timeline[-1].action == "recompute"
    assert "2027-02-22改为2027-02-26" in detail.timeline[-1].summary
    view = holidays.year_view(db, 2027)
    assert view.entered and not view.package_knows and view.notice == "国办发明电〔2026〕9号"
    # The calendar survives a restart.
    deadlines.set_default_calendar({}, [])
    holidays.load_calendar(db)
    assert not deadlines.due_date(D(2027, 3, 1), 1, "working_days").provisional


def test_one_day_override_and_back(db: Database, admin: Actor) -> None:
    result = intake.register_case(db, admin, make_registration(received_at=dt.datetime(2026, 11, 2, 9, 0)))
    assert result.due_date == D(2026, 11, 17)
    holidays.set_day(db, admin, D(2026, 11, 17), False, "本地临时放假")
    assert get_case(db, result.id).due_date == D(2026, 11, 18)
    holidays.set_day(db, admin, D(2026, 11, 17), None)
    assert get_case(db, result.id).due_date == D(2026, 11, 17)
    assert [e.action for e in get_case(db, result.id).timeline] == [
        "register",
        "recompute",
        "recompute",
    ]


def test_only_the_admin_keeps_the_calendar(db: Database, admin: Actor) -> None:
    clerk = Actor(admin.id, "x", "x", admin.role.__class__("clerk"))
    with pytest.raises(PermissionDenied):
        holidays.set_day(db, clerk, D(2026, 11, 17), False)


def test_next_year_warning_from_october() -> None:
    assert holidays.missing_next_year(D(2026, 9, 30)) is None
    assert holidays.missing_next_year(D(2026, 10, 1)) == 2027
    known = deadlines.Calendar({}, frozenset({2027}))
    assert holidays.missing_next_year(D(2026, 10, 1), known) is None
    assert holidays.missing_next_year(D(2025, 11, 1)) is None  # 2026 ships with the package
