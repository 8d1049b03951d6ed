"""Attachments (scanned letters, photos) stored under the data folder by content hash.

A file is written whole or not at all (``write_atomically``): on a full or
read-only disk its temporary file is removed and a ``StorageFault`` says so.
Stored files are this user's only (0600 in 0700 folders on POSIX).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from receptionapp.paths import make_folder
from receptionapp.services.context import ServiceError
from receptionapp.services.faults import guarded

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    filename: str
    stored_name: str
    sha256: str
    size: int


def store_file(source: Path, folder: Path) -> StoredFile:
    """Copy ``source`` into ``folder`` atomically, named by its SHA-256; same content is stored once."""
    if not source.is_file():
        raise ServiceError(f"附件不存在或不是文件：{source}")
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise ServiceError(f"附件“{source.name}”超过200MB，请压缩或拆分后再添加")
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    sha = digest.hexdigest()
    stored_name = f"{sha[:2]}/{sha}{source.suffix.lower()[:10]}"
    target = folder / stored_name
    if not target.exists():
        write_atomically(target, source, what="附件未保存，本次操作未完成")
    return StoredFile(source.name, stored_name, sha, size)


def write_atomically(path: Path, data: bytes | Path, *, what: str = "文件未保存") -> None:
    """Write ``data`` (or the file it names) to ``path`` through a fsynced temporary file (mode 0600).

    On failure nothing is left behind; a full or read-only disk is a ``StorageFault`` saying ``what``.
    """
    with ExitStack() as stack:
        # The file to copy is opened first: a file that cannot be read is not the target disk's fault.
        source = stack.enter_context(data.open("rb")) if isinstance(data, Path) else None
        size = len(data) if isinstance(data, bytes) else os.fstat(source.fileno()).st_size if source else 0
        stack.enter_context(guarded(what, path.parent, size))
        make_folder(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                if isinstance(data, bytes):
                    out.write(data)
                elif source is not None:
                    shutil.copyfileobj(source, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def verify_stored(folder: Path, stored_name: str, sha256: str) -> bool:
    target = folder / stored_name
    if not target.is_file():
        return False
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest() == sha256
