"""When the disk says no: one Chinese sentence for a full, read-only, forbidden or failing disk.

Writing can fail below the app, and the operating system, SQLite and the
PostgreSQL driver each say so in their own words:

=============  ====================================================================
full           ``ENOSPC``/``EDQUOT``; SQLite's ``SQLITE_FULL`` "database or disk is
               full"; PostgreSQL's ``disk_full`` (53100)
read-only      ``EROFS``, Windows' write-protected medium; ``SQLITE_READONLY``;
               a PostgreSQL standby (25006)
forbidden      ``EACCES``/``EPERM``; ``SQLITE_PERM``
failing        ``EIO``; SQLite's ``SQLITE_IOERR`` "disk I/O error", which is also
               what SQLite says when a full disk refuses its shared-memory file,
               so a failing disk with no room left is told as a full one
=============  ====================================================================

``storage_fault`` finds these anywhere in an exception's chain (a
SQLAlchemy error's ``orig``, ``__cause__``, ``__context__``) and makes a
``StorageFault``: a ``ServiceError`` that says what became of the person's
work, where, and for a full disk about how much room is needed, as in
“磁盘空间不足：备份未完成，原数据未受影响。请清理“E:\\备份”所在的磁盘后重试（需要约12 MB）”.
It never repeats the driver's text: that can hold a statement's parameters.

Services that write files wrap the writing in ``guarded(what, place, needed)``
(the outermost guard's ``what`` wins: it knows what the person was doing);
what reaches the command line (``cli.main``) or a screen
(``ui.service_call``) unguarded, a database write, is told the same way.
The error behind it goes to the log as ``logging_setup.safe_error_text``.
"""

from __future__ import annotations

import errno
import logging
import math
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from receptionapp.db.database import failed_file
from receptionapp.logging_setup import safe_error_text
from receptionapp.services.context import ServiceError

log = logging.getLogger(__name__)

MB = 1 << 20
# What to keep free for a database write: its write-ahead log grows before a checkpoint copies it back.
DATABASE_HEADROOM = 50 * MB
# One case written in bulk (demo data, a ledger import): about 6 KB in the file and as much again in the
# write-ahead log before the checkpoint (2,000 demo cases: an 11.6 MB file after a 12.0 MB log).
CASE_BYTES = 12 * 1024

DATABASE_UNCHANGED = "本次操作未保存，数据库未作任何改动"
NOT_DONE = "操作未完成"


class Fault(StrEnum):
    FULL = "full"
    READ_ONLY = "read_only"
    FORBIDDEN = "forbidden"
    FAILING = "failing"


class StorageFault(ServiceError):
    """The disk refused a write; ``str()`` says what became of the work and what to do."""

    def __init__(self, kind: Fault, what: str, place: Path | None, needed: int, server: bool = False) -> None:
        self.kind, self.what, self.place, self.needed, self.server = kind, what, place, needed, server
        super().__init__(fault_text(kind, what, place, needed, server))


_ERRNO = {
    errno.ENOSPC: Fault.FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): Fault.FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.FORBIDDEN,
    errno.EPERM: Fault.FORBIDDEN,
    errno.EIO: Fault.FAILING,
}
# Windows: disk full, handle disk full, write-protected medium.
_WINERROR = {112: Fault.FULL, 39: Fault.FULL, 19: Fault.READ_ONLY}
# Windows: a file another program holds open (Excel) is EACCES too; its caller says that, not "no permission".
_IN_USE = {32, 33}
_SQLITE = {13: Fault.FULL, 8: Fault.READ_ONLY, 3: Fault.FORBIDDEN, 10: Fault.FAILING}  # primary result codes
_SQLITE_TEXT = {
    "database or disk is full": Fault.FULL,
    "readonly database": Fault.READ_ONLY,
    "disk i/o error": Fault.FAILING,
}
_SQLSTATE = {"53100": Fault.FULL, "25006": Fault.READ_ONLY}


def _kind_of(error: BaseException) -> Fault | None:
    if isinstance(error, OSError):
        winerror = getattr(error, "winerror", None)
        if winerror in _IN_USE:
            return None
        return _WINERROR.get(winerror) if winerror in _WINERROR else _ERRNO.get(error.errno or 0)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE:
            return _SQLITE[code & 0xFF]
        text = str(error).lower()
        return next((kind for words, kind in _SQLITE_TEXT.items() if words in text), None)
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    return _SQLSTATE.get(state) if isinstance(state, str) else None


