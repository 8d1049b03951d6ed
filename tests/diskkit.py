"""A full, read-only or failing disk in a test, without root and without a real small disk.

* ``database_full()``: no SQLite database may grow by one page (``PRAGMA
  max_page_count``), so a write that needs room fails with SQLITE_FULL
  "database or disk is full", as on a full disk. ``compact`` the file first:
  free pages inside it would still take a few rows.
* ``copies_fill_up(monkeypatch, marker)``: a SQLite file the app creates
  whose name contains ``marker`` (a backup's partial copy, the copy kept
  before a restore) is full after a few pages.
* ``fsync_full(monkeypatch)``: ``os.fsync`` answers ENOSPC, as a disk does
  when the blocks written a moment ago cannot be allocated after all.
* ``deny_writes(monkeypatch, folder, code)``: creating anything under
  ``folder``, or opening a file there for writing, fails with ``code``
  (EROFS, EACCES), as on a read-only disk; root is refused too.
* ``PERSONAL``: what the test petitioners are called and reachable at; no
  message or log line may show any of it.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from tests.ledger_samples import ID_LI, ID_ZHANG

PERSONAL = ("张晓梅", "11010519491231002X", "13812345678", "李䶮", ID_ZHANG, ID_LI, "13912345678")


def compact(database: Path) -> None:
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("VACUUM")


@contextmanager
def database_full() -> Iterator[None]:
    """While the block runs, a database connection opened anywhere cannot make its file bigger."""

    def cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(Engine, "connect", cap)


def copies_fill_up(monkeypatch, marker: str, pages: int = 20) -> None:
    real = sqlite3.connect

    def connect(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(target, *args, **kwargs)
        if marker in str(target):
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def disk_full_error(path: object = None) -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), *([str(path)] if path else []))


def fsync_full(monkeypatch) -> None:
    def fsync(_fd: int) -> None:
        raise disk_full_error()

    monkeypatch.setattr(os, "fsync", fsync)


def deny_writes(monkeypatch, folder: Path, code: int = errno.EROFS) -> None:
    """Anything created under ``folder``, or opened there for writing, fails with ``code``."""
    inside = str(folder.resolve())

    def under(path: Any) -> bool:
        try:
            return os.path.abspath(os.fsdecode(path)).startswith(inside)
        except TypeError:
            return False  # a file descriptor

    def refuse(path: Any) -> OSError:
        return OSError(code, os.strerror(code), os.fsdecode(path))

    real_open, real_mkdir = os.open, os.mkdir
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & writing and under(path):
            raise refuse(path)
        return real_open(path, flags, *args, **kwargs)

    def mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if under(path):
            raise refuse(path)
        real_mkdir(path, *args, **kwargs)

    def log_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+") and under(path):
            raise refuse(path)
        return open(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "mkdir", mkdir)
    # logging's file handlers open their file with the built-in open, looked up in logging's namespace.
    monkeypatch.setattr(logging, "open", log_open, raising=False)


def shows_nothing_personal(text: str) -> bool:
    return not any(value in text for value in PERSONAL)
