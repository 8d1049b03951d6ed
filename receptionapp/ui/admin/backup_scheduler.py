"""Automatic backups while the app runs: at start, then once a day, always in the background.

A timer looks every hour whether a backup is due (``domain.backup_policy``)
and, if so, runs ``services.admin.backup.create_backup`` on the worker thread.
The window never waits for it. Success and failure are announced by
signals; the session shows them in the status bar and warns on failure.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.domain.backup_policy import backup_due
from receptionapp.paths import DataPaths
from receptionapp.services.admin.backup import BackupResult, backup_folder, create_backup, last_backup_time
from receptionapp.ui.tasks import Task, failure_message, run_in_background

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    started = Signal()
    finished = Signal(object)  # BackupResult
    failed = Signal(str)

    def __init__(self, db: Database, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.paths = db, paths
        self.task: Task | None = None
        self.last_result: BackupResult | None = None
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.check(at_start=False))

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def start(self) -> None:
        """Back up now if due at start, then look every hour."""
        if not self.db.is_sqlite:
            return  # a database server is backed up by its own tools
        self.check(at_start=True)
        self.timer.start()

    def check(self, *, at_start: bool, now: dt.datetime | None = None) -> bool:
        """Start a backup if one is due; True if one was started."""
        if self.running:
            return False
        try:
            last = last_backup_time(backup_folder(self.db, self.paths))
        except Exception:  # the folder setting cannot be read: try anyway, the backup reports why
            log.warning("cannot read the last backup time", exc_info=True)
            last = None
        if not backup_due(last, now or dt.datetime.now(), at_start=at_start):
            return False
        self.run_now()
        return True

    def run_now(self, parent: QWidget | None = None, title: str | None = None) -> Task:
        if self.task is not None and not self.task.done:
            return self.task
        self.started.emit()
        self.task = run_in_background(
            parent,
            lambda progress: create_backup(self.db, self.paths, progress=progress),
            success=self._succeeded,
            failure=self._failed,
            title=title,
            maintenance=True,
        )
        return self.task

    def _succeeded(self, result: BackupResult) -> None:
        self.last_result = result
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        log.error("automatic backup failed: %s", error, exc_info=(type(error), error, error.__traceback__))
        self.failed.emit(failure_message(error, "备份未完成"))
