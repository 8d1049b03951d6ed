"""Open the application's database: create it, migrate it, or explain why not."""

from __future__ import annotations

import os

from sqlalchemy import exc, text

from receptionapp.db.database import Database, DatabaseError
from receptionapp.db.migrate import upgrade
from receptionapp.db.postgres import explain as explain_server_error
from receptionapp.paths import ENV_DB_URL, DataPaths
from receptionapp.services.admin.setup import ensure_defaults
from receptionapp.services.deadlines.holidays import load_calendar


def open_database(paths: DataPaths, url: str | None = None) -> Database:
    """A ready database; DatabaseError with a Chinese message.

    The database is ``url``, else the server named by RECEPTIONAPP_DB_URL,
    else the SQLite file in the data folder.
    """
    paths.ensure()
    db = Database(url or os.environ.get(ENV_DB_URL) or paths.sqlite_url)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master" if db.is_sqlite else "SELECT 1"))
        upgrade(db, paths.backups)
        ensure_defaults(db)
        load_calendar(db)
    except DatabaseError:
        db.dispose()
        raise
    except exc.OperationalError as error:
        db.dispose()
        raise DatabaseError(_explain(str(error))) from error
    except exc.DatabaseError as error:
        db.dispose()
        raise DatabaseError(_explain(str(error))) from error
    return db


def _explain(message: str) -> str:
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
    return f"无法打开数据库：{message}"
