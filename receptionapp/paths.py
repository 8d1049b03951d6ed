"""Where the application keeps its data: database, attachments, logs, backups.

The data folder is, in order of precedence: the ``--data-dir`` option, the
``RECEPTIONAPP_DATA_DIR`` environment variable, or the per-user data folder of
the platform (``%LOCALAPPDATA%\\receptionapp`` on Windows).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATA_DIR = "RECEPTIONAPP_DATA_DIR"
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
        for folder in (self.root, self.attachments, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
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
