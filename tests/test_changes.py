"""Two PCs on one database: the change marker, and the window refreshing what the other PC did.

"Another PC" is a second ``Database`` on the same URL with another user, as
a second process would have; on the PostgreSQL run it is a real second
connection pool to the server.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from receptionapp.db.database import Database
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.roles import Role
from receptionapp.services.admin import auth
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import update_case
from receptionapp.services.changes import MAX_ENTRIES, change_marker, changes_since
from receptionapp.services.context import Actor
from receptionapp.ui.widgets.case_page import CasePage
from receptionapp.ui.windows.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, make_registration
from tests.test_services import make_user


@pytest.fixture
def other_pc(db: Database):
    other = Database(db.url)
    yield other
    other.dispose()


@pytest.fixture
def clerk(db: Database, admin: Actor) -> Actor:
    return make_user(db, Role.CLERK, "clerk", "接待员甲")


def test_marker_moves_with_every_change_and_names_the_cases(db: Database, admin: Actor, clerk: Actor) -> None:
    start = change_marker(db)
    assert changes_since(db, start).any is False
    first = intake.register_case(db, admin, make_registration()).id
    second = intake.register_case(
        db, clerk, make_registration(person=PetitionerInput(name="王强", phone="13900001111"))
    ).id
    seen = changes_since(db, start)
    assert seen.case_ids == {first, second} and not seen.everything
    assert seen.marker == change_marker(db) > start
    assert changes_since(db, seen.marker).any is False
    update_case(db, clerk, first, 1, {"note": "补充"})
    assert changes_since(db, seen.marker).case_ids == {first}


def test_logins_change_no_case(db: Database, admin: Actor) -> None:
    start = change_marker(db)
    auth.login(db, "admin", ADMIN_PASSWORD)
    seen = changes_since(db, start)
    assert seen.marker > start and not seen.any


def test_a_flood_of_changes_asks_for_a_full_refresh(db: Database, admin: Actor, monkeypatch) -> None:
    from receptionapp.services import changes

    monkeypatch.setattr(changes, "MAX_ENTRIES", 2)
    start = change_marker(db)
    for phone in ("13900000001", "13900000002", "13900000003"):
        intake.register_case(db, admin, make_registration(person=PetitionerInput(name="王强", phone=phone)))
    seen = changes_since(db, start)
    assert seen.everything and seen.marker == change_marker(db)
    assert MAX_ENTRIES >= 100


@pytest.fixture
def window(qtbot, db, admin, data_paths) -> MainWindow:
    win = MainWindow(db, data_paths, admin)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_shows_what_another_pc_registered_and_edited(
    qtbot, window: MainWindow, db: Database, other_pc: Database, admin: Actor, clerk: Actor
) -> None:
    case_id = intake.register_case(db, admin, make_registration()).id
    window.poll_changes()
    assert window.register.model.total() == 1
    window.open_case(case_id)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, CasePage)

    # The clerk at the reception PC corrects the demand and registers a new visit.
    update_case(other_pc, clerk, case_id, 1, {"demand": "请求退费并公开道歉"})
    intake.register_case(
        other_pc, clerk, make_registration(person=PetitionerInput(name="王强", phone="13900001111"))
    )
    # The timer notices within a few ticks (shortened here; 5 s in use).
    window.poll_timer.setInterval(20)
    qtbot.waitUntil(lambda: page.ui.demand.toPlainText() == "请求退费并公开道歉", timeout=5000)
    assert "接待员甲" in page.ui.banner.text()
    qtbot.waitUntil(lambda: window.register.model.total() == 2, timeout=5000)
    assert "共 2 件" in window.register.ui.countLabel.text()


def test_an_open_edit_is_not_overwritten_and_the_save_names_the_other_change(
    qtbot, window: MainWindow, db: Database, other_pc: Database, admin: Actor, clerk: Actor, monkeypatch
) -> None:
    case_id = intake.register_case(db, admin, make_registration()).id
    window.open_case(case_id)
    page = window.ui.tabs.currentWidget()
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    page.ui.note.setPlainText("我正在写的备注")

    update_case(other_pc, clerk, case_id, 1, {"demand": "另一台电脑改的诉求"})
    window.poll_changes()
    assert page.ui.note.toPlainText() == "我正在写的备注"  # nothing typed is lost
    assert "接待员甲" in page.ui.banner.text() and "保存时将提示冲突" in page.ui.banner.text()

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert warnings, "the second save must be refused"
    assert "接待员甲" in warnings[0] and "诉求" in warnings[0] and "另一台电脑改的诉求" in warnings[0]
    assert page.ui.demand.toPlainText() == "另一台电脑改的诉求"
    assert get_case(db, case_id).note == ""


def test_own_save_is_not_announced_as_another_pcs(
    qtbot, window: MainWindow, db: Database, admin: Actor
) -> None:
    case_id = intake.register_case(db, admin, make_registration()).id
    window.open_case(case_id)
    page = window.ui.tabs.currentWidget()
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    page.ui.note.setPlainText("本机补充")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "修改已保存" in page.ui.banner.text()
    window.poll_changes()
    assert "修改已保存" in page.ui.banner.text()


def test_register_keeps_the_selected_case_when_another_pc_saves(
    qtbot, window: MainWindow, db: Database, other_pc: Database, admin: Actor, clerk: Actor
) -> None:
    ids = [
        intake.register_case(
            db, admin, make_registration(person=PetitionerInput(name="王强", phone=f"1390000{i:04d}"))
        ).id
        for i in range(5)
    ]
    window.poll_changes()
    register = window.register
    register.ui.table.setCurrentIndex(register.model.index(3, 0))
    chosen = register.model.row_at(3).id
    intake.register_case(other_pc, clerk, make_registration())
    window.poll_changes()
    assert register.model.total() == len(ids) + 1
    current = register.ui.table.currentIndex()
    assert register.model.row_at(current.row()).id == chosen


def test_poll_survives_a_lost_connection(qtbot, window: MainWindow, monkeypatch) -> None:
    from receptionapp.ui.windows import main_window

    def unreachable(db, marker):  # type: ignore[no-untyped-def]
        raise OSError("connection refused")

    monkeypatch.setattr(main_window, "changes_since", unreachable)
    assert window.poll_changes() is None
    assert "无法连接数据库" in window.ui.statusbar.currentMessage()