def _links(error: BaseException) -> Iterator[BaseException]:
    todo: list[BaseException] = [error]
    seen: set[int] = set()
    while todo:
        link = todo.pop(0)
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        behind = (getattr(link, "orig", None), link.__cause__, link.__context__)
        todo += [e for e in behind if isinstance(e, BaseException)]


def fault_of(error: BaseException) -> tuple[Fault, BaseException] | None:
    """What kind of storage fault ``error`` is (and the link of its chain that says so), or None."""
    for link in _links(error):
        kind = _kind_of(link)
        if kind is not None:
            return kind, link
    return None


def free_bytes(place: Path) -> int | None:
    """Free space on the disk holding ``place`` (its nearest existing folder); None if unknown."""
    for folder in (place, *place.parents):
        if folder.exists():
            try:
                return shutil.disk_usage(folder).free
            except OSError:
                return None
    return None


def fault_text(kind: Fault, what: str, place: Path | None, needed: int, server: bool = False) -> str:
    where = "数据库服务器" if server else f"“{place}”" if place is not None else "数据文件夹"
    if kind is Fault.FULL:
        if server:
            return f"磁盘空间不足：{what}。数据库服务器的磁盘已满，请联系系统管理员清理后重试（需要约{mb(needed)} MB）"
        return f"磁盘空间不足：{what}。请清理{where}所在的磁盘后重试（需要约{mb(needed)} MB）"
    if kind is Fault.READ_ONLY:
        return f"磁盘只读：{what}。{where}所在的磁盘或文件夹是只读的（如U盘开了写保护），请解除只读或换一个位置后重试"
    if kind is Fault.FORBIDDEN:
        return f"没有写入权限：{what}。当前账号不能写入{where}，请换一个文件夹，或请系统管理员授予权限"
    return f"磁盘读写出错：{what}。请检查{where}所在的磁盘（U盘、移动硬盘或网络盘是否已断开）后重试"


def mb(size: int) -> int:
    return max(1, math.ceil(size / MB))


def storage_fault(
    error: BaseException, *, what: str | None = None, place: Path | None = None, needed: int | None = None
) -> StorageFault | None:
    """``error`` told as a ``StorageFault`` if the disk (or the server's) refused; None for anything else.

    ``place`` is where the writing went (a folder or file; by default the
    failed file's folder); ``needed`` the room the work needs (by default what
    a database write should have left).
    """
    if isinstance(error, StorageFault):
        inner = error
        return StorageFault(
            inner.kind,
            what or inner.what,
            place or inner.place,
            max(needed or 0, inner.needed),
            inner.server,
        )
    found = None if isinstance(error, ServiceError) else fault_of(error)
    if found is None:
        return None  # a service's own refusal says what it means
    kind, link = found
    server = not isinstance(link, OSError | sqlite3.Error)
    database = not isinstance(link, OSError)
    if place is None:
        named = failed_file(error)
        if named is not None:
            place = named.parent
        elif isinstance(link, OSError) and isinstance(link.filename, str):
            place = Path(link.filename).parent
    needed = needed or DATABASE_HEADROOM
    if kind is Fault.FAILING and place is not None:
        free = free_bytes(place)
        if free is not None and free < needed:
            kind = Fault.FULL
    return StorageFault(kind, what or (DATABASE_UNCHANGED if database else NOT_DONE), place, needed, server)


def room_for(what: str, place: Path, needed: int) -> None:
    """Refuse before writing anything when the disk holding ``place`` has less than ``needed`` free."""
    free = free_bytes(place)
    if free is not None and free < needed:
        log.warning("not enough room at %s: %d bytes free, %d needed", place, free, needed)
        raise StorageFault(Fault.FULL, what, place, needed)


@contextmanager
def guarded(what: str, place: Path | None = None, needed: int | None = None) -> Iterator[None]:
    """Run the block; a storage fault inside it becomes a ``StorageFault`` saying ``what``.

    The block cleans up its own half-written files (its ``except``/``finally``
    runs before this sees the error).
    """
    try:
        yield
    except Exception as error:
        fault = storage_fault(error, what=what, place=place, needed=needed)
        if fault is None:
            raise
        if not isinstance(error, StorageFault):
            log.warning("storage fault (%s) at %s: %s", fault.kind, fault.place, safe_error_text(error))
        raise fault from None
