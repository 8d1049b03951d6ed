"""Hostile ledger files: limits are checked before anything is parsed, bad rows are listed, not fatal.

An .xlsx that inflated to 1.1 GB took 3.9 GB of memory and 48 s before it
was refused; a CSV cell over 131,072 characters stopped the import with
``_csv.Error``. Now the workbook's unpacked size is read from its zip
directory and refused at once, in Chinese; the long cell's row is listed
with the reason and the other rows import.
"""

from __future__ import annotations

import csv
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from receptionapp.db.database import Database
from receptionapp.domain.ledger_fields import LedgerMapping, guess_mapping
from receptionapp.services.context import Actor
from receptionapp.services.ledger import files
from receptionapp.services.ledger.files import LedgerFileError, read_ledger
from receptionapp.services.ledger.importer import dry_run, run_import
from receptionapp.services.ledger.plan import ImportChoices, RowStatus
from tests.ledger_samples import HEADERS, sample_rows, write_csv, write_xlsx

BOMB_BYTES = 1_100_000_000


def mapping_of(table: files.LedgerTable) -> LedgerMapping:
    return LedgerMapping.from_columns(guess_mapping(table.labels), table.labels)


def lines(count: int) -> list[dict[str, object]]:
    rows = sample_rows()[:count]
    for i, row in enumerate(rows, 1):
        row["序号"] = i
    return rows


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real ledger workbook whose sheet holds one cell that inflates to 1.1 GB (8 MB on disk)."""
    folder = tmp_path_factory.mktemp("bomb")
    plain = folder / "plain.xlsx"
    write_xlsx(plain, lines(3))
    path = folder / "台账.xlsx"
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != "xl/worksheets/sheet2.xml":
                out.writestr(info.filename, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with out.open(info.filename, "w", force_zip64=True) as part:
                part.write(head + b'<row r="999"><c r="A999" t="inlineStr"><is><t>')
                chunk = b"\xe5\xad\xa6" * (1 << 20)  # 学
                for _ in range(BOMB_BYTES // len(chunk)):
                    part.write(chunk)
                part.write(b"</t></is></c></row></sheetData>" + tail)
    assert path.stat().st_size < 20_000_000
    return path


def test_a_workbook_that_inflates_to_a_gigabyte_is_refused_before_it_is_read(bomb: Path) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(LedgerFileError) as refused:
            read_ledger(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 5
    assert peak < 20_000_000
    assert "解压后有1047MB，超过512MB的上限" in str(refused.value)


def test_a_workbook_with_too_many_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    with zipfile.ZipFile(path, "w") as out:
        for i in range(10_001):
            out.writestr(f"x/{i}", b"")
    with pytest.raises(LedgerFileError, match="内含10001个部件"):
        read_ledger(path)


def test_a_value_far_to_the_right_is_refused_and_a_wide_merge_is_cut_to_the_ledger(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    write_xlsx(path, lines(3))
    workbook = load_workbook(path)
    ws = workbook["2025年台账"]
    ws.merge_cells("A1:XFD1")  # a title merged across every column Excel has
    workbook.save(path)
    table = read_ledger(path)
    assert len(table.rows) == 3 and len(table.rows[0][1]) <= 256

    ws.cell(1000, 16384).value = "远在右边"  # column XFD: every row would be padded to it
    workbook.save(path)
    with pytest.raises(LedgerFileError, match="第1000行第16384列有内容，超出台账的范围"):
        read_ledger(path)


def test_a_csv_cell_over_the_csv_modules_limit_is_a_row_problem(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    rows = lines(3)
    secret = "张晓梅的住址" * 30_000  # 180,000 characters
    rows[1]["反映问题"] = secret
    path = tmp_path / "台账.csv"
    write_csv(path, "utf-8", rows)

    table = read_ledger(path)
    line = table.rows[1][0]
    summary = dry_run(db, table, mapping_of(table))
    [bad] = summary.bad
    assert bad.row == line
    assert bad.reasons == [
        "“反映问题”一栏有180000个字，超过单元格上限32767个字"
        "（多为文件中的引号不配对，把后面的内容并进了这一格），请在原表中修改该行"
    ]
    assert "张晓梅" not in "".join(summary.problem_lines())  # the cell's text is not repeated anywhere

    done = run_import(db, admin, table, mapping_of(table), ImportChoices(skip_bad=True))
    assert done.count(RowStatus.NEW) == 2 and done.count(RowStatus.SKIPPED) == 1


def test_an_unclosed_quote_swallowing_the_rest_of_the_file_is_reported_not_fatal(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "台账.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(HEADERS)
        out.writerow(["1", "2025-03-05", "来访", "张晓梅", "女", "", "13812345678", "", "城东区", "市第一中学",
                      "教育收费", "学校收费", "退费"])  # fmt: skip
        stream.write('2,2025-03-06,来访,李强,男,,13912345678,,城东区,市第一中学,教育收费,"收费问题\n')
        for i in range(4000):
            out.writerow([str(i + 3), "2025-03-07", "来访", "王五", "男", "", "", "", "", "", "", "问题" * 5])
    table = read_ledger(path)
    summary = dry_run(db, table, mapping_of(table))
    assert [r.row for r in summary.bad] == [3]
    assert "引号不配对" in summary.bad[0].reasons[0]
