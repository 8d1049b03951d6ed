"""The report as an Excel workbook: one sheet per table, numbers as numbers, and the notes.

Each sheet has the report's title on its first row, the column headers
frozen below it, counts as integers, shares and rates as numbers in percent
format (0.0%), widths fitted to the Chinese text, and a total row in bold.
The last sheet, 说明, holds the definitions from ``reports.definitions``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from receptionapp.reports.cells import put_text
from receptionapp.reports.definitions import notes
from receptionapp.reports.statistics import Report
from receptionapp.reports.tables import Cell, Table, report_tables
from receptionapp.services.chosen_paths import replacing

Progress = Callable[[int, int], None]
FONT = "宋体"
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TITLE_FONT = Font(name=FONT, size=14, bold=True)
HEADER_FONT = Font(name=FONT, size=11, bold=True)
BODY_FONT = Font(name=FONT, size=11)
BOLD_FONT = Font(name=FONT, size=11, bold=True)
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
PERCENT_FORMAT = "0.0%"
POINTS_FORMAT = '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'
HEADER_ROW = 2


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def report_title(report: Report) -> str:
    return f"{report.bureau}信访工作统计（{report.period.label}）"


def sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "表"
    base, n = name, 2
    while name in used:
        name = f"{base[:28]}{n}"
        n += 1
    used.add(name)
    return name


def _write_cell(ws: Worksheet, row: int, column: int, cell: Cell, bold: bool) -> None:
    target = ws.cell(row=row, column=column)
    if cell.kind == "count" and cell.value is not None:
        target.value = int(cell.value)
        target.number_format = "0"
    elif cell.kind == "percent" and cell.value is not None:
        # Excel's percent format multiplies by 100: store the fraction.
        target.value = round(float(cell.value) / 100, 6)
        target.number_format = PERCENT_FORMAT
    elif cell.kind == "points" and cell.value is not None:
        target.value = float(cell.value)
        target.number_format = POINTS_FORMAT
    elif cell.is_number or cell.value is None:
        target.value = "—" if cell.kind != "text" else ""
    else:
        put_text(target, str(cell.value))  # a category or unit name as typed, never a formula
    target.font = BOLD_FONT if bold else BODY_FONT
    target.border = BORDER
    target.alignment = Alignment(
        horizontal="right" if cell.kind != "text" else "left",
        vertical="center",
        wrap_text=cell.kind == "text",
    )


def write_table(ws: Worksheet, table: Table, title: str) -> None:
    columns = len(table.columns)
    heading = ws.cell(row=1, column=1)
    put_text(heading, f"{title} — {table.title}")
    heading.font = TITLE_FONT
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(columns, 1))
    ws.row_dimensions[1].height = 24
    for c, name in enumerate(table.columns, start=1):
        head = ws.cell(row=HEADER_ROW, column=c)
        put_text(head, name)  # a cross table's columns are categories or regions
        head.font, head.fill, head.border = HEADER_FONT, HEADER_FILL, BORDER
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r, row in enumerate(table.rows, start=HEADER_ROW + 1):
        bold = table.has_total and r == HEADER_ROW + len(table.rows)
        for c, cell in enumerate(row, start=1):
            _write_cell(ws, r, c, cell, bold)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    for c, name in enumerate(table.columns, start=1):
        texts = [name] + [row[c - 1].text for row in table.rows]
        width = max(display_width(t) for t in texts) + 2
        ws.column_dimensions[get_column_letter(c)].width = min(max(width, 8), 60)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape" if columns > 5 else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if not table.rows:
        ws.cell(row=HEADER_ROW + 1, column=1, value="（本期无数据）").font = BODY_FONT


def write_notes(ws: Worksheet, lines: list[str], title: str) -> None:
    heading = ws.cell(row=1, column=1)
    put_text(heading, f"{title} — 说明")
    heading.font = TITLE_FONT
    ws.cell(row=HEADER_ROW, column=1, value="统计口径").font = HEADER_FONT
    ws.cell(row=HEADER_ROW, column=1).fill = HEADER_FILL
    for r, line in enumerate(lines, start=HEADER_ROW + 1):
        cell = ws.cell(row=r, column=1)
        put_text(cell, line)
        cell.font = BODY_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 110
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)


def write_report_xlsx(report: Report, path: Path, progress: Progress | None = None) -> Path:
    """Write the workbook to ``path`` (written to a temporary file first, then moved in place)."""
    tables = report_tables(report)
    title = report_title(report)
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    used: set[str] = set()
    for i, table in enumerate(tables):
        ws = first if i == 0 else workbook.create_sheet()
        ws.title = sheet_name(table.title, used)
        write_table(ws, table, title)
        if progress:
            progress(i + 1, len(tables) + 1)
    write_notes(workbook.create_sheet(sheet_name("说明", used)), notes(report.period, report.made_on), title)
    workbook.properties.title = title
    workbook.properties.creator = "教育信访接待系统"
    with replacing(path) as partial:
        workbook.save(partial)
    if progress:
        progress(len(tables) + 1, len(tables) + 1)
    return path
