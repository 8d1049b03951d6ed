"""Menu entries of the letters feature, added to the main window without touching its Designer form.

帮助 → 验证文件… for everyone; for the admin a 管理 menu (found by its title,
or created) with 文书模板…, 证书与印章… and 文书设置…. The entries open the
dialogs; the services check the role again.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from receptionapp.db.database import Database
from receptionapp.domain.roles import CAN_ADMINISTER
from receptionapp.paths import DataPaths
from receptionapp.services.context import Actor

ADMIN_MENU_TITLE = "管理(&M)"


def admin_menu(window: QMainWindow) -> QMenu:
    """The main window's 管理 menu, created before 帮助 when nobody has made it yet."""
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "").startswith("管理"):
            return menu
    menu = QMenu(ADMIN_MENU_TITLE, bar)
    menu.setObjectName("adminMenu")
    help_action = next((a for a in bar.actions() if a.text().replace("&", "").startswith("帮助")), None)
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return menu


def install(window: QMainWindow, db: Database, actor: Actor, paths: DataPaths, help_menu: QMenu) -> None:
    verify = QAction("验证文件…", window)
    verify.setObjectName("actionVerifyFile")
    verify.setToolTip("核验一份PDF文书的数字签名，并查对是否为登记在册的签发原件")
    verify.triggered.connect(lambda: _verify(window, db))
    if help_menu.actions():
        help_menu.insertAction(help_menu.actions()[0], verify)
    else:
        help_menu.addAction(verify)
    if actor.role not in CAN_ADMINISTER:
        return
    menu = admin_menu(window)
    if menu.actions():
        menu.addSeparator()
    for name, text, opener in (
        ("actionLetterTemplates", "文书模板…", _templates),
        ("actionLetterKeys", "证书与印章…", _keys),
        ("actionLetterSettings", "文书设置…", _settings),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, o=opener: o(window, db, actor, paths))
        menu.addAction(action)


def _verify(window: QMainWindow, db: Database) -> None:
    from receptionapp.ui.letters.verify_dialog import VerifyDialog

    VerifyDialog(db, window).exec()


def _templates(window: QMainWindow, db: Database, actor: Actor, paths: DataPaths) -> None:
    from receptionapp.ui.letters.letter_templates_dialog import LetterTemplatesDialog

    LetterTemplatesDialog(db, actor, window).exec()


def _keys(window: QMainWindow, db: Database, actor: Actor, paths: DataPaths) -> None:
    from receptionapp.ui.letters.letter_keys_dialog import LetterKeysDialog

    LetterKeysDialog(db, actor, paths, window).exec()


def _settings(window: QMainWindow, db: Database, actor: Actor, paths: DataPaths) -> None:
    from receptionapp.ui.letters.letter_settings_dialog import LetterSettingsDialog

    LetterSettingsDialog(db, actor, window).exec()
