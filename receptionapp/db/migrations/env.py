"""Alembic environment: runs on the connection the application hands over."""

from __future__ import annotations

from alembic import context

from receptionapp.db import models  # noqa: F401  (registers the tables)
from receptionapp.db.base import Base

config = context.config
target_metadata = Base.metadata

FTS_TABLE = "case_search"


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The SQLite full-text index and its shadow tables are not in the metadata.
    return not (type_ == "table" and name and name.startswith(FTS_TABLE))


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("receptionapp migrations run on the application's own connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
