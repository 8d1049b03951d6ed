"""Many rows into one table at once, as ``connection.execute(insert(table), rows)`` would write them.

Demo data and the audit log's batches write 100,000s of rows; SQLAlchemy's
per-row parameter handling then costs more than the rows themselves. On
SQLite ``insert_rows`` passes each value through its column's own bind
processing (so dates and times are stored as SQLAlchemy stores them), fills
in the defaults of the columns left out and hands the rows straight to the
driver's executemany (as ``db.search.index_many`` does for the search
index). Elsewhere it is the Core statement.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.sql.schema import ScalarElementColumnDefault


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``INSERT`` ``rows`` (dicts with the same keys) into ``table``."""
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name != "sqlite":
        connection.execute(insert(table), rows)
        return
    keys = list(rows[0])
    defaults = {}
    for column in table.columns:
        if column.key in keys or column.default is None:
            continue
        assert isinstance(column.default, ScalarElementColumnDefault), column  # no callable defaults here
        defaults[column.key] = column.default.arg
    columns = [table.c[key] for key in keys] + [table.c[key] for key in defaults]
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    processed = [(i, _remembered(process)) for i, process in enumerate(processors) if process is not None]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    get, fixed = itemgetter(*keys), list(defaults.values())
    params = []
    for row in rows:
        values = [*get(row), *fixed] if len(keys) > 1 else [get(row), *fixed]
        for i, process in processed:
            values[i] = process(values[i])
        params.append(tuple(values))
    connection.exec_driver_sql(sql, params)


def _remembered(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` computed once per value (the same dates and moments recur across a batch's rows)."""
    memo: dict[Any, Any] = {}

    def remembered(value: Any) -> Any:
        try:
            return memo[value]
        except KeyError:
            memo[value] = result = process(value)
            return result
        except TypeError:  # not hashable
            return process(value)

    return remembered
