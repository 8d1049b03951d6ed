"""Register-style forms: the five papers of 四单一记录 (登记单, 交办单, 督办单, 办结单, 接谈记录) and others.

A form is the bureau's name and the form's title centred at the top, a line
with the case number and date, a ruled table, signature lines and page
numbers. Table rows are :class:`FormRow` (one or two short label/value pairs),
:class:`FormText` (a labelled long text across the full width that wraps,
keeps room for handwriting when empty, and continues on the next page with its
label marked 续 when it is long), :class:`FormSection` (a heading across the
table) and :class:`FormGrid` (a small table of its own, e.g. the petitioners of
a collective visit, one row each). Labels are 黑体, values 宋体, both 小四 (12 pt). A form fits one page
unless its content is longer; a continued page repeats the title and number.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from receptionapp.documents.fonts import RENDER_LOCK, FontFile, FontSet, Role, clean_text, default_font_set
from receptionapp.documents.official import chinese_date
from receptionapp.documents.page import (
    PAGE_HEIGHT,
    TextBlock,
    draw_draft_watermark,
    draw_runs,
    new_canvas,
    runs_width,
    y_from_top,
)
from receptionapp.documents.textflow import Line, balanced_lines, break_lines
from receptionapp.documents.verification import verification_code

BLOCK = TextBlock(left=25 * mm, top=22 * mm, width=160 * mm, height=250 * mm)
SIZE = 12.0  # 小四
LEADING = 19.0
PAD = 2.2 * mm
LABEL_WIDTH = 27 * mm
PAIR_VALUE_WIDTH = BLOCK.width / 2 - LABEL_WIDTH
MIN_ROW = 10 * mm
BUREAU_SIZE = 16.0
TITLE_SIZE = 22.0
NOTE_SIZE = 10.5  # 五号
SIGNATURE_GAP = 13 * mm


@dataclass(frozen=True)
class FormRow:
    """One row of short fields: ``label: value`` and optionally a second pair beside it."""

    label: str
    value: str = ""
    label2: str | None = None
    value2: str = ""


@dataclass(frozen=True)
class FormText:
    """A long text across the table's width; ``min_lines`` leaves room for handwriting."""

    label: str
    text: str = ""
    min_lines: int = 2


@dataclass(frozen=True)
class FormSection:
    """A heading row across the whole table (e.g. 接谈情况)."""

    title: str


@dataclass(frozen=True)
class FormGrid:
    """A table inside the form: a shaded header row, then one row per entry.

    ``columns`` are (header, relative width); every row has one value per column;
    ``align`` is "left" or "center" per column (all centred when empty).
    """

    columns: Sequence[tuple[str, float]]
    rows: Sequence[Sequence[str]]
    align: Sequence[str] = ()
    size: float = SIZE  # 五号 (NOTE_SIZE) for a table that must leave the page room for the rest


FormItem = FormRow | FormText | FormSection | FormGrid


@dataclass(frozen=True)
class FormDocument:
    """A form to print (表单)."""

    title: str
    bureau: str
    number: str
    rows: Sequence[FormItem]
    footer_signatures: Sequence[str] = ()
    draft: bool = False
    note: str | None = None
    date: dt.date | None = None
    verification_code: str | None = None


def content_text(doc: FormDocument) -> str:
    """The canonical text of a form: what its verification code fingerprints."""
    parts = ["FORM", doc.title, doc.bureau, doc.number, doc.date.isoformat() if doc.date else ""]
    for row in doc.rows:
        if isinstance(row, FormRow):
            parts.append(f"R:{row.label}={row.value}|{row.label2 or ''}={row.value2}")
        elif isinstance(row, FormText):
            parts.append(f"T:{row.label}={row.text}")
        elif isinstance(row, FormGrid):
            parts.append("G:" + "|".join(header for header, _width in row.columns))
            parts += ["g:" + "|".join(values) for values in row.rows]
        else:
            parts.append(f"S:{row.title}")
    parts += [*doc.footer_signatures, doc.note or ""]
    return "\n".join(clean_text(p) for p in parts)


def compute_verification_code(doc: FormDocument) -> str:
    return verification_code(content_text(doc))


