"""A full disk, everywhere the app writes: one Chinese sentence, nothing lost, nothing half-written, no one named.

Every writer meets the disk refusing: the database (demo data, a ledger
import, a registration, a draft), the signed letters, backups, restores,
archive bundles and exports. Each time the person reads
“磁盘空间不足：…（需要约N MB）”, never a traceback, an English driver message or
a web link; the records are as they were; what was half-written is gone;
and neither the message nor the log shows a petitioner's name, ID number or
phone (SQLAlchemy's error text carries the statement's parameters).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy.exc import OperationalError

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.documents.fonts import bundled_font_set
from receptionapp.documents.templates import LetterType
from receptionapp.logging_setup import LOG_NAME, setup_logging
from receptionapp.paths import DataPaths
from receptionapp.reports.export import export_ledger
from receptionapp.services.admin import backup as backup_service
from receptionapp.services.admin import check
from receptionapp.services.admin.backup import create_backup
from receptionapp.services.admin.restore import restore_backup
from receptionapp.services.cases import intake, listing
from receptionapp.services.context import Actor
from receptionapp.services.faults import StorageFault
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters.drafting import draft_letter, save_draft
from receptionapp.services.letters.records import case_letters, get_letter
from receptionapp.services.papers.archive import write_bundle
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.tasks import run_in_background, wait_idle
from receptionapp.ui.widgets.form_draft import FormDraft
from tests.conftest import make_registration, sqlite_only
from tests.diskkit import (
    compact,
    copies_fill_up,
    database_full,
    disk_full_error,
    fsync_full,
    shows_nothing_personal,
)
from tests.ledger_samples import big_lines, write_csv
from tests.letterkit import Bureau, D, bureau, complete_text, replied_case  # noqa: F401
from tests.paper_case import PaperCase

pytestmark = sqlite_only("a full disk under the embedded database and the data folder")

FONTS = bundled_font_set()
NEEDED = re.compile(r"（需要约\d+ MB）$")


def _error_line(err: str) -> str:
    [line] = [line for line in err.splitlines() if line.startswith("错误：")]
    return line


def _clean(err: str) -> None:
    for text in ("Traceback", "sqlalche.me", "INSERT", "[parameters", "disk is full", "No space left"):
        assert text not in err, text
    assert shows_nothing_personal(err)


def _count(database: Path, table: str) -> int:
    with sqlite3.connect(database) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A data folder with an admin, the demo staff and one case, packed tight (no free pages in the file)."""
    folder = tmp_path / "data"
    assert main(["demo-data", "--data-dir", str(folder), "--cases", "1"]) == 0
    compact(DataPaths(folder).database)
    return folder


@pytest.fixture
def log_file(data_paths: DataPaths):
    """The GUI's log file in the data folder, for the length of the test."""
    path = setup_logging(data_paths.logs)
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
        root.removeHandler(handler)
        handler.close()


# ---------------------------------------------------------------- the command line


def test_demo_data_on_a_full_disk_says_so_and_writes_nothing(office: Path, capsys) -> None:
    with database_full():
        assert main(["demo-data", "--data-dir", str(office), "--cases", "200"]) == 1
    err = capsys.readouterr().err
    line = _error_line(err)
    assert line.startswith(f"错误：磁盘空间不足：演示事项未生成，一件也未写入。请清理“{office}”所在的磁盘")
    assert NEEDED.search(line)
    _clean(err)
    assert _count(DataPaths(office).database, "cases") == 1


