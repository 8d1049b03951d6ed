"""What the app finds around it: a read-only data folder, another program's database, other users, a locked account.

* A data folder that cannot be written: the GUI says, before any window,
  the sentence the command line prints (it crashed opening its log file).
* A SQLite file written by another program is not this app's database: it
  is refused untouched (it was called "locked by another program" because a
  ``CREATE TABLE`` text said "locked", or quietly given this app's tables).
* On POSIX what the app writes is its user's only: the data folder and its
  folders 0700, the database with its -wal and -shm, backups (also in a
  folder the admin chose, open to all), exports, printouts and logs 0600.
* A 15-minute lock-out says 15 minutes, not 16.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.logging_setup import logging_to
from receptionapp.paths import DataPaths
from receptionapp.reports.export import export_ledger
from receptionapp.services.admin import audit_log, auth
from receptionapp.services.admin.auth import LoginFailed
from receptionapp.services.admin.backup import create_backup
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor
from receptionapp.ui.app import run_gui
from receptionapp.ui.printing import save_printout
from tests.conftest import ADMIN_PASSWORD, make_registration, sqlite_only
from tests.diskkit import deny_writes

POSIX = pytest.mark.skipif(
    os.name == "nt", reason="POSIX modes; on Windows the profile folder's ACL (README)"
)


def _error_line(err: str) -> str:
    [line] = [line for line in err.splitlines() if line.startswith("错误：")]
    return line.removeprefix("错误：")


def _gui_says(monkeypatch, paths: DataPaths) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own; restore after
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    assert run_gui(paths) == 1
    return shown


# ---------------------------------------------------------------- a data folder that cannot be written


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (errno.EROFS, "磁盘只读：数据文件夹无法写入，未打开数据库。“{root}”所在的磁盘或文件夹是只读的"),
        (errno.EACCES, "没有写入权限：数据文件夹无法写入，未打开数据库。当前账号不能写入“{root}”"),
    ],
)
def test_a_data_folder_that_cannot_be_written_gets_the_same_sentence_on_screen(
    qapp, tmp_path: Path, monkeypatch, capsys, code: int, sentence: str
) -> None:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).dispose()  # an installed app; then its disk became read-only
    deny_writes(monkeypatch, paths.root, code)
    shown = _gui_says(monkeypatch, paths)  # it used to crash opening its log file, before any window
    assert main(["list-cases", "--data-dir", str(paths.root)]) == 1
    said = _error_line(capsys.readouterr().err)
    assert said.startswith(sentence.format(root=paths.root))
    assert shown == [("无法使用数据文件夹", said)]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="folder modes do not stop root")
def test_a_data_folder_without_write_permission(qapp, tmp_path: Path, monkeypatch, capsys) -> None:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).dispose()
    paths.root.chmod(0o500)
    try:
        shown = _gui_says(monkeypatch, paths)
        assert main(["list-cases", "--data-dir", str(paths.root)]) == 1
        said = _error_line(capsys.readouterr().err)
        assert said.startswith("没有写入权限：数据文件夹无法写入，未打开数据库。")
        assert shown == [("无法使用数据文件夹", said)]
    finally:
        paths.root.chmod(0o700)


# ---------------------------------------------------------------- another program's database


@sqlite_only("a SQLite file written by another program")
@pytest.mark.parametrize(
    ("schema", "tables"),
    [
        ("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, locked INTEGER DEFAULT 0)", "users"),
        ("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "notes"),
    ],
)
def test_another_programs_database_is_refused_untouched(
    qapp, tmp_path: Path, monkeypatch, capsys, schema: str, tables: str
) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    with sqlite3.connect(paths.database) as conn:
        conn.execute(schema)
        conn.execute(f"INSERT INTO {tables} (id) VALUES (1)")
    paths.database.chmod(0o644)
    before = paths.database.read_bytes()
    assert main(["list-cases", "--data-dir", str(paths.root)]) == 1
    said = _error_line(capsys.readouterr().err)
    assert said == (
        f"文件“{paths.database}”不是接待系统的数据库：其中已有其他程序的数据表（{tables}）。"
        "为免改动其他程序的数据，未打开也未作任何修改。请检查数据文件夹或数据库地址是否选错。"
    )
    [(title, text)] = _gui_says(monkeypatch, paths)
    assert title == "无法打开数据库" and text.startswith(said)
    assert paths.database.read_bytes() == before  # not a byte changed, not even its journal mode
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o644 or os.name == "nt"
    with sqlite3.connect(paths.database) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == [tables]


# ---------------------------------------------------------------- files only their user can read


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(folder: Path) -> dict[str, int]:
    found = {
        p.relative_to(folder).as_posix() + ("/" if p.is_dir() else ""): _mode(p) for p in folder.rglob("*")
    }
    return {".": _mode(folder), **found}


def _open_to_others(folder: Path) -> dict[str, str]:
    return {name: oct(mode) for name, mode in _modes(folder).items() if mode & 0o077}


@pytest.fixture
def loose_umask():
    """The umask most systems give: files 0644, folders 0755."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@POSIX
