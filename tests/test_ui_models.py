"""Every table model of the ui passes Qt's model tester, filled with rows the services gave.

Each model is checked by pytest-qt's ``qtmodeltester`` twice: with Qt's own
QAbstractItemModelTester (C++, which also follows fetchMore) and with
pytest-qt's Python port (stricter about the types ``data`` returns). The
rows come from a test database through the same services the screens use;
the paged models are given a small page so that fetching more is checked
too. The last test makes sure no model of ``receptionapp.ui`` is left out.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

import receptionapp.ui
from receptionapp.db.database import Database
from receptionapp.domain import deadlines
from receptionapp.domain.periods import year_period
from receptionapp.domain.roles import Role
from receptionapp.reports.statistics import build_report
from receptionapp.reports.tables import report_tables
from receptionapp.services.admin import audit_log
from receptionapp.services.cases import intake
from receptionapp.services.cases import key_petitioners as keys
from receptionapp.services.cases.confidentiality import set_confidential
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import void_case
from receptionapp.services.cases.listing import CaseFilter, count_cases, list_cases
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import holidays
from receptionapp.services.deadlines.board import build_board
from receptionapp.services.reception import rota
from receptionapp.ui.admin.audit_table import AuditTableModel
from receptionapp.ui.admin.deadline_rules_dialog import DeadlineRulesDialog
from receptionapp.ui.admin.holiday_dialog import HolidayDialog
from receptionapp.ui.admin.reference_lists_dialog import ReferenceListsDialog
from receptionapp.ui.dialogs.key_petitioner_dialogs import KeyPetitionersDialog
from receptionapp.ui.dialogs.rota_dialog import RotaDialog
from receptionapp.ui.ledger.import_wizard import ImportWizard
from receptionapp.ui.ledger.ledger_models import PreviewModel, ReviewModel
from receptionapp.ui.models import paged_table
from receptionapp.ui.models.board_table import BoardTableModel
from receptionapp.ui.models.case_table import CaseTableModel
from receptionapp.ui.models.paged_table import PagedTableModel
from receptionapp.ui.models.report_table import ReportTableModel
from receptionapp.ui.models.row_table import RowTableModel
from tests.conftest import add_user, make_registration
from tests.ledger_samples import write_xlsx

TESTERS = [pytest.param(False, id="qt"), pytest.param(True, id="python")]
TODAY = dt.date.today()
WAIT = 60_000


@pytest.fixture(autouse=True)
def _reset_calendar():
    yield
    deadlines.set_default_calendar({}, [])  # the holidays entered here are the process's calendar too


@pytest.fixture
def cases(db: Database, people: dict[str, Actor]) -> list[int]:
    """A register as the office keeps it: late and fresh cases, a confidential one, a voided one."""
    office = people["office"]
    ids = [
        intake.register_case(
            db, office, make_registration(received_at=dt.datetime.now() - dt.timedelta(days=days))
        ).id
        for days in (40, 20, 9, 3, 1, 0)
    ]
    set_confidential(db, office, ids[1], True, "涉及举报人人身安全")
    void_case(db, office, ids[2], "重复登记，已合并到另一件")
    return ids


def check(qtmodeltester, model: QAbstractItemModel, force_py: bool) -> None:
    assert model.rowCount() > 0 and model.columnCount() > 0, "the model must be filled to be tested"
    qtmodeltester.check(model, force_py=force_py)


# ---------------------------------------------------------------- paged models


@pytest.mark.parametrize("force_py", TESTERS)
def test_case_table_model_fetching_page_by_page(qtmodeltester, monkeypatch, db, people, cases, force_py):
    monkeypatch.setattr(paged_table, "PAGE_SIZE", 2)
    office, flt = people["office"], CaseFilter()
    total = count_cases(db, flt, office)
    assert total >= 5
    model = CaseTableModel()
    model.reset(lambda after, limit: list_cases(db, flt, limit, after, office), total)
    assert model.rowCount() == 2 and model.canFetchMore()
    check(qtmodeltester, model, force_py)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    model.reset(lambda after, limit: [], 0)  # a filter nothing matches
    assert model.rowCount() == 0


@pytest.mark.parametrize("force_py", TESTERS)
def test_audit_table_model_fetching_page_by_page(qtmodeltester, monkeypatch, db, admin, cases, force_py):
    monkeypatch.setattr(paged_table, "PAGE_SIZE", 3)
    model = AuditTableModel()
    model.reset(partial(audit_log.list_entries, db, admin, audit_log.AuditFilter()))
    check(qtmodeltester, model, force_py)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == audit_log.count_entries(db, admin, audit_log.AuditFilter())


# ---------------------------------------------------------------- models over a list of rows


@pytest.mark.parametrize("force_py", TESTERS)
def test_board_table_model(qtmodeltester, db, cases, force_py):
    model = BoardTableModel()
    model.set_rows(build_board(db).rows)
    check(qtmodeltester, model, force_py)
    model.set_rows(build_board(db).rows[:1])  # a bucket chosen


@pytest.mark.parametrize("force_py", TESTERS)
def test_row_table_models_of_the_admin_screens(qtbot, qtmodeltester, db, admin, people, cases, force_py):
    december = [dt.date(2027, 12, day) for day in range(1, 32)]
    holidays.set_day(db, admin, next(d for d in december if d.weekday() == 0), False, "单位调整")
    holidays.set_day(db, admin, next(d for d in december if d.weekday() == 5), True, "调休上班")
    leaders = [add_user(db, "wang", Role.LEADER), people["leader"]]
    rota.plan_days(db, people["office"], TODAY, 3, [leader.id for leader in leaders])
    person = get_case(db, cases[0], people["office"]).petitioners[0].id
    keys.mark(
        db, people["office"], person, "多次到局上访，情绪激动", people["leader"].id, status_note="稳控中"
    )
    dialogs = [
        HolidayDialog(db, admin, today=dt.date(2027, 3, 1)),
        DeadlineRulesDialog(db, admin),
        ReferenceListsDialog(db, admin),
        RotaDialog(db, people["office"], today=TODAY),
        KeyPetitionersDialog(db, people["office"]),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert isinstance(dialog.model, RowTableModel)
        check(qtmodeltester, dialog.model, force_py)


@pytest.mark.parametrize("force_py", TESTERS)
def test_report_table_models(qtmodeltester, db, people, cases, force_py):
    report = build_report(db, year_period(TODAY.year), today=TODAY, actor=people["leader"])
    tables = report_tables(report)
    model = ReportTableModel(tables[0])
    check(qtmodeltester, model, force_py)
    for table in tables[1:]:  # the tester checks the model again after every reset
        model.set_table(table)
    assert model.table is tables[-1]


# ---------------------------------------------------------------- the import wizard's models


@pytest.mark.parametrize("force_py", TESTERS)
def test_ledger_import_models(qtbot, qtmodeltester, db, admin, tmp_path: Path, force_py):
    path = tmp_path / "2025年信访台账.xlsx"
    write_xlsx(path)
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.table is not None, timeout=WAIT)
    check(qtmodeltester, wizard.preview_model, force_py)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)  # the columns
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)  # the dry run
    qtbot.waitUntil(lambda: wizard.task is None and wizard.ui.pages.currentIndex() == 2, timeout=WAIT)
    review = wizard.review_model
    check(qtmodeltester, review, force_py)
    # An edit typed over a red cell is checked as it changes the row.
    fld = review.field_at(review.columnCount() - 1)
    assert fld is not None
    assert review.setData(review.index(0, review.columnCount() - 1), "改过的内容")
    assert review.row_at(0).status == "已修改"


# ---------------------------------------------------------------- none left out

TESTED: set[type] = {
    PagedTableModel,
    CaseTableModel,
    AuditTableModel,
    RowTableModel,
    BoardTableModel,
    ReportTableModel,
    PreviewModel,
    ReviewModel,
}


def test_every_model_of_the_ui_is_tested_here() -> None:
    for module in pkgutil.walk_packages(receptionapp.ui.__path__, "receptionapp.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo = list(QAbstractItemModel.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("receptionapp.ui."):
            found.add(cls)
    assert found == TESTED, sorted(c.__qualname__ for c in found ^ TESTED)
