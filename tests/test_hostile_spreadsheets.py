"""Hostile text in the spreadsheets the app writes and reads: text stays text, numbers stay numbers.

The ledger and the report wrote user text beginning with ``=`` as live
Excel formulas (``=HYPERLINK("http://…","点此查看")`` in a problem text or
an admin-added category). Every .xlsx and .csv the app writes now keeps
such a text as text (``domain.spreadsheet``); a ledger imported with a
formula in it brings the formula's text in as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, User
from receptionapp.domain.ledger_fields import LedgerMapping, guess_mapping
from receptionapp.domain.spreadsheet import FORMULA_LEADS, csv_text, looks_like_formula, sheet_text
from receptionapp.reports.cells import put_text
from receptionapp.reports.export import export_ledger, export_report
from receptionapp.services.admin import audit_log, users
from receptionapp.services.admin import reference_lists as lists
from receptionapp.services.admin.auth import actor_of
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor
from receptionapp.services.ledger.files import read_ledger
from receptionapp.services.ledger.importer import run_import
from receptionapp.services.ledger.plan import ImportChoices
from tests.conftest import make_registration
from tests.ledger_samples import HEADERS, sample_rows, write_xlsx

LINK = '=HYPERLINK("http://example.com/x","点此查看")'
CATEGORY = '=HYPERLINK("http://example.com/c","教育收费")'
REGION = "＋1"
WHO = '=HYPERLINK("http://example.com/u","陈接待")'
# (problem, demand, unit) of two cases
TEXTS = [
    (LINK, "\t=1+1", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("-2+3", "#N/A", "\r=1+1"),
]
ALL_TEXTS = {text for texts in TEXTS for text in texts} | {CATEGORY, REGION}


@pytest.fixture
def hostile_case(db: Database, admin: Actor) -> Actor:
    """Cases whose texts, category, region and clerk's name all read like formulas; returns the clerk."""
    lists.add_entry(db, admin, lists.ListKind.CATEGORY, CATEGORY)
    lists.add_entry(db, admin, lists.ListKind.REGION, REGION)
    user_id = users.create_user(db, admin, users.UserInput("clerk", WHO, "clerk", password="secret123"))
    with db.read() as session:
        clerk = actor_of(session.get_one(User, user_id))
    for problem, demand, unit in TEXTS:
        registration = make_registration(
            category=CATEGORY, region=REGION, problem=problem, demand=demand, unit=unit
        )
        intake.register_case(db, clerk, registration)
    # Registration trims a text; one stored otherwise (an older version, an imported ledger) keeps its tab.
    with db.write() as session:
        session.execute(update(Case).where(Case.demand == "=1+1").values(demand="\t=1+1"))
        session.execute(update(Case).where(Case.unit_name == "=1+1").values(unit_name="\r=1+1"))
    return clerk


def formulas_in(path: Path) -> list[str]:
    """The worksheets of an .xlsx that hold a formula element."""
    with zipfile.ZipFile(path) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
            and (b"<f>" in archive.read(name) or b"<f " in archive.read(name))
        ]


def text_cells(path: Path) -> dict[str, list[tuple[str, bool]]]:
    """Each sheet's string cells that read like formulas: (value, quote prefix); asserts no formula cell."""
    found: dict[str, list[tuple[str, bool]]] = {}
    workbook = load_workbook(path)
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str) and looks_like_formula(cell.value):
                    assert cell.data_type == "s"
                    found.setdefault(ws.title, []).append((cell.value, bool(cell.quotePrefix)))
    return found


