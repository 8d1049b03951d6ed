"""Start the GUI: theme, database, first-run setup or login, then the main window.

A data folder that cannot be written (a read-only disk, no permission) gets
the same sentence the command line prints, before anything else is tried.
The embedded database is checked next: a damaged or missing one is offered
the newest good backup (``dialogs.recovery``). A database that still cannot
be opened (locked, written by a newer version or by another program) gets a
clear dialog and a clean exit, never a traceback. After login, ``AppSession`` runs the window,
the idle lock and the automatic backups.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from receptionapp.db.database import DatabaseError
from receptionapp.logging_setup import logging_to
from receptionapp.paths import DataPaths
from receptionapp.services import settings
from receptionapp.services.admin import setup
from receptionapp.services.admin.bootstrap import check_data_folder, open_database
from receptionapp.ui.theme import apply_theme

if TYPE_CHECKING:
    from receptionapp.ui.tasks import Task

log = logging.getLogger(__name__)


def install_error_dialog(log_file: Path | None) -> None:
    """Unexpected errors: logged (without stored values), shown as a short Chinese message; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            where = (
                f"错误详情已记录在日志文件：\n{log_file}\n\n请将该文件提供给系统管理员。"
                if log_file is not None
                else "错误详情未能记录（日志文件无法写入），请联系系统管理员。"
            )
            QMessageBox.critical(
                None,
                "程序出错",
                f"程序遇到意外错误，当前操作未完成。已填写的登记内容已自动保存为草稿。\n\n{where}",
            )

    sys.excepthook = hook


def check_in_background(window: QWidget, paths: DataPaths) -> Task:
    """The full quick_check of a big database, after the window opened; a damaged file is reported."""
    from receptionapp.services.admin.restore import background_check
    from receptionapp.ui import tasks

    def report(problems: list[str]) -> None:
        if problems:
            log.error("quick_check after start: %s", problems[:20])
            QMessageBox.critical(
                window,
                "数据库已损坏",
                f"数据库文件完整性检查发现{len(problems)}处问题。请不要继续登记，"
                "立即由管理员在“管理 → 备份与恢复”中从最近的完好备份恢复，或联系系统管理员。\n\n"
                f"数据文件夹：{paths.root}",
            )

    return tasks.run_in_background(
        window, lambda progress: background_check(paths, progress.cancelled), success=report, maintenance=True
    )


def run_gui(paths: DataPaths, url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    try:
        check_data_folder(paths)
    except DatabaseError as error:
        QMessageBox.critical(None, "无法使用数据文件夹", str(error))
        return 1
    with logging_to(paths.logs) as log_file:
        install_error_dialog(log_file)
        return _run(app, paths, url)


def _run(app: QApplication, paths: DataPaths, url: str | None) -> int:
    log.info("starting, data folder %s", paths.root)
    from receptionapp.ui.admin.recovery import StartDecision, recover_if_needed

    decision = recover_if_needed(paths) if url is None else StartDecision(True)
    if not decision.proceed:
        return 1
    try:
        db = open_database(paths, url)
    except DatabaseError as error:
        log.error("cannot open database: %s", error)
        QMessageBox.critical(None, "无法打开数据库", f"{error}\n\n数据文件夹：{paths.root}")
        return 1

    from receptionapp.services.admin.restore import record_restore
    from receptionapp.ui import tasks
    from receptionapp.ui.admin.login_dialog import LoginDialog
    from receptionapp.ui.admin.setup_dialog import SetupDialog
    from receptionapp.ui.session import AppSession, ensure_own_password

    if decision.restored is not None:
        record_restore(db, None, decision.restored)
    if not setup.is_initialized(db):
        dialog: SetupDialog | LoginDialog = SetupDialog(db, paths)
    else:
        dialog = LoginDialog(db, settings.get(db, settings.BUREAU_NAME))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        db.dispose()
        return 0
    if not ensure_own_password(db, dialog.actor):
        db.dispose()
        return 0
    session = AppSession(db, paths, app)
    window = session.start(dialog.actor)
    check = check_in_background(window, paths) if decision.check_later else None
    code = app.exec()
    if check is not None:
        check.cancel()  # the integrity check stops at once; it runs again at the next start
    tasks.wait_for_all()  # a backup under way finishes writing
    db.dispose()
    return code
