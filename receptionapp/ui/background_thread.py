"""Long work off the GUI thread: one small helper, as Anki's QueryOp.

``BackgroundTask(work)`` runs ``work(progress, cancelled)`` in a QThread;
``progressed`` reports (done, total, stage) on the GUI thread, ``succeeded``
hands over the result, ``failed`` carries a Chinese message (a ServiceError
as is; anything unexpected is logged and said plainly). ``cancel()`` asks
the work to stop at its next check.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from receptionapp.services.context import ServiceError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class BackgroundTask(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except ServiceError as error:
            self.failed.emit(str(error))
        except Exception:
            log.exception("background task failed")
            self.failed.emit("程序遇到意外错误，操作未完成，数据库未作改动。错误详情已记入日志文件。")
        else:
            self.succeeded.emit(result)
