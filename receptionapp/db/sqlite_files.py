"""SQLite files as files: consistent copies, integrity checks and record counts.

A copy goes through SQLite's online backup API inside one read transaction
of the source, so it is consistent while the application keeps writing, and
the record counts taken in that same transaction describe exactly what was
copied. Copies are left in rollback-journal mode, so one file is the whole
backup (no -wal or -shm beside it) and it can be read from a read-only disk.
A copy that fails (a full disk) leaves nothing behind: the half-written file
and its journal are removed. Copies are this user's only (0600 on POSIX).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from receptionapp.paths import make_folder, private_file

SQLITE_HEADER = b"SQLite format 3\x00"
COPY_STEP_PAGES = 1024
COPY_MARGIN = 1 << 20

# Called with (pages done, pages in all).
PageProgress = Callable[[int, int], None]


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (full-text shadow tables included: they must match too)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """SQLite's own check; an empty list means the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    result = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    return [] if result == ["ok"] else result


def foreign_tables(path: Path) -> list[str]:
    """The tables of an SQLite file this app never set up (no ``alembic_version``), read without a write.

    Empty for a missing, empty or unreadable file (opening it explains those) and for one of ours.
    """
    if not path.is_file() or path.stat().st_size == 0 or not looks_like_sqlite(path):
        return []
    try:
        with closing(connect_read_only(path)) as conn:
            names = [
                str(row[0])
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
    except sqlite3.DatabaseError:
        return []
    return [] if "alembic_version" in names else sorted(names)


def schema_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def online_copy(
    source: Path | sqlite3.Connection, target: Path, progress: PageProgress | None = None
) -> dict[str, int]:
    """Copy ``source`` to the new file ``target`` consistently; the record counts of what was copied.

    On failure ``target`` and its journal files are removed again.
    """
    if target.exists():
        raise FileExistsError(target)
    own = not isinstance(source, sqlite3.Connection)
    src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(source, isolation_level=None)
    try:
        private_file(target)
        src.execute("BEGIN")
        try:
            counts = table_counts(src)
            with closing(sqlite3.connect(target, isolation_level=None)) as dst:

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                src.backup(dst, pages=COPY_STEP_PAGES, progress=step)
                dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            src.execute("COMMIT")
        fsync_file(target)
    except BaseException:
        remove_copy(target)
        raise
    finally:
        if own:
            src.close()
    return counts


def copy_room(path: Path) -> int:
    """The room ``online_copy`` of the database ``path`` takes on the target's disk while it writes.

    The file, with a megabyte for the copy's shared-memory file and journal
    (measured: a 2,134,016-byte database fails to copy onto a disk with
    2,150,400 bytes free, and copies onto one with 2,252,800).
    """
    return database_size(path) + COPY_MARGIN


def database_size(path: Path) -> int:
    """The database file with the write-ahead log not yet folded into it."""
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.is_file())


def unused_path(path: Path) -> Path:
    """``path``, or ``name-1.sqlite3``, ``name-2.sqlite3`` … if it is taken."""
    found, n = path, 1
    while found.exists():
        found = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return found


def remove_copy(path: Path) -> None:
    """Remove a half-written SQLite file and the journal files beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup_sqlite_file(source: Path, folder: Path, label: str) -> Path:
    """A consistent copy of ``source`` in ``folder``, named by ``label`` and the time."""
    make_folder(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = unused_path(folder / f"{source.stem}-{label}-{stamp}.sqlite3")
    online_copy(source, target)
    return target


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
