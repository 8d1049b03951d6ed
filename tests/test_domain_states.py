"""The stored states as enums (UnitKind, AssignmentStatus, ObligationStatus) and the setting keys.

Their values are what the database columns and the shipped defaults hold, so
a member compares equal to the string the code around it still passes.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.db.models import Unit
from receptionapp.db.models_workflow import Assignment, DeadlineRuleRow, Obligation
from receptionapp.domain.units import UNIT_KIND_LABELS, UnitKind
from receptionapp.domain.workflow import AssignmentStatus, ObligationStatus
from receptionapp.resources import resource
from receptionapp.services import settings


def test_unit_kinds_keep_their_stored_values_labels_and_order() -> None:
    assert {kind.value: kind.label for kind in UnitKind} == {
        "division": "处室",
        "county_bureau": "区县教育局",
        "school": "学校",
        "other": "其他单位",
    }
    # The plain mapping that callers passing strings use: same entries, same order.
    assert UNIT_KIND_LABELS == {kind.value: kind.label for kind in UnitKind}
    assert list(UNIT_KIND_LABELS) == ["division", "county_bureau", "school", "other"]
    assert UnitKind.COUNTY_BUREAU == "county_bureau" and UnitKind("school") is UnitKind.SCHOOL
    assert UNIT_KIND_LABELS.get(UnitKind.DIVISION) == "处室"


def test_assignment_and_obligation_statuses_keep_their_values_and_labels() -> None:
    assert {s.value: s.label for s in AssignmentStatus} == {
        "open": "待回复",
        "replied": "已回复",
        "withdrawn": "已撤回",
    }
    assert {s.value: s.label for s in ObligationStatus} == {
        "open": "未完成",
        "done": "已完成",
        "cancelled": "已撤销",
    }
    assert ObligationStatus.OPEN == "open" and AssignmentStatus.REPLIED == "replied"


def test_shipped_defaults_name_only_known_unit_kinds() -> None:
    reference = json.loads(resource("defaults", "reference.json").read_text(encoding="utf-8"))
    rules = json.loads(resource("defaults", "deadline_rules.json").read_text(encoding="utf-8"))
    unit_kinds = {unit["kind"] for unit in reference["units"]}
    rule_kinds = {rule["unit_kind"] for rule in rules["rules"] if rule.get("unit_kind")}
    assert unit_kinds | rule_kinds <= set(UnitKind)
    assert UnitKind.COUNTY_BUREAU in rule_kinds  # its own acceptance notice


def test_a_lived_in_database_holds_only_known_states(tmp_path: Path, database_url: str | None) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo-data", "--cases", "60"]) == 0
    db = Database(database_url or f"sqlite:///{folder / 'receptionapp.sqlite3'}")
    try:
        with db.read() as session:
            unit_kinds = set(session.scalars(select(Unit.kind).distinct()))
            rule_kinds = set(session.scalars(select(DeadlineRuleRow.unit_kind).distinct()))
            assignments = set(session.scalars(select(Assignment.status).distinct()))
            obligations = set(session.scalars(select(Obligation.status).distinct()))
    finally:
        db.dispose()
    assert unit_kinds <= set(UnitKind) and UnitKind.COUNTY_BUREAU in unit_kinds
    assert rule_kinds - {None} <= set(UnitKind)
    assert assignments <= set(AssignmentStatus) and AssignmentStatus.REPLIED in assignments
    assert obligations <= set(ObligationStatus) and ObligationStatus.DONE in obligations


def test_setting_keys_are_the_stored_keys() -> None:
    # Stored in every office's database: changing one would lose what the admin set.
    options = [value for value in vars(settings).values() if isinstance(value, settings.Option)]
    options += list(settings.LETTER_PREFIXES.values())
    keys = [option.key for option in options]
    assert sorted(keys) == sorted(
        [
            "bureau_name",
            "backup_folder",
            "idle_lock_minutes",
            "supervision.remind_before",
            "supervision.urge_after",
            "supervision.notify_after",
            "reception.weekday",
            "reception.start",
            "reception.end",
            "reception.move",
            "reception.place",
            "letters.review_body",
            "letters.contact",
            "letters.phone",
            "letters.prefix.reply",
            "letters.prefix.acceptance",
            "letters.prefix.refusal",
            "letters.prefix.transfer",
            "letters.prefix.extension",
            "aftercare.follow_up_days",
            "aftercare.major_head_count",
        ]
    )
    assert all(len(key) <= 64 for key in keys)  # settings.key is String(64)
    # Each default is an allowed value, and survives being stored and read back.
    for option in options:
        assert option.problem(option.default) is None, option.key
        assert option.value_of({option.key: option.dump(option.default)}) == option.default
