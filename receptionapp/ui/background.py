"""Long work off the GUI thread: one worker, progress and the result back on the GUI thread.

``run_in_background(work, on_done, on_error, on_progress)`` runs
``work(progress)`` on one worker thread (all database work goes through one
worker, as Anki's task manager does) and calls ``on_done(result)`` or
``on_error(exception)`` on the GUI thread; ``progress(done, total)`` may be
called from the work as often as it likes. The worker never touches a Qt
object: it puts events in a queue that a timer on the GUI thread drains, so
no Qt object is created, signalled or destroyed from the worker thread.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
POLL_MS = 30
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="receptionapp-worker")
_futures: set[Future[None]] = set()
_timers: set[QTimer] = set()


def run_in_background(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Progress | None = None,
) -> None:
    """Call from the GUI thread; the callbacks run on the GUI thread."""
    events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()

    def progress(done: int, total: int) -> None:
        events.put(("progress", (done, total)))

    def job() -> None:
        try:
            events.put(("done", work(progress)))
        except Exception as error:  # handed to the GUI thread, which shows it
            log.info("background work failed", exc_info=error)
            events.put(("failed", error))

    timer = QTimer()
    timer.setInterval(POLL_MS)

    def drain() -> None:
        last_progress = None
        while True:
            try:
                kind, value = events.get_nowait()
            except queue.Empty:
                break
            if kind == "progress":
                last_progress = value
                continue
            timer.stop()
            _timers.discard(timer)
            if last_progress and on_progress:
                on_progress(*last_progress)
            (on_done if kind == "done" else on_error)(value)
            return
        if last_progress and on_progress:
            on_progress(*last_progress)

    timer.timeout.connect(drain)
    _timers.add(timer)
    timer.start()
    future = _executor.submit(job)
    _futures.add(future)
    future.add_done_callback(_futures.discard)


def wait_idle(seconds: float = 30) -> bool:
    """For tests and shutdown: wait until the worker has finished what it was given."""
    _done, pending = wait_futures(list(_futures), timeout=seconds)
    return not pending
