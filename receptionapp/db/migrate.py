"""Bring a database to the schema this version of the app expects.

Alembic runs on the application's own connection. Before an existing
database is upgraded its file is copied into the backups folder; a database
written by a newer version of the app is refused, not touched, and so is one
written by another program (tables, but no schema version of this app).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc, inspect, text

from receptionapp.db.database import Database, DatabaseError
from receptionapp.db.sqlite_files import backup_sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_)?revision\b[^=\n]*=\s*['\"]?(\w+)", re.MULTILINE)


@cache
def revisions_on_disk() -> tuple[frozenset[str], str | None]:
    """The revision ids of the migration files and their single head, read without Alembic.

    Importing Alembic and loading the scripts costs half a second at every
    start; an up-to-date database needs neither. None as head if the files
    do not form one line (then Alembic decides).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for down, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    heads = revisions - parents
    return frozenset(revisions), (next(iter(heads)) if len(heads) == 1 else None)


def stored_revision(db: Database) -> str | None:
    """The database's schema revision by plain SQL (None: no version table yet)."""
    try:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except exc.DBAPIError:
        return None


def foreign_tables(db: Database) -> list[str]:
    """The tables of a database this app never set up (no ``alembic_version``); empty if it is ours or new."""
    with db.engine.connect() as conn:
        names = inspect(conn).get_table_names()
    return [] if "alembic_version" in names else sorted(names)


def not_ours(where: str, tables: list[str]) -> DatabaseError:
    """The refusal of a database that holds another program's ``tables``."""
    shown = "、".join(tables[:3]) + ("等" if len(tables) > 3 else "")
    return DatabaseError(
        f"{where}不是接待系统的数据库：其中已有其他程序的数据表（{shown}）。"
        "为免改动其他程序的数据，未打开也未作任何修改。请检查数据文件夹或数据库地址是否选错。"
    )


def check_ours(db: Database) -> None:
    """DatabaseError, touching nothing, when the database holds another program's tables."""
    others = foreign_tables(db)
    if others:
        raise not_ours(f"文件“{db.file}”" if db.file is not None else "该数据库", others)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(db: Database) -> str | None:
    """The current revision; DatabaseError if this app does not know it."""
    from alembic.script import ScriptDirectory

    current = current_revision(db)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DatabaseError(
            "数据库由更新版本的接待系统创建（结构版本 "
            f"{current}），当前程序无法安全打开。请安装新版本后再使用。"
        )
    return current


def upgrade(db: Database, backup_folder: Path | None = None) -> bool:
    """Upgrade to head; returns True if anything was applied."""
    _known, head_on_disk = revisions_on_disk()
    stored = stored_revision(db)
    if head_on_disk is not None and stored == head_on_disk:
        return False  # the usual start: nothing to do, Alembic not even imported
    if stored is None:
        check_ours(db)
    from alembic import command

    current = check_not_newer(db)
    head = head_revision()
    if current == head:
        return False
    if current is not None and db.is_sqlite and backup_folder is not None:
        database_file = Path(db.engine.url.database or "")
        if database_file.is_file():
            backup_sqlite_file(database_file, backup_folder, f"before-upgrade-{current}")
    run_alembic(db, lambda config: command.upgrade(config, "head"))
    return True


def run_alembic(db: Database, step: Callable[[Config], None]) -> None:
    """Run an Alembic command in one transaction on the app's connection.

    SQLite foreign keys are switched off for the duration (a batch migration
    recreates tables that others refer to) and checked before the commit.
    """
    config = alembic_config()
    with db.write_engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        if db.is_sqlite:
            # Must happen outside a transaction to take effect.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                step(config)
                if db.is_sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseError("数据库升级后外键检查未通过，已撤销升级。请联系系统管理员。")
        finally:
            if db.is_sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
