"""Start the GUI: theme, database, first-run setup or login, then the main window.

A database that cannot be opened (locked, corrupt, written by a newer
version) gets a clear dialog and a clean exit, never a traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from receptionapp.db.database import DatabaseError
from receptionapp.logging_setup import setup_logging
from receptionapp.paths import DataPaths
from receptionapp.services import setup
from receptionapp.services.bootstrap import open_database
from receptionapp.ui.theme import apply_theme

log = logging.getLogger(__name__)


def install_error_dialog(log_file: Path) -> None:
    """Unexpected errors: logged in full, shown as a short Chinese message; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "程序出错",
                "程序遇到意外错误，当前操作未完成。已填写的登记内容已自动保存为草稿。\n\n"
                f"错误详情已记录在日志文件：\n{log_file}\n\n请将该文件提供给系统管理员。",
            )

    sys.excepthook = hook


def run_gui(paths: DataPaths, url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    paths.ensure()
    install_error_dialog(setup_logging(paths.logs))
    log.info("starting, data folder %s", paths.root)
    try:
        db = open_database(paths, url)
    except DatabaseError as error:
        log.error("cannot open database: %s", error)
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
