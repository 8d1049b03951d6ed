"""Stored files every PC of a shared database can open: attachments, signed letters, seal images.

On the embedded SQLite database the data folder is the one store. With
several PCs on one PostgreSQL server each PC has its own data folder, so a
file stored by one PC would be missing on the others: its bytes also go into
``shared_files`` in the same transaction as the row that names it, and a PC
that lacks the file fetches it into its own folder on first use, checked
against the SHA-256 the database registered.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import SharedFile
from receptionapp.paths import DataPaths
from receptionapp.services.attachments import write_atomically


class FileKind(StrEnum):
    ATTACHMENT = "attachment"
    LETTER = "letter"
    IMAGE = "image"


def folder(paths: DataPaths, kind: FileKind) -> Path:
    """Where this PC keeps files of ``kind`` (under its data folder)."""
    return {
        FileKind.ATTACHMENT: paths.attachments,
        FileKind.LETTER: paths.letters,
        FileKind.IMAGE: paths.letter_images,
    }[kind]


def _shared(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def share(session: Session, kind: FileKind, store: Path, stored_name: str, sha256: str) -> None:
    """On a shared database, put the bytes of ``store/stored_name`` in the database too (once)."""
    if not _shared(session) or session.get(SharedFile, (kind.value, stored_name)) is not None:
        return
    data = (store / stored_name).read_bytes()
    session.add(
        SharedFile(kind=kind.value, stored_name=stored_name, sha256=sha256, size=len(data), content=data)
    )
    session.flush()


def local_copy(session: Session, kind: FileKind, store: Path, stored_name: str, sha256: str) -> Path | None:
    """The file in this PC's folder, fetched from the shared database if this PC lacks it.

    None when it is nowhere to be had (or the database's copy does not match its hash).
    """
    path = store / stored_name
    if path.is_file():
        return path
    if not _shared(session):
        return None
    row = session.get(SharedFile, (kind.value, stored_name))
    if row is None or hashlib.sha256(row.content).hexdigest() != sha256:
        return None
    write_atomically(path, row.content)
    return path


def fetch(db: Database, kind: FileKind, store: Path, stored_name: str, sha256: str) -> Path | None:
    with db.read() as session:
        return local_copy(session, kind, store, stored_name, sha256)


def shared_names(session: Session, kind: FileKind) -> dict[str, str]:
    """Stored name → SHA-256 of the files of ``kind`` the shared database holds."""
    if not _shared(session):
        return {}
    return dict(
        session.execute(
            select(SharedFile.stored_name, SharedFile.sha256).where(SharedFile.kind == kind.value)
        ).all()
    )


def share_existing(session: Session, paths: DataPaths, listed: dict[FileKind, list[tuple[str, str]]]) -> int:
    """Put the files a database names into the shared table (after ``migrate-db`` to PostgreSQL).

    ``listed``: per kind, (stored name, SHA-256) pairs. Returns how many were added; a file
    missing from this PC's folder is skipped (``check`` names it).
    """
    added = 0
    for kind, names in listed.items():
        store = folder(paths, kind)
        present = shared_names(session, kind)
        for stored_name, sha256 in names:
            if stored_name in present or not (store / stored_name).is_file():
                continue
            share(session, kind, store, stored_name, sha256)
            present[stored_name] = sha256
            added += 1
    return added
