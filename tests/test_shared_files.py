"""Files stored by one PC open on another PC of the same PostgreSQL database (services.shared_files).

On PostgreSQL each "PC" is a data folder of its own on the test's database;
on SQLite the data folder stays the only store and ``shared_files`` empty.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from receptionapp.db.database import Database
from receptionapp.db.models import SharedFile
from receptionapp.documents.templates import LetterType
from receptionapp.paths import ENV_DB_URL, DataPaths
from receptionapp.services.admin import setup
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.admin.transfer import migrate_database
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.letters.records import get_letter
from receptionapp.services.letters.rendering import draft_pdf, letter_pdf
from receptionapp.services.shared_files import FileKind, fetch
from tests.conftest import ADMIN_PASSWORD, ON_POSTGRES, make_registration
from tests.letterkit import Bureau, bureau  # noqa: F401
from tests.test_letters import FONTS, approve, ready_reply

needs_server = pytest.mark.skipif(
    not ON_POSTGRES, reason="needs a PostgreSQL server (RECEPTIONAPP_TEST_DB_URL)"
)


def scan(tmp_path: Path, name: str = "来信扫描件.pdf", content: bytes = b"%PDF-1.4 scanned letter\n") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def register_with_attachment(db: Database, actor, paths: DataPaths, source: Path) -> int:
    return intake.register_case(
        db,
        actor,
        make_registration(received_at=dt.datetime(2026, 11, 2, 9)),
        attachments=[source],
        attachment_folder=paths.attachments,
    ).id


def shared_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SharedFile)) or 0)


@pytest.fixture
def second_pc(tmp_path: Path, database_url: str | None):
    """Another PC: its own, empty data folder on the same database server."""
    paths = DataPaths(tmp_path / "office-pc").ensure()
    db = open_database(paths, database_url)
    yield paths, db
    db.dispose()


def test_the_embedded_database_keeps_files_in_the_data_folder_only(db, admin, data_paths, tmp_path) -> None:
    if ON_POSTGRES:
        pytest.skip("SQLite only")
    case_id = register_with_attachment(db, admin, data_paths, scan(tmp_path))
    attachment = get_case(db, case_id, admin).attachments[0]
    assert (data_paths.attachments / attachment.stored_name).is_file()
    assert shared_count(db) == 0
    (data_paths.attachments / attachment.stored_name).unlink()
    assert (
        fetch(db, FileKind.ATTACHMENT, data_paths.attachments, attachment.stored_name, attachment.sha256)
        is None
    )


@needs_server
def test_an_attachment_registered_on_one_pc_opens_on_another(
    db, admin, data_paths, second_pc, tmp_path
) -> None:
    content = "扫描件内容".encode() * 1000
    case_id = register_with_attachment(db, admin, data_paths, scan(tmp_path, content=content))
    other_paths, other_db = second_pc
    attachment = get_case(other_db, case_id, admin).attachments[0]
    assert not (other_paths.attachments / attachment.stored_name).exists()
    path = fetch(
        other_db, FileKind.ATTACHMENT, other_paths.attachments, attachment.stored_name, attachment.sha256
    )
    assert path == other_paths.attachments / attachment.stored_name
    assert path.read_bytes() == content
    assert shared_count(db) == 1
    # The same file registered again is stored once.
    register_with_attachment(db, admin, data_paths, scan(tmp_path, "再次来信.pdf", content))
    assert shared_count(db) == 1


@needs_server
def test_a_changed_copy_on_the_server_is_not_handed_out(db, admin, data_paths, second_pc, tmp_path) -> None:
    case_id = register_with_attachment(db, admin, data_paths, scan(tmp_path))
    with db.write() as session:
        session.execute(update(SharedFile).values(content=b"tampered"))
    other_paths, other_db = second_pc
    attachment = get_case(other_db, case_id, admin).attachments[0]
    assert (
        fetch(
            other_db, FileKind.ATTACHMENT, other_paths.attachments, attachment.stored_name, attachment.sha256
        )
        is None
    )
    assert not (other_paths.attachments / attachment.stored_name).exists()


@needs_server
def test_a_letter_signed_on_one_pc_prints_on_another(bureau: Bureau, second_pc) -> None:  # noqa: F811
    _case_id, letter_id = ready_reply(bureau)
    final = approve(bureau, letter_id)
    other_paths, other_db = second_pc
    pdf = letter_pdf(other_db, other_paths, letter_id, FONTS, actor=bureau.office)
    assert hashlib.sha256(pdf).hexdigest() == final.sha256
    # The seal image came along too: the office PC previews a draft with it.
    text = get_letter(other_db, letter_id).text
    preview = draft_pdf(other_db, other_paths, _case_id, LetterType.REPLY, text, FONTS, actor=bureau.office)
    assert preview[:5] == b"%PDF-"
    assert any(other_paths.root.rglob("*.png"))


@needs_server
def test_migrate_db_puts_the_folders_files_on_the_server(tmp_path, database_url, monkeypatch) -> None:
    monkeypatch.delenv(ENV_DB_URL)
    paths = DataPaths(tmp_path / "pc").ensure()
    source = open_database(paths, paths.sqlite_url)
    admin = setup.initialize(source, "某市教育局", "admin", "系统管理员", ADMIN_PASSWORD)
    content = b"%PDF-1.4 photo of the letter"
    case_id = register_with_attachment(source, admin, paths, scan(tmp_path, content=content))
    from tests.conftest import _admin_execute

    target_url = database_url.replace("receptionapp_test_", "receptionapp_test_files_")
    _admin_execute(f'CREATE DATABASE "{target_url.rsplit("/", 1)[1]}"')
    try:
        report = migrate_database(source, target_url, paths=paths)
        assert report.files == 1
        target = Database(target_url)
        try:
            other = DataPaths(tmp_path / "leader-pc").ensure()
            attachment = get_case(target, case_id, admin).attachments[0]
            path = fetch(
                target, FileKind.ATTACHMENT, other.attachments, attachment.stored_name, attachment.sha256
            )
            assert path is not None and path.read_bytes() == content
        finally:
            target.dispose()
    finally:
        source.dispose()
        _admin_execute(f'DROP DATABASE IF EXISTS "{target_url.rsplit("/", 1)[1]}" WITH (FORCE)')


@needs_server
def test_check_counts_a_file_on_the_server_as_present(db, admin, data_paths, second_pc, tmp_path) -> None:
    from receptionapp.services.admin.check import check_files

    case_id = register_with_attachment(db, admin, data_paths, scan(tmp_path))
    other_paths, other_db = second_pc
    assert check_files(other_db, other_paths) == []  # not fetched yet, but on the server
    attachment = get_case(other_db, case_id, admin).attachments[0]
    path = fetch(
        other_db, FileKind.ATTACHMENT, other_paths.attachments, attachment.stored_name, attachment.sha256
    )
    assert path is not None
    path.write_bytes(b"changed on this PC")
    assert "附件文件缺失或已被改动" in check_files(other_db, other_paths)[0]
