"""Where the application keeps its data: database, attachments, logs, backups.

The data folder is, in order of precedence: the ``--data-dir`` option, the
``RECEPTIONAPP_DATA_DIR`` environment variable, or the per-user data folder of
the platform (``%LOCALAPPDATA%\\receptionapp`` on Windows).

Everything in it is this user's only: on POSIX the folders are created 0700
and the files 0600 (``make_folder``, ``private_file``, ``make_private``); on
Windows the per-user profile folder's access list does the same (README).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATA_DIR = "RECEPTIONAPP_DATA_DIR"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
POSIX = os.name != "nt"
ENV_DB_URL = "RECEPTIONAPP_DB_URL"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders under one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "receptionapp.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def letters(self) -> Path:
        """Signed letters (final PDFs), named by their SHA-256."""
        return self.root / "letters"

    @property
    def letter_images(self) -> Path:
        """Seal and signature images the letters carry."""
        return self.root / "images"

    @property
    def keys(self) -> Path:
        """The bureau's signing key, readable by this user only."""
        return self.root / "keys"

    def ensure(self) -> DataPaths:
        """Create the folders (this user's only); an older, world-readable data folder is closed too."""
        for folder in (self.root, self.attachments, self.backups, self.logs):
            make_folder(folder)
        make_private(self.root)
        return self

    @property
    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database.as_posix()}"


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> DataPaths:
    if option:
        return DataPaths(Path(option).expanduser().resolve())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(user_data_dir("receptionapp", appauthor=False)))


def make_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if missing; what this creates only this user can open."""
    if not folder.is_dir():
        for missing in reversed([folder, *folder.parents]):
            if not missing.exists():
                missing.mkdir(mode=PRIVATE_FOLDER)
                make_private(missing)  # mkdir's mode is cut by the umask; never widened by it
    return folder


def make_private(path: Path) -> None:
    """Make ``path`` readable by this user only (POSIX; a file system without modes is left as it is)."""
    if not POSIX:
        return
    try:
        os.chmod(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)
    except OSError:
        pass  # a read-only disk or a FAT stick: nothing to tighten


def private_file(path: Path) -> Path:
    """Create ``path`` empty, readable by this user only, unless it exists; files written into it keep that."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    make_private(path)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, a file this user only can read."""
    private_file(path).write_bytes(data)