def test_a_ledger_import_on_a_full_disk_names_no_one(office: Path, tmp_path: Path, capsys) -> None:
    lines = big_lines(300)
    ledger = tmp_path / "台账.csv"
    write_csv(ledger, "utf-8", lines)
    with database_full():
        assert main(["import", str(ledger), "--data-dir", str(office)]) == 1
    out, err = capsys.readouterr()
    assert _error_line(err).startswith("错误：磁盘空间不足：台账未导入，数据库未作改动")
    assert NEEDED.search(_error_line(err))
    _clean(err)
    log = (office / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert "OperationalError: database or disk is full [SQL: INSERT INTO" in log
    for line in lines:
        for value in (line["姓名"], line["联系电话"], line["身份证号"]):
            assert not value or value not in out + err + log, value
    assert _count(DataPaths(office).database, "cases") == 1


def test_a_command_meeting_a_disk_io_error_says_so_in_chinese(office: Path, capsys, monkeypatch) -> None:
    """SQLite's "disk I/O error", also what it says when a full disk refuses its shared-memory file."""

    def failing(*_args: object, **_kwargs: object) -> list[str]:
        cause = sqlite3.OperationalError("disk I/O error")
        raise OperationalError("SELECT number FROM cases WHERE name = ?", ("张晓梅",), cause)

    monkeypatch.setattr(listing, "case_numbers", failing)
    monkeypatch.setattr(check, "check_database", failing)
    assert main(["list-cases", "--data-dir", str(office)]) == 1
    err = capsys.readouterr().err
    assert _error_line(err).startswith(
        f"错误：磁盘读写出错：本次操作未保存，数据库未作任何改动。请检查“{office}”所在的磁盘"
    )
    _clean(err)
    assert "disk I/O error" not in err
    assert main(["check", "--data-dir", str(office)]) == 1
    err = capsys.readouterr().err
    assert _error_line(err).startswith(f"错误：磁盘读写出错：检查未完成。请检查“{office}”所在的磁盘")
    _clean(err)

    # The same error on a disk with 4 KB left is a full disk.
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096)
    )
    assert main(["list-cases", "--data-dir", str(office)]) == 1
    err = capsys.readouterr().err
    assert _error_line(err) == (
        f"错误：磁盘空间不足：本次操作未保存，数据库未作任何改动。请清理“{office}”所在的磁盘后重试（需要约50 MB）"
    )


# ---------------------------------------------------------------- signing a letter


def _ready_reply(b: Bureau) -> tuple[int, int]:
    case_id = replied_case(b)
    letter_id = draft_letter(b.db, b.office, case_id, LetterType.REPLY)
    save_draft(b.db, b.office, letter_id, complete_text(get_letter(b.db, letter_id).text))
    return case_id, letter_id


def test_approving_a_letter_on_a_full_disk_keeps_the_draft_and_its_number(
    bureau: Bureau,  # noqa: F811
    monkeypatch,
) -> None:
    case_id, letter_id = _ready_reply(bureau)
    before = _files(bureau.paths.letters)
    with monkeypatch.context() as full:
        fsync_full(full)
        with pytest.raises(StorageFault) as refused:
            letter_approval.approve_letter(
                bureau.db, bureau.leader, bureau.paths, letter_id, fonts=FONTS, on=D(2026, 11, 24)
            )
    text = str(refused.value)
    assert text.startswith("磁盘空间不足：未能签发，文书仍是草稿，未占用发文字号。请清理")
    assert NEEDED.search(text)
    [row] = case_letters(bureau.db, case_id)
    assert row.status == "draft" and not row.doc_number
    assert _files(bureau.paths.letters) == before  # no half-written or orphaned PDF
    # Room again: the same letter gets the number nobody took.
    final = letter_approval.approve_letter(
        bureau.db, bureau.leader, bureau.paths, letter_id, fonts=FONTS, on=D(2026, 11, 24)
    )
    assert final.doc_number == "某教信复〔2026〕1号"


def test_the_leader_signing_on_a_full_disk_is_told_so(
    qtbot,
    bureau: Bureau,  # noqa: F811
    monkeypatch,
) -> None:
    from receptionapp.ui.letters.letter_approve import LetterApproveDialog
    from receptionapp.ui.widgets.case_page import CasePage
    from tests.uikit import drive

    case_id, _letter_id = _ready_reply(bureau)
    page = CasePage(bureau.db, bureau.leader, bureau.paths, case_id)
    qtbot.addWidget(page)
    page.show()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: told.append((title, text)))
    shown: list[LetterApproveDialog] = []
    fsync_full(monkeypatch)
    drive(monkeypatch, LetterApproveDialog, lambda dialog: None, shown)
    page.letters.ui.approveButton.click()
    assert shown and shown[0].result() == 0  # the dialog is still open for another try
    [(title, text)] = told
    assert title == "无法签发" and text.startswith("磁盘空间不足：未能签发，文书仍是草稿")
    assert case_letters(bureau.db, case_id)[0].status == "draft"


# ---------------------------------------------------------------- backups and restores


