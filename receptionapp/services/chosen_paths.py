"""A path a person chose to write to: a file to create or replace, or a folder to write into.

Every export and save the person points somewhere goes through here,
whether the path came from a command's ``--out``/``--to`` or from a save
or folder dialog: the report and the ledger, the audit log's CSV, a
letter's PDF, the archive bundle's folder, the backup folder.

A file is written beside its place first and then renamed over it in one
step, so a failure leaves the old file as it was; that is only done where
the path is a regular file or nothing yet. A link is followed to the file
or folder it names (the link stays); a missing folder to write into is
made. A device (``/dev/full``; ``NUL`` or ``COM1`` on Windows), a pipe, a
socket, a folder where a file was asked for, a file where a folder was
asked for, a link to nothing and the missing folder of a new file are
refused with a Chinese message and left exactly as they were: renaming
over ``/dev/full`` had replaced the device with a file and reported
success.

The file written is readable by its owner only (the exports hold
personal data), and keeps those rights after the rename.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from receptionapp.paths import make_folder
from receptionapp.services.context import ServiceError

# Names Windows reserves for devices, in any folder and with any extension ("NUL.csv" too).
WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)


class PathRefused(ServiceError):
    """The chosen path cannot be written to as asked; ``str()`` says why, in Chinese."""


def windows_device(name: str) -> bool:
    """Whether Windows takes a file of this name for a device."""
    return name.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_DEVICES


def _cannot(path: Path, error: OSError) -> str:
    if isinstance(error, NotADirectoryError | FileExistsError):
        why = "路径中有一段是文件，不是文件夹"
    elif isinstance(error, PermissionError):
        why = "没有写入权限"
    else:
        why = error.strerror or str(error)
    return f"无法写入{path}：{why}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "文件夹"
    if stat.S_ISFIFO(mode):
        return "管道"
    if stat.S_ISSOCK(mode):
        return "套接字"
    return "设备"


def _look(path: Path, what: str) -> tuple[Path, int | None]:
    """The path (a link: the place it names) and its file mode, None when nothing is there yet."""
    path = path.expanduser()
    if os.name == "nt" and windows_device(path.name):
        raise PathRefused(f"“{path.name}”是Windows的设备名，不能用作{what}，请另选一个{what}")
    target = path.resolve() if path.is_symlink() else path
    try:
        return target, target.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise PathRefused(f"{path} 是指向不存在位置的链接，请另选一个{what}") from None
        return target, None
    except OSError as error:
        raise PathRefused(_cannot(path, error)) from None


def chosen_file(path: Path) -> Path:
    """The regular file (or the new file) that writing to ``path`` replaces; PathRefused otherwise.

    A link gives the file it points to.
    """
    target, mode = _look(path, "文件名")
    if mode is None:
        if not target.parent.is_dir():
            raise PathRefused(f"文件夹不存在：{target.parent}")
        return target
    if stat.S_ISREG(mode):
        return target
    if stat.S_ISDIR(mode):
        raise PathRefused(f"这是一个文件夹，不是文件：{path}")
    raise PathRefused(f"{path} 是{_kind(mode)}，不是普通文件，未写入；请另选一个文件名")


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A new file beside ``path`` to write; when the block ends well it replaces the chosen file.

    When the block fails the new file is removed and the chosen one is as
    it was. Yields the path to write to.
    """
    target = chosen_file(path)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        chosen_file(target)  # still a regular file, or still nothing
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def chosen_folder(path: Path) -> Path:
    """The folder to write into, made when missing; PathRefused otherwise.

    A link gives the folder it points to.
    """
    target, mode = _look(path, "文件夹")
    if mode is None:
        try:
            make_folder(target)  # readable by this user only
        except OSError as error:
            raise PathRefused(_cannot(path, error)) from None
        return target
    if stat.S_ISDIR(mode):
        return target
    what = "文件" if stat.S_ISREG(mode) else _kind(mode)
    raise PathRefused(f"{path} 是{what}，不是文件夹，请另选一个文件夹")
