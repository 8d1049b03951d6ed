"""The headless commands as an operator runs them: demo-data, list-cases, check.

Tests that take ``database_url`` run on PostgreSQL when the suite does (the
CLI finds the server through RECEPTIONAPP_DB_URL); the others are about the
SQLite file.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from receptionapp.cli import main
from receptionapp.db.database import Database
from tests.conftest import sqlite_only


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "receptionapp", *args], capture_output=True, text=True, timeout=300
    )


def test_demo_data_then_list_and_check(tmp_path: Path, database_url: str | None) -> None:
    folder = str(tmp_path / "data")
    result = run("demo-data", "--data-dir", folder, "--cases", "300")
    assert result.returncode == 0, result.stderr
    assert "生成300件" in result.stdout

    listing = run("list-cases", "--data-dir", folder, "--limit", "5")
    numbers = listing.stdout.split()
    assert listing.returncode == 0 and len(numbers) == 5
    assert all("〔" in n and n.endswith("号") for n in numbers)

    everything = run("--data-dir", folder, "list-cases").stdout.split()
    assert len(everything) == 300 and len(set(everything)) == 300
    closed = run("list-cases", "--data-dir", folder, "--status", "closed").stdout.split()
    overdue = run("list-cases", "--data-dir", folder, "--status", "overdue").stdout.split()
    opened = run("list-cases", "--data-dir", folder, "--status", "open").stdout.split()
    assert closed and opened and set(overdue) <= set(opened)
    assert not set(closed) & set(opened)

    check = run("check", "--data-dir", folder)
    assert check.returncode == 0, check.stderr
    assert "检查通过" in check.stdout


def test_list_cases_newest_first(tmp_path: Path, capsys, database_url: str | None) -> None:
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "demo-data", "--cases", "40"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "list-cases"]) == 0
    numbers = capsys.readouterr().out.split()
    db = Database(database_url or f"sqlite:///{Path(folder) / 'receptionapp.sqlite3'}")
    with db.read() as session:
        order = list(session.scalars(text("SELECT number FROM cases ORDER BY received_at DESC, id DESC")))
    db.dispose()
    assert numbers == order


@sqlite_only("foreign keys switched off in the SQLite file")
def test_check_fails_clearly_on_a_broken_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo-data", "--data-dir", str(folder), "--cases", "20").returncode == 0
    with sqlite3.connect(folder / "receptionapp.sqlite3") as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE petitioners SET person_id = 999999 WHERE rowid = 1")
    result = run("check", "--data-dir", str(folder))
    assert result.returncode == 1
    assert "外键" in result.stderr


def test_check_on_missing_or_garbage_database(tmp_path: Path) -> None:
    missing = run("check", "--data-dir", str(tmp_path / "none"))
    assert missing.returncode == 1 and "不存在" in missing.stderr
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "receptionapp.sqlite3").write_bytes(b"garbage" * 1000)
    garbage = run("check", "--data-dir", str(folder))
    assert garbage.returncode == 1 and "错误" in garbage.stderr
    assert "Traceback" not in garbage.stderr


def test_check_detects_tampered_audit_log(tmp_path: Path, database_url: str | None) -> None:
    folder = tmp_path / "data"
    assert run("demo-data", "--data-dir", str(folder), "--cases", "10").returncode == 0
    db = Database(database_url or f"sqlite:///{folder / 'receptionapp.sqlite3'}")
    with db.write() as session:
        session.execute(text("UPDATE audit_log SET summary = '篡改' WHERE id = 3"))
    db.dispose()
    result = run("check", "--data-dir", str(folder))
    assert result.returncode == 1 and "第3条审计记录" in result.stderr


def test_bad_arguments_exit_nonzero(tmp_path: Path) -> None:
    assert run("demo-data", "--data-dir", str(tmp_path), "--cases", "0").returncode == 2
    assert run("list-cases", "--status", "nonsense").returncode == 2


def test_holidays_import_headless(tmp_path: Path, capsys) -> None:
    folder = str(tmp_path / "data")
    assert main(["demo-data", "--data-dir", folder, "--cases", "5"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("年份,2027\n2027-02-30,休\n2027-01-01,咋\n", encoding="gb18030")
    capsys.readouterr()
    assert main(["holidays", "import", str(bad), "--data-dir", folder]) == 1
    err = capsys.readouterr().err
    assert "第2行" in err and "不存在" in err and "第3行" in err and "未做任何修改" in err
    good = tmp_path / "2027.json"
    good.write_text('{"year": 2027, "notice": "国办发明电〔2026〕9号", "off": ["2027-01-01"], "work": []}')
    assert main(["holidays", "import", str(good), "--data-dir", folder]) == 0
    assert "已导入2027年" in capsys.readouterr().out
    assert main(["holidays", "show", "2027", "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert "已录入" in out and "2027-01-01\t放假" in out
    assert main(["holidays", "import", str(tmp_path / "missing.csv"), "--data-dir", folder]) == 2


def test_commands_on_an_unreachable_server_explain_in_chinese(tmp_path: Path) -> None:
    url = "postgresql+psycopg://clerk@127.0.0.1:1/reception"  # nothing listens on port 1
    for args in (("check",), ("list-cases",)):
        result = run(*args, "--data-dir", str(tmp_path), "--db-url", url)
        assert result.returncode == 1
        assert "无法连接数据库服务器" in result.stderr and "Traceback" not in result.stderr


@sqlite_only("the files of this PC's data folder")
def test_check_finds_missing_or_changed_files(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo-data", "--cases", "200"]) == 0
    letters = sorted((folder / "letters").rglob("*.pdf"))
    images = sorted((folder / "images").rglob("*.png"))
    assert letters and images, "demo data signs a few letters with the demo seal"
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "check"]) == 0
    assert "检查通过" in capsys.readouterr().out

    letters[0].write_bytes(letters[0].read_bytes() + b"%")  # one letter changed on disk
    assert main(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "签发文书文件缺失或已被改动" in err and "请从备份恢复" in err
    letters[0].unlink()
    for image in images:
        image.unlink()
    assert main(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "签发文书" in err and "印章和签名图片" in err
