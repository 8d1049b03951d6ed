"""The safety commands as an operator runs them: backup, restore, audit verify and export."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from receptionapp.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "receptionapp", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    assert main(["demo-data", "--data-dir", str(folder), "--cases", "120"]) == 0
    return folder


def _copy(demo: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "data"
    shutil.copytree(demo, target)
    return target


def _count(folder: Path, table: str) -> int:
    with sqlite3.connect(folder / "receptionapp.sqlite3") as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_then_restore_round_trip(demo: Path, tmp_path: Path, capsys) -> None:
    folder = _copy(demo, tmp_path)
    usb = tmp_path / "usb"
    assert main(["backup", "--data-dir", str(folder), "--to", str(usb)]) == 0
    out = capsys.readouterr().out
    assert "校验" in out and "120件事项" in out
    backup = next(usb.glob("receptionapp-*.sqlite3"))
    assert backup.with_suffix(".json").is_file()

    with sqlite3.connect(folder / "receptionapp.sqlite3") as conn:
        conn.execute("UPDATE cases SET problem = '备份后改过' WHERE id = 1")
        audit_before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    result = run("restore", str(backup), "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert "已从备份恢复" in result.stdout and "另存为" in result.stdout
    with sqlite3.connect(folder / "receptionapp.sqlite3") as conn:
        assert conn.execute("SELECT problem FROM cases WHERE id = 1").fetchone()[0] != "备份后改过"
        last = conn.execute("SELECT action, summary FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert last[0] == "restore" and backup.name in last[1]
    assert _count(folder, "audit_log") == audit_before + 1
    kept = list((folder / "backups").glob("*before-restore*.sqlite3"))
    assert len(kept) == 1
    check = run("check", "--data-dir", str(folder))
    assert check.returncode == 0, check.stderr


def test_restore_refuses_bad_files_clearly(demo: Path, tmp_path: Path) -> None:
    folder = _copy(demo, tmp_path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a backup" * 100)
    result = run("restore", str(junk), "--data-dir", str(folder))
    assert result.returncode == 1 and "不是接待系统的数据库备份" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run("restore", str(tmp_path / "none.sqlite3"), "--data-dir", str(folder))
    assert missing.returncode == 1 and "不存在" in missing.stderr


def test_backup_without_database(tmp_path: Path) -> None:
    result = run("backup", "--data-dir", str(tmp_path / "nothing"))
    assert result.returncode == 1 and "不存在" in result.stderr


def test_audit_verify_passes_then_names_the_tampered_entry(demo: Path, tmp_path: Path) -> None:
    folder = _copy(demo, tmp_path)
    ok = run("audit", "verify", "--data-dir", str(folder))
    assert ok.returncode == 0, ok.stderr
    assert "哈希链校验通过" in ok.stdout
    with sqlite3.connect(folder / "receptionapp.sqlite3") as conn:
        conn.execute("UPDATE audit_log SET summary = '篡改' WHERE id = 37")
    bad = run("audit", "verify", "--data-dir", str(folder))
    assert bad.returncode == 1
    assert "第37条" in bad.stderr and "序号 37" in bad.stderr


def test_audit_verify_finds_a_deleted_entry(demo: Path, tmp_path: Path) -> None:
    folder = _copy(demo, tmp_path)
    with sqlite3.connect(folder / "receptionapp.sqlite3") as conn:
        conn.execute("DELETE FROM audit_log WHERE id = 50")
    bad = run("audit", "verify", "--data-dir", str(folder))
    assert bad.returncode == 1 and "第51条" in bad.stderr  # the entry after the gap no longer links


def test_audit_verify_finds_cut_off_entries_through_the_backups(demo: Path, tmp_path: Path) -> None:
    """The chain alone cannot see its newest entries removed; the last backup remembers them."""
    folder = _copy(demo, tmp_path)
    assert main(["backup", "--data-dir", str(folder)]) == 0
    last = _count(folder, "audit_log")
    with sqlite3.connect(folder / "receptionapp.sqlite3") as conn:
        conn.execute("DELETE FROM audit_log WHERE id > ?", (last - 3,))
    bad = run("audit", "verify", "--data-dir", str(folder))
    assert bad.returncode == 1 and f"第{last}条" in bad.stderr and "删除" in bad.stderr


def test_audit_export_csv(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "审计日志.csv"
    result = run("audit", "export", "--out", str(out), "--data-dir", str(demo))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["序号", "时间", "操作人", "操作"]
    assert len(rows) - 1 == _count(demo, "audit_log")
    assert rows[1][3] == "初始化系统"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel on Windows needs the BOM
    bad_date = run("audit", "export", "--out", str(out), "--from", "2026/1/1", "--data-dir", str(demo))
    assert bad_date.returncode == 1 and "年-月-日" in bad_date.stderr
    one_case = run("audit", "export", "--out", str(out), "--case", "0001号", "--data-dir", str(demo))
    assert one_case.returncode == 0
    assert "已导出" in one_case.stdout


def test_audit_verify_on_missing_database(tmp_path: Path) -> None:
    result = run("audit", "verify", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 1 and "不存在" in result.stderr
