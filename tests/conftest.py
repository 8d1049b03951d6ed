"""Shared test fixtures: offscreen Qt, a fresh data folder, an initialised database.

The database is SQLite in the data folder, unless RECEPTIONAPP_TEST_DB_URL
names a PostgreSQL server (``postgresql+psycopg://user@host:port/postgres``,
a role that may create databases): then every test that asks for
``data_paths``, ``db`` or ``database_url`` gets a fresh database of its own,
copied from a template migrated once per run, and RECEPTIONAPP_DB_URL points
the app (and any CLI it starts) at it. ``sqlite_only`` marks the tests that
are about the SQLite file itself.

On SQLite too the migrations run once per run: ``db`` starts from a copy of a
migrated template file, put where the app keeps its database.

Passwords are hashed with cheap argon2 parameters for the whole run (a test
makes up to five accounts; the production parameters cost a tenth of a second
each). Hashes keep their parameters, so either kind verifies under the other.
"""

from __future__ import annotations

import os
import sys

# Before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from receptionapp.db.database import Database
from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.paths import ENV_DB_URL, DataPaths
from receptionapp.services.admin import passwords as password_module  # the one place naming it
from receptionapp.services.admin import setup
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.context import Actor

ADMIN_PASSWORD = "secret123"

ENV_TEST_DB_URL = "RECEPTIONAPP_TEST_DB_URL"
TEST_SERVER_URL = os.environ.get(ENV_TEST_DB_URL, "").strip()
ON_POSTGRES = TEST_SERVER_URL.startswith("postgresql")


# The hasher the app is built with, and the one the tests use instead.
PRODUCTION_HASHER = password_module._hasher
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashes() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(password_module, "_hasher", CHEAP_HASHER)
        yield


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """Skip a test about the SQLite file itself (corruption, WAL, FTS5) when running on PostgreSQL."""
    return pytest.mark.skipif(ON_POSTGRES, reason=f"SQLite only: {reason}")


def _server_url(database: str) -> str:
    return make_url(TEST_SERVER_URL).set(database=database).render_as_string(hide_password=False)


def _admin_execute(*statements: str) -> None:
    engine = create_engine(TEST_SERVER_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database migrated to head once per run, copied for each test."""
    name = f"receptionapp_test_tpl_{os.getpid()}"
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    open_database(DataPaths(tmp_path_factory.mktemp("template")), _server_url(name)).dispose()
    yield name
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """A SQLite database file migrated to head once per run, copied for each test (None on PostgreSQL)."""
    if ON_POSTGRES:
        return None
    paths = DataPaths(tmp_path_factory.mktemp("sqlite-template") / "data")
    open_database(paths, paths.sqlite_url).dispose()
    # The last connection closed folds the write-ahead log into the file: the file alone is the database.
    assert not paths.database.with_name(paths.database.name + "-wal").exists()
    return paths.database


@pytest.fixture(autouse=True)
def _no_database_url_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DB_URL, raising=False)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str | None]:
    """None on SQLite; on PostgreSQL the URL of a fresh database, also in RECEPTIONAPP_DB_URL."""
    if not ON_POSTGRES:
        yield None
        return
    template = request.getfixturevalue("pg_template")
    name = f"receptionapp_test_{os.getpid()}_{next(_database_numbers)}"
    _admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = _server_url(name)
    monkeypatch.setenv(ENV_DB_URL, url)
    yield url
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def data_paths(tmp_path: Path, database_url: str | None) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def db(data_paths: DataPaths, sqlite_template: Path | None):
    if sqlite_template is not None and not data_paths.database.exists():
        shutil.copyfile(sqlite_template, data_paths.database)
    database = open_database(data_paths)
    yield database
    # A window's background work (the board loading) must not outlive the test's database:
    # on PostgreSQL the database is dropped next and the task would fail against a closed window.
    tasks = sys.modules.get("receptionapp.ui.tasks")
    if tasks is not None:
        tasks.wait_idle()
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    return setup.initialize(db, "某市教育局", "admin", "系统管理员", ADMIN_PASSWORD)


STAFF_NAMES = {"leader": "李局长", "office": "王主任", "handler": "赵科长", "clerk": "陈接待"}


def add_user(db: Database, username: str, role, unit: str | None = None) -> Actor:
    """A user of the given role (and unit, for a handler), added straight to the database."""
    from sqlalchemy import select

    from receptionapp.db.models import Unit, User

    with db.write() as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.name == unit)) if unit else None
        user = User(
            username=username,
            display_name=STAFF_NAMES.get(role.value, username),
            password_hash=password_module.hash_password("secret123"),
            role=role.value,
            unit_id=unit_id,
        )
        session.add(user)
        session.flush()
        return Actor(user.id, username, user.display_name, role, unit_id)


@pytest.fixture
def people(db: Database, admin: Actor) -> dict[str, Actor]:
    """One user of each working role: a leader, the office, a handler of 基础教育处, a clerk."""
    from receptionapp.domain.roles import Role

    return {
        "leader": add_user(db, "leader", Role.LEADER),
        "office": add_user(db, "office", Role.OFFICE),
        "handler": add_user(db, "handler", Role.HANDLER, "基础教育处"),
        "clerk": add_user(db, "clerk", Role.CLERK),
    }


def unit_id(db: Database, name: str) -> int:
    from sqlalchemy import select

    from receptionapp.db.models import Unit

    with db.read() as session:
        return int(session.scalar(select(Unit.id).where(Unit.name == name)))


def make_registration(**overrides) -> RegistrationInput:
    """A valid walk-in registration; override any field."""
    person = overrides.pop(
        "person",
        PetitionerInput(name="张晓梅", id_number="11010519491231002X", phone="13812345678"),
    )
    values = dict(
        channel=Channel.VISIT,
        received_at=dt.datetime(2026, 11, 18, 9, 30),
        petitioners=[person],
        head_count=1,
        category="教育收费",
        region="城东区",
        unit="市第一中学",
        problem="学校以资料费名义向学生收取费用，每生三百元。",
        demand="请求退还违规收取的费用。",
    )
    values.update(overrides)
    return RegistrationInput(**values)


def travel(moment: dt.datetime):
    """Be at ``moment`` (the office's local time) meanwhile: the clock stands still there.

    A reception day is held on its date, so its steps are taken on that day.
    """
    import time_machine

    return time_machine.travel(moment.astimezone(), tick=False)


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a person with an input method would.

    ``qtbot.keyClicks`` cannot send Chinese (Qt's test library asserts on
    non-ASCII keys), so each character goes as a key event carrying its text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    """A scanned letter to attach."""
    path = tmp_path / "来信扫描件.pdf"
    path.write_bytes(b"%PDF-1.4\n% a scanned letter\n")
    return path


@pytest.fixture
def closed(db: Database, people: dict[str, Actor], data_paths: DataPaths, scan: Path):
    """A closed case with every paper: registration, talk, 批示, 交办 (hidden identity), 督办, 办结."""
    from tests.paper_case import build_closed_case

    return build_closed_case(db, people, data_paths, scan)
