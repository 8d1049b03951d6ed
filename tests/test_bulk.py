"""db.bulk.insert_rows stores rows exactly as a Core INSERT of the same rows does."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Table, insert

from receptionapp.db.bulk import insert_rows
from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person
from receptionapp.services.context import Actor
from tests.conftest import sqlite_only


def _stored(db: Database, table: str, first_id: int) -> list[dict[str, Any]]:
    with db.read() as session:
        rows = session.connection().exec_driver_sql(
            f"SELECT * FROM {table} WHERE id >= ? ORDER BY id", (first_id,)
        )
        return [{k: v for k, v in row.items() if k != "id"} for row in rows.mappings()]


@sqlite_only("the driver's executemany path is SQLite's")
def test_insert_rows_stores_what_a_core_insert_stores(db: Database, admin: Actor) -> None:
    at = dt.datetime(2026, 11, 20, 9, 30)
    people = [
        {"name": f"张{i}", "gender": "female", "id_number": None, "phone": "13812345678", "address": "",
         "relation": "parent", "created_at": at + dt.timedelta(minutes=i)}
        for i in range(3)
    ]  # fmt: skip
    cases = [
        # version and void_reason are left out: their defaults are filled in.
        {"number": f"来访〔2026〕{i:04d}号", "channel": "visit", "year": 2026, "seq": i, "status": "registered",
         "received_at": at, "registered_by_id": admin.id, "category_id": 1, "region_id": 1, "problem": "问题",
         "is_collective": i == 1, "decided_on": dt.date(2026, 11, 21) if i else None, "due_date": None,
         "due_provisional": False, "created_at": at, "updated_at": at}
        for i in (1, 2)
    ]  # fmt: skip
    for model, rows in ((Person, people), (Case, cases)):
        table = cast(Table, model.__table__)
        with db.write() as session:
            insert_rows(session.connection(), table, [dict(r) for r in rows])
        written = _stored(db, table.name, 1)
        with db.write() as session:
            session.execute(table.delete())
            session.execute(insert(table), [dict(r) for r in rows])
        assert _stored(db, table.name, 1) == written, table.name
    assert written[0]["version"] == 1 and written[0]["void_reason"] == ""