def test_the_ledger_keeps_every_text_as_typed_and_numbers_as_numbers(
    db: Database, admin: Actor, hostile_case: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "台账.xlsx"
    assert export_ledger(db, admin, "2026", out) == 2
    assert formulas_in(out) == []
    cells = text_cells(out)["台账"]
    values = {value for value, _ in cells}
    assert values == ALL_TEXTS
    assert all(quoted for _, quoted in cells)
    ws = load_workbook(out)["台账"]
    headers = [c.value for c in ws[2]]
    row = dict(zip(headers, [c.value for c in ws[3]], strict=True))
    assert row["人数"] == 1 and ws.cell(3, headers.index("人数") + 1).data_type == "n"
    assert row["收到日期"] == dt.datetime(2026, 11, 18)


def test_the_report_keeps_category_and_region_names_as_text(
    db: Database, admin: Actor, hostile_case: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "报表.xlsx"
    export_report(db, "2026", out, actor=admin, today=dt.date(2026, 12, 31))
    assert formulas_in(out) == []
    cells = text_cells(out)
    values = {value for sheet in cells.values() for value, _ in sheet}
    assert {CATEGORY, REGION} <= values
    assert all(quoted for sheet in cells.values() for _, quoted in sheet)
    counts = [
        cell
        for ws in load_workbook(out).worksheets
        for row in ws.iter_rows(min_row=3)
        for cell in row
        if isinstance(cell.value, int | float)
    ]
    assert counts and all(cell.data_type == "n" for cell in counts)


def test_the_audit_csv_quotes_every_formula_looking_field(
    db: Database, admin: Actor, hostile_case: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "审计.csv"
    audit_log.export_csv(db, admin, audit_log.AuditFilter(), out)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    fields = [field for row in rows for field in row]
    assert not [f for f in fields if f[:1] in FORMULA_LEADS]
    assert "'" + WHO in fields  # the clerk's name on the registration's entry


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "＝1", "#N/A"])
def test_the_rule(text: str) -> None:
    assert looks_like_formula(text) and csv_text(text) == "'" + text
    assert not looks_like_formula("学校收费") and csv_text("1+1") == "1+1" and csv_text("") == ""
    assert sheet_text("教育\x00收费\ud800") == "教育\ufffd收费\ufffd"


def test_a_stored_control_character_no_longer_breaks_the_exports(
    db: Database, admin: Actor, hostile_case: Actor, tmp_path: Path
) -> None:
    """A name stored before names were checked shows as U+FFFD; the export succeeds.

    (An escape character: PostgreSQL cannot store a NUL at all, SQLite could.)
    """
    with db.write() as session:
        session.execute(update(Category).where(Category.name == CATEGORY).values(name="教育\x1b收费"))
    export_report(db, "2026", tmp_path / "报表.xlsx", actor=admin)
    export_ledger(db, admin, "2026", tmp_path / "台账.xlsx")
    ws = load_workbook(tmp_path / "台账.xlsx")["台账"]
    assert "教育\ufffd收费" in [c.value for c in ws[3]]


def test_an_imported_ledgers_formulas_come_in_as_text(db: Database, admin: Actor, tmp_path: Path) -> None:
    lines = sample_rows()[:2]
    for i, line in enumerate(lines, 1):
        line["序号"] = i
    path = tmp_path / "台账.xlsx"
    write_xlsx(path, lines)
    # A formula cell never calculated (as a script writes it), and a text cell that reads like one.
    workbook = load_workbook(path)
    ws = workbook["2025年台账"]
    problem = HEADERS.index("反映问题") + 1
    demand = HEADERS.index("诉求") + 1
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == 1)
    ws.cell(first, problem).value = LINK  # openpyxl stores "=…" as a formula
    assert ws.cell(first, problem).data_type == "f"
    text = ws.cell(first + 1, demand)
    text.value, text.data_type = "=1+1", "s"
    workbook.save(path)

    table = read_ledger(path)
    assert LINK in table.rows[0][1] and "=1+1" in table.rows[1][1]
    mapping = LedgerMapping.from_columns(guess_mapping(table.labels), table.labels)
    summary = run_import(db, admin, table, mapping, ImportChoices(skip_bad=True))
    assert summary.batch_id
    with db.read() as session:
        stored = dict(session.execute(select(Case.problem, Case.demand)).all())
    assert LINK in stored and "=1+1" in stored.values()

    out = tmp_path / "导出.xlsx"
    export_ledger(db, admin, "2025", out)
    assert formulas_in(out) == []
    assert {LINK, "=1+1"} <= {value for value, _ in text_cells(out)["台账"]}


def test_a_written_workbook_keeps_a_quoted_cell_after_openpyxl_reads_and_saves_it(tmp_path: Path) -> None:
    """quotePrefix survives a round trip through openpyxl (as through Excel: it is the cell's style)."""
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    put_text(ws["A1"], LINK)
    workbook.save(tmp_path / "a.xlsx")
    again = load_workbook(tmp_path / "a.xlsx")
    cell = again.active["A1"]  # type: ignore[index]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (LINK, "s", True)