@dataclass
class Cell:
    """A laid-out table cell: its box, its lines, how its text sits."""

    x: float
    width: float
    lines: list[Line]
    role: Role
    shade: bool = False
    valign: str = "middle"
    align: str = "left"
    size: float = SIZE

    @property
    def leading(self) -> float:
        return self.size * LEADING / SIZE


@dataclass
class Band:
    """A laid-out table row (or piece of a long text row) with its height."""

    cells: list[Cell]
    height: float
    splittable: bool = False
    source: FormText | None = None


@dataclass
class _Layout:
    fonts: FontSet
    pages: list[list[Band]] = field(default_factory=list)


def _wrap(text: str, fonts: FontSet, role: Role, width: float, size: float = SIZE) -> list[Line]:
    """Lines of a value; each line of the text is a paragraph of its own."""
    lines: list[Line] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        lines += break_lines(paragraph, fonts, role, size, width - 2 * PAD)
    return lines


def _label_cell(label: str, x: float, fonts: FontSet) -> Cell:
    lines = balanced_lines(label, fonts, Role.HEITI, SIZE, LABEL_WIDTH - 2 * PAD)
    return Cell(x, LABEL_WIDTH, lines, Role.HEITI, shade=True, align="center")


def _height(lines: int, size: float = SIZE) -> float:
    leading = size * LEADING / SIZE
    return max(MIN_ROW * size / SIZE, lines * leading + 2 * PAD - (leading - size) / 2)


def _grid_bands(grid: FormGrid, fonts: FontSet) -> list[Band]:
    total = sum(width for _header, width in grid.columns)
    widths = [BLOCK.width * width / total for _header, width in grid.columns]
    starts = [BLOCK.left + sum(widths[:i]) for i in range(len(widths))]
    header = [
        Cell(
            x,
            w,
            balanced_lines(title, fonts, Role.HEITI, grid.size, w - 2 * PAD),
            Role.HEITI,
            shade=True,
            align="center",
            size=grid.size,
        )
        for (title, _w), x, w in zip(grid.columns, starts, widths, strict=True)
    ]
    bands = [Band(header, _height(max(len(c.lines) for c in header), grid.size))]
    aligns = list(grid.align) or ["center"] * len(widths)
    for values in grid.rows:
        cells = [
            Cell(
                x, w, _wrap(value, fonts, Role.SONGTI, w, grid.size), Role.SONGTI, align=align, size=grid.size
            )
            for value, x, w, align in zip(values, starts, widths, aligns, strict=True)
        ]
        for cell in cells:
            for line in cell.lines:
                line.justify = False  # narrow columns: spread digits and file names read badly
        bands.append(Band(cells, _height(max(1, *(len(c.lines) for c in cells)), grid.size)))
    return bands


def _bands(item: FormItem, fonts: FontSet) -> list[Band]:
    left = BLOCK.left
    if isinstance(item, FormGrid):
        return _grid_bands(item, fonts)
    if isinstance(item, FormSection):
        lines = balanced_lines(item.title, fonts, Role.HEITI, SIZE, BLOCK.width - 2 * PAD)
        cell = Cell(left, BLOCK.width, lines, Role.HEITI, shade=True, align="center")
        return [Band([cell], _height(len(lines)))]
    if isinstance(item, FormRow):
        cells = [_label_cell(item.label, left, fonts)]
        if item.label2 is None:
            width = BLOCK.width - LABEL_WIDTH
            cells.append(
                Cell(left + LABEL_WIDTH, width, _wrap(item.value, fonts, Role.SONGTI, width), Role.SONGTI)
            )
        else:
            x = left + LABEL_WIDTH
            cells.append(
                Cell(
                    x, PAIR_VALUE_WIDTH, _wrap(item.value, fonts, Role.SONGTI, PAIR_VALUE_WIDTH), Role.SONGTI
                )
            )
            cells.append(_label_cell(item.label2, x + PAIR_VALUE_WIDTH, fonts))
            x2 = x + PAIR_VALUE_WIDTH + LABEL_WIDTH
            cells.append(
                Cell(
                    x2,
                    PAIR_VALUE_WIDTH,
                    _wrap(item.value2, fonts, Role.SONGTI, PAIR_VALUE_WIDTH),
                    Role.SONGTI,
                )
            )
        count = max(len(c.lines) for c in cells)
        return [Band(cells, _height(max(count, 1)))]
    width = BLOCK.width - LABEL_WIDTH
    lines = _wrap(item.text, fonts, Role.SONGTI, width)
    label = _label_cell(item.label, left, fonts)
    count = max(len(lines), item.min_lines, len(label.lines))
    text = Cell(left + LABEL_WIDTH, width, lines, Role.SONGTI, valign="top")
    return [Band([label, text], _height(count), splittable=True, source=item)]


