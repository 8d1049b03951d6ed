"""Backups of the embedded database and its attachments, verified and rotated.

A backup is ``receptionapp-YYYYMMDD-HHMMSS.sqlite3`` in the chosen folder
(the ``backup_folder`` setting, default ``<data>/backups``; a second disk or
a USB drive), made with SQLite's online backup API while the app runs, and a
``.json`` manifest beside it written only after the copy was verified: the
file passes ``PRAGMA integrity_check``, holds the same record counts and
schema as the database at that moment, and every attachment it refers to is
in the folder's ``attachments`` store (content-addressed like the data
folder's, so only new files are copied). A copy without its manifest is not
a backup. Old backups are thinned out by ``domain.backup_policy``.

A backup that cannot be finished (a full USB drive, a read-only folder)
leaves nothing behind but the attachments it already copied and verified:
the half-written copy, its journal and its manifest are removed, and the
message says how much room a backup needs. Backup files are this user's only
(0600 on POSIX), whatever the chosen folder's own permissions.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict, dataclass, field
from pathlib import Path

from receptionapp import __version__
from receptionapp.db.database import Database
from receptionapp.db.sqlite_files import (
    connect_read_only,
    copy_room,
    fsync_file,
    integrity_problems,
    online_copy,
    remove_copy,
    schema_revision,
    sha256_of,
    table_counts,
)
from receptionapp.domain.backup_policy import Retention, backups_to_keep
from receptionapp.domain.roles import CAN_MANAGE_BACKUPS
from receptionapp.logging_setup import safe_error_text
from receptionapp.paths import DataPaths, make_folder, private_file
from receptionapp.services import settings
from receptionapp.services.chosen_paths import PathRefused, chosen_folder
from receptionapp.services.context import Actor, ServiceError, ValidationFailed, require
from receptionapp.services.faults import room_for, storage_fault

log = logging.getLogger(__name__)

# The chosen folder is also written here, so start-up recovery finds it when the database cannot be read.
LOCATION_FILE = "backup_location.txt"
ATTACHMENT_STORE = "attachments"
PREFIX = "receptionapp-"
NAME = re.compile(r"^receptionapp-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
STAMP = "%Y%m%d-%H%M%S"

# Called with (percent done, 100, what is happening in Chinese).
Progress = Callable[[int, int, str], None]


class BackupFailed(ServiceError):
    """The backup could not be made or did not verify; nothing was left behind as a backup."""


NOT_BACKED_UP = "备份未完成，原数据未受影响"


@dataclass(frozen=True)
class BackupInfo:
    """What a manifest says about one verified backup."""

    path: Path
    created_at: dt.datetime
    schema_revision: str | None
    app_version: str
    counts: dict[str, int]
    sha256: str
    size: int
    attachments: int
    audit_last_id: int | None = None
    audit_last_hash: str = ""

    @property
    def cases(self) -> int:
        return self.counts.get("cases", 0)

    @property
    def manifest(self) -> Path:
        return manifest_of(self.path)


@dataclass
class BackupResult:
    info: BackupInfo
    copied_attachments: int = 0
    problems: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def manifest_of(backup: Path) -> Path:
    return backup.with_suffix(".json")


# ---------------------------------------------------------------- the folder


def backup_folder(db: Database, paths: DataPaths) -> Path:
    """The folder the admin chose, else ``<data>/backups``."""
    chosen = settings.get(db, settings.BACKUP_FOLDER).strip()
    return Path(chosen) if chosen else paths.backups


def location_file_folder(paths: DataPaths) -> Path | None:
    """The chosen folder as last mirrored beside the database (for start-up recovery)."""
    try:
        text = (paths.root / LOCATION_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text else None


def candidate_folders(paths: DataPaths) -> list[Path]:
    """Where backups may be found without reading the database: the chosen folder first."""
    folders = [paths.backups]
    chosen = location_file_folder(paths)
    if chosen is not None and chosen != paths.backups:
        folders.insert(0, chosen)
    return folders


def folder_problem(folder: Path) -> str | None:
    """Why backups cannot be written to ``folder``, or None."""
    if not folder.is_absolute():
        return "请选择完整的文件夹路径（如 E:\\信访备份）"
    try:
        folder = chosen_folder(folder)  # made when missing; a file, a device or a dangling link is refused
    except PathRefused as refused:
        return str(refused)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as error:
        fault = storage_fault(error, what="无法写入该文件夹", place=folder)
        return str(fault) if fault else f"无法写入该文件夹：{error.strerror or type(error).__name__}"
    return None


def set_backup_folder(db: Database, paths: DataPaths, actor: Actor, folder: str) -> Path:
    """Choose where backups go; the folder must be writable now."""
    require(actor, CAN_MANAGE_BACKUPS, "设置备份位置")
    text = folder.strip()
    if not text or any(not ch.isprintable() for ch in text):
        raise ValidationFailed({"folder": "请选择备份文件夹"})
    target = Path(text).expanduser()
    problem = folder_problem(target)
    if problem:
        raise ValidationFailed({"folder": problem})
    old = backup_folder(db, paths)
    with db.write() as session:
        settings.save(
            session,
            actor,
            {settings.BACKUP_FOLDER: str(target)},
            f"备份位置由 {old} 改为 {target}" if old != target else f"备份位置设为 {target}",
            action="setting",
        )
    _write_location_file(paths, target)
    return target


def _write_location_file(paths: DataPaths, folder: Path) -> None:
    try:
        private_file(paths.root / LOCATION_FILE).write_text(str(folder), encoding="utf-8")
    except OSError:
        log.warning("cannot write %s", paths.root / LOCATION_FILE, exc_info=True)


# ---------------------------------------------------------------- listing


def read_manifest(manifest: Path) -> BackupInfo | None:
    backup = manifest.with_suffix(".sqlite3")
    try:
        raw = json.loads(manifest.read_text(encoding="utf-8"))
        return BackupInfo(
            path=backup,
            created_at=dt.datetime.fromisoformat(raw["created_at"]),
            schema_revision=raw.get("schema_revision"),
            app_version=str(raw.get("app_version", "")),
            counts={str(k): int(v) for k, v in raw["counts"].items()},
            sha256=str(raw["sha256"]),
            size=int(raw["size"]),
            attachments=int(raw.get("attachments", 0)),
            audit_last_id=raw.get("audit_last_id"),
            audit_last_hash=str(raw.get("audit_last_hash", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The verified backups in ``folder``, newest first (copies without a manifest are left out)."""
    found: list[BackupInfo] = []
    try:
        names = sorted(folder.iterdir())
    except OSError:
        return []
    for path in names:
        if NAME.match(path.name) and path.is_file():
            info = read_manifest(manifest_of(path))
            if info is not None:
                found.append(info)
    found.sort(key=lambda info: (info.created_at, info.path.name), reverse=True)
    return found


