"""Editing the reference lists: add, rename, retire and restore, who may, and what old cases keep."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.domain.periods import parse_period
from receptionapp.reports.statistics import build_report
from receptionapp.services.admin.reference_lists import (
    ListKind,
    add_entry,
    list_entries,
    rename_entry,
    set_active,
)
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import update_case
from receptionapp.services.context import PermissionDenied, ValidationFailed
from receptionapp.services.reference import reference_lists, unit_choices
from tests.conftest import make_registration

NOW = dt.datetime(2026, 11, 20, 16, 0)


def _entry(db, kind, name):
    return next(e for e in list_entries(db, kind) if e.name == name)


def test_add_rename_retire_restore_category(db, admin):
    new_id = add_entry(db, admin, ListKind.CATEGORY, "  校园  欺凌 ")
    assert reference_lists(db).categories[-1] == "校园 欺凌"
    rename_entry(db, admin, ListKind.CATEGORY, new_id, "校园欺凌")
    assert "校园欺凌" in reference_lists(db).categories
    set_active(db, admin, ListKind.CATEGORY, new_id, False)
    assert "校园欺凌" not in reference_lists(db).categories
    assert _entry(db, ListKind.CATEGORY, "校园欺凌").active is False
    set_active(db, admin, ListKind.CATEGORY, new_id, True)
    assert "校园欺凌" in reference_lists(db).categories
    with db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "category").order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["add", "rename", "retire", "restore"]
    assert json.loads(entries[1].details)["name"] == ["校园 欺凌", "校园欺凌"]
    assert "改名" in entries[1].summary


def test_names_are_checked(db, admin):
    with pytest.raises(ValidationFailed) as empty:
        add_entry(db, admin, ListKind.REGION, "   ")
    assert empty.value.errors == {"name": "请填写区县名称"}
    with pytest.raises(ValidationFailed) as taken:
        add_entry(db, admin, ListKind.CATEGORY, "教育 收费")
    assert "已有同名的问题类别“教育收费”" in taken.value.errors["name"]
    other = _entry(db, ListKind.CATEGORY, "教育收费")
    second = next(n for n in reference_lists(db).categories if n != "教育收费")
    with pytest.raises(ValidationFailed):
        rename_entry(db, admin, ListKind.CATEGORY, other.id, second)
    with pytest.raises(ValidationFailed) as long:
        add_entry(db, admin, ListKind.CATEGORY, "很" * 65)
    assert "64" in long.value.errors["name"]
    # A retired name is still taken: the admin is told to restore it instead.
    set_active(db, admin, ListKind.CATEGORY, other.id, False)
    with pytest.raises(ValidationFailed) as retired:
        add_entry(db, admin, ListKind.CATEGORY, "教育收费")
    assert "已停用" in retired.value.errors["name"]


def test_units_have_kind_and_region(db, admin, people):
    unit = add_entry(db, people["office"], ListKind.UNIT, "市第九中学", unit_kind="school", region="城东区")
    choice = next(c for c in unit_choices(db) if c.id == unit)
    assert (choice.kind_label, choice.region) == ("学校", "城东区")
    assert "市第九中学" in reference_lists(db).units
    with pytest.raises(ValidationFailed) as bad:
        add_entry(db, admin, ListKind.UNIT, "某区教育局", unit_kind="county_bureau", region="")
    assert "region" in bad.value.errors
    with pytest.raises(ValidationFailed) as unknown:
        add_entry(db, admin, ListKind.UNIT, "某学校", unit_kind="school", region="火星区")
    assert "不在列表中" in unknown.value.errors["region"]
    rename_entry(db, admin, ListKind.UNIT, unit, "市第九中学（初中部）", unit_kind="school", region="")
    entry = _entry(db, ListKind.UNIT, "市第九中学（初中部）")
    assert (entry.region, entry.kind_label) == ("", "学校")
    set_active(db, people["office"], ListKind.UNIT, unit, False)
    assert unit not in {c.id for c in unit_choices(db)}


def test_rights(db, admin, people):
    for role in ("office", "leader", "clerk", "handler"):
        with pytest.raises(PermissionDenied) as denied:
            add_entry(db, people[role], ListKind.CATEGORY, "新类别")
        assert "仅管理员" in str(denied.value)
    for role in ("leader", "clerk", "handler"):
        with pytest.raises(PermissionDenied):
            add_entry(db, people[role], ListKind.UNIT, "新学校")
    region = _entry(db, ListKind.REGION, "城东区")
    with pytest.raises(PermissionDenied):
        set_active(db, people["office"], ListKind.REGION, region.id, False)


def test_retired_entry_stays_on_old_cases_and_in_reports(db, admin, people):
    result = intake.register_case(db, people["clerk"], make_registration(), now=NOW)
    category = _entry(db, ListKind.CATEGORY, "教育收费")
    assert category.uses == 1
    set_active(db, admin, ListKind.CATEGORY, category.id, False)
    detail = get_case(db, result.id, admin)
    assert detail.category == "教育收费"
    # Editing another field of the old case keeps its retired category ...
    update_case(db, admin, result.id, detail.version, {"category": "教育收费", "demand": "退费"})
    # ... but a new case cannot take it.
    with pytest.raises(ValidationFailed) as refused:
        intake.register_case(db, people["clerk"], make_registration(), now=NOW)
    assert "已停用" in refused.value.errors["category"]
    report = build_report(db, parse_period("2026-11"), today=NOW.date())
    assert "教育收费" in [row.label for row in report.categories.rows]


def test_last_active_category_cannot_be_retired(db, admin):
    entries = list_entries(db, ListKind.REGION)
    for entry in entries[:-1]:
        set_active(db, admin, ListKind.REGION, entry.id, False)
    with pytest.raises(ValidationFailed) as last:
        set_active(db, admin, ListKind.REGION, entries[-1].id, False)
    assert "至少要保留一个" in last.value.errors["name"]
