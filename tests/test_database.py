"""Opening, migrating and checking the database; numbers stay unique under concurrent saves."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from receptionapp.db.database import Database, DatabaseError
from receptionapp.db.migrate import current_revision, head_revision, revisions_on_disk, stored_revision
from receptionapp.db.models import Case
from receptionapp.db.search import search_condition
from receptionapp.paths import DataPaths, resolve_data_dir
from receptionapp.services.admin import setup
from receptionapp.services.admin.auth import login
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.admin.check import check_database
from receptionapp.services.cases import intake
from receptionapp.services.cases.listing import CaseFilter, count_cases
from tests.conftest import ADMIN_PASSWORD, make_registration, sqlite_only


def test_fresh_database_is_at_head(db: Database) -> None:
    assert current_revision(db) == head_revision()
    # the quick look at start (no Alembic) agrees with Alembic
    known, head = revisions_on_disk()
    assert head == head_revision() and head in known
    assert stored_revision(db) == head


@sqlite_only("PRAGMA settings of the SQLite file")
def test_fresh_database_has_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_foreign_keys_are_enforced(db: Database, admin) -> None:
    with pytest.raises(Exception, match=r"(?i)FOREIGN KEY"), db.write() as session:
        session.execute(
            text(
                "INSERT INTO petitioners(case_id, person_id, position, is_representative) "
                "VALUES (99, 99, 0, :no)"
            ),
            {"no": False},
        )


def test_data_dir_precedence(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RECEPTIONAPP_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None).root == (tmp_path / "env").resolve()
    assert resolve_data_dir(tmp_path / "opt").root == (tmp_path / "opt").resolve()
    monkeypatch.delenv("RECEPTIONAPP_DATA_DIR")
    assert resolve_data_dir(None).root.name == "receptionapp"


def test_database_from_a_newer_version_is_refused_untouched(data_paths: DataPaths) -> None:
    db = open_database(data_paths)
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    before = data_paths.database.read_bytes() if db.is_sqlite else b""
    with pytest.raises(DatabaseError, match="更新版本"):
        open_database(data_paths)
    if db.is_sqlite:
        assert data_paths.database.read_bytes() == before
    db = Database(db.url)
    assert current_revision(db) == "9999_future"
    db.dispose()


@sqlite_only("a damaged database file")
def test_corrupt_database_gets_a_chinese_message(data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError, match="损坏"):
        open_database(data_paths)


@sqlite_only("the backup is a copy of the SQLite file")
def test_upgrade_copies_the_database_first(data_paths: DataPaths, monkeypatch) -> None:
    from receptionapp.db import migrate

    open_database(data_paths).dispose()
    current = migrate.head_revision()
    # Pretend this build knows a newer revision than the file has.
    from alembic import command

    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(
        migrate, "revisions_on_disk", lambda: (frozenset({current, "9999_next"}), "9999_next")
    )
    applied = []
    monkeypatch.setattr(command, "upgrade", lambda config, target: applied.append(target))
    db = Database(data_paths.sqlite_url)
    assert migrate.upgrade(db, data_paths.backups)
    db.dispose()
    assert applied == ["head"]
    backups = list(data_paths.backups.glob(f"*before-upgrade-{current}*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == current


def test_check_finds_problems(db: Database, admin) -> None:
    intake.register_case(db, admin, make_registration())
    assert check_database(db) == []
    with db.write() as session:
        session.execute(text("DELETE FROM case_search"))
    assert any("检索索引" in p for p in check_database(db))


def test_login_after_restart(data_paths: DataPaths) -> None:
    db = open_database(data_paths)
    setup.initialize(db, "某市教育局", "admin", "管理员", ADMIN_PASSWORD)
    db.dispose()
    db = open_database(data_paths)
    assert setup.is_initialized(db)
    assert login(db, "admin", ADMIN_PASSWORD).username == "admin"
    db.dispose()


def _register_many(url: str, count: int, queue) -> None:  # pragma: no cover - runs in a child
    db = Database(url)
    actor = login(db, "admin", ADMIN_PASSWORD)
    numbers = [intake.register_case(db, actor, make_registration()).number for _ in range(count)]
    db.dispose()
    queue.put(numbers)


def test_case_numbers_stay_unique_under_concurrent_saves(db: Database, admin) -> None:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_register_many, args=(db.url, 15, queue)) for _ in range(3)]
    for worker in workers:
        worker.start()
    numbers = [n for _ in workers for n in queue.get(timeout=120)]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert len(numbers) == len(set(numbers)) == 45
    expected = {f"来访〔2026〕{i:04d}号" for i in range(1, 46)}
    assert set(numbers) == expected
    assert count_cases(db, CaseFilter()) == 45
    # The concurrent writers appended to the audit chain one after another.
    assert check_database(db) == []


@sqlite_only("the FTS5 terms of the old scheme")
def test_migration_0002_rebuilds_the_search_terms(data_paths: DataPaths) -> None:
    """A database indexed under the old scheme (runs glued together) is re-indexed on upgrade."""
    from alembic import command

    from receptionapp.db import migrate

    db = open_database(data_paths)
    actor = setup.initialize(db, "某市教育局", "admin", "管理员", ADMIN_PASSWORD)
    intake.register_case(
        db, actor, make_registration(problem="孩子被劝退，涉及学校", demand="校长出面说明情况")
    )
    migrate.run_alembic(db, lambda config: command.downgrade(config, "0001"))
    with db.write() as session:
        # The old terms: pairs of all runs side by side.
        session.execute(text("UPDATE case_search SET terms = replace(terms, :brk, '')"), {"brk": " \ue000"})
    # The index itself (today's services read columns that revision 0001 lacks).
    with db.read() as session:
        old_match = select(Case.id).where(search_condition(session, "学校长"))
        assert len(session.scalars(old_match).all()) == 1
    db.dispose()
    db = open_database(data_paths)
    assert count_cases(db, CaseFilter(text="学校长")) == 0
    assert count_cases(db, CaseFilter(text="涉及学校")) == 1
    db.dispose()
