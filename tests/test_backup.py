"""Backups: consistent while writing, verified, rotated, attachments copied once; restore round trip."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from receptionapp.db import sqlite_files
from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.services.admin import backup
from receptionapp.services.admin.backup import BackupFailed, create_backup, list_backups
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.admin.restore import (
    DatabaseState,
    RestoreRefused,
    background_check,
    check_backup_file,
    newest_good_backup,
    restore_backup,
    startup_check,
)
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor, PermissionDenied, ValidationFailed
from tests.conftest import make_registration, sqlite_only

T0 = dt.datetime(2026, 11, 20, 18, 0)


def counts_of(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return sqlite_files.table_counts(conn)


def scan(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


# Backups copy the SQLite file with its online backup API; a server is backed up with pg_dump.
pytestmark = sqlite_only("backups of the SQLite file")


@pytest.fixture
def filled(db: Database, admin: Actor, data_paths: DataPaths, tmp_path: Path) -> Database:
    files = [scan(tmp_path, "信件.pdf", b"%PDF letter " * 100), scan(tmp_path, "照片.jpg", b"\xff\xd8 photo")]
    intake.register_case(db, admin, make_registration(), files, data_paths.attachments)
    for _ in range(3):
        intake.register_case(db, admin, make_registration())
    return db


def test_backup_is_verified_and_restores_round_trip(
    filled: Database, admin: Actor, data_paths: DataPaths, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    result = create_backup(filled, data_paths, usb, now=T0)
    info = result.info
    assert info.path == usb / "receptionapp-20261120-180000.sqlite3"
    assert info.cases == 4 and info.attachments == 2 and result.copied_attachments == 2
    assert info.counts == counts_of(data_paths.database)
    assert info.counts["audit_log"] == 5 and info.counts["case_search"] == 4
    assert info.sha256 == sqlite_files.sha256_of(info.path)
    assert list_backups(usb) == [info]
    assert not list(usb.glob(".*"))  # no half-written files left
    assert (usb / "receptionapp-20261120-180000.sqlite3-wal").exists() is False

    # Work goes on after the backup, then an attachment file is lost from the data folder.
    intake.register_case(filled, admin, make_registration(problem="备份之后登记的事项，恢复后应不在库中。"))
    lost = next(data_paths.attachments.rglob("*.pdf"))
    lost.unlink()
    after_backup = counts_of(data_paths.database)

    restored = restore_backup(data_paths, info.path)
    assert counts_of(data_paths.database) == info.counts
    assert restored.attachments_restored == 1 and lost.is_file() and not restored.problems
    assert restored.kept_copy is not None and counts_of(restored.kept_copy) == after_backup
    db = open_database(data_paths)
    from receptionapp.services.admin.check import check_database

    assert check_database(db) == []
    db.dispose()


def test_backup_is_consistent_while_another_connection_writes(
    filled: Database, admin: Actor, data_paths: DataPaths, monkeypatch
) -> None:
    # Copy in small steps so the writer certainly commits between them.
    monkeypatch.setattr(sqlite_files, "COPY_STEP_PAGES", 1)
    for _ in range(20):
        intake.register_case(filled, admin, make_registration())
    stop = threading.Event()
    written: list[str] = []
    committed = threading.Condition()

    def writer() -> None:
        while not stop.is_set():
            number = intake.register_case(filled, admin, make_registration()).number
            with committed:
                written.append(number)
                committed.notify_all()

    def during_copy(done: int, total: int, message: str) -> None:
        seen.append((done, len(written)))
        if 0 < done < 60 and len(seen) % 10 == 0:
            # Hold the copy until the writer has committed once more: writers must not wait for backups.
            with committed:
                target = len(written) + 1
                assert committed.wait_for(lambda: len(written) >= target, timeout=30), "writer blocked"

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        seen: list[tuple[int, int]] = []  # (percent, cases written so far)
        result = create_backup(filled, data_paths, progress=during_copy)
    finally:
        stop.set()
        thread.join()
    copying = [n for done, n in seen if 0 < done < 60]
    assert copying and copying[-1] > copying[0], "no case was committed while the copy ran"
    counts = counts_of(result.info.path)
    assert counts == result.info.counts
    # Whole transactions only: every case has its index row, its petitioner and its audit entry.
    assert counts["cases"] == counts["case_search"] == counts["petitioners"] == counts["audit_log"] - 1
    assert counts["cases"] < counts_of(data_paths.database)["cases"]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and seen[-1][0] == 100


def test_attachments_are_copied_once_and_checked(filled: Database, data_paths: DataPaths) -> None:
    first = create_backup(filled, data_paths, now=T0)
    second = create_backup(filled, data_paths, now=T0 + dt.timedelta(hours=1))
    assert (first.copied_attachments, second.copied_attachments) == (2, 0)
    # A file changed on disk after it was registered is reported, not backed up as if sound.
    store = data_paths.backups / backup.ATTACHMENT_STORE
    for copy in store.rglob("*.pdf"):
        copy.unlink()
    damaged = next(data_paths.attachments.rglob("*.pdf"))
    damaged.write_bytes(b"overwritten")
    third = create_backup(filled, data_paths, now=T0 + dt.timedelta(hours=2))
    assert third.copied_attachments == 0
    assert len(third.problems) == 1 and "损坏" in third.problems[0]
    assert not list(store.rglob("*.pdf"))


def test_a_copy_that_does_not_verify_is_not_a_backup(
    filled: Database, data_paths: DataPaths, monkeypatch
) -> None:
    real = backup.table_counts

    def lying(conn: sqlite3.Connection) -> dict[str, int]:
        counts = real(conn)
        counts["cases"] += 1
        return counts

    monkeypatch.setattr(backup, "table_counts", lying)
    with pytest.raises(BackupFailed, match="记录数"):
        create_backup(filled, data_paths, now=T0)
    assert list(data_paths.backups.iterdir()) == []


def test_rotation_keeps_7_daily_4_weekly_12_monthly(filled: Database, data_paths: DataPaths) -> None:
    start = dt.datetime(2025, 9, 1, 17, 0)
    for day in range(0, 450, 3):  # every third day for fifteen months
        create_backup(filled, data_paths, now=start + dt.timedelta(days=day), rotate=False)
    create_backup(filled, data_paths, now=start + dt.timedelta(days=448, hours=2))
    kept = list_backups(data_paths.backups)
    from receptionapp.domain.backup_policy import backups_to_keep

    every = [start + dt.timedelta(days=d) for d in range(0, 450, 3)] + [
        start + dt.timedelta(days=448, hours=2)
    ]
    assert {b.created_at for b in kept} == backups_to_keep(every)
    assert len(list(data_paths.backups.glob("*.sqlite3"))) == len(kept)
    assert len(list(data_paths.backups.glob("*.json"))) == len(kept)


def test_rotation_leaves_other_files_alone(filled: Database, data_paths: DataPaths) -> None:
    other = data_paths.backups / "receptionapp-before-upgrade-0002-20250101-000000.sqlite3"
    other.write_bytes(b"x")
    mine = data_paths.backups / "我的笔记.txt"
    mine.write_text("保留", encoding="utf-8")
    for day in range(12):
        create_backup(filled, data_paths, now=T0 + dt.timedelta(days=day))
    assert other.exists() and mine.exists()


def test_backup_folder_setting(db: Database, admin: Actor, data_paths: DataPaths, tmp_path: Path) -> None:
    from receptionapp.domain.roles import Role
    from receptionapp.services.admin import users
    from receptionapp.services.admin.auth import login

    assert backup.backup_folder(db, data_paths) == data_paths.backups
    chosen = backup.set_backup_folder(db, data_paths, admin, str(tmp_path / "E盘" / "信访备份"))
    assert chosen.is_dir() and backup.backup_folder(db, data_paths) == chosen
    assert backup.candidate_folders(data_paths) == [chosen, data_paths.backups]
    with pytest.raises(ValidationFailed):
        backup.set_backup_folder(db, data_paths, admin, "relative/folder")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(ValidationFailed, match="无法写入"):
        backup.set_backup_folder(db, data_paths, admin, str(blocker / "sub"))
    users.create_user(db, admin, users.UserInput("office1", "办公室甲", Role.OFFICE, None, "temp-pass-1"))
    with pytest.raises(PermissionDenied):
        backup.set_backup_folder(db, data_paths, login(db, "office1", "temp-pass-1"), str(tmp_path))


def test_server_databases_are_not_backed_up_here(data_paths: DataPaths) -> None:
    class Server:
        is_sqlite = False

    with pytest.raises(BackupFailed, match="pg_dump"):
        create_backup(Server(), data_paths)  # type: ignore[arg-type]


# ---------------------------------------------------------------- restore refuses bad files


def _refused(data_paths: DataPaths, path: Path, fragment: str) -> None:
    before = data_paths.database.read_bytes()
    with pytest.raises(RestoreRefused, match=fragment):
        restore_backup(data_paths, path)
    assert data_paths.database.read_bytes() == before


def test_restore_refuses_what_is_not_a_good_backup(
    filled: Database, data_paths: DataPaths, tmp_path: Path
) -> None:
    filled.dispose()
    good = create_backup(open_database(data_paths), data_paths, now=T0).info
    _refused(data_paths, tmp_path / "none.sqlite3", "不存在")
    _refused(data_paths, scan(tmp_path, "note.sqlite3", "不是数据库".encode() * 100), "不是")

    tampered = tmp_path / "tampered" / good.path.name
    tampered.parent.mkdir()
    tampered.write_bytes(good.path.read_bytes())
    good.manifest.rename(tampered.with_suffix(".json"))
    with sqlite3.connect(tampered) as conn:
        conn.execute("UPDATE cases SET problem = '改过'")
    _refused(data_paths, tampered, "校验记录不符")

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.path.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    _refused(data_paths, newer, "更新版本")

    broken = tmp_path / "broken.sqlite3"
    raw = bytearray(good.path.read_bytes())
    raw[4096 * 3 : 4096 * 3 + 2000] = b"\x07" * 2000  # damage a page in the middle
    broken.write_bytes(bytes(raw))
    _refused(data_paths, broken, "损坏|无法读取")


def test_restore_over_a_corrupt_or_missing_database(filled: Database, data_paths: DataPaths) -> None:
    info = create_backup(filled, data_paths, now=T0).info
    filled.dispose()
    garbage = b"\x00garbage" * 500
    data_paths.database.write_bytes(garbage)
    assert startup_check(data_paths).state == DatabaseState.CORRUPT
    result = restore_backup(data_paths, info.path)
    assert result.kept_copy is not None and result.kept_copy.read_bytes() == garbage
    assert startup_check(data_paths).state == DatabaseState.OK
    assert counts_of(data_paths.database) == info.counts

    data_paths.database.unlink()
    assert startup_check(data_paths).state == DatabaseState.MISSING
    newest = newest_good_backup(data_paths)
    assert newest is not None and newest.path == info.path and newest.cases == 4
    restore_backup(data_paths, newest.path)
    assert counts_of(data_paths.database) == info.counts


def test_startup_check_states(data_paths: DataPaths, tmp_path: Path) -> None:
    assert startup_check(data_paths).state == DatabaseState.NEW
    db = open_database(data_paths)
    assert startup_check(data_paths).state == DatabaseState.OK
    db.dispose()


def test_a_big_database_is_checked_fully_after_start(filled: Database, data_paths: DataPaths) -> None:
    filled.dispose()
    light = startup_check(data_paths, full_limit=0)  # every file counts as big
    assert light.state == DatabaseState.OK and light.check_later
    assert background_check(data_paths) == []
    assert not startup_check(data_paths).check_later  # a small file is checked fully at start

    raw = bytearray(data_paths.database.read_bytes())
    raw[4096 * 3 : 4096 * 3 + 2000] = b"\x07" * 2000  # a damaged table page, not the schema
    data_paths.database.write_bytes(bytes(raw))
    assert startup_check(data_paths, full_limit=0).state == DatabaseState.OK  # the light check passes
    assert background_check(data_paths)
    assert startup_check(data_paths).state == DatabaseState.CORRUPT


def test_the_background_check_stops_when_asked(filled: Database, data_paths: DataPaths) -> None:
    asked = []

    def stop() -> bool:
        asked.append(1)
        return True  # the app is closing

    assert (
        background_check(data_paths, stop, every=10) == []
    )  # interrupted: nothing found, checked next start
    assert asked


def test_newest_good_backup_skips_damaged_ones(filled: Database, data_paths: DataPaths) -> None:
    older = create_backup(filled, data_paths, now=T0).info
    newer = create_backup(filled, data_paths, now=T0 + dt.timedelta(days=1)).info
    raw = bytearray(newer.path.read_bytes())
    raw[5000:5100] = b"\x01" * 100
    newer.path.write_bytes(bytes(raw))
    found = newest_good_backup(data_paths)
    assert found is not None and found.path == older.path
    assert check_backup_file(older.path).created_at == T0
