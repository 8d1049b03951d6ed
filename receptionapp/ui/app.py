"""Start the GUI: theme, database, first-run setup or login, then the main window.

A database that cannot be opened (locked, corrupt, written by a newer
version) gets a clear dialog and a clean exit, never a traceback.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from receptionapp.db.database import DatabaseError
from receptionapp.paths import DataPaths
from receptionapp.services import setup
from receptionapp.services.bootstrap import open_database
from receptionapp.ui.theme import apply_theme


def run_gui(paths: DataPaths, url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    try:
        db = open_database(paths, url)
    except DatabaseError as error:
        QMessageBox.critical(None, "无法打开数据库", f"{error}\n\n数据文件夹：{paths.root}")
        return 1

    from receptionapp.ui.dialogs.login_dialog import LoginDialog
    from receptionapp.ui.dialogs.setup_dialog import SetupDialog
    from receptionapp.ui.windows.main_window import MainWindow

    if not setup.is_initialized(db):
        dialog: SetupDialog | LoginDialog = SetupDialog(db, paths)
    else:
        dialog = LoginDialog(db, setup.get_setting(db, setup.BUREAU_NAME))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        db.dispose()
        return 0
    window = MainWindow(db, paths, dialog.actor)
    window.show()
    window.offer_draft()
    code = app.exec()
    db.dispose()
    return code
