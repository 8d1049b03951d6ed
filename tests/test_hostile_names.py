"""Hostile input in what the admin (and the office) name and describe: no control characters get in.

A reference-list name with a NUL byte was accepted and then broke the
yearly report export. Every name or text an admin types into a setting, a
list, an account, the rota, the letter settings, a deadline rule, a
重点信访人 mark, a mapping name or the holiday calendar is refused with a
field message when it holds a control character, and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry
from receptionapp.documents.templates import LetterType
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.holiday_files import HolidayFileError, parse_holiday_file
from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping
from receptionapp.domain.reception import Schedule
from receptionapp.domain.rules import AppliesTo, ObligationKind, StartEvent
from receptionapp.domain.validation import validate_line, validate_text
from receptionapp.services import settings
from receptionapp.services.admin import reference_lists as lists
from receptionapp.services.admin import setup, users
from receptionapp.services.cases import intake, key_petitioners
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, ValidationFailed
from receptionapp.services.deadlines import holidays
from receptionapp.services.deadlines import rules as deadline_rules
from receptionapp.services.ledger import batches
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.reception import rota
from tests.conftest import make_registration

# What got through: a NUL; the others are the same kind of character.
CONTROLS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f"]
LINE_BREAKS = ["\n", "\r", "\t", "\u2028", "\u2029"]


def audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def refused(db: Database, call: Callable[[], object], field: str) -> str:
    """``call`` raises ValidationFailed naming ``field`` and writes no audit entry (so changed nothing)."""
    before = audit_count(db)
    with pytest.raises(ValidationFailed) as failed:
        call()
    assert field in failed.value.errors, failed.value.errors
    assert audit_count(db) == before
    return failed.value.errors[field]


@pytest.mark.parametrize("bad", CONTROLS)
def test_validate_text_and_line_refuse_control_characters(bad: str) -> None:
    assert validate_text(f"城东{bad}区", label="区县")
    assert validate_line(f"城东{bad}区", label="区县")


@pytest.mark.parametrize("bad", LINE_BREAKS)
def test_a_one_line_name_holds_no_line_break(bad: str) -> None:
    assert validate_text(f"城东{bad}区", label="区县") is None or bad in "\u2028\u2029"
    assert validate_line(f"城东{bad}区", label="区县") == "区县中含有换行符或制表符，请删除"
    assert validate_line("城东区　（新）", label="区县") is None  # a full-width space is fine


@pytest.mark.parametrize("kind", list(lists.ListKind))
@pytest.mark.parametrize("bad", CONTROLS)
def test_reference_list_names(db: Database, admin: Actor, kind: lists.ListKind, bad: str) -> None:
    message = refused(db, lambda: lists.add_entry(db, admin, kind, f"新{bad}名称"), "name")
    assert "控制字符" in message
    entry = lists.list_entries(db, kind)[0]
    refused(db, lambda: lists.rename_entry(db, admin, kind, entry.id, bad.join(entry.name)), "name")
    assert all(bad not in e.name for e in lists.list_entries(db, kind))


@pytest.mark.parametrize("bad", [*CONTROLS, "\n", "\t"])
def test_account_display_and_login_names(db: Database, admin: Actor, bad: str) -> None:
    new = users.UserInput("clerk2", f"陈{bad}接待", "clerk", password="secret123")
    refused(db, lambda: users.create_user(db, admin, new), "display_name")
    refused(
        db,
        lambda: users.create_user(
            db, admin, users.UserInput(f"clerk{bad}3", "陈接待", "clerk", password="secret123")
        ),
        "username",
    )
    refused(
        db,
        lambda: users.update_user(db, admin, admin.id, users.UserInput("admin", f"管{bad}理员", "admin")),
        "display_name",
    )


@pytest.mark.parametrize("bad", [*CONTROLS, "\n"])
def test_first_start(db: Database, bad: str) -> None:
    with pytest.raises(ValidationFailed) as failed:
        setup.initialize(db, f"某市{bad}教育局", "admin", f"系统{bad}管理员", "secret123")
    assert set(failed.value.errors) == {"bureau_name", "display_name"}
    assert not setup.is_initialized(db)


@pytest.mark.parametrize("bad", [*CONTROLS, "\n"])
def test_rota_place_and_day_note(db: Database, admin: Actor, people: dict[str, Actor], bad: str) -> None:
    refused(db, lambda: rota.save_schedule(db, admin, Schedule(place=f"二楼{bad}接待室")), "place")
    assert rota.load_schedule(db).place == Schedule().place
    leader = people["leader"]
    [day] = rota.plan_days(db, people["office"], dt.date(2026, 12, 1), 1, [leader.id])
    refused(
        db, lambda: rota.update_day(db, admin, day.id, leader_id=leader.id, note=f"外出{bad}开会"), "note"
    )
    assert rota.day_view(db, day.id).note == ""


@pytest.mark.parametrize("bad", [*CONTROLS, "\n"])
def test_letter_settings(db: Database, admin: Actor, bad: str) -> None:
    for field, values in (
        ("review_body", {"review_body": f"某市{bad}人民政府"}),
        ("contact", {"review_body": "某市人民政府", "contact": f"王{bad}老师"}),
        ("contact", {"review_body": "某市人民政府", "phone": f"0571{bad}8765"}),
        ("prefix.reply", {"review_body": "某市人民政府", "prefixes": {LetterType.REPLY: f"某教{bad}信复"}}),
    ):
        refused(db, lambda values=values: letter_settings.save_settings(db, admin, **values), field)
    if bad == "\n":
        return  # a template has many lines
    refused(
        db,
        lambda: letter_settings.save_template(
            db,
            admin,
            LetterType.REPLY,
            letter_settings.current_template(db, LetterType.REPLY).text + bad + "。",
        ),
        "text",
    )


@pytest.mark.parametrize("bad", [*CONTROLS, "\n"])
def test_deadline_rule_names(db: Database, admin: Actor, bad: str) -> None:
    def add(name: str, basis: str = "") -> object:
        return deadline_rules.add_rule(
            db,
            admin,
            code=ObligationKind.HOTLINE_REPLY,
            name=name,
            start_event=StartEvent.RECEIPT,
            length=3,
            unit=DayUnit.WORKING_DAYS,
            applies_to=AppliesTo(unit_kind="school"),
            basis=basis,
        )

    refused(db, lambda: add(f"热线{bad}答复"), "name")
    refused(db, lambda: add("热线答复", f"本局{bad}规定"), "basis")
    rule = deadline_rules.list_rules(db)[0].rule

    def rename() -> object:
        return deadline_rules.update_rule(
            db,
            admin,
            rule.id,
            name=bad.join(rule.name),
            length=rule.length,
            unit=rule.unit,
            max_extension=rule.max_extension,
            basis=rule.basis,
        )

    refused(db, rename, "name")


@pytest.mark.parametrize("bad", CONTROLS)
def test_key_petitioner_texts(db: Database, admin: Actor, people: dict[str, Actor], bad: str) -> None:
    case = intake.register_case(db, people["clerk"], make_registration())
    person = get_case(db, case.id, admin).petitioners[0].id
    leader = people["leader"].id
    refused(db, lambda: key_petitioners.mark(db, admin, person, f"多次{bad}越级", leader), "reason")
    refused(
        db,
        lambda: key_petitioners.mark(db, admin, person, "多次越级", leader, status_note=f"稳{bad}控"),
        "status_note",
    )
    mark_id = key_petitioners.mark(db, admin, person, "多次越级", leader)
    refused(
        db,
        lambda: key_petitioners.update(db, admin, mark_id, leader_id=leader, status_note=f"稳{bad}控"),
        "status_note",
    )
    refused(db, lambda: key_petitioners.end(db, admin, mark_id, f"息诉{bad}罢访"), "end_reason")


@pytest.mark.parametrize("bad", [*CONTROLS, "\n"])
def test_mapping_names_and_bureau_setting(db: Database, admin: Actor, bad: str) -> None:
    mapping = LedgerMapping({LedgerField.NAME: "姓名"})
    refused(db, lambda: batches.save_mapping(db, admin, f"旧台账{bad}方案", mapping), "mapping_name")
    assert batches.mapping_names(db) == []
    with db.write() as session, pytest.raises(ValidationFailed):
        settings.save(session, admin, {settings.BUREAU_NAME: f"某市{bad}教育局"}, "修改设置")


@pytest.mark.parametrize("bad", [*CONTROLS, "\n"])
def test_holiday_notes(db: Database, admin: Actor, bad: str) -> None:
    refused(db, lambda: holidays.set_day(db, admin, dt.date(2027, 1, 4), False, f"元旦{bad}补休"), "note")
    with pytest.raises(HolidayFileError):
        parse_holiday_file(f"年份,2027\n2027-01-01,休,元旦{bad}假期\n".encode(), "2027.csv")