@pytest.mark.usefixtures("loose_umask")
def test_what_the_commands_write_only_their_user_can_read(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    assert main(["demo-data", "--data-dir", str(data), "--cases", "30"]) == 0
    usb = tmp_path / "usb"
    usb.mkdir(mode=0o755)  # the folder the admin chose, open to everyone on the PC
    assert main(["backup", "--data-dir", str(data), "--to", str(usb)]) == 0
    exports = tmp_path / "exports"
    exports.mkdir(mode=0o755)
    year = str(dt.date.today().year)
    assert (
        main(["ledger", "--period", year, "--out", str(exports / "台账.xlsx"), "--data-dir", str(data)]) == 0
    )
    assert (
        main(["report", "--period", year, "--out", str(exports / "报表.pdf"), "--data-dir", str(data)]) == 0
    )
    assert main(["audit", "export", "--out", str(exports / "审计.csv"), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["list-cases", "--status", "closed", "--limit", "1", "--data-dir", str(data)]) == 0
    number = capsys.readouterr().out.strip()
    assert main(["archive", number, "--out", str(exports / "归档"), "--data-dir", str(data)]) == 0

    assert _open_to_others(data) == {}
    assert _open_to_others(usb) == {".": "0o755"}  # the admin's own folder is left as it is
    assert _open_to_others(exports) == {".": "0o755"}
    assert (data / "receptionapp.sqlite3").is_file() and any(usb.glob("*.json"))


@POSIX
@pytest.mark.usefixtures("loose_umask")
def test_the_services_write_private_files_whatever_the_umask(tmp_path: Path, qapp) -> None:
    paths = DataPaths(tmp_path / "data")
    db = open_database(paths)
    try:
        admin = _initialized(db)
        intake.register_case(db, admin, make_registration())
        database = paths.database
        assert _mode(paths.root) == 0o700
        for part in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            assert _mode(part) == 0o600, part.name
        with logging_to(paths.logs) as log_file:
            assert log_file is not None and _mode(log_file) == 0o600
        usb = tmp_path / "usb"
        usb.mkdir(mode=0o755)
        info = create_backup(db, paths, usb).info
        assert _mode(info.path) == 0o600 and _mode(info.manifest) == 0o600
        exports = tmp_path / "exports"
        exports.mkdir(mode=0o755)
        export_ledger(db, admin, "2026", exports / "台账.xlsx")
        audit_log.export_csv(db, admin, audit_log.AuditFilter(), exports / "审计.csv")
        printout = save_printout(paths.root, "交办单 交办〔2026〕0001号", b"%PDF-1.4\n")
        assert _open_to_others(exports) == {".": "0o755"} and len(list(exports.iterdir())) == 2
        assert _mode(printout) == 0o600 and _mode(printout.parent) == 0o700
        assert _open_to_others(paths.root) == {}
    finally:
        db.dispose()


@POSIX
@pytest.mark.usefixtures("loose_umask")
def test_an_older_world_readable_data_folder_is_closed_at_the_next_start(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).dispose()
    for path in (paths.root, *paths.root.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    open_database(paths).dispose()
    assert _mode(paths.root) == 0o700 and _mode(paths.database) == 0o600


def _initialized(db: Database) -> Actor:
    from receptionapp.services.admin import setup

    return setup.initialize(db, "某市教育局", "admin", "系统管理员", ADMIN_PASSWORD)


# ---------------------------------------------------------------- the lock-out


def test_a_fifteen_minute_lock_out_says_fifteen_minutes(db: Database, admin: Actor, monkeypatch) -> None:
    locked_at = dt.datetime(2026, 11, 24, 9, 0, 0)
    clock = [locked_at]
    monkeypatch.setattr(auth, "now", lambda: clock[0])
    for _ in range(auth.MAX_FAILURES - 1):
        with pytest.raises(LoginFailed, match="再错"):
            auth.login(db, "admin", "wrong-password1")
    with pytest.raises(LoginFailed, match=r"^密码错误次数过多，账号已锁定15分钟$"):
        auth.login(db, "admin", "wrong-password1")
    for after, minutes in ((0, 15), (1, 15), (59, 15), (60, 14), (14 * 60, 1), (15 * 60 - 1, 1)):
        clock[0] = locked_at + dt.timedelta(seconds=after)
        with pytest.raises(LoginFailed) as refused:
            auth.login(db, "admin", ADMIN_PASSWORD)
        assert str(refused.value) == f"密码错误次数过多，账号已锁定，请{minutes}分钟后再试或联系管理员", after
    clock[0] = locked_at + dt.timedelta(minutes=15)
    assert auth.login(db, "admin", ADMIN_PASSWORD).username == "admin"
