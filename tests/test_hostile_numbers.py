"""Hostile numbers at the command line: a message for a number out of range, never a traceback.

``holidays show 99999`` crashed (``ValueError: year 99999 is out of range``);
so did ``list-cases --limit`` and ``import-batches`` with a number past what
the database's integers hold, ``audit export --to 9999-12-31`` (a day after
the last date there is) and ``demo-data --days 100000000``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.domain.holiday_files import HolidayFileError, parse_holiday_file
from receptionapp.paths import DataPaths
from receptionapp.services.admin import audit_log
from receptionapp.services.context import Actor, ValidationFailed
from receptionapp.services.deadlines import holidays

HUGE = str(10**23)


def run(data_paths: DataPaths, *args: str) -> int:
    return main([*args, "--data-dir", str(data_paths.root)])


@pytest.mark.parametrize("year", ["99999", "-5", "0", "1999", "2101"])
def test_holidays_show_a_year_out_of_range(admin: Actor, data_paths: DataPaths, capsys, year: str) -> None:
    assert run(data_paths, "holidays", "show", year) == 2
    err = capsys.readouterr().err
    assert err == "错误：年份应在2000至2100之间\n"


def test_holidays_show_and_year_view_in_range(
    db: Database, admin: Actor, data_paths: DataPaths, capsys
) -> None:
    assert run(data_paths, "holidays", "show", "2027") == 0
    assert capsys.readouterr().out.startswith("2027年节假日安排")
    with pytest.raises(ValidationFailed) as refused:
        holidays.year_view(db, 99999)
    assert refused.value.errors == {"year": "年份应在2000至2100之间"}


def test_a_holiday_file_with_an_endless_year_or_too_big(
    admin: Actor, data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    with pytest.raises(HolidayFileError) as refused:
        parse_holiday_file(f"年份,{'9' * 5000}\n2027-01-01,休,元旦\n")
    assert refused.value.problems == [(1, "年份应为四位数字，如：年份,2027")]
    big = tmp_path / "2027.csv"
    big.write_bytes(b"# " + b"x" * (1024 * 1024) + b"\n")
    assert run(data_paths, "holidays", "import", str(big)) == 2
    assert "超过1MB" in capsys.readouterr().err


@pytest.mark.parametrize("limit", [HUGE, str(2**63), "0", "-1"])
def test_list_cases_limit(admin: Actor, data_paths: DataPaths, capsys, limit: str) -> None:
    assert run(data_paths, "list-cases", "--limit", limit) == 2
    assert capsys.readouterr().err == "错误：--limit 应在1至10000000之间\n"


@pytest.mark.parametrize("batch", [HUGE, str(2**31), "-1", "0"])
def test_import_batches_number(admin: Actor, data_paths: DataPaths, capsys, batch: str) -> None:
    assert run(data_paths, "import-batches", batch) == 1
    assert capsys.readouterr().err == f"错误：没有第{batch}批导入\n"


@pytest.mark.parametrize("days", ["100000000", "7321", "0"])
def test_demo_data_days(data_paths: DataPaths, capsys, days: str) -> None:
    assert run(data_paths, "demo-data", "--cases", "1", "--days", days) == 2
    assert "--days 应在1至7320之间" in capsys.readouterr().err


def test_the_audit_filter_to_the_last_day_there_is(
    db: Database, admin: Actor, data_paths: DataPaths, capsys
) -> None:
    everything = audit_log.count_entries(db, admin, audit_log.AuditFilter())
    last = audit_log.AuditFilter(date_from=dt.date.min, date_to=dt.date.max)
    assert audit_log.count_entries(db, admin, last) == everything
    assert len(audit_log.list_entries(db, admin, last)) == everything
    out = data_paths.root / "审计.csv"
    assert (
        run(data_paths, "audit", "export", "--out", str(out), "--from", "0001-01-01", "--to", "9999-12-31")
        == 0
    )
    assert f"已导出{everything}条" in capsys.readouterr().out
