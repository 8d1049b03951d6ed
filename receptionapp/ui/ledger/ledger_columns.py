"""The 对应列 table of the import wizard: each file column, its first values, the field it feeds.

One combo per column, preset from the mapping (guessed or saved); choosing
a field for one column takes it away from any other column, so every field
has at most one column.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping
from receptionapp.domain.ledger_values import plain
from receptionapp.services.ledger.files import LedgerTable

NOT_IMPORTED = "（不导入）"


def cell_text(value: object) -> str:
    """A cell as the wizard shows it: dates without a midnight time, text as written."""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}" if value.time() != dt.time() else f"{value:%Y-%m-%d}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return plain(value)  # type: ignore[arg-type]


class ColumnMapper:
    def __init__(self, grid: QTableWidget) -> None:
        self.grid = grid

    def show(self, table: LedgerTable, mapping: LedgerMapping) -> None:
        labels = table.labels
        columns, _missing = mapping.resolve(labels)
        by_column = {c: f for f, c in columns.items()}
        grid = self.grid
        grid.clear()
        grid.setColumnCount(3)
        grid.setHorizontalHeaderLabels(["文件中的列", "前几行的内容", "对应到"])
        grid.setRowCount(len(labels))
        samples = table.rows[:3]
        for i, label in enumerate(labels):
            grid.setItem(i, 0, QTableWidgetItem(label))
            values = "；".join(t for _, cells in samples if (t := cell_text(cells[i])))
            grid.setItem(i, 1, QTableWidgetItem(values[:60]))
            combo = QComboBox()
            # "" not None as "no field": PySide6 6.12 on Python 3.11 loses a reference
            # to None on every currentData() that returns None.
            combo.addItem(NOT_IMPORTED, "")
            for fld in LedgerField:
                combo.addItem(fld.label + (" *" if fld.required else ""), fld.value)
            if i in by_column:
                combo.setCurrentIndex(combo.findData(by_column[i].value))
            combo.activated.connect(lambda _x, row=i: self._changed(row))
            grid.setCellWidget(i, 2, combo)
        grid.resizeColumnsToContents()
        grid.horizontalHeader().setStretchLastSection(True)

    def combo(self, row: int) -> QComboBox:
        widget = self.grid.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def field(self, row: int) -> LedgerField | None:
        data = self.combo(row).currentData()
        return LedgerField(data) if data else None

    def set(self, row: int, fld: LedgerField | None) -> None:
        """Map file column ``row`` to ``fld``, as a person picks it in the combo."""
        combo = self.combo(row)
        combo.setCurrentIndex(combo.findData(fld.value if fld else ""))
        self._changed(row)

    def _changed(self, row: int) -> None:
        chosen = self.field(row)
        if chosen is None:
            return
        for other in range(self.grid.rowCount()):
            if other != row and self.field(other) is chosen:
                self.combo(other).setCurrentIndex(0)

    def columns(self, labels: list[str]) -> dict[LedgerField, str]:
        """Header per field, as chosen."""
        return {fld: labels[r] for r in range(self.grid.rowCount()) if (fld := self.field(r)) is not None}
