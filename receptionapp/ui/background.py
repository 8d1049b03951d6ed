"""Long work off the GUI thread: one worker, progress and the result back on the GUI thread.

``run_in_background(owner, work, on_done, on_error, on_progress)`` runs
``work(progress)`` in a one-thread pool (all database work goes through one
worker, as Anki's task manager does), then calls ``on_done(result)`` or
``on_error(exception)`` on the GUI thread. ``progress(done, total)`` may be
called from the work as often as it likes; the window stays responsive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
_pool: QThreadPool | None = None
_running: set[_Task] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # handed to the GUI thread, which shows it
            log.info("background work failed", exc_info=error)
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


def run_in_background(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Progress | None = None,
) -> None:
    task = _Task(work)
    _running.add(task)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        callback(value)

    task.signals.done.connect(lambda result: finish(on_done, result))
    task.signals.failed.connect(lambda error: finish(on_error, error))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    pool().start(task)


def wait_idle(msecs: int = 30_000) -> bool:
    """For tests and shutdown: wait until the worker has nothing left to run."""
    return pool().waitForDone(msecs)
