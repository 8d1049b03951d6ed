"""Open the application's database: create it, migrate it, or explain why not.

The data folder must be writable first (``check_data_folder``: the command
line and the GUI say the same sentence when it is not). A database written
by another program is refused untouched (``db.migrate``). A driver's error is
explained from its own message, never from the SQL around it: a table's
``CREATE TABLE`` text may say "locked" without anything being locked.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile

from sqlalchemy import exc, text

from receptionapp.db.database import Database, DatabaseError, sqlite_file
from receptionapp.db.migrate import not_ours, upgrade
from receptionapp.db.postgres import explain as explain_server_error
from receptionapp.db.sqlite_files import foreign_tables
from receptionapp.paths import ENV_DB_URL, DataPaths
from receptionapp.services.admin.setup import ensure_defaults
from receptionapp.services.deadlines.holidays import load_calendar
from receptionapp.services.faults import storage_fault

FOLDER_UNUSABLE = "数据文件夹无法写入，未打开数据库"


def check_data_folder(paths: DataPaths) -> None:
    """DatabaseError with a Chinese message when the data folder cannot be created or written."""
    try:
        paths.ensure()
        with tempfile.TemporaryFile(dir=paths.root, prefix=".write-test-"):
            pass
    except OSError as error:
        fault = storage_fault(error, what=FOLDER_UNUSABLE, place=paths.root)
        raise DatabaseError(
            str(fault)
            if fault
            else f"无法使用数据文件夹“{paths.root}”：{error.strerror or type(error).__name__}"
        ) from error


def open_database(paths: DataPaths, url: str | None = None) -> Database:
    """A ready database; DatabaseError with a Chinese message.

    The database is ``url``, else the server named by RECEPTIONAPP_DB_URL,
    else the SQLite file in the data folder.
    """
    check_data_folder(paths)
    url = url or os.environ.get(ENV_DB_URL) or paths.sqlite_url
    file = sqlite_file(url)
    if file is not None and (others := foreign_tables(file)):
        raise not_ours(f"文件“{file}”", others)  # refused before a connection could change its journal mode
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master" if db.is_sqlite else "SELECT 1"))
        upgrade(db, paths.backups)
        ensure_defaults(db)
        load_calendar(db)
    except DatabaseError:
        db.dispose()
        raise
    except exc.DBAPIError as error:
        db.dispose()
        fault = storage_fault(
            error, what="数据库未能打开，未作任何改动", place=paths.root if db.is_sqlite else None
        )
        raise DatabaseError(str(fault) if fault else _explain(error)) from error
    except (OSError, sqlite3.Error) as error:  # the copy kept before an upgrade
        db.dispose()
        fault = storage_fault(error, what="数据库未能升级，未作任何改动", place=paths.backups)
        if fault is None:
            raise
        raise DatabaseError(str(fault)) from error
    return db


def _explain(error: exc.DBAPIError) -> str:
    """The driver's own message in Chinese: the first line of ``error.orig``, not the statement around it."""
    lines = str(error.orig).strip().splitlines()
    message = lines[0] if lines else ""
    server = explain_server_error(message)
    if server:
        return server
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return "数据库正被另一个程序占用（已锁定）。请关闭其他正在运行的接待系统后重试。"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return "数据库文件已损坏，无法打开。请从最近的备份恢复（receptionapp restore 备份文件）。"
    if "unable to open" in lowered or "readonly" in lowered or "permission" in lowered:
        return "无法打开数据库文件：没有读写权限或磁盘不可用。请检查数据文件夹。"
    return f"无法打开数据库（{type(error.orig).__name__}）：{message}"
