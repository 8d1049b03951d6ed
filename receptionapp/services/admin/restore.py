"""Restore the database from a backup, and tell at start whether one is needed.

A backup file is checked before anything is touched: it must be an SQLite
file that passes ``PRAGMA integrity_check``, carry a schema this version
knows (a newer one is refused), and match its manifest when it has one. The
database it replaces is kept in ``<data>/backups`` first. A sound database
is overwritten through the online backup API (safe even if another program
has it open); a missing or corrupt one is set aside and replaced by a fresh
copy. Attachments the restored records need are brought back from the
backup folder's store. Nothing starts without room for both copies; a
restore that fails even so (a full or failing disk) removes what it
half-wrote and says where the replaced database is.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from receptionapp.db.database import Database
from receptionapp.db.migrate import alembic_config
from receptionapp.db.sqlite_files import (
    connect_read_only,
    copy_room,
    fsync_file,
    integrity_problems,
    looks_like_sqlite,
    online_copy,
    remove_copy,
    schema_revision,
    sha256_of,
    table_counts,
    unused_path,
)
from receptionapp.logging_setup import safe_error_text
from receptionapp.paths import DataPaths, make_folder
from receptionapp.services import audit
from receptionapp.services.admin.backup import (
    ATTACHMENT_STORE,
    BackupInfo,
    Progress,
    candidate_folders,
    copy_verified,
    list_backups,
    manifest_of,
    read_manifest,
)
from receptionapp.services.context import Actor, ServiceError
from receptionapp.services.faults import room_for, storage_fault

log = logging.getLogger(__name__)


class RestoreRefused(ServiceError):
    """The file is not a usable backup; nothing was changed."""


@dataclass(frozen=True)
class BackupCheck:
    """A backup file that passed the checks, with what it holds."""

    path: Path
    revision: str
    counts: dict[str, int]
    created_at: dt.datetime | None

    @property
    def cases(self) -> int:
        return self.counts.get("cases", 0)


@dataclass
class RestoreResult:
    check: BackupCheck
    kept_copy: Path | None
    attachments_restored: int = 0
    problems: list[str] = field(default_factory=list)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # only when a backup is checked: Alembic costs 0.2 s to import

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup_file(path: Path) -> BackupCheck:
    """The checked backup; RestoreRefused with a Chinese reason otherwise."""
    if not path.is_file():
        raise RestoreRefused(f"备份文件不存在：{path}")
    if not looks_like_sqlite(path):
        raise RestoreRefused(f"该文件不是接待系统的数据库备份：{path.name}")
    manifest: BackupInfo | None = read_manifest(manifest_of(path)) if manifest_of(path).is_file() else None
    if manifest is not None and (manifest.size != path.stat().st_size or manifest.sha256 != sha256_of(path)):
        raise RestoreRefused(f"备份文件与其校验记录不符，可能已损坏：{path.name}")
    try:
        with closing(connect_read_only(path)) as conn:
            problems = integrity_problems(conn)
            if problems:
                raise RestoreRefused(f"备份文件已损坏（{problems[0]}）：{path.name}")
            revision = schema_revision(conn)
            counts = table_counts(conn)
    except sqlite3.DatabaseError as error:
        raise RestoreRefused(f"备份文件无法读取（{error}）：{path.name}") from error
    if revision is None or "users" not in counts:
        raise RestoreRefused(f"该文件不是接待系统的数据库备份：{path.name}")
    if revision not in _known_revisions():
        raise RestoreRefused(
            f"该备份由更新版本的接待系统创建（结构版本 {revision}），当前程序无法使用。请安装新版本后再恢复。"
        )
    if manifest is not None and manifest.counts != counts:
        raise RestoreRefused(f"备份文件的记录数与其校验记录不符：{path.name}")
    created = manifest.created_at if manifest else dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupCheck(path, revision, counts, created.replace(microsecond=0))


# ---------------------------------------------------------------- the state at start


class DatabaseState(StrEnum):
    OK = "ok"
    NEW = "new"  # no database and no backup: a first start
    MISSING = "missing"  # no database, but backups exist
    CORRUPT = "corrupt"


@dataclass(frozen=True)
class StartupCheck:
    state: DatabaseState
    detail: str = ""
    check_later: bool = False  # a big file: quick_check runs after the window opens


# quick_check reads the whole file: about 3 s for 200,000 cases (900 MB). Bigger files
# get a light check at start (header, schema) and the full one in the background.
FULL_CHECK_AT_START_BYTES = 64 * 1024 * 1024


def startup_check(paths: DataPaths, full_limit: int = FULL_CHECK_AT_START_BYTES) -> StartupCheck:
    """Is the embedded database there and sound? (``PRAGMA quick_check`` up to ``full_limit`` bytes.)"""
    database = paths.database
    if not database.exists() or (database.is_file() and database.stat().st_size == 0):
        if any(list_backups(folder) for folder in candidate_folders(paths)):
            return StartupCheck(DatabaseState.MISSING, f"数据库文件不存在：{database}")
        return StartupCheck(DatabaseState.NEW)
    if not looks_like_sqlite(database):
        return StartupCheck(DatabaseState.CORRUPT, "数据库文件已损坏（不是有效的数据库文件）")
    try:
        full = database.stat().st_size <= full_limit
        with closing(sqlite3.connect(database, isolation_level=None, timeout=10)) as conn:
            problems = integrity_problems(conn, quick=True) if full else schema_problems(conn)
    except sqlite3.DatabaseError as error:
        message = str(error).lower()
        if "locked" in message or "busy" in message:
            return StartupCheck(DatabaseState.OK)  # in use: the normal opening explains that
        log.error("database unreadable: %s", error)
        return StartupCheck(DatabaseState.CORRUPT, "数据库文件已损坏，无法读取")
    if problems:
        log.error("quick_check: %s", problems[:20])
        return StartupCheck(DatabaseState.CORRUPT, f"数据库文件已损坏（完整性检查发现{len(problems)}处问题）")
    return StartupCheck(DatabaseState.OK, check_later=not full)


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """The light check of a big file: its header and schema read back (raises if unreadable)."""
    conn.execute("PRAGMA schema_version").fetchone()
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [] if {"cases", "users"} <= tables else ["缺少数据表"]


def background_check(
    paths: DataPaths, stop: Callable[[], bool] = lambda: False, every: int = 10_000
) -> list[str]:
    """``PRAGMA quick_check`` of the open database (run off the GUI thread after start).

    ``stop`` is asked every ``every`` steps of SQLite's machine: closing the app ends the check
    at once (it runs again at the next start) instead of waiting for the whole file.
    """
    try:
        with closing(sqlite3.connect(paths.database, isolation_level=None, timeout=30)) as conn:
            conn.set_progress_handler(lambda: 1 if stop() else 0, every)
            return integrity_problems(conn, quick=True)
    except sqlite3.DatabaseError as error:
        message = str(error).lower()
        if any(word in message for word in ("locked", "busy", "interrupted")):
            return []  # another writer held the file too long, or the app closed: the next start checks again
        return [str(error)]


def newest_good_backup(paths: DataPaths) -> BackupCheck | None:
    """The newest backup that passes every check, searching the chosen and the default folder."""
    candidates: list[tuple[dt.datetime, Path]] = []
    seen: set[Path] = set()
    for folder in candidate_folders(paths):
        for info in list_backups(folder):
            if info.path not in seen:
                seen.add(info.path)
                candidates.append((info.created_at, info.path))
    for _created, path in sorted(candidates, reverse=True):
        try:
            return check_backup_file(path)
        except RestoreRefused as refused:
            log.warning("skipping backup %s: %s", path, refused)
    return None


# ---------------------------------------------------------------- restoring


def _stamp(now: dt.datetime | None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def _set_aside(database: Path, folder: Path, label: str) -> Path:
    """Move a damaged database (and its -wal/-shm) out of the way, keeping every byte."""
    make_folder(folder)
    target = unused_path(folder / f"{database.stem}-{label}.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{database}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{target}{suffix}"))
    return target


def restore_backup(
    paths: DataPaths, source: Path, *, progress: Progress | None = None, now: dt.datetime | None = None
) -> RestoreResult:
    """Replace the database with the backup ``source``; the replaced one is kept in ``<data>/backups``."""
    report = progress or (lambda _done, _total, _message: None)
    report(0, 100, "正在检查备份文件…")
    check = check_backup_file(source)
    paths.ensure()
    database = paths.database
    state = startup_check(paths)
    kept: Path | None = None
    sound = state.state == DatabaseState.OK
    # A sound database is copied aside first; the backup then goes through its write-ahead log
    # (measured: 2.1 MB over 2.1 MB needs 4.2-4.6 MB free).
    needed = copy_room(database) + copy_room(source) if sound else copy_room(source)
    room_for("未恢复，原数据库未作改动", paths.root, needed)
    fresh = database.with_name(f".{database.name}.restoring")
    report(20, 100, "正在保存当前数据库…")
    try:
        if sound:
            kept = unused_path(paths.backups / f"{database.stem}-before-restore-{_stamp(now)}.sqlite3")
            online_copy(database, kept)
            report(40, 100, "正在恢复数据库…")
            with (
                closing(connect_read_only(source)) as src,
                closing(sqlite3.connect(database, isolation_level=None, timeout=30)) as dst,
            ):
                src.backup(dst, pages=1024)
        else:
            if database.exists():
                kept = _set_aside(database, paths.backups, f"damaged-{_stamp(now)}")
            report(40, 100, "正在恢复数据库…")
            remove_copy(fresh)  # left by a restore that failed before
            online_copy(source, fresh)
            fsync_file(fresh)
            os.replace(fresh, database)
    except (OSError, sqlite3.Error) as error:
        # A failed copy over the sound database was rolled back by SQLite; the half-written files go.
        remove_copy(fresh)
        log.warning("restore failed: %s", safe_error_text(error))
        if sound:
            unchanged = "原数据库未作改动" + (f"，其副本已另存于：{kept}" if kept and kept.exists() else "")
        else:
            unchanged = f"原数据库文件已另存于：{kept}" if kept else "数据库未作改动"
        fault = storage_fault(error, what=f"恢复未完成，{unchanged}", place=paths.root, needed=needed)
        if fault is not None:
            raise fault from error
        raise ServiceError(f"恢复未完成（{safe_error_text(error)}），{unchanged}") from error
    with closing(connect_read_only(database)) as conn:
        if table_counts(conn) != check.counts:
            raise ServiceError("恢复后的数据库与备份的记录数不一致，请勿使用，并联系系统管理员")
    report(70, 100, "正在恢复附件…")
    result = RestoreResult(check, kept)
    _restore_attachments(paths, source.parent / ATTACHMENT_STORE, result)
    report(100, 100, "恢复完成")
    log.info("restored %s (kept %s)", source, kept)
    return result


def _restore_attachments(paths: DataPaths, store: Path, result: RestoreResult) -> None:
    with closing(connect_read_only(paths.database)) as conn:
        try:
            rows = conn.execute("SELECT DISTINCT stored_name, sha256 FROM attachments").fetchall()
        except sqlite3.DatabaseError:
            return
    for name, sha in rows:
        target = paths.attachments / str(name)
        if target.is_file() or ".." in Path(str(name)).parts:
            continue
        origin = store / str(name)
        if origin.is_file() and copy_verified(origin, target, str(sha)):
            result.attachments_restored += 1
        else:
            result.problems.append(f"备份中也找不到完好的附件：{name}")


def record_restore(db: Database, actor: Actor | None, result: RestoreResult) -> None:
    """The restore in the restored database's own audit log (after it was brought up to date)."""
    created = f"{result.check.created_at:%Y-%m-%d %H:%M}" if result.check.created_at else "时间不详"
    with db.write() as session:
        audit.record(
            session,
            actor,
            "restore",
            "database",
            None,
            f"从备份恢复数据库：{result.check.path.name}（备份时间 {created}）",
            details={"backup": str(result.check.path), "kept_copy": str(result.kept_copy or "")},
        )