def _split(band: Band, room: float, fonts: FontSet) -> tuple[Band, Band] | None:
    """Cut a long text band so that its first part fills ``room``; None when not even two lines fit."""
    label, text = band.cells
    fit = int((room - 2 * PAD + (LEADING - SIZE) / 2) // LEADING)
    if fit < 2 or fit >= len(text.lines):
        return None
    assert band.source is not None
    first = Band([label, Cell(text.x, text.width, text.lines[:fit], text.role, valign="top")], _height(fit))
    rest_label = _label_cell(f"{band.source.label}（续）", label.x, fonts)
    rest_lines = text.lines[fit:]
    rest = Band(
        [rest_label, Cell(text.x, text.width, rest_lines, text.role, valign="top")],
        _height(max(len(rest_lines), len(rest_label.lines))),
        splittable=True,
        source=band.source,
    )
    return first, rest


def _header_height(first: bool) -> float:
    """Height of the title lines above the table (matches _draw_header)."""
    return (BUREAU_SIZE + TITLE_SIZE) * 1.65 + SIZE * 2.2 if first else SIZE * 2.0


def _paginate(bands: list[Band], fonts: FontSet, tail: float) -> list[list[Band]]:
    pages: list[list[Band]] = [[]]
    room = BLOCK.height - _header_height(True)
    queue = list(bands)
    while queue:
        band = queue.pop(0)
        if band.height <= room:
            pages[-1].append(band)
            room -= band.height
            continue
        if band.splittable:
            parts = _split(band, room, fonts)
            if parts:
                pages[-1].append(parts[0])
                queue.insert(0, parts[1])
                room = 0
                continue
        if not pages[-1]:  # taller than a whole page and cannot split: let it run
            pages[-1].append(band)
            room = 0
            continue
        pages.append([])
        room = BLOCK.height - _header_height(False)
        queue.insert(0, band)
    if tail > room:
        # the signature lines never stand alone: the table's last row goes with them
        carried = [pages[-1].pop()] if len(pages[-1]) > 1 else []
        pages.append(carried)
    return pages


def _signature_lines(doc: FormDocument, fonts: FontSet) -> list[list[tuple[FontFile, str]]]:
    return [fonts.runs(clean_text(label), Role.SONGTI) for label in doc.footer_signatures]


def _tail_height(doc: FormDocument, fonts: FontSet) -> tuple[float, list[Line]]:
    rows = (len(doc.footer_signatures) + 1) // 2
    note_lines = (
        break_lines(f"说明：{doc.note}", fonts, Role.SONGTI, NOTE_SIZE, BLOCK.width) if doc.note else []
    )
    height = rows * SIGNATURE_GAP + (6 * mm if rows else 0) + len(note_lines) * NOTE_SIZE * 1.6
    return height, note_lines


def _draw_header(canvas: Canvas, doc: FormDocument, fonts: FontSet, first: bool) -> float:
    """Draw the title lines; returns the distance from the top where the table starts."""
    top = BLOCK.top
    if first:
        for text, size, role in (
            (doc.bureau, BUREAU_SIZE, Role.XIAOBIAOSONG),
            (doc.title, TITLE_SIZE, Role.XIAOBIAOSONG),
        ):
            runs = fonts.runs(clean_text(text), role)
            spacing = size * 0.15 if len(text) <= 12 else 0.0
            width = runs_width(runs, size, spacing)
            top += size * 1.15
            draw_runs(canvas, BLOCK.left + (BLOCK.width - width) / 2, top, runs, size, spacing)
            top += size * 0.5
        top += SIZE * 1.4
    else:
        top += SIZE * 1.2
        runs = fonts.runs(clean_text(f"{doc.title}（续页）"), Role.HEITI)
        draw_runs(canvas, BLOCK.left, top, runs, SIZE)
    number = fonts.runs(clean_text(f"编号：{doc.number}"), Role.SONGTI)
    if first:
        draw_runs(canvas, BLOCK.left, top, number, SIZE)
    else:
        draw_runs(canvas, BLOCK.right - runs_width(number, SIZE), top, number, SIZE)
    if first and doc.date:
        date = fonts.runs(f"日期：{chinese_date(doc.date)}", Role.SONGTI)
        draw_runs(canvas, BLOCK.right - runs_width(date, SIZE), top, date, SIZE)
    return top + SIZE * 0.8


def _draw_band(canvas: Canvas, band: Band, top: float) -> None:
    for cell in band.cells:
        if cell.shade:
            canvas.saveState()
            canvas.setFillGray(0.94)
            canvas.rect(cell.x, y_from_top(top + band.height), cell.width, band.height, stroke=0, fill=1)
            canvas.restoreState()
        block = len(cell.lines) * cell.leading - (cell.leading - cell.size)
        first = top + PAD if cell.valign == "top" else top + (band.height - block) / 2
        for index, line in enumerate(cell.lines):
            inner = cell.width - 2 * PAD
            x = cell.x + PAD
            if cell.align == "center":
                x += (inner - line.natural_width) / 2
            baseline = first + index * cell.leading + 0.88 * cell.size
            draw_runs(canvas, x, baseline, line.runs(), cell.size, line.char_space(0.0))
    canvas.setLineWidth(0.5)
    for cell in band.cells:
        canvas.rect(cell.x, y_from_top(top + band.height), cell.width, band.height, stroke=1, fill=0)


def _draw_table(canvas: Canvas, bands: Sequence[Band], top: float) -> float:
    start = top
    for band in bands:
        _draw_band(canvas, band, top)
        top += band.height
    if bands:
        canvas.setLineWidth(1.2)
        canvas.rect(BLOCK.left, y_from_top(top), BLOCK.width, top - start, stroke=1, fill=0)
    return top


def _draw_tail(canvas: Canvas, doc: FormDocument, fonts: FontSet, top: float, note_lines: list[Line]) -> None:
    top += 6 * mm
    labels = _signature_lines(doc, fonts)
    column = BLOCK.width / 2
    for index, runs in enumerate(labels):
        x = BLOCK.left + (index % 2) * column
        baseline = top + (index // 2) * SIGNATURE_GAP + SIZE
        draw_runs(canvas, x, baseline, runs, SIZE)
        line_start = x + runs_width(runs, SIZE) + 1 * mm
        canvas.setLineWidth(0.5)
        canvas.line(line_start, y_from_top(baseline + 2), x + column - 6 * mm, y_from_top(baseline + 2))
    top += ((len(labels) + 1) // 2) * SIGNATURE_GAP
    for index, line in enumerate(note_lines):
        draw_runs(canvas, BLOCK.left, top + (index + 1) * NOTE_SIZE * 1.6, line.runs(), NOTE_SIZE)


def _draw_footer(canvas: Canvas, fonts: FontSet, number: int, total: int, code: str | None) -> None:
    runs = fonts.runs(f"第{number}页　共{total}页", Role.SONGTI)
    baseline = PAGE_HEIGHT - 12 * mm
    draw_runs(canvas, BLOCK.left + (BLOCK.width - runs_width(runs, 10.5)) / 2, baseline, runs, 10.5)
    if code:
        note = fonts.runs(f"核验码 {code}", Role.SONGTI)
        canvas.saveState()
        canvas.setFillGray(0.35)
        draw_runs(canvas, BLOCK.right - runs_width(note, 8.0), baseline, note, 8.0)
        canvas.restoreState()


def render_form(doc: FormDocument, fonts: FontSet | None = None) -> bytes:
    """The form as PDF bytes; raises MissingGlyphs when a character cannot be printed."""
    fonts = fonts or default_font_set()
    with RENDER_LOCK:
        bands = [band for item in doc.rows for band in _bands(item, fonts)]
        tail, note_lines = _tail_height(doc, fonts)
        pages = _paginate(bands, fonts, tail)
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, fonts, doc.title, doc.bureau, doc.date)
        for number, page in enumerate(pages, start=1):
            if doc.draft:
                draw_draft_watermark(canvas, fonts)
            top = _draw_header(canvas, doc, fonts, first=number == 1)
            top = _draw_table(canvas, page, top)
            if number == len(pages):
                _draw_tail(canvas, doc, fonts, top, note_lines)
            _draw_footer(canvas, fonts, number, len(pages), doc.verification_code)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()
