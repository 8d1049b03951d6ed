"""``receptionapp migrate-db --to URL``: a PC's SQLite database moved to a new PostgreSQL database.

Needs a PostgreSQL server (RECEPTIONAPP_TEST_DB_URL); the source is always
a SQLite data folder, as on the PC that outgrew it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, Person
from receptionapp.demo.generate import generate_demo_cases
from receptionapp.domain.case import PetitionerInput
from receptionapp.paths import ENV_DB_URL, DataPaths
from receptionapp.services.admin import setup
from receptionapp.services.admin.auth import login
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.admin.check import check_database
from receptionapp.services.cases import intake
from receptionapp.services.cases.editing import update_case, void_case
from receptionapp.services.cases.listing import CaseFilter, list_cases
from tests.conftest import ADMIN_PASSWORD, ON_POSTGRES, make_registration

pytestmark = pytest.mark.skipif(
    not ON_POSTGRES, reason="needs a PostgreSQL server (RECEPTIONAPP_TEST_DB_URL)"
)


@pytest.fixture
def sqlite_folder(tmp_path: Path) -> DataPaths:
    """A PC's data folder with demo cases and some everyday work on them."""
    paths = DataPaths(tmp_path / "pc").ensure()
    db = open_database(paths, paths.sqlite_url)
    admin = setup.initialize(db, "某市教育局", "admin", "系统管理员", ADMIN_PASSWORD)
    generate_demo_cases(db, admin, 120, seed=7)
    saved = intake.register_case(db, admin, make_registration())
    update_case(db, admin, saved.id, 1, {"note": "迁移前的备注"})
    void_case(db, admin, saved.id, "重复登记，作废")
    db.dispose()
    return paths


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (
            int(session.scalar(select(func.count(Case.id))) or 0),
            int(session.scalar(select(func.count(Person.id))) or 0),
            int(session.scalar(select(func.count(AuditEntry.id))) or 0),
        )


def test_move_to_an_empty_server_database(
    sqlite_folder: DataPaths, database_url: str, monkeypatch, capsys
) -> None:
    monkeypatch.delenv(ENV_DB_URL)  # the source is the PC's own file
    source = Database(sqlite_folder.sqlite_url)
    before = counts(source)
    source.dispose()
    target_url = database_url.replace("receptionapp_test_", "receptionapp_test_empty_")
    from tests.conftest import _admin_execute

    name = target_url.rsplit("/", 1)[1]
    _admin_execute(f'CREATE DATABASE "{name}"')  # new and empty: no schema at all
    try:
        assert main(["--data-dir", str(sqlite_folder.root), "migrate-db", "--to", target_url]) == 0
        out = capsys.readouterr().out
        assert "cases：121行（已核对）" in out and "审计记录链校验通过" in out

        target = Database(target_url)
        try:
            cases_, persons, entries = counts(target)
            assert (cases_, persons) == before[:2]
            assert entries == before[2] + 1  # plus the entry that records the move
            assert check_database(target) == []
            actor = login(target, "admin", ADMIN_PASSWORD)
            # Search works on the server's own index; voided cases stay voided.
            found = list_cases(target, CaseFilter(text="张晓梅", include_voided=True))
            assert any(row.number == "来访〔2026〕0001号" or row.names == "张晓梅" for row in found)
            # The sequences continue after the copied ids, the numbers after the copied counters.
            new = intake.register_case(
                target, actor, make_registration(person=PetitionerInput(name="王强", phone="13900001111"))
            )
            assert new.id == cases_ + 1
            with target.read() as session:
                taken = set(session.scalars(select(Case.number)))
            assert list(taken).count(new.number) == 1
        finally:
            target.dispose()

        # A second move into the same (now full) database is refused, and changes nothing.
        assert main(["--data-dir", str(sqlite_folder.root), "migrate-db", "--to", target_url]) == 1
        assert "目标数据库不是空的" in capsys.readouterr().err
        target = Database(target_url)
        assert counts(target)[0] == before[0] + 1
        target.dispose()
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_move_into_a_migrated_but_unused_database(
    sqlite_folder: DataPaths, database_url: str, monkeypatch, capsys
) -> None:
    """The admin started the app against the server once, but set nothing up there: allowed."""
    monkeypatch.delenv(ENV_DB_URL)
    assert main(["--data-dir", str(sqlite_folder.root), "migrate-db", "--to", database_url]) == 0
    assert "迁移完成" in capsys.readouterr().out


def test_bad_target_gets_a_message(sqlite_folder: DataPaths, monkeypatch, capsys) -> None:
    monkeypatch.delenv(ENV_DB_URL, raising=False)
    folder = str(sqlite_folder.root)
    assert main(["--data-dir", folder, "migrate-db", "--to", "postgres://nowhere"]) == 1
    assert "数据库地址格式不正确" in capsys.readouterr().err
    assert main(["--data-dir", folder, "migrate-db", "--to", "postgresql+psycopg://x@127.0.0.1:1/none"]) == 1
    err = capsys.readouterr().err
    assert "错误" in err and "Traceback" not in err
