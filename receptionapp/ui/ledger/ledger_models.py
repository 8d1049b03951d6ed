"""Table models of the import wizard: the file preview and the review list, over plain rows.

``PreviewModel`` shows the first rows of a ledger as read. ``ReviewModel``
lists the rows that need a look (problems, duplicates, rows already in the
app, notes): the cells of the mapped fields are editable, a cell with a
problem is red with the reason as its tooltip, and an edit is reported
through ``edited`` for the wizard to record as a fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from receptionapp.domain.ledger_fields import LedgerField

Index = QModelIndex | QPersistentModelIndex
PROBLEM = QColor("#ffd6d6")
EDITED = QColor("#fff4c2")
STATUS_COLORS = {"有问题": QColor("#c62828"), "新增": QColor("#2e7d32")}


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []

    def reset(self, headers: list[str], rows: list[tuple[int, list[str]]]) -> None:
        self.beginResetModel()
        self._headers, self._rows = headers, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cells = self._rows[index.row()][1]
        return cells[index.column()] if index.column() < len(cells) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return f"第{self._rows[section][0]}行" if 0 <= section < len(self._rows) else None


@dataclass
class ReviewRow:
    """One ledger row as the review list shows it."""

    row: int
    status: str
    reasons: str
    values: dict[LedgerField, str]
    problems: dict[LedgerField, str] = field(default_factory=dict)
    edited: set[LedgerField] = field(default_factory=set)


FIXED_COLUMNS = ("行号", "状态", "原因和提示")


class ReviewModel(QAbstractTableModel):
    edited = Signal(int, str, str, str)  # ledger row, field value, old text, new text

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReviewRow] = []
        self._fields: list[LedgerField] = []

    def reset(self, fields: list[LedgerField], rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self._fields, self._rows = fields, rows
        self.endResetModel()

    def row_at(self, position: int) -> ReviewRow:
        return self._rows[position]

    def rows(self) -> list[ReviewRow]:
        return list(self._rows)

    def field_at(self, column: int) -> LedgerField | None:
        offset = column - len(FIXED_COLUMNS)
        return self._fields[offset] if 0 <= offset < len(self._fields) else None

    def column_of(self, fld: LedgerField) -> int:
        return len(FIXED_COLUMNS) + self._fields.index(fld)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self._fields)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.field_at(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        fld = self.field_at(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if fld is not None:
                return row.values.get(fld, "")
            return (str(row.row), row.status, row.reasons)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if fld is not None:
                return row.problems.get(fld) or row.values.get(fld) or None
            return row.reasons if index.column() == 2 and row.reasons else None
        if role == Qt.ItemDataRole.BackgroundRole and fld is not None:
            if fld in row.edited:
                return QBrush(EDITED)
            if fld in row.problems:
                return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and row.status in STATUS_COLORS:
            return QBrush(STATUS_COLORS[row.status])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        fld = self.field_at(index.column()) if index.isValid() else None
        if fld is None or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        old, new = row.values.get(fld, ""), str(value).strip()
        if new == old:
            return False
        row.values[fld] = new
        row.edited.add(fld)
        row.status = "已修改"
        row.reasons = "已修改，待重新检查"
        first, last = self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(first, last)
        self.edited.emit(row.row, fld.value, old, new)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(FIXED_COLUMNS):
            return FIXED_COLUMNS[section]
        fld = self.field_at(section)
        return fld.label if fld else None
