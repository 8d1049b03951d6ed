"""Writing a report or a ledger to a file: checks the period and the file name, picks the format.

Used by the ``report`` and ``ledger`` commands and by the statistics
screen. Bad input (an unreadable period, a wrong file extension, a folder
that does not exist, a file open in Excel) is an ``ExportError`` with a
Chinese message, never a traceback; a full or read-only disk is the
``StorageFault`` of ``services.faults``, and the half-written file is removed.
The file is the exporting user's only (0600 on POSIX).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from receptionapp.db.database import Database
from receptionapp.domain.periods import Period, PeriodError, parse_period
from receptionapp.reports.statistics import Report, build_report
from receptionapp.services.chosen_paths import PathRefused, chosen_file
from receptionapp.services.context import Actor
from receptionapp.services.faults import MB, storage_fault

Progress = Callable[[int, int], None]
REPORT_SUFFIXES = (".xlsx", ".pdf")
# About what a file takes: a report is a few pages; a ledger of some thousand cases some megabytes.
REPORT_ROOM = 2 * MB
LEDGER_ROOM = 20 * MB


class ExportError(Exception):
    """The export cannot be made; ``str()`` is the Chinese message."""


def _period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return parse_period(period)
    except PeriodError as error:
        raise ExportError(str(error)) from error


def check_output(path: Path, suffixes: tuple[str, ...]) -> Path:
    """The file to write: the right extension, and a file that may be replaced (``services.chosen_paths``)."""
    if path.suffix.lower() not in suffixes:
        raise ExportError(f"输出文件应以{'或'.join(suffixes)}结尾：{path.name}")
    try:
        return chosen_file(path)
    except PathRefused as refused:
        raise ExportError(str(refused)) from None


@contextmanager
def _writing(path: Path, needed: int) -> Iterator[None]:
    """Around a writer that replaces ``path`` (``chosen_paths.replacing``: its own file, this user's only).

    On failure the writer's half-written file is gone already; a new file
    already moved in place goes too: its export could not be recorded in the
    audit log. An OSError becomes a Chinese message.
    """
    new = not path.exists()
    try:
        yield
    except BaseException as error:
        if new:
            path.unlink(missing_ok=True)
        if not isinstance(error, OSError):
            raise
        fault = storage_fault(error, what="文件未导出", place=path.parent, needed=needed)
        if fault is not None:
            raise fault from error
        if isinstance(error, PermissionError):
            raise ExportError(f"无法写入{path.name}：文件可能正在被其他程序打开，请关闭后重试") from error
        raise ExportError(f"无法写入{path}：{error.strerror or type(error).__name__}") from error


def save_report(report: Report, path: Path, progress: Progress | None = None) -> Path:
    """Write an already computed report as .xlsx or .pdf."""
    check_output(path, REPORT_SUFFIXES)
    try:
        with _writing(path, REPORT_ROOM):
            if path.suffix.lower() == ".pdf":
                from receptionapp.reports.pdf import write_report_pdf

                return write_report_pdf(report, path, progress)
            from receptionapp.reports.excel import write_report_xlsx

            return write_report_xlsx(report, path, progress)
    except Exception as error:
        from receptionapp.documents.fonts import MissingGlyphs

        if isinstance(error, MissingGlyphs):  # a character no font can print
            raise ExportError(str(error)) from error
        raise


def export_report(
    db: Database,
    period: Period | str,
    path: Path,
    progress: Progress | None = None,
    today: dt.date | None = None,
    actor: Actor | None = None,
) -> Path:
    """Compute the report of ``period`` and write it to ``path`` (.xlsx or .pdf)."""
    chosen = _period(period)
    check_output(path, REPORT_SUFFIXES)
    report = build_report(db, chosen, today=today, actor=actor)
    return save_report(report, path, progress)


def export_ledger(
    db: Database, actor: Actor, period: Period | str, path: Path, progress: Progress | None = None
) -> int:
    """Write the case ledger of ``period`` to ``path`` (.xlsx); returns the number of cases."""
    from receptionapp.reports.ledger import write_ledger_xlsx

    chosen = _period(period)
    check_output(path, (".xlsx",))
    with _writing(path, LEDGER_ROOM):
        return write_ledger_xlsx(db, actor, chosen, path, progress)
