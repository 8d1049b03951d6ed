"""Where a person points an export: never replace what is not a regular file.

``audit export --out /dev/full`` replaced the device node with a file and
reported success. Every path a person chooses to write to now goes through
``services.chosen_paths``: a regular file or a new one is replaced in one
step, a link is written through to the file it names, and a device, a pipe,
a folder or a link to nothing is refused in Chinese and left as it was.

The real ``/dev/full`` is never touched: a pipe stands in for a device
(no privileges needed), and a device node of our own is made when the
tests run as root.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.reports.export import ExportError, export_ledger, export_report
from receptionapp.services.admin import audit_log, backup
from receptionapp.services.cases import intake
from receptionapp.services.chosen_paths import (
    PathRefused,
    chosen_file,
    chosen_folder,
    replacing,
    windows_device,
)
from receptionapp.services.context import Actor, ValidationFailed
from tests.conftest import make_registration


def pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


def device(path: Path) -> Path:
    """A character device like /dev/full (major 1, minor 7) of our own; needs root."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    return path


def unchanged(path: Path, kind: Callable[[int], bool]) -> bool:
    return kind(path.lstat().st_mode)


@pytest.fixture
def office(db: Database, admin: Actor) -> Actor:
    intake.register_case(db, admin, make_registration())
    return admin


@pytest.mark.parametrize(
    "make, kind", [(pipe, stat.S_ISFIFO), (device, stat.S_ISCHR)], ids=["pipe", "device"]
)
def test_the_audit_export_command_refuses_a_device_or_a_pipe(
    office: Actor, data_paths: DataPaths, tmp_path: Path, capsys, make, kind
) -> None:
    out = make(tmp_path / "full")
    code = main(["audit", "export", "--out", str(out), "--data-dir", str(data_paths.root)])
    assert code != 0
    err = capsys.readouterr().err
    assert "不是普通文件，未写入" in err and "已导出" not in err
    assert unchanged(out, kind)
    assert {p.name for p in tmp_path.iterdir()} == {"full", "data"}  # nothing half-written beside it


@pytest.mark.parametrize("command", ["report", "ledger"])
def test_the_report_and_ledger_commands_refuse_a_pipe(
    office: Actor, data_paths: DataPaths, tmp_path: Path, capsys, command: str
) -> None:
    out = pipe(tmp_path / "台账.xlsx")
    code = main([command, "--period", "2026", "--out", str(out), "--data-dir", str(data_paths.root)])
    assert code == 2 and "是管道，不是普通文件" in capsys.readouterr().err
    assert unchanged(out, stat.S_ISFIFO)


def test_the_letter_command_refuses_a_pipe_before_opening_the_database(
    office: Actor, data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    out = pipe(tmp_path / "答复.pdf")
    assert main(["letter", "来访〔2026〕0001号", "--out", str(out), "--data-dir", str(data_paths.root)]) == 2
    assert "是管道，不是普通文件" in capsys.readouterr().err
    assert unchanged(out, stat.S_ISFIFO)


def test_a_link_is_written_through_and_stays_a_link(db: Database, office: Actor, tmp_path: Path) -> None:
    real = tmp_path / "真实的审计.csv"
    real.write_text("旧内容", encoding="utf-8")
    link = tmp_path / "审计.csv"
    link.symlink_to(real)
    written = audit_log.export_csv(db, office, audit_log.AuditFilter(), link)
    assert written == 2
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8-sig").startswith("序号,")

    book = tmp_path / "台账.xlsx"
    target = tmp_path / "存档" / "台账-2026.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old")
    book.symlink_to(target)
    assert export_ledger(db, office, "2026", book) == 1
    assert book.is_symlink() and target.read_bytes().startswith(b"PK")


def test_a_link_to_nothing_a_folder_and_a_missing_folder_are_refused(
    db: Database, office: Actor, tmp_path: Path
) -> None:
    dangling = tmp_path / "审计.csv"
    dangling.symlink_to(tmp_path / "别处" / "不存在.csv")
    with pytest.raises(PathRefused, match="指向不存在位置的链接"):
        audit_log.export_csv(db, office, audit_log.AuditFilter(), dangling)
    assert dangling.is_symlink() and not (tmp_path / "别处").exists()

    to_pipe = tmp_path / "报表.xlsx"
    to_pipe.symlink_to(pipe(tmp_path / "p"))
    with pytest.raises(ExportError, match="是管道"):
        export_report(db, "2026", to_pipe, actor=office)
    folder = tmp_path / "报表2.xlsx"
    folder.mkdir()
    with pytest.raises(ExportError, match="这是一个文件夹"):
        export_report(db, "2026", folder, actor=office)
    with pytest.raises(ExportError, match="文件夹不存在"):
        export_ledger(db, office, "2026", tmp_path / "没有" / "台账.xlsx")
    assert to_pipe.is_symlink() and stat.S_ISFIFO((tmp_path / "p").lstat().st_mode)


def test_a_failed_write_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(out) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError
    assert out.read_bytes() == b"old" and list(tmp_path.iterdir()) == [out]


def test_folders_for_the_archive_bundle_and_the_backups(
    db: Database, office: Actor, data_paths: DataPaths, tmp_path: Path
) -> None:
    fifo = pipe(tmp_path / "U盘")
    with pytest.raises(ValidationFailed) as refused:
        backup.set_backup_folder(db, data_paths, office, str(fifo))
    assert refused.value.errors["folder"].endswith("是管道，不是文件夹，请另选一个文件夹")
    assert unchanged(fifo, stat.S_ISFIFO)
    real = tmp_path / "档案室"
    real.mkdir()
    link = tmp_path / "档案"
    link.symlink_to(real)
    assert chosen_folder(link) == real.resolve() and link.is_symlink()
    with pytest.raises(PathRefused, match="是文件，不是文件夹"):
        chosen_folder(Path(__file__))
    assert (
        main(["archive", "来访〔2026〕0001号", "--out", str(fifo), "--data-dir", str(data_paths.root)]) == 1
    )


@pytest.mark.parametrize(
    "name, reserved",
    [("NUL", True), ("nul.csv", True), ("COM1.xlsx", True), ("Lpt9", True), ("CON .txt", True),
     ("审计日志.csv", False), ("NULL.csv", False), ("COM10.xlsx", False), ("console.csv", False)],
)  # fmt: skip
def test_windows_device_names(name: str, reserved: bool) -> None:
    assert windows_device(name) is reserved


def test_chosen_file_for_a_new_file_and_a_regular_one(tmp_path: Path) -> None:
    assert chosen_file(tmp_path / "新.csv") == tmp_path / "新.csv"
    (tmp_path / "旧.csv").write_text("x")
    assert chosen_file(tmp_path / "旧.csv") == tmp_path / "旧.csv"


def test_the_audit_browser_tells_why_and_keeps_the_pipe(
    qtbot, db: Database, office: Actor, tmp_path: Path, monkeypatch
) -> None:
    from receptionapp.ui.admin.audit_browser import AuditBrowser

    fifo = pipe(tmp_path / "审计.csv")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(fifo), "CSV 文件 (*.csv)"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail("told it was exported"))
    browser = AuditBrowser(db, office)
    qtbot.addWidget(browser)
    qtbot.mouseClick(browser.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "是管道，不是普通文件" in warned[0]
    assert unchanged(fifo, stat.S_ISFIFO)
