"""A clerk's morning in the main window: register a walk-in, find it, open it, correct it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from receptionapp.services import drafts
from receptionapp.ui.widgets.case_page import CasePage
from receptionapp.ui.widgets.registration_form import DRAFT_FORM
from receptionapp.ui.windows.main_window import MainWindow
from tests.conftest import type_text
from tests.test_ui_registration import choose, type_walk_in


@pytest.fixture
def window(qtbot, db, admin, data_paths) -> MainWindow:
    win = MainWindow(db, data_paths, admin)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_register_find_open_and_correct_a_case(qtbot, window: MainWindow, db) -> None:
    # The day starts on the board of deadlines; Ctrl+N goes to a new registration.
    assert window.ui.tabs.currentWidget() is window.board
    assert "某市教育局" in window.windowTitle()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.registration

    type_walk_in(qtbot, window.registration, name="李喆")
    with qtbot.waitSignal(window.registration.saved) as saved:
        qtbot.mouseClick(window.registration.ui.saveButton, Qt.MouseButton.LeftButton)
    case_id, number = saved.args
    assert number == "来访〔2026〕0001号"

    # Ctrl+F jumps to the register's search box; type the name, the list narrows to the case.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentWidget() is window.register
    type_text(window.register.ui.search, "李喆")
    qtbot.waitUntil(lambda: window.register.ui.countLabel.text() == "共 1 件", timeout=2000)
    assert window.register.model.row_at(0).number == number

    # Open it: a new tab with the case page.
    window.register.ui.table.doubleClicked.emit(window.register.model.index(0, 0))
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, CasePage) and page.case_id == case_id
    assert window.ui.tabs.tabText(window.ui.tabs.currentIndex()) == number
    assert page.ui.people.item(0, 0).text() == "李喆"

    # Correct the category; the register shows the change.
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    choose(page.ui.category, "办学管理")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert window.register.model.row_at(0).category == "办学管理"

    # Opening the same case again reuses its tab; closing it leaves the fixed tabs.
    window.open_case(case_id)
    fixed = window.fixed_tabs
    assert window.ui.tabs.count() == fixed + 1
    window.ui.tabs.tabCloseRequested.emit(fixed)
    assert window.ui.tabs.count() == fixed


def test_second_visit_of_the_same_person_is_flagged_and_linked(
    qtbot, window: MainWindow, db, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    form = window.registration
    type_walk_in(qtbot, form)
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    type_walk_in(qtbot, form)
    form.refresh_history(force=True)
    assert "此前已有1件" in form.history.ui.summary.text()
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    rows = window.register.model
    assert rows.total() == 2
    assert rows.row_at(0).is_repeat and not rows.row_at(1).is_repeat
    window.open_case(rows.row_at(0).id)
    page = window.ui.tabs.currentWidget()
    assert page.ui.otherCases.count() == 1
    assert "重复访" in page.ui.flags.text()


def test_closing_the_window_keeps_what_was_typed(qtbot, window: MainWindow, db, admin) -> None:
    person = window.registration.petitioner_editors()[0].ui
    type_text(person.name, "王𠇔")
    type_text(window.registration.ui.problem, "关闭窗口前尚未保存的内容")
    window.close()
    payload = drafts.load_draft(db, admin, DRAFT_FORM)
    assert payload is not None
    assert "关闭窗口前尚未保存的内容" in str(payload)
    assert "王𠇔" in str(payload)