def test_a_backup_onto_a_full_drive_leaves_nothing_half_written(
    db: Database, admin: Actor, data_paths: DataPaths, tmp_path: Path, monkeypatch, capsys
) -> None:
    intake.register_case(db, admin, make_registration())
    usb = tmp_path / "usb"
    copies_fill_up(monkeypatch, ".partial")
    with pytest.raises(StorageFault) as refused:
        create_backup(db, data_paths, usb)
    assert str(refused.value).startswith(f"磁盘空间不足：备份未完成，原数据未受影响。请清理“{usb}”所在的磁盘")
    assert NEEDED.search(str(refused.value))
    assert _files(usb) == []

    # SQLite leaves its journal behind when the full disk refuses to remove it too.
    real = sqlite3.connect

    def journal_left(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real(target, *args, **kwargs)  # type: ignore[arg-type]
        if str(target).endswith(".partial"):
            Path(f"{target}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
            conn.execute("PRAGMA max_page_count = 20")
        return conn

    monkeypatch.setattr(sqlite3, "connect", journal_left)
    assert main(["backup", "--data-dir", str(data_paths.root), "--to", str(usb)]) == 1
    err = capsys.readouterr().err
    assert _error_line(err).startswith("错误：磁盘空间不足：备份未完成，原数据未受影响。")
    _clean(err)
    assert _files(usb) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() != 0, reason="mounts a 2 MB file system: root on Linux")
def test_a_backup_onto_a_really_full_file_system(
    db: Database, admin: Actor, data_paths: DataPaths, tmp_path: Path, monkeypatch
) -> None:
    """A real full disk: the copy fails half-way and SQLite's -wal and -shm are left; all of it goes."""
    for _ in range(40):
        intake.register_case(db, admin, make_registration(problem="学校收费问题反映。" * 300))
    usb = tmp_path / "usb"
    usb.mkdir()
    with sqlite3.connect(data_paths.database) as conn:
        size = (
            conn.execute("PRAGMA page_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
        )
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size // 2 // 4096 * 4096}", "tmpfs", str(usb)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        # A drive that reports more room than it has (a network drive's stale figure).
        monkeypatch.setattr(backup_service, "room_for", lambda *_args: None, raising=False)
        with pytest.raises(StorageFault) as refused:
            create_backup(db, data_paths, usb)
        assert str(refused.value).startswith("磁盘空间不足：备份未完成，原数据未受影响。")
        assert _files(usb) == []
    finally:
        subprocess.run(["umount", str(usb)], check=True)


@pytest.fixture
def backed_up(db: Database, admin: Actor, data_paths: DataPaths, tmp_path: Path) -> Path:
    """A backup of three cases; then a fourth registered; the database closed for the restore."""
    for _ in range(3):
        intake.register_case(db, admin, make_registration())
    path = create_backup(db, data_paths, tmp_path / "usb").info.path
    intake.register_case(db, admin, make_registration())
    db.dispose()
    return path


def test_a_restore_on_a_full_disk_leaves_no_half_copy_and_the_database_as_it_was(
    backed_up: Path, data_paths: DataPaths, monkeypatch
) -> None:
    copies_fill_up(monkeypatch, "before-restore")
    with pytest.raises(StorageFault) as refused:
        restore_backup(data_paths, backed_up)
    assert str(refused.value).startswith(
        f"磁盘空间不足：恢复未完成，原数据库未作改动。请清理“{data_paths.root}”所在的磁盘"
    )
    assert NEEDED.search(str(refused.value))
    assert not [p for p in data_paths.backups.iterdir() if "before-restore" in p.name]
    assert _count(data_paths.database, "cases") == 4


def test_a_restore_without_room_is_refused_before_anything_is_touched(
    backed_up: Path, data_paths: DataPaths, monkeypatch
) -> None:
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - 2**20, 2**20)
    )
    with pytest.raises(StorageFault) as refused:
        restore_backup(data_paths, backed_up)
    assert str(refused.value).startswith(
        f"磁盘空间不足：未恢复，原数据库未作改动。请清理“{data_paths.root}”所在的磁盘"
    )
    assert NEEDED.search(str(refused.value))
    assert list(data_paths.backups.iterdir()) == []
    assert _count(data_paths.database, "cases") == 4


# ---------------------------------------------------------------- archive bundles and exports


