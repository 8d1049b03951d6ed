"""One run of the GUI after login: the main window, its lock, the backups, switching users.

``AppSession`` owns what outlives a single main window: the automatic
backup scheduler and the database. It opens a main window for the logged-in
user with the account/admin menus and the idle lock, replaces it when
another user logs in from the lock screen, and after a restore from the
backup dialog makes everyone log in again on the restored data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.db.migrate import upgrade
from receptionapp.paths import DataPaths
from receptionapp.services import settings
from receptionapp.services.admin import preferences, users
from receptionapp.services.admin.backup import BackupResult
from receptionapp.services.admin.restore import RestoreResult, record_restore, restore_backup
from receptionapp.services.context import Actor
from receptionapp.ui.admin.backup_scheduler import BackupScheduler
from receptionapp.ui.admin.safety_menu import install_safety_menu
from receptionapp.ui.idle_lock import IdleLock
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.tasks import run_and_wait
from receptionapp.ui.windows.main_window import MainWindow

log = logging.getLogger(__name__)


def ensure_own_password(db: Database, actor: Actor, parent: QWidget | None = None) -> bool:
    """A user with a password the admin set must choose their own before going on."""
    if not users.must_change_password(db, actor):
        return True
    from receptionapp.ui.admin.password_dialog import PasswordDialog

    return PasswordDialog(db, actor, parent, forced=True).exec() == QDialog.DialogCode.Accepted


class AppSession(QObject):
    def __init__(self, db: Database, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.paths = db, paths
        self.window: MainWindow | None = None
        self.idle: IdleLock | None = None
        self.actions: dict[str, QAction] = {}
        self.scheduler = BackupScheduler(db, paths, self)
        self.scheduler.started.connect(lambda: self._status("正在自动备份…"))
        self.scheduler.finished.connect(self._backed_up)
        self.scheduler.failed.connect(self._backup_failed)

    # ------------------------------------------------------------ windows

    def start(self, actor: Actor, *, backups: bool = True) -> MainWindow:
        window = self.open_window(actor)
        if backups:
            self.scheduler.start()
        return window

    def open_window(self, actor: Actor) -> MainWindow:
        window = MainWindow(self.db, self.paths, actor)
        self.actions = install_safety_menu(window, self)
        self.idle = IdleLock(
            window, self.db, actor, preferences.idle_lock_minutes(self.db), window.registration.save_draft_now
        )
        self.idle.switch_user.connect(self.switch_to)
        old, self.window = self.window, window
        window.show()
        window.offer_draft()
        if old is not None:
            old.close()  # keeps its user's typed form as a draft
            old.deleteLater()
        return window

    def switch_to(self, actor: Actor) -> None:
        if not ensure_own_password(self.db, actor, self.window):
            if self.idle is not None:
                self.idle.lock()
            return
        self.open_window(actor)

    def _status(self, text: str, msecs: int = 0) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, msecs)

    # ------------------------------------------------------------ menu actions

    def lock_now(self) -> None:
        if self.idle is not None:
            self.idle.lock()

    def switch_user_now(self) -> None:
        if self.idle is not None:
            self.idle.lock_for_switch()

    def change_own_password(self) -> None:
        from receptionapp.ui.admin.password_dialog import PasswordDialog

        assert self.window is not None
        if PasswordDialog(self.db, self.window.actor, self.window).exec() == QDialog.DialogCode.Accepted:
            self._status("密码已修改", 10_000)

    def show_users(self) -> None:
        from receptionapp.ui.admin.users_dialog import UsersDialog

        assert self.window is not None
        self._guarded(lambda: UsersDialog(self.db, self.window.actor, self.window).exec())  # type: ignore[union-attr]
        if self.idle is not None:
            self.idle.set_minutes(preferences.idle_lock_minutes(self.db))

    def show_audit(self) -> None:
        from receptionapp.ui.admin.audit_browser import AuditBrowser

        assert self.window is not None
        self._guarded(lambda: AuditBrowser(self.db, self.window.actor, self.window).exec())  # type: ignore[union-attr]

    def show_backups(self) -> None:
        from receptionapp.ui.admin.backup_dialog import BackupDialog

        window = self.window
        assert window is not None
        self._guarded(
            lambda: BackupDialog(
                self.db, self.paths, window.actor, self.scheduler, self.restore_from, window
            ).exec()
        )

    def _guarded(self, show: Callable[[], object]) -> None:
        call_service(self.window, "无法打开", lambda _reason: show())

    # ------------------------------------------------------------ backups

    def _backed_up(self, result: BackupResult) -> None:
        text = f"已自动备份（{result.info.created_at:%H:%M}），校验通过"
        if result.problems:
            text += f"；{len(result.problems)}个附件有问题，详见“备份与恢复”"
        self._status(text, 30_000)

    def _backup_failed(self, message: str) -> None:
        self._status(f"自动备份失败：{message}")
        box = QMessageBox(
            QMessageBox.Icon.Warning, "自动备份失败", f"{message}\n\n请通知系统管理员检查备份位置。"
        )
        box.setParent(self.window, box.windowFlags())
        box.open()

    def restore_from(self, backup: Path) -> None:
        """Restore while running: close the window (its draft is kept), restore, everyone logs in again."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        actor = self.window.actor if self.window else None
        app.setQuitOnLastWindowClosed(False)
        try:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            result = call_service(None, "恢复未完成", lambda _reason: self._restore(backup))
            if not isinstance(result, Refused):
                kept = f"\n\n原数据库已另存为：\n{result.kept_copy}" if result.kept_copy else ""
                QMessageBox.information(None, "恢复完成", f"已从备份恢复数据库。{kept}\n\n请重新登录。")
            log.info("restore requested by %s from %s", actor.username if actor else "?", backup)
            self._login_again()
        finally:
            app.setQuitOnLastWindowClosed(True)

    def _restore(self, backup: Path) -> RestoreResult:
        result: RestoreResult = run_and_wait(
            None, lambda progress: restore_backup(self.paths, backup, progress=progress), "正在从备份恢复"
        )
        upgrade(self.db, self.paths.backups)
        record_restore(self.db, None, result)
        return result

    def _login_again(self) -> None:
        from receptionapp.ui.admin.login_dialog import LoginDialog

        dialog = LoginDialog(self.db, settings.get(self.db, settings.BUREAU_NAME))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            if ensure_own_password(self.db, dialog.actor):
                self.open_window(dialog.actor)
                return
        QApplication.quit()
