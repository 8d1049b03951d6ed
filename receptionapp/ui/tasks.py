"""Run slow work off the GUI thread: the one small helper, as Anki's QueryOp.

``run_in_background(parent, op, success=...)`` runs ``op(progress)`` on a
single worker thread (database work queues instead of racing), then calls
``success(result)`` on the GUI thread. ``progress(done, total, message)``
reports to ``on_progress`` (or to a progress dialog when ``title`` is given)
and ``progress.cancelled()`` tells the work that the person pressed cancel.
A ``ServiceError`` becomes a warning with its Chinese message, shown as
``ui.service_call`` shows every refusal, and so does a disk that refused
(full, read-only: ``services.faults``); anything else is logged (without
stored values) and shown as an error. The window keeps painting and answering
throughout. Every background job of the app goes through here: statistics,
exports, imports, the board, the audit check. Long housekeeping nobody waits
for (backups, the integrity check of a big database) runs with
``maintenance=True`` on a second worker, so it never holds up the person's work.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from receptionapp.ui.service_call import refusal_text, show_refusal

log = logging.getLogger(__name__)

_pools: dict[bool, QThreadPool] = {}
_running: set[Task] = set()


class TaskCancelled(Exception):
    """Raised by ``Reporter.check`` inside the work when the person cancelled it."""


class Reporter:
    """The ``progress`` the work is given: call it to report, ask it whether to stop."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def __call__(self, done: int, total: int, message: str = "") -> None:
        self._task.progressed.emit(int(done), int(total), message)

    def cancelled(self) -> bool:
        return self._task.is_cancelled()

    def check(self) -> None:
        if self._task.is_cancelled():
            raise TaskCancelled()


Op = Callable[[Reporter], Any]


def pool(maintenance: bool = False) -> QThreadPool:
    if maintenance not in _pools:
        _pools[maintenance] = QThreadPool()
        _pools[maintenance].setMaxThreadCount(1)
    return _pools[maintenance]


class Task(QObject):
    """One piece of background work; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, op: Op) -> None:
        super().__init__()
        self.op = op
        self.done = False
        self._cancel = threading.Event()
        self._finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, seconds: float = 120) -> bool:
        """Block until the work has returned (not until its callbacks ran)."""
        return self._finished.wait(seconds)

    def _run(self) -> None:
        try:
            result = self.op(Reporter(self))
        except BaseException as error:  # every failure must reach the GUI thread
            self._finished.set()
            self.failed.emit(error)
        else:
            self._finished.set()
            self.succeeded.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def failure_message(error: BaseException, what: str = "操作未完成") -> str:
    """What a person is told: a service's own sentence, or a plain note that the log has the rest."""
    refusal = refusal_text(error)
    if refusal is not None:
        return refusal
    if isinstance(error, TaskCancelled):
        return "已取消，未做任何修改。"
    return f"{what}：程序遇到意外错误，详情已记录在日志文件中。"


def show_failure(parent: QWidget | None, error: BaseException, what: str = "操作未完成") -> None:
    if parent is not None and not shiboken6.isValid(parent):
        # The window that asked for the work has closed; nobody is left to read a message box.
        log.warning(
            "background task failed after its window closed",
            exc_info=(type(error), error, error.__traceback__),
        )
        return
    if show_refusal(parent, what, error):
        return
    if isinstance(error, TaskCancelled):
        QMessageBox.warning(parent, what, failure_message(error, what))
    else:
        log.error("background task failed", exc_info=(type(error), error, error.__traceback__))
        QMessageBox.critical(parent, "程序出错", failure_message(error, what))


def run_in_background(
    parent: QWidget | None,
    op: Op,
    *,
    success: Callable[[Any], object] | None = None,
    failure: Callable[[BaseException], object] | None = None,
    title: str | None = None,
    on_progress: Callable[[int, int, str], object] | None = None,
    cancellable: bool = False,
    maintenance: bool = False,
) -> Task:
    task = Task(op)
    dialog: QProgressDialog | None = None
    if title is not None:
        dialog = QProgressDialog(title, "取消" if cancellable else "", 0, 100, parent)
        dialog.setWindowTitle(title)
        if not cancellable:
            dialog.setCancelButton(None)
        else:
            dialog.canceled.connect(task.cancel)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        task.progressed.connect(lambda done, total, message: _update(dialog, done, total, message))
    if on_progress is not None:
        task.progressed.connect(on_progress)

    def finish() -> None:
        task.done = True
        _running.discard(task)
        # The window that owned the dialog may have closed while the work ran.
        if dialog is not None and shiboken6.isValid(dialog):
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
    pool(maintenance).start(_Runnable(task))
    return task


def _update(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
    if not shiboken6.isValid(dialog):
        return
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, total))
    if message:
        dialog.setLabelText(message)


def run_and_wait(parent: QWidget | None, op: Op, title: str) -> Any:
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


def wait_for_all(msecs: int = 120_000) -> bool:
    """At exit: let a backup in progress finish writing."""
    return all(p.waitForDone(msecs) for p in list(_pools.values()))


def wait_idle(seconds: float = 30) -> bool:
    """Until every task has finished and its callbacks ran (for tests and orderly shutdown)."""
    deadline = time.monotonic() + seconds
    while _running and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    return not _running
