"""A report table (``reports.tables.Table``) as a read-only Qt model.

Numbers are right-aligned, the total row is bold, and a number that lists
cases (it carries a ``Drill``) is blue and underlined like a link; its
drill is under ``DRILL_ROLE`` for the view's click handler.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from receptionapp.reports.tables import Cell, Table

Index = QModelIndex | QPersistentModelIndex
DRILL_ROLE = Qt.ItemDataRole.UserRole + 1
LINK = QColor("#1565c0")


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Table | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._table = table or Table("", "", [], [])

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> Table:
        return self._table

    def cell(self, row: int, column: int) -> Cell:
        return self._table.rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            columns = self._table.columns
            return columns[section] if 0 <= section < len(columns) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._table.rows):
            return None
        row = self._table.rows[index.row()]
        if not 0 <= index.column() < len(row):
            return None
        cell = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if cell.kind == "text" else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(self._table.has_total and index.row() == len(self._table.rows) - 1)
            font.setUnderline(cell.drill is not None)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and cell.drill is not None:
            return QBrush(LINK)
        if role == Qt.ItemDataRole.ToolTipRole and cell.drill is not None:
            return "点击查看这些事项"
        if role == DRILL_ROLE:
            return cell.drill
        return None
