"""At start: a missing or damaged database is offered the newest good backup, in plain Chinese.

Runs before the database is opened. The clerk sees what is wrong, which
backup would be used (its time and number of cases), and chooses: restore
it and continue, pick another backup file, or quit. Never a traceback. A
damaged database with no backup anywhere goes on to the usual "cannot
open" message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from receptionapp.paths import DataPaths
from receptionapp.services.admin.restore import (
    BackupCheck,
    DatabaseState,
    RestoreResult,
    check_backup_file,
    newest_good_backup,
    restore_backup,
    startup_check,
)
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.tasks import run_and_wait

log = logging.getLogger(__name__)

RESTORE = "从该备份恢复并继续"
CHOOSE = "选择其他备份文件…"
START_EMPTY = "新建空数据库"
QUIT = "退出"


def _describe(backup: BackupCheck) -> str:
    when = f"{backup.created_at:%Y年%m月%d日 %H:%M}" if backup.created_at else "时间不详"
    return f"{when}（{backup.cases}件事项）\n{backup.path}"


def _ask(parent: QWidget | None, title: str, text: str, buttons: list[str]) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    roles = {
        RESTORE: QMessageBox.ButtonRole.AcceptRole,
        CHOOSE: QMessageBox.ButtonRole.ActionRole,
        START_EMPTY: QMessageBox.ButtonRole.DestructiveRole,
        QUIT: QMessageBox.ButtonRole.RejectRole,
    }
    made = {box.addButton(label, roles[label]): label for label in buttons}
    box.setDefaultButton(next(iter(made)))
    box.exec()
    clicked = box.clickedButton()
    return next((label for button, label in made.items() if button is clicked), QUIT)


@dataclass(frozen=True)
class StartDecision:
    proceed: bool  # go on opening the database; else quit
    restored: RestoreResult | None = None  # to be written to the audit log once the database is open
    check_later: bool = False  # run quick_check in the background once the window is open


def recover_if_needed(paths: DataPaths, parent: QWidget | None = None) -> StartDecision:
    """Whether the app may go on opening the database, and the restore made on the way."""
    check = startup_check(paths)
    if check.state in (DatabaseState.OK, DatabaseState.NEW):
        return StartDecision(True, check_later=check.check_later)
    log.error("database at start: %s %s", check.state, check.detail)
    backup = newest_good_backup(paths)
    missing = check.state == DatabaseState.MISSING
    if backup is None and not missing:
        return StartDecision(True)  # nothing to offer: opening fails with its own explanation
    title = "找不到数据库" if missing else "数据库已损坏"
    intro = (
        f"找不到数据库文件：\n{paths.database}\n\n但备份文件夹中有备份。"
        if missing
        else f"{check.detail}。\n\n损坏的文件会另存到备份文件夹，不会被删除。"
    )
    while True:
        if backup is not None:
            text = f"{intro}\n\n最近的完好备份：{_describe(backup)}\n\n是否用该备份恢复数据库后继续？"
            buttons = [RESTORE, CHOOSE]
        else:
            text = f"{intro}\n\n没有找到可用的备份。可以选择其他位置的备份文件，或联系系统管理员。"
            buttons = [CHOOSE]
        buttons += [START_EMPTY, QUIT] if missing else [QUIT]
        choice = _ask(parent, title, text, buttons)
        if choice == QUIT:
            return StartDecision(False)
        if choice == START_EMPTY:
            return StartDecision(True)
        if choice == CHOOSE:
            chosen = _choose_file(parent, paths)
            if chosen is None:
                continue
            backup = chosen
        restored = _restore(parent, paths, backup)
        if restored is not None:
            return StartDecision(True, restored)


def _choose_file(parent: QWidget | None, paths: DataPaths) -> BackupCheck | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "选择备份文件", str(paths.backups), "接待系统备份 (*.sqlite3);;所有文件 (*)"
    )
    if not name:
        return None
    checked = call_service(parent, "不能使用该备份", lambda _reason: check_backup_file(Path(name)))
    return None if isinstance(checked, Refused) else checked


def _restore(parent: QWidget | None, paths: DataPaths, backup: BackupCheck | None) -> RestoreResult | None:
    if backup is None:
        return None
    path = backup.path
    result: RestoreResult | Refused = call_service(
        parent,
        "恢复未完成",
        lambda _reason: run_and_wait(
            parent, lambda progress: restore_backup(paths, path, progress=progress), "正在从备份恢复"
        ),
    )
    if isinstance(result, Refused):
        return None
    lines = [f"已用 {_describe(backup)} 的备份恢复数据库。"]
    if result.kept_copy:
        lines.append(f"原数据库文件已另存为：\n{result.kept_copy}")
    lines.append("备份之后登记或修改的内容需要重新录入。")
    lines += [f"注意：{p}" for p in result.problems[:5]]
    QMessageBox.information(parent, "恢复完成", "\n\n".join(lines))
    return result