def last_backup_time(folder: Path) -> dt.datetime | None:
    backups = list_backups(folder)
    return backups[0].created_at if backups else None


# ---------------------------------------------------------------- making one


def _target_name(folder: Path, moment: dt.datetime) -> Path:
    base = f"{PREFIX}{moment.strftime(STAMP)}"
    target = folder / f"{base}.sqlite3"
    n = 1
    while target.exists() or manifest_of(target).exists():
        target = folder / f"{base}-{n}.sqlite3"
        n += 1
    return target


def create_backup(
    db: Database,
    paths: DataPaths,
    folder: Path | None = None,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    rotate: bool = True,
) -> BackupResult:
    """Back up the database and new attachments into ``folder``, verify, then rotate."""
    if not db.is_sqlite:
        raise BackupFailed("服务器数据库请使用数据库服务器自身的备份工具（如 pg_dump）备份")
    report = progress or (lambda _done, _total, _message: None)
    source = Path(db.engine.url.database or paths.database)
    target_folder = folder or backup_folder(db, paths)
    problem = folder_problem(target_folder)
    if problem:
        raise BackupFailed(f"备份文件夹不可用（{target_folder}）：{problem}")
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    target = _target_name(target_folder, moment)
    partial = target.with_name(f".{target.name}.partial")
    room_for(NOT_BACKED_UP, target_folder, copy_room(source))
    try:
        report(0, 100, "正在复制数据库…")
        counts = online_copy(
            source, partial, lambda done, total: report(done * 60 // max(total, 1), 100, "正在复制数据库…")
        )
        report(60, 100, "正在校验备份…")
        revision, attachments, anchor = _verify_copy(partial, counts)
        report(70, 100, "正在复制附件…")
        copied, problems = _copy_attachments(
            paths.attachments,
            target_folder / ATTACHMENT_STORE,
            attachments,
            lambda done, total: report(70 + done * 29 // max(total, 1), 100, "正在复制附件…"),
        )
        info = BackupInfo(
            path=target,
            created_at=moment,
            schema_revision=revision,
            app_version=__version__,
            counts=counts,
            sha256=sha256_of(partial),
            size=partial.stat().st_size,
            attachments=len(attachments),
            audit_last_id=anchor[0],
            audit_last_hash=anchor[1],
        )
        _write_manifest(info)
        os.replace(partial, target)
    except BaseException as error:
        remove_copy(partial)
        for manifest in (manifest_of(target), _manifest_partial(manifest_of(target))):
            manifest.unlink(missing_ok=True)
        if isinstance(error, ServiceError) or not isinstance(error, OSError | sqlite3.Error):
            raise
        log.warning("backup failed: %s", safe_error_text(error))
        needed = copy_room(source) + _folder_size(paths.attachments)
        fault = storage_fault(error, what=NOT_BACKED_UP, place=target_folder, needed=needed)
        if fault is not None:
            raise fault from error
        raise BackupFailed(f"备份失败（{safe_error_text(error)}），原数据未受影响") from error
    result = BackupResult(info, copied, problems)
    if rotate:
        result.removed = rotate_backups(target_folder)
    report(100, 100, "备份完成")
    log.info("backup %s: %s cases, %s attachments copied", target, info.cases, copied)
    return result


def _folder_size(folder: Path) -> int:
    try:
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    except OSError:
        return 0


def _verify_copy(
    copy: Path, expected: dict[str, int]
) -> tuple[str | None, list[tuple[str, str, int]], tuple[int | None, str]]:
    """Check the written file; its revision, attachment rows and last audit entry."""
    with closing(connect_read_only(copy)) as conn:
        problems = integrity_problems(conn)
        if problems:
            raise BackupFailed("备份文件写入后校验未通过：" + "；".join(problems[:3]))
        found = table_counts(conn)
        if found != expected:
            differing = sorted(k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k))
            raise BackupFailed(f"备份文件的记录数与数据库不一致（表：{'、'.join(differing)}）")
        revision = schema_revision(conn)
        attachments: list[tuple[str, str, int]] = []
        if "attachments" in found:
            attachments = [
                (str(a), str(b), int(c))
                for a, b, c in conn.execute("SELECT stored_name, sha256, size FROM attachments")
            ]
        anchor: tuple[int | None, str] = (None, "")
        if "audit_log" in found:
            row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            if row:
                anchor = (int(row[0]), str(row[1]))
    return revision, attachments, anchor


def _copy_attachments(
    source: Path,
    store: Path,
    wanted: list[tuple[str, str, int]],
    progress: Callable[[int, int], None],
) -> tuple[int, list[str]]:
    """Copy what the store lacks; verify each copy by its hash. Returns (copied, problems)."""
    problems: list[str] = []
    copied = 0
    unique = sorted({(name, sha, size) for name, sha, size in wanted})
    for i, (name, sha, size) in enumerate(unique):
        progress(i, len(unique))
        if not _safe_name(name):
            problems.append(f"附件记录的存储名不合法：{name}")
            continue
        target = store / name
        if target.is_file() and target.stat().st_size == size:
            continue
        origin = source / name
        if not origin.is_file():
            problems.append(f"数据文件夹中缺少附件：{name}")
            continue
        if copy_verified(origin, target, sha):
            copied += 1
        else:
            problems.append(f"数据文件夹中的附件已损坏（内容与登记时不符）：{name}")
    progress(len(unique), len(unique))
    return copied, problems


def _safe_name(name: str) -> bool:
    parts = Path(name).parts
    return bool(parts) and not Path(name).is_absolute() and ".." not in parts


def copy_verified(origin: Path, target: Path, sha256: str) -> bool:
    """Copy ``origin`` to ``target`` atomically if its content hashes to ``sha256``."""
    if sha256_of(origin) != sha256:
        return False
    make_folder(target.parent)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, origin.open("rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        if sha256_of(Path(tmp)) != sha256:
            raise OSError(f"附件复制后校验不符：{target.name}")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _write_manifest(info: BackupInfo) -> None:
    data = asdict(info)
    data.pop("path")
    data["created_at"] = info.created_at.isoformat()
    data["file"] = info.path.name
    manifest = manifest_of(info.path)
    tmp = _manifest_partial(manifest)
    private_file(tmp).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    fsync_file(tmp)
    os.replace(tmp, manifest)


def _manifest_partial(manifest: Path) -> Path:
    return manifest.with_name(f".{manifest.name}.partial")


# ---------------------------------------------------------------- rotation


def rotate_backups(folder: Path, retention: Retention | None = None) -> list[Path]:
    """Remove verified backups the retention rules do not keep, and stale half-written ones."""
    backups = list_backups(folder)
    keep = backups_to_keep([b.created_at for b in backups], retention)
    # Two backups with the same time (same second): keep the one listed first.
    kept_times: set[dt.datetime] = set()
    removed: list[Path] = []
    for info in backups:
        if info.created_at in keep and info.created_at not in kept_times:
            kept_times.add(info.created_at)
            continue
        for path in (info.manifest, info.path):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                log.warning("cannot remove old backup %s", path, exc_info=True)
        removed.append(info.path)
    for leftover in folder.glob(f".{PREFIX}*.partial"):
        try:
            if dt.datetime.now().timestamp() - leftover.stat().st_mtime > 86400:
                leftover.unlink()
        except OSError:
            pass
    return removed
