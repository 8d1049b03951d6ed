"""Run slow work off the GUI thread: one small helper, as Anki's QueryOp.

``run_in_background(parent, op, success=...)`` runs ``op(progress)`` on a
single worker thread (database work queues instead of racing), then calls
``success(result)`` on the GUI thread. A ``ServiceError`` becomes a warning
with its Chinese message; anything else is logged and shown as an error.
With a ``title`` a progress dialog shows what is happening; the window keeps
painting and answering throughout.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from receptionapp.services.context import ServiceError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
_pool: QThreadPool | None = None
_running: set[Task] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def wait_for_all(msecs: int = 120_000) -> bool:
    """At exit: let a backup in progress finish writing."""
    return pool().waitForDone(msecs)


class Task(QObject):
    """One piece of background work; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, op: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.op = op
        self.done = False

    def _run(self) -> None:
        try:
            result = self.op(lambda done, total, message: self.progressed.emit(done, total, message))
        except BaseException as error:  # every failure must reach the GUI thread
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def show_failure(parent: QWidget | None, error: BaseException, what: str = "操作未完成") -> None:
    if isinstance(error, ServiceError):
        QMessageBox.warning(parent, what, str(error))
    else:
        log.error("background task failed", exc_info=(type(error), error, error.__traceback__))
        QMessageBox.critical(parent, "程序出错", f"{what}：程序遇到意外错误，详情已记录在日志文件中。")


def run_in_background(
    parent: QWidget | None,
    op: Callable[[Progress], Any],
    *,
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
    title: str | None = None,
) -> Task:
    task = Task(op)
    dialog: QProgressDialog | None = None
    if title is not None:
        dialog = QProgressDialog(title, "", 0, 100, parent)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setValue(0)
        task.progressed.connect(lambda done, total, message: _update(dialog, done, total, message))

    def finish() -> None:
        task.done = True
        _running.discard(task)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def on_success(result: Any) -> None:
        finish()
        if success is not None:
            success(result)

    def on_failure(error: BaseException) -> None:
        finish()
        (failure or (lambda e: show_failure(parent, e)))(error)

    task.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
    task.failed.connect(on_failure, Qt.ConnectionType.QueuedConnection)
    _running.add(task)
    pool().start(_Runnable(task))
    return task


def _update(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, total))
    dialog.setLabelText(message)


def run_and_wait(parent: QWidget | None, op: Callable[[Progress], Any], title: str) -> Any:
    """Run ``op`` in the background with a progress dialog and wait for it (events keep flowing).

    For work that must finish before anything else can happen, such as a
    restore at start-up. Returns the result or raises the error.
    """
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    task = run_in_background(parent, op, success=done, failure=failed, title=title)
    if not task.done:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
