"""The engine and sessions: one ``Database`` per data folder or server URL.

SQLite connections get foreign keys, WAL, full sync (a power cut loses no
committed record) and a busy timeout; the file and its -wal and -shm are
this user's only (0600 on POSIX), and an error names the file it was about
(``failed_file``: a full disk's message says which disk to clear). Reads
begin deferred; writes begin ``IMMEDIATE`` so two writers queue instead of
failing half-way. A PostgreSQL
server (several PCs on one database) gets pre-pinged pooled connections in
READ COMMITTED; the services lock what must not interleave (numbering, the
audit chain) themselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from receptionapp.paths import make_private, private_file

BUSY_TIMEOUT_MS = 10_000
SERVER_CONNECT_TIMEOUT_S = 10


class DatabaseError(Exception):
    """The database cannot be used; ``str()`` is a Chinese message for the user."""


_FILE_ATTRIBUTE = "receptionapp_database_file"
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for a server or an in-memory database."""
    parsed = make_url(url)
    name = parsed.database if parsed.get_backend_name() == "sqlite" else None
    return Path(name) if name and name != ":memory:" and not name.startswith("file:") else None


def failed_file(error: BaseException) -> Path | None:
    """The SQLite file a failed statement was working on, when SQLAlchemy raised ``error``."""
    found = getattr(error, _FILE_ATTRIBUTE, None)
    return found if isinstance(found, Path) else None


def _make_private(file: Path) -> None:
    for suffix in ("", *SQLITE_COMPANIONS):
        part = Path(f"{file}{suffix}")
        if part.exists():
            make_private(part)


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    file = sqlite_file(url)

    @event.listens_for(engine, "do_connect")
    def _private_file(_dialect: Any, _record: Any, _args: Any, _kwargs: Any) -> None:
        # SQLite would create the file world-readable (0644); its -wal and -shm copy the file's mode.
        if file is not None and file.parent.is_dir():
            try:
                private_file(file)
            except OSError:
                pass  # SQLite's own error says why it cannot be opened

    @event.listens_for(engine, "handle_error")
    def _name_the_file(context: ExceptionContext) -> None:
        if file is not None and context.sqlalchemy_exception is not None:
            setattr(context.sqlalchemy_exception, _FILE_ATTRIBUTE, file)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide when a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        if file is not None:
            _make_private(file)  # a file an older version created readable by all

    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


def _server_engine(url: str) -> Engine:
    """A database server (PostgreSQL): checked connections, a bounded wait for an unreachable host."""
    connect_args: dict[str, Any] = {}
    if url.startswith("postgresql"):
        connect_args = {"connect_timeout": SERVER_CONNECT_TIMEOUT_S, "application_name": "receptionapp"}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


class Database:
    """Owns the engines and hands out transactions.

    ``read()`` for queries, ``write()`` for one user action: it commits at the
    end of the ``with`` block or rolls everything back on an exception.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        try:
            if self.is_sqlite:
                self.engine = _sqlite_engine(url, immediate=False)
                self.write_engine = _sqlite_engine(url, immediate=True)
            else:
                self.engine = _server_engine(url)
                self.write_engine = self.engine
        except (ArgumentError, ImportError) as error:
            raise DatabaseError(
                "数据库地址格式不正确。PostgreSQL 的地址形如 "
                "postgresql+psycopg://用户名:密码@服务器地址:5432/数据库名"
            ) from error
        self.file = sqlite_file(url) if self.is_sqlite else None
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()
