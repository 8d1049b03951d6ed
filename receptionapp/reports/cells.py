"""Texts into openpyxl cells as text: never a formula, an error value or a file Excel cannot open.

openpyxl decides a cell's type from its value: a string that starts with
``=`` becomes a formula and ``#N/A`` an error. Every text the reports and
the ledger write goes through here: it is stored as a string, and a text a
spreadsheet would evaluate gets Excel's ``quotePrefix`` style, so Excel and
WPS show it as typed and keep it text when edited (``domain.spreadsheet``
says which texts and why).
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from receptionapp.domain.spreadsheet import looks_like_formula, sheet_text, writable

TEXT = "s"


def put_text(cell: Cell | MergedCell, text: str) -> None:
    """Write ``text`` into ``cell`` as a string cell (the top-left cell of a merged range: a ``Cell``)."""
    assert isinstance(cell, Cell), "a merged range's text goes into its top-left cell"
    cell.value = sheet_text(text)
    cell.data_type = TEXT  # after the value: openpyxl's guess from it is what this overrides
    if looks_like_formula(text):
        cell.quotePrefix = True


def text_cell(ws: WriteOnlyWorksheet, text: str) -> Cell:
    """A write-only worksheet's cell holding ``text`` as text."""
    cell = WriteOnlyCell(ws)
    put_text(cell, text)
    return cell


def row_values(ws: WriteOnlyWorksheet, values: tuple[object, ...]) -> tuple[object, ...] | list[object]:
    """A row for ``ws.append``: plain values where openpyxl keeps them as they are, a text cell elsewhere.

    Most rows stay as they are, checked at once: a styled cell costs ten
    times more to write, and a year's ledger has half a million cells.
    """
    texts = [value for value in values if isinstance(value, str)]
    if writable("".join(texts)) and not any(looks_like_formula(text) for text in texts):
        return values
    return [
        text_cell(ws, value)
        if isinstance(value, str) and (looks_like_formula(value) or not writable(value))
        else value
        for value in values
    ]
