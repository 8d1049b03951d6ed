"""The board's table model: plain ``BoardRow`` objects, coloured by how late they are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from receptionapp.domain.supervision import days_left_text
from receptionapp.services.board import BoardRow, Bucket

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("", "事项编号", "信访人", "期限事项", "承办单位", "到期日", "剩余", "建议", "已督办")
COLOURS = {Bucket.OVERDUE: QColor("#c62828"), Bucket.TODAY: QColor("#ef6c00"), Bucket.SOON: QColor("#1565c0")}
ROW_ROLE = Qt.ItemDataRole.UserRole


class BoardTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BoardRow] = []

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BoardRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, 5, 6):
            return QBrush(COLOURS[row.bucket])
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.provisional:
                return "该年度节假日安排尚未录入，期限按周末休息暂定"
            return f"{row.case_number} {row.label}"
        if role == ROW_ROLE:
            return row.obligation_id
        return None

    @staticmethod
    def _text(row: BoardRow, column: int) -> str:
        if column == 0:
            return row.bucket.label
        if column == 1:
            return row.case_number
        if column == 2:
            return row.names
        if column == 3:
            return row.label
        if column == 4:
            return row.unit
        if column == 5:
            return f"{row.due_date:%Y-%m-%d}" + ("（暂定）" if row.provisional else "")
        if column == 6:
            return days_left_text(row.days_left)
        if column == 7:
            return row.suggestion.label if row.suggestion else ""
        return row.supervised.label if row.supervised else ""
