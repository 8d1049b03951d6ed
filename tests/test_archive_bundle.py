"""The archive bundle of a closed case, written headless as the archives room asks for it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import delete

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.db.models import SharedFile
from receptionapp.documents import samples
from receptionapp.documents.official import render_official
from receptionapp.paths import DataPaths
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, NotFound, ServiceError
from receptionapp.services.papers import archive as archive_bundle
from receptionapp.services.papers.archive import BundleDocument, find_case_id, write_bundle
from tests.conftest import ON_POSTGRES, make_registration
from tests.paper_case import PaperCase
from tests.pdfcheck import all_text, page_texts, squeeze

PAPERS = (
    "领导干部接待群众来访登记单",
    "领导接访接谈记录",
    "信访事项交办单",
    "信访事项督办单",
    "信访事项办结单",
)


def run_cli(data_paths: DataPaths, *args: str) -> int:
    return main(["--data-dir", str(data_paths.root), *args])


def test_the_command_writes_every_paper_the_attachments_and_the_index(
    data_paths: DataPaths,
    closed: PaperCase,
    scan: Path,
    tmp_path: Path,
    capsys,
) -> None:
    out = tmp_path / "档案室"
    number = closed.number.replace("〔", "[").replace("〕", "]")
    assert run_cli(data_paths, "archive", number, "--out", str(out)) == 0
    printed = capsys.readouterr().out
    [folder] = out.iterdir()
    assert folder.name == f"{closed.archive_number}_{closed.number}" and str(folder) in printed
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert names == [
        "00_卷内目录.pdf",
        "01_登记单.pdf",
        "02_接谈记录_20261014_1440.pdf",
        "03_交办单_交办〔2026〕0001号.pdf",
        "04_交办单_交办〔2026〕0002号.pdf",
        "05_督办单_督办〔2026〕0001号.pdf",
        "06_办结单.pdf",
        "manifest.json",
        "附件/来信扫描件.pdf",
    ]
    assert (folder / "附件" / "来信扫描件.pdf").read_bytes() == scan.read_bytes()
    assert "王𠇔" not in all_text((folder / "04_交办单_交办〔2026〕0002号.pdf").read_bytes())

    index = (folder / "00_卷内目录.pdf").read_bytes()
    text = all_text(index)
    assert "卷内目录" in text and closed.archive_number in text and closed.number in text
    for paper in PAPERS:
        assert paper in text, paper
    for name in names[1:-2]:
        assert squeeze(name) in text, name
    assert "附件：来信扫描件" in text and "本卷共7件" in text
    assert len(page_texts(index)) == 1

    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert (manifest["case_number"], manifest["archive_number"]) == (closed.number, closed.archive_number)
    assert [f["file"] for f in manifest["files"]] == [n for n in names if n != "manifest.json"]
    for entry in manifest["files"]:
        data = (folder / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["size"] == len(data)
    assert [f["pages"] for f in manifest["files"]][:7] == [1] * 7

    # Exported again: a new folder beside the first, whose files are the same bytes.
    assert run_cli(data_paths, "archive", closed.number, "--out", str(out)) == 0
    second = out / f"{folder.name}（2）"
    assert (second / "03_交办单_交办〔2026〕0001号.pdf").read_bytes() == (
        folder / "03_交办单_交办〔2026〕0001号.pdf"
    ).read_bytes()
    assert not list(out.glob("*.part"))


def test_the_command_explains_what_it_cannot_do(
    db: Database,
    data_paths: DataPaths,
    people: dict[str, Actor],
    tmp_path: Path,
    capsys,
) -> None:
    open_case = intake.register_case(db, people["clerk"], make_registration())
    out = tmp_path / "out"
    assert run_cli(data_paths, "archive", open_case.number, "--out", str(out)) == 1
    assert f"{open_case.number}尚未办结" in capsys.readouterr().err
    assert run_cli(data_paths, "archive", "来访(2026)0999号", "--out", str(out)) == 1
    assert "找不到事项来访〔2026〕0999号" in capsys.readouterr().err
    assert run_cli(data_paths, "archive", "2026-42", "--out", str(out)) == 1
    assert "事项编号格式不对" in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())


def test_letters_join_the_bundle_before_the_completion(
    db: Database,
    data_paths: DataPaths,
    closed: PaperCase,
    people: dict[str, Actor],
    tmp_path: Path,
) -> None:
    letter = render_official(samples.reply_letter())

    def replies(_db: Database, case_id: int, _paths: DataPaths) -> list[BundleDocument | tuple[str, bytes]]:
        assert case_id == closed.case_id
        return [("信访事项答复意见书", letter)]

    bundle = write_bundle(
        db, people["office"], closed.case_id, data_paths.attachments, tmp_path, providers=[replies]
    )
    titles = [f.title for f in bundle.documents]
    assert titles.index("信访事项答复意见书") == titles.index("信访事项办结单") - 1
    assert (bundle.folder / "06_信访事项答复意见书.pdf").read_bytes() == letter
    assert "信访事项答复意见书" in all_text((bundle.folder / "00_卷内目录.pdf").read_bytes())
    last = get_case(db, closed.case_id).timeline[-1]
    assert last.action == "print" and "导出归档材料" in last.summary
    assert len(last.details["files"]) == 9  # the index, 6 papers and the letter, the attachment
    manifest = (bundle.folder / "manifest.json").read_bytes()
    assert last.details["manifest_sha256"] == hashlib.sha256(manifest).hexdigest()


def test_a_registered_provider_is_used_by_default(
    db: Database,
    data_paths: DataPaths,
    closed: PaperCase,
    people: dict[str, Actor],
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(archive_bundle, "LETTER_PROVIDERS", [])
    notice = render_official(samples.notice(samples.LetterType.ACCEPTANCE))
    archive_bundle.register_letter_provider(lambda _db, _id, _paths: [BundleDocument("受理告知单", notice)])
    bundle = write_bundle(db, people["office"], closed.case_id, data_paths.attachments, tmp_path)
    assert "受理告知单" in [f.title for f in bundle.documents]


def test_missing_attachment_stops_the_export(
    db: Database,
    data_paths: DataPaths,
    closed: PaperCase,
    people: dict[str, Actor],
    tmp_path: Path,
) -> None:
    [attachment] = get_case(db, closed.case_id).attachments
    (data_paths.attachments / attachment.stored_name).unlink()
    if ON_POSTGRES:
        # A shared server keeps a copy for the other PCs: the export fetches it back ...
        bundle = write_bundle(
            db, people["office"], closed.case_id, data_paths.attachments, tmp_path / "first"
        )
        assert (data_paths.attachments / attachment.stored_name).is_file() and bundle.folder.is_dir()
        # ... and stops only when the file is nowhere: not here, not on the server.
        (data_paths.attachments / attachment.stored_name).unlink()
        with db.write() as session:
            session.execute(delete(SharedFile))
    with pytest.raises(ServiceError, match=r"来信扫描件\.pdf"):
        write_bundle(db, people["office"], closed.case_id, data_paths.attachments, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_case_numbers_are_read_as_printed(db: Database, closed: PaperCase) -> None:
    for text in (closed.number, closed.number.replace("〔", "(").replace("〕", ")"), f" {closed.number} "):
        assert find_case_id(db, text) == closed.case_id
    with pytest.raises(NotFound):
        find_case_id(db, "接访〔2026〕0002号")
