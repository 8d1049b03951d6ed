"""The migrations build exactly the schema the models declare, and upgrade an old database."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from receptionapp.db.base import Base
from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.services.admin.bootstrap import open_database

FTS_TABLE = "case_search"


def _include(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and (name.startswith(FTS_TABLE) or name == "alembic_version"))


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _include})
        assert compare_metadata(context, Base.metadata) == []


def test_existing_users_need_no_password_change_after_upgrade(data_paths: DataPaths) -> None:
    from alembic import command

    from receptionapp.db.migrate import alembic_config
    from receptionapp.services.admin import setup

    db = open_database(data_paths)
    setup.initialize(db, "某市教育局", "admin", "管理员", "secret123")
    config = alembic_config()
    with db.write_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    db.dispose()
    with sqlite3.connect(data_paths.database) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(users)")]
    assert "must_change_password" not in columns
    db = open_database(data_paths)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT must_change_password FROM users").scalar() == 0
    db.dispose()