def test_an_archive_bundle_on_a_full_drive_is_removed_again(
    db: Database,
    data_paths: DataPaths,
    closed: PaperCase,
    people: dict[str, Actor],
    tmp_path: Path,
    monkeypatch,
) -> None:
    out = tmp_path / "usb"
    written: list[Path] = []
    real = Path.write_bytes

    def fill(self: Path, data: bytes) -> int:
        if written:  # the first file fits; the drive is full after it
            raise disk_full_error(self)
        written.append(self)
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", fill)
    with pytest.raises(StorageFault) as refused:
        write_bundle(db, people["office"], closed.case_id, data_paths.attachments, out)
    assert str(refused.value).startswith(
        f"磁盘空间不足：归档材料未导出，已写入的部分已删除。请清理“{out}”所在的磁盘"
    )
    assert NEEDED.search(str(refused.value))
    assert written and list(out.iterdir()) == []


def test_a_ledger_export_on_a_full_drive_leaves_no_part_file(
    db: Database, admin: Actor, tmp_path: Path, monkeypatch
) -> None:
    intake.register_case(db, admin, make_registration())
    out = tmp_path / "usb" / "台账.xlsx"
    out.parent.mkdir()

    real_save = openpyxl.Workbook.save

    def half_written(self: openpyxl.Workbook, filename: str) -> None:
        real_save(self, filename)  # its last blocks never reached the disk
        raise disk_full_error(filename)

    monkeypatch.setattr(openpyxl.Workbook, "save", half_written)
    with pytest.raises(StorageFault) as refused:
        export_ledger(db, admin, "2026", out)
    assert str(refused.value).startswith(f"磁盘空间不足：文件未导出。请清理“{out.parent}”所在的磁盘")
    assert list(out.parent.iterdir()) == []


# ---------------------------------------------------------------- the screens


def test_a_dialog_tells_a_full_disk_in_chinese_and_keeps_the_form(
    qapp, db: Database, admin: Actor, data_paths: DataPaths, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    db.dispose()
    compact(data_paths.database)
    with database_full():
        done = call_service(
            None,
            "无法登记",
            lambda _reason: intake.register_case(
                db, admin, make_registration(problem="学校收费问题。" * 400)
            ),
        )
    assert isinstance(done, Refused)
    assert told == [
        f"磁盘空间不足：本次操作未保存，数据库未作任何改动。请清理“{data_paths.root}”所在的磁盘后重试（需要约50 MB）"
    ]
    assert _count(data_paths.database, "cases") == 0

    # A file the disk refused: its folder is named.
    told.clear()
    folder = data_paths.root / "printouts"

    def refused_write(_reason: str) -> None:
        raise disk_full_error(folder / "交办单.pdf")

    assert isinstance(call_service(None, "无法保存PDF", refused_write), Refused)
    assert told == [f"磁盘空间不足：操作未完成。请清理“{folder}”所在的磁盘后重试（需要约50 MB）"]


def test_background_work_tells_a_full_disk_as_a_refusal_not_a_crash(qtbot, monkeypatch) -> None:
    warned: list[str] = []
    crashed: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: crashed.append(text))

    def work(_progress: object) -> None:
        cause = sqlite3.OperationalError("database or disk is full")
        raise OperationalError(
            "INSERT INTO persons (name, phone) VALUES (?, ?)", ("张晓梅", "13812345678"), cause
        )

    run_in_background(None, work)
    assert wait_idle()
    assert crashed == []
    [text] = warned
    assert text.startswith("磁盘空间不足：本次操作未保存，数据库未作任何改动。") and NEEDED.search(text)
    assert shows_nothing_personal(text)


def test_a_draft_that_cannot_be_saved_leaves_no_petitioner_data_in_the_log(
    qtbot, db: Database, admin: Actor, data_paths: DataPaths, log_file: Path
) -> None:
    typed = {"name": "张晓梅", "id_number": "11010519491231002X", "phone": "13812345678"}
    status = QLabel()
    qtbot.addWidget(status)
    keeper = FormDraft(
        db, admin, "registration", status, lambda: {**typed, "problem": "收费。" * 3000}, lambda: True
    )
    db.dispose()
    compact(data_paths.database)
    with database_full():
        keeper.save_now()
    assert status.text() == "草稿未能自动保存，请尽快保存登记"
    log = log_file.read_text(encoding="utf-8")
    assert "could not save the registration draft" in log and "[SQL: INSERT INTO drafts" in log
    assert shows_nothing_personal(log) and "收费。收费。" not in log
    # Errors given as arguments are told the same way.
    error = OperationalError("UPDATE persons SET phone = ?", ("13812345678",), sqlite3.OperationalError("x"))
    logging.getLogger("receptionapp.test").warning("failed: %s", error)
    assert "13812345678" not in log_file.read_text(encoding="utf-8")
