"""The safety GUI offscreen: start-up recovery, lock screen, accounts, audit browser, backups."""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from receptionapp.db.database import Database
from receptionapp.domain.roles import Role
from receptionapp.paths import DataPaths
from receptionapp.services import drafts
from receptionapp.services.admin import users
from receptionapp.services.admin.auth import login
from receptionapp.services.admin.backup import create_backup, list_backups
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.admin.users import UserInput
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor, PermissionDenied
from receptionapp.ui.admin import recovery
from receptionapp.ui.admin.login_dialog import LoginDialog
from receptionapp.ui.app import run_gui
from receptionapp.ui.session import AppSession
from receptionapp.ui.widgets.registration_form import DRAFT_FORM
from tests.conftest import ADMIN_PASSWORD, make_registration, sqlite_only, type_text


@pytest.fixture(autouse=True)
def no_unexpected_boxes(monkeypatch) -> None:
    """A message box nobody expected fails the test instead of waiting forever offscreen."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(None, box.windowTitle(), box.text()))
    monkeypatch.setattr(QMessageBox, "open", lambda box: unexpected(None, box.windowTitle(), box.text()))


def _counts(path: Path) -> dict[str, int]:
    from receptionapp.db.sqlite_files import table_counts

    with sqlite3.connect(path) as conn:
        return table_counts(conn)


class Answers:
    """Stands in for the person in front of the message boxes: clicks the named button."""

    def __init__(self, monkeypatch, choice: str) -> None:
        self.texts: list[str] = []
        self.infos: list[str] = []
        self.choice = choice
        answers = self

        def fake_exec(box: QMessageBox) -> int:
            answers.texts.append(box.text())
            for button in box.buttons():
                if button.text() == answers.choice:
                    button.click()
                    return 0
            raise AssertionError(f"no button {answers.choice!r} among {[b.text() for b in box.buttons()]}")

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: self.infos.append(text))
        monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
        monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def menu_names(window) -> list[str]:
    """The menus a person sees in the menu bar, left to right."""
    return [
        a.menu().objectName() for a in window.menuBar().actions() if a.menu() is not None and a.isVisible()
    ]


# ---------------------------------------------------------------- start-up recovery


@pytest.fixture
def backed_up(db: Database, admin: Actor, data_paths: DataPaths):
    for _ in range(3):
        intake.register_case(db, admin, make_registration())
    info = create_backup(db, data_paths).info
    db.dispose()
    return info


@sqlite_only("backups and recovery of the SQLite file")
def test_corrupt_database_at_start_is_restored_from_the_newest_backup(
    qapp, backed_up, data_paths: DataPaths, monkeypatch
) -> None:
    raw = bytearray(data_paths.database.read_bytes())
    raw[4096 * 2 : 4096 * 4] = b"\xee" * 8192  # two pages of the database overwritten
    data_paths.database.write_bytes(bytes(raw))
    answers = Answers(monkeypatch, recovery.RESTORE)
    assert run_gui(data_paths) == 0  # then the login dialog is closed
    assert len(answers.texts) == 1
    assert "损坏" in answers.texts[0] and "3件事项" in answers.texts[0]
    assert f"{backed_up.created_at:%Y年%m月%d日 %H:%M}" in answers.texts[0]
    assert "恢复数据库" in answers.infos[0] and "另存为" in answers.infos[0]
    restored = _counts(data_paths.database)
    assert restored["cases"] == 3 and restored["audit_log"] == backed_up.counts["audit_log"] + 1
    damaged = list(data_paths.backups.glob("*damaged*.sqlite3"))
    assert len(damaged) == 1 and damaged[0].read_bytes() == bytes(raw)


@sqlite_only("backups and recovery of the SQLite file")
def test_missing_database_with_backups_asks_and_can_quit(
    qapp, backed_up, data_paths: DataPaths, monkeypatch
) -> None:
    data_paths.database.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{data_paths.database}{suffix}").unlink(missing_ok=True)
    answers = Answers(monkeypatch, recovery.QUIT)
    assert run_gui(data_paths) == 1
    assert "找不到数据库" in answers.texts[0] and "3件事项" in answers.texts[0]
    assert not data_paths.database.exists()


@sqlite_only("backups and recovery of the SQLite file")
def test_sound_database_starts_without_questions(qapp, backed_up, data_paths: DataPaths, monkeypatch) -> None:
    answers = Answers(monkeypatch, recovery.QUIT)
    assert run_gui(data_paths) == 0
    assert answers.texts == []


# ---------------------------------------------------------------- lock screen and switching users


@pytest.fixture
def session(qtbot, db: Database, admin: Actor, data_paths: DataPaths):
    users.create_user(db, admin, UserInput("clerk1", "王接待", Role.CLERK, None, "temp-pass-1"))
    clerk = login(db, "clerk1", "temp-pass-1")
    users.change_own_password(db, clerk, "temp-pass-1", "clerk-pass-2")
    run = AppSession(db, data_paths)
    window = run.start(clerk, backups=False)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield run
    for w in (run.window,):
        if w is not None:
            w.close()


def test_lock_hides_everything_and_keeps_what_was_typed(qtbot, session: AppSession, db: Database) -> None:
    window, idle = session.window, session.idle
    assert idle.minutes == 10 and idle.timer.isActive() and idle.timer.interval() == 600_000
    type_text(window.registration.ui.problem, "正在登记的问题描述")
    idle.timer.timeout.emit()  # ten minutes without input
    overlay = idle.overlay
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert not window.ui.actionNewRegistration.isEnabled()
    # The draft is on disk the moment the screen locks.
    clerk = window.actor
    assert drafts.load_draft(db, clerk, DRAFT_FORM) is not None

    type_text(overlay.ui.password, "wrong-one-1")
    qtbot.mouseClick(overlay.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert "不正确" in overlay.ui.error.text() and overlay.isVisible()
    type_text(overlay.ui.password, "clerk-pass-2")
    qtbot.keyClick(overlay.ui.password, Qt.Key.Key_Return)
    assert not overlay.isVisible()
    assert window.centralWidget().isEnabled() and window.ui.actionNewRegistration.isEnabled()
    assert window.registration.ui.problem.toPlainText() == "正在登记的问题描述"
    assert idle.timer.isActive()


def test_input_restarts_the_idle_timer_and_zero_disables_it(qtbot, session: AppSession) -> None:
    idle, window = session.idle, session.window
    idle.timer.stop()
    qtbot.keyClick(window.registration.ui.problem, Qt.Key.Key_A)
    assert idle.timer.isActive()
    idle.timer.stop()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.registration, move)
    assert idle.timer.isActive()
    idle.set_minutes(0)
    assert not idle.timer.isActive()
    qtbot.keyClick(window.registration.ui.problem, Qt.Key.Key_B)
    assert not idle.timer.isActive()


def test_switch_user_from_the_lock_screen(qtbot, session: AppSession, db: Database) -> None:
    first = session.window
    type_text(first.registration.ui.problem, "王接待未写完的登记")
    session.actions["switch_user"].trigger()
    overlay = session.idle.overlay
    assert overlay.isVisible() and overlay.ui.username.isVisible()
    type_text(overlay.ui.username, "admin")
    type_text(overlay.ui.password, ADMIN_PASSWORD)
    qtbot.mouseClick(overlay.ui.unlockButton, Qt.MouseButton.LeftButton)
    second = session.window
    assert second is not first and second.actor.username == "admin"
    assert menu_names(second) == [
        "fileMenu",
        "viewMenu",
        "receptionMenu",
        "adminMenu",
        "accountMenu",
        "helpMenu",
    ]
    assert second.registration.ui.problem.toPlainText() == ""
    payload = drafts.load_draft(db, first.actor, DRAFT_FORM)
    assert payload is not None and "王接待未写完的登记" in str(payload)
    qtbot.addWidget(second)


def test_clerk_has_no_admin_menu(session: AppSession) -> None:
    assert menu_names(session.window) == ["fileMenu", "viewMenu", "accountMenu", "helpMenu"]
    assert "users" not in session.actions


# ---------------------------------------------------------------- accounts


def test_users_dialog_creates_and_deactivates(qtbot, db: Database, admin: Actor, monkeypatch) -> None:
    from receptionapp.ui.admin.user_edit_dialog import UserEditDialog
    from receptionapp.ui.admin.users_dialog import UsersDialog

    dialog = UsersDialog(db, admin)
    qtbot.addWidget(dialog)
    assert dialog.ui.table.rowCount() == 1

    edit = UserEditDialog(db, admin, dialog)
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit.ui.username, "chengban")
    type_text(edit.ui.displayName, "李承办")
    edit.ui.role.setCurrentIndex(edit.ui.role.findData(Role.HANDLER.value))
    type_text(edit.ui.password, "temp-pass-9")
    edit.submit()
    assert edit.ui.unitError.isVisible() and "单位" in edit.ui.unitError.text()
    edit.ui.unit.setCurrentIndex(2)
    edit.submit()
    assert edit.result() == QDialog.DialogCode.Accepted

    dialog.refresh(edit.user_id)
    assert dialog.ui.table.rowCount() == 2
    assert dialog.selected().username == "chengban"
    assert dialog.ui.table.item(1, 4).text() == "待修改密码"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ui.activeButton, Qt.MouseButton.LeftButton)
    assert dialog.selected().active is False and dialog.ui.activeButton.text() == "启用"
    dialog.ui.idleMinutes.setValue(3)
    qtbot.mouseClick(dialog.ui.idleSave, Qt.MouseButton.LeftButton)
    from receptionapp.services.admin.preferences import idle_lock_minutes

    assert idle_lock_minutes(db) == 3


def test_users_dialog_is_refused_to_others(qtbot, db: Database, admin: Actor) -> None:
    from receptionapp.ui.admin.users_dialog import UsersDialog

    users.create_user(db, admin, UserInput("office1", "办公室甲", Role.OFFICE, None, "temp-pass-1"))
    with pytest.raises(PermissionDenied):
        UsersDialog(db, login(db, "office1", "temp-pass-1"))


def test_forced_password_change_dialog(qtbot, db: Database, admin: Actor) -> None:
    from receptionapp.ui.admin.password_dialog import PasswordDialog

    users.create_user(db, admin, UserInput("clerk2", "赵接待", Role.CLERK, None, "temp-pass-1"))
    clerk = login(db, "clerk2", "temp-pass-1")
    dialog = PasswordDialog(db, clerk, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "临时密码" in dialog.ui.explain.text()
    type_text(dialog.ui.oldPassword, "temp-pass-1")
    type_text(dialog.ui.newPassword, "mine-pass-3")
    type_text(dialog.ui.confirmPassword, "mine-pass-4")
    dialog.submit()
    assert "不一致" in dialog.ui.confirmPasswordError.text()
    dialog.ui.confirmPassword.clear()
    type_text(dialog.ui.confirmPassword, "mine-pass-3")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not users.must_change_password(db, clerk)


# ---------------------------------------------------------------- audit browser


def test_audit_browser_filters_pages_and_exports(
    qtbot, db: Database, admin: Actor, tmp_path, monkeypatch
) -> None:
    from receptionapp.ui.admin import audit_table
    from receptionapp.ui.admin.audit_browser import AuditBrowser

    numbers = [intake.register_case(db, admin, make_registration()).number for _ in range(3)]
    browser = AuditBrowser(db, admin)
    qtbot.addWidget(browser)
    assert browser.ui.count.text() == "共4条记录"
    assert browser.model.row_at(0).case_number == numbers[-1]  # newest first
    browser.ui.action.setCurrentIndex(browser.ui.action.findData("register"))
    assert browser.ui.count.text() == "共3条记录"
    type_text(browser.ui.caseNumber, numbers[1][-6:])
    browser.refresh()
    assert [browser.model.row_at(i).case_number for i in range(browser.model.rowCount())] == [numbers[1]]

    out = tmp_path / "审计.csv"
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    browser.export_to(out)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "已导出1条" in told[0]
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][0] == "序号" and len(rows) == 2 and rows[1][6] == numbers[1]

    # A long log loads a page at a time.
    with db.write() as session:
        from receptionapp.services import audit

        for i in range(450):
            audit.record(session, admin, "login", "user", admin.id, f"登录{i}")
    browser.ui.caseNumber.clear()
    browser._timer.stop()  # the typing delay must not fire after this test's database is gone
    browser.ui.action.setCurrentIndex(0)
    browser.refresh()
    assert browser.model.rowCount() == audit_table.PAGE_SIZE
    assert browser.model.canFetchMore()
    browser.model.fetchMore()
    assert browser.model.rowCount() == 2 * audit_table.PAGE_SIZE
    ids = [browser.model.row_at(i).id for i in range(browser.model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)


def test_audit_table_model_passes_qt_model_tester(qtmodeltester, db: Database, admin: Actor) -> None:
    from functools import partial

    from receptionapp.services.admin import audit_log as audit_query
    from receptionapp.ui.admin.audit_table import AuditTableModel

    for _ in range(5):
        intake.register_case(db, admin, make_registration())
    model = AuditTableModel()
    model.reset(partial(audit_query.list_entries, db, admin, audit_query.AuditFilter()))
    assert model.rowCount() == 6
    qtmodeltester.check(model, force_py=True)


def test_audit_browser_verify_reports_tampering(qtbot, db: Database, admin: Actor, monkeypatch) -> None:
    from receptionapp.ui.admin.audit_browser import AuditBrowser

    intake.register_case(db, admin, make_registration())
    with db.write() as session:
        from sqlalchemy import text

        session.execute(text("UPDATE audit_log SET summary = '改过' WHERE id = 2"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    browser = AuditBrowser(db, admin)
    qtbot.addWidget(browser)
    qtbot.mouseClick(browser.ui.verifyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "第2条" in shown[0] and "第2条" in browser.ui.chain.text()


# ---------------------------------------------------------------- backups in the GUI


@sqlite_only("backups and recovery of the SQLite file")
def test_backup_dialog_backs_up_in_the_background(
    qtbot, db: Database, admin: Actor, data_paths: DataPaths, tmp_path
) -> None:
    from receptionapp.ui.admin.backup_dialog import BackupDialog
    from receptionapp.ui.admin.backup_scheduler import BackupScheduler

    restored = []
    scheduler = BackupScheduler(db, data_paths)
    dialog = BackupDialog(db, data_paths, admin, scheduler, restored.append)
    qtbot.addWidget(dialog)
    assert dialog.ui.table.rowCount() == 0 and "还没有备份" in dialog.ui.status.text()
    dialog.ui.folder.setText(str(tmp_path / "U盘"))
    qtbot.mouseClick(dialog.ui.saveFolderButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(scheduler.finished, timeout=20_000):
        qtbot.mouseClick(dialog.ui.backupButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.table.rowCount() == 1 and "校验通过" in dialog.ui.status.text()
    assert len(list_backups(tmp_path / "U盘")) == 1
    dialog.ui.table.selectRow(0)
    assert dialog.ui.restoreButton.isEnabled()


@sqlite_only("backups and recovery of the SQLite file")
def test_scheduler_backs_up_at_start_only_when_due(
    qtbot, db: Database, admin: Actor, data_paths: DataPaths
) -> None:
    from receptionapp.ui.admin.backup_scheduler import BackupScheduler

    scheduler = BackupScheduler(db, data_paths)
    with qtbot.waitSignal(scheduler.finished, timeout=20_000):
        scheduler.start()
    assert scheduler.timer.isActive()
    assert not scheduler.check(at_start=True)  # one was just made
    assert not scheduler.check(at_start=False)
    scheduler.timer.stop()
    assert len(list_backups(data_paths.backups)) == 1


@sqlite_only("backups and recovery of the SQLite file")
def test_failed_backup_is_announced(
    qtbot, db: Database, admin: Actor, data_paths: DataPaths, tmp_path
) -> None:
    from receptionapp.services.admin.backup import set_backup_folder
    from receptionapp.ui.admin.backup_scheduler import BackupScheduler

    usb = tmp_path / "usb"
    set_backup_folder(db, data_paths, admin, str(usb))
    usb.rmdir()
    usb.write_text("the drive is gone; a file stands in its place")
    scheduler = BackupScheduler(db, data_paths)
    with qtbot.waitSignal(scheduler.failed, timeout=20_000) as failed:
        scheduler.run_now()
    assert "备份文件夹不可用" in failed.args[0]


@sqlite_only("backups and recovery of the SQLite file")
def test_reopening_after_restore_keeps_a_working_database(qapp, backed_up, data_paths: DataPaths) -> None:
    db = open_database(data_paths)
    from receptionapp.services.admin.check import check_database

    assert check_database(db) == []
    db.dispose()


@sqlite_only("backups and recovery of the SQLite file")
def test_restore_while_running_asks_everyone_to_log_in_again(
    qtbot, db: Database, admin: Actor, data_paths: DataPaths, monkeypatch
) -> None:
    intake.register_case(db, admin, make_registration())
    info = create_backup(db, data_paths).info
    run = AppSession(db, data_paths)
    first = run.start(admin, backups=False)
    intake.register_case(db, admin, make_registration(problem="恢复之后不应再有这一件。"))
    type_text(first.registration.ui.problem, "恢复前正在输入")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))

    def log_in_again(dialog: LoginDialog) -> QDialog.DialogCode:
        dialog.actor = login(db, "admin", ADMIN_PASSWORD)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", log_in_again)
    run.restore_from(info.path)
    second = run.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert "另存为" in told[0] and "重新登录" in told[0]
    counts = _counts(data_paths.database)
    assert counts["cases"] == 1
    with db.read() as session:
        from sqlalchemy import select

        from receptionapp.db.models import AuditEntry

        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["restore", "login"]
    kept = list(data_paths.backups.glob("*before-restore*.sqlite3"))
    assert len(kept) == 1 and _counts(kept[0])["cases"] == 2
    assert QApplication.instance().quitOnLastWindowClosed()
    second.close()
