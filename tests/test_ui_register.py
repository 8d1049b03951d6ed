"""The register, case page and dialogs driven as a person would (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from receptionapp.demo.generate import generate_demo_cases
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import update_case
from receptionapp.services.cases.listing import CaseFilter, count_cases, list_cases
from receptionapp.ui.admin.login_dialog import LoginDialog
from receptionapp.ui.admin.setup_dialog import SetupDialog
from receptionapp.ui.dialogs.void_dialog import VoidDialog
from receptionapp.ui.models.case_table import PAGE_SIZE, CaseTableModel
from receptionapp.ui.widgets.case_page import CasePage
from receptionapp.ui.widgets.case_register import CaseRegister
from tests.conftest import ADMIN_PASSWORD, make_registration, type_text


def click_ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_setup_dialog_shows_errors_next_to_fields_then_creates_admin(qtbot, db, data_paths):
    dialog = SetupDialog(db, data_paths)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.displayName, "王主任")
    type_text(dialog.ui.password, "abc")
    type_text(dialog.ui.password2, "abd")
    click_ok(qtbot, dialog.ui.buttons)
    assert dialog.actor is None
    assert dialog.errors.message("bureau_name").startswith("请填写单位名称")
    assert dialog.errors.message("password") == "密码至少8位"
    assert dialog.errors.message("password2") == "两次输入的密码不一致"
    assert dialog.ui.displayName.text() == "王主任"  # nothing typed is lost

    type_text(dialog.ui.bureauName, "示例市教育局")
    for field in (dialog.ui.password, dialog.ui.password2):
        field.clear()
        type_text(field, "good pass 1")
    click_ok(qtbot, dialog.ui.buttons)
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_login_dialog_rejects_wrong_password(qtbot, db, admin):
    dialog = LoginDialog(db, "某市教育局")
    qtbot.addWidget(dialog)
    type_text(dialog.ui.username, "admin")
    type_text(dialog.ui.password, "wrong-password")
    click_ok(qtbot, dialog.ui.buttons)
    assert dialog.actor is None
    assert "登录名或密码不正确" in dialog.ui.error.text()
    type_text(dialog.ui.password, ADMIN_PASSWORD)
    click_ok(qtbot, dialog.ui.buttons)
    assert dialog.actor is not None


def test_case_table_model_passes_qt_model_tester(qtmodeltester, db, admin):
    generate_demo_cases(db, admin, 50, seed=1)
    model = CaseTableModel()
    flt = CaseFilter()
    model.reset(lambda after, limit: list_cases(db, flt, limit, after), count_cases(db, flt))
    assert model.rowCount() == 50
    qtmodeltester.check(model, force_py=True)


def test_register_loads_lazily_filters_and_searches(qtbot, db, admin):
    generate_demo_cases(db, admin, PAGE_SIZE * 2 + 30, seed=2)
    register = CaseRegister(db, admin)
    qtbot.addWidget(register)
    assert register.ui.countLabel.text() == f"共 {PAGE_SIZE * 2 + 30} 件"
    assert register.model.rowCount() == PAGE_SIZE
    register.ui.table.scrollToBottom()
    while register.model.canFetchMore():
        register.model.fetchMore()
    assert register.model.rowCount() == PAGE_SIZE * 2 + 30
    numbers = [register.model.row_at(i).number for i in range(register.model.rowCount())]
    assert len(set(numbers)) == len(numbers)

    # A two-character word typed into the search box narrows the list (after the debounce).
    type_text(register.ui.search, "收费")
    qtbot.waitUntil(lambda: register.model.total() < PAGE_SIZE * 2 + 30, timeout=2000)
    expected = count_cases(db, CaseFilter(text="收费"))
    assert register.model.total() == expected > 0
    for i in range(register.model.rowCount()):
        assert "收费" in get_case(db, register.model.row_at(i).id).problem

    register.ui.status.setCurrentIndex(register.ui.status.findData("overdue"))
    overdue = count_cases(db, CaseFilter(text="收费", status="overdue"))
    assert register.model.total() == overdue
    assert all(register.model.row_at(i).overdue for i in range(register.model.rowCount()))

    qtbot.mouseClick(register.ui.resetButton, Qt.MouseButton.LeftButton)
    assert register.model.total() == PAGE_SIZE * 2 + 30


def test_register_opens_a_case_on_double_click(qtbot, db, admin):
    saved = intake.register_case(db, admin, make_registration())
    register = CaseRegister(db, admin)
    qtbot.addWidget(register)
    index = register.model.index(0, 0)
    with qtbot.waitSignal(register.open_case) as signal:
        register.ui.table.doubleClicked.emit(index)
    assert signal.args == [saved.id]


def test_case_page_edit_is_saved_and_shown_in_timeline(qtbot, db, admin, data_paths):
    saved = intake.register_case(db, admin, make_registration())
    page = CasePage(db, admin, data_paths, saved.id)
    qtbot.addWidget(page)
    assert page.ui.number.text() == saved.number
    assert page.ui.people.item(0, 0).text() == "张晓梅"
    assert page.ui.problem.isReadOnly()
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    assert not page.ui.problem.isReadOnly()
    page.ui.problem.clear()
    type_text(page.ui.problem, "更正后的问题描述")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert get_case(db, saved.id).problem == "更正后的问题描述"
    summaries = [
        page.ui.timeline.topLevelItem(i).text(2) for i in range(page.ui.timeline.topLevelItemCount())
    ]
    assert summaries[0].startswith("登记")
    assert summaries[-1] == "修改：反映问题"


def test_case_page_empty_problem_is_refused_next_to_the_field(qtbot, db, admin, data_paths):
    saved = intake.register_case(db, admin, make_registration())
    page = CasePage(db, admin, data_paths, saved.id)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    page.ui.problem.clear()
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.errors.message("problem") == "请填写反映的问题"
    assert get_case(db, saved.id).problem.startswith("学校以资料费")


def test_case_page_refuses_a_stale_save_and_shows_the_other_change(qtbot, db, admin, data_paths, monkeypatch):
    saved = intake.register_case(db, admin, make_registration())
    page = CasePage(db, admin, data_paths, saved.id)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    # Another PC saves first.
    update_case(db, admin, saved.id, 1, {"demand": "另一台电脑的修改"})
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    page.ui.note.setPlainText("我的备注")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert warnings and "已被" in warnings[0]
    assert page.ui.demand.toPlainText() == "另一台电脑的修改"
    assert get_case(db, saved.id).note == ""


def test_void_dialog_requires_reason_and_keeps_the_case(qtbot, db, admin):
    saved = intake.register_case(db, admin, make_registration())
    dialog = VoidDialog(db, admin, saved.id, saved.number)
    qtbot.addWidget(dialog)
    click_ok(qtbot, dialog.ui.buttons)
    assert "作废原因" in dialog.errors.message("reason")
    type_text(dialog.ui.reason, "重复登记，与前一件为同一事项")
    click_ok(qtbot, dialog.ui.buttons)
    detail = get_case(db, saved.id, admin)
    assert detail.status.value == "voided"
    assert count_cases(db, CaseFilter()) == 0
    assert count_cases(db, CaseFilter(status="voided"), admin) == 1


def test_register_marks_overdue_rows_red(qtbot, db, admin):
    old = make_registration(received_at=dt.datetime(2026, 1, 5, 9, 0))
    intake.register_case(db, admin, old)
    register = CaseRegister(db, admin)
    qtbot.addWidget(register)
    row = register.model.row_at(0)
    assert row.overdue
    assert "超期" in register.model.index(0, 2).data()
    assert register.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_the_register_fits_a_1366_pixel_screen(qtbot, db, admin):
    """The 标记 filter had widened the register's filter row to 1,217 pixels and the window past the screen."""
    register = CaseRegister(db, admin)
    qtbot.addWidget(register)
    assert register.minimumSizeHint().width() <= 1000
