"""The account and admin menus of the main window, added without touching its .ui file.

账号: change my password, lock the screen, switch user (everyone).
管理: users, audit log, backup and restore (admin only; the services check again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from receptionapp.domain.roles import CAN_MANAGE_USERS

if TYPE_CHECKING:
    from receptionapp.ui.session import AppSession
    from receptionapp.ui.windows.main_window import MainWindow


def install_safety_menu(window: MainWindow, session: AppSession) -> dict[str, QAction]:
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
        admin = QMenu("管理(&M)", window)
        admin.setObjectName("adminMenu")
        actions["users"] = admin.addAction("用户管理…", session.show_users)
        actions["audit"] = admin.addAction("审计日志…", session.show_audit)
        actions["backup"] = admin.addAction("备份与恢复…", session.show_backups)
        bar.insertMenu(before, admin)
    return actions
