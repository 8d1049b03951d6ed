"""The rotating log file in the data folder (logs/receptionapp.log), and what a log line may say.

A log line never carries a petitioner's data. SQLAlchemy's error text holds
the failed statement's parameters (names, ID numbers, phone numbers, a
draft's whole content) and PostgreSQL's holds the offending values in its
DETAIL line, so every line written here goes through ``safe_error_text``:
an error's type and first line, and for a failed statement the driver's
message and the SQL without its parameters. Tracebacks are written the same
way (``safe_traceback``). The file and its folder are readable by this user
only (0600 and 0700 on POSIX).

When the log file cannot be opened (a read-only data folder), errors go to
the console instead, without tracebacks; ``setup_logging`` returns None then.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from receptionapp.paths import PRIVATE_FILE, make_folder

LOG_NAME = "receptionapp.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_STATEMENT = 500


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def safe_error_text(error: BaseException) -> str:
    """``error`` as one line that carries no stored value.

    A failed SQL statement (``sqlalchemy.exc.StatementError``) is told by its
    driver's message and its SQL, never the parameters; a driver's own error
    by its first line (PostgreSQL's DETAIL line names the values).
    """
    from sqlalchemy.exc import StatementError

    if isinstance(error, StatementError):
        orig = error.orig
        reason = (
            f"{type(orig).__name__}: {_first_line(str(orig))}" if orig is not None else "statement failed"
        )
        statement = " ".join((error.statement or "").split())
        if len(statement) > MAX_STATEMENT:
            statement = statement[:MAX_STATEMENT] + " …"
        return f"{reason} [SQL: {statement}]" if statement else reason
    return _first_line(str(error))


CAUSE = "The above exception was the direct cause of the following exception:"
CONTEXT = "During handling of the above exception, another exception occurred:"


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """``error`` and the errors behind it, oldest first, each with the line leading to the next one."""
    newest_first: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    joint = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        newest_first.append((current, joint))
        if current.__cause__ is not None:
            current, joint = current.__cause__, CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, joint = current.__context__, CONTEXT
        else:
            current = None
    return list(reversed(newest_first))


def safe_traceback(error: BaseException) -> str:
    """A traceback as Python prints it, each error's text given by ``safe_error_text``."""
    lines: list[str] = []
    for link, joint in _chain(error):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_tb(link.__traceback__))
        kind = type(link)
        lines.append(f"{kind.__module__}.{kind.__qualname__}: {safe_error_text(link)}\n")
        if joint:
            lines.append(f"\n{joint}\n\n")
    return "".join(lines).rstrip("\n")


class SafeFormatter(logging.Formatter):
    """Formats a record with every error in it (arguments and traceback) told safely."""

    def __init__(self, fmt: str = FORMAT, *, tracebacks: bool = True) -> None:
        super().__init__(fmt)
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        safe.args = _safe_args(record.args)
        safe.exc_text = None  # another handler may have cached the unsafe text
        if not self.tracebacks:
            safe.exc_info = None
        return super().format(safe)

    def formatException(self, ei: Any) -> str:
        error = ei[1] if isinstance(ei, tuple) else None
        return safe_traceback(error) if isinstance(error, BaseException) else ""


def _safe_args(args: Any) -> Any:
    if isinstance(args, tuple):
        return tuple(safe_error_text(a) if isinstance(a, BaseException) else a for a in args)
    if isinstance(args, dict):
        return {k: safe_error_text(v) if isinstance(v, BaseException) else v for k, v in args.items()}
    return args


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable by this user only."""

    def _open(self) -> Any:
        if os.name != "nt":
            os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE))
            os.chmod(self.baseFilename, PRIVATE_FILE)
        return super()._open()


def _handler(path: Path) -> logging.Handler:
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(SafeFormatter())
    return handler


def setup_logging(folder: Path, *, create: bool = True) -> Path | None:
    """Log to ``folder/receptionapp.log`` for the rest of the process; None if it cannot be opened.

    Without ``create`` a missing folder is not made: the lines go to the console.
    """
    path = folder / LOG_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        if not create and not folder.is_dir():
            raise FileNotFoundError(folder)
        make_folder(folder)
        handler = _handler(path)
    except OSError:
        _console_fallback()
        return None
    for console in [h for h in root.handlers if getattr(h, "receptionapp_console", False)]:
        root.removeHandler(console)
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _console_fallback() -> logging.Handler:
    root = logging.getLogger()
    for h in root.handlers:
        if getattr(h, "receptionapp_console", False):
            return h
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter(tracebacks=False))
    handler.setLevel(logging.ERROR)
    handler.receptionapp_console = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return handler


@contextmanager
def logging_to(folder: Path, *, create: bool = True) -> Iterator[Path | None]:
    """Log to ``folder`` while the block runs (a command, the GUI), then close the file again."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    path = setup_logging(folder, create=create)
    try:
        yield path
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
