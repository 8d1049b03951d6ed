"""The account menu, and the safety entries of the 管理 menu, added without touching the .ui file.

账号: change my password, lock the screen, switch user (everyone).
管理 (the window's admin menu): users, audit log, backup and restore (admin
only; the services check again).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from receptionapp.domain.roles import CAN_MANAGE_USERS
from receptionapp.ui.windows.main_window import MainWindow


class SafetyActions(Protocol):
    """What the entries do; the session (``ui.session.AppSession``) does it."""

    def change_own_password(self) -> None: ...
    def lock_now(self) -> None: ...
    def switch_user_now(self) -> None: ...
    def show_users(self) -> None: ...
    def show_audit(self) -> None: ...
    def show_backups(self) -> None: ...


def install_safety_menu(window: MainWindow, session: SafetyActions) -> dict[str, QAction]:
    """Add the menus; returns the actions by name (for tests and toolbars)."""
    bar = window.menuBar()
    before = window.ui.helpMenu.menuAction()
    actions: dict[str, QAction] = {}

    account = QMenu("账号(&U)", window)
    account.setObjectName("accountMenu")
    actions["change_password"] = account.addAction("修改密码…", session.change_own_password)
    actions["lock"] = account.addAction("锁定屏幕", session.lock_now)
    actions["lock"].setShortcut(QKeySequence("Ctrl+Alt+L"))
    actions["switch_user"] = account.addAction("切换用户…", session.switch_user_now)
    bar.insertMenu(before, account)

    if window.actor.role in CAN_MANAGE_USERS:
        # The window's own 管理 menu (holidays, rules ...) gets the accounts and safety entries.
        admin = window.ui.adminMenu
        admin.addSeparator()
        actions["users"] = admin.addAction("用户管理…", session.show_users)
        actions["audit"] = admin.addAction("审计日志…", session.show_audit)
        actions["backup"] = admin.addAction("备份与恢复…", session.show_backups)
        admin.menuAction().setVisible(True)
    return actions
