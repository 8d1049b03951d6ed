"""The generated database the report tests share (built once per session, then only read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from receptionapp.db.database import Database
from receptionapp.domain.periods import month_period, quarter_period, year_period
from receptionapp.paths import DataPaths
from receptionapp.reports.statistics import Report, build_report
from receptionapp.services.admin import setup
from receptionapp.services.admin.auth import login
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.context import Actor
from tests.reports import report_data

PERIODS = [quarter_period(2026, 3), month_period(2026, 9), year_period(2025), year_period(2026)]


@pytest.fixture(scope="session")
def report_paths(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    return DataPaths(Path(tmp_path_factory.mktemp("reports")) / "data").ensure()


@pytest.fixture(scope="session")
def report_db(report_paths: DataPaths):
    """One generated database shared by the report tests, which only read it."""
    db = open_database(report_paths)
    admin = setup.initialize(db, "示例市教育局", "admin", "系统管理员", "secret123")
    leader = report_data.make_leader(db)
    with pytest.MonkeyPatch.context() as mp:
        report_data.freeze_today(mp)
        report_data.generate(db, admin, leader)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def reports(report_db: Database) -> dict[str, Report]:
    return {p.code: build_report(report_db, p, today=report_data.TODAY) for p in PERIODS}


@pytest.fixture(scope="session")
def report_admin(report_db: Database) -> Actor:
    return login(report_db, "admin", "secret123")
