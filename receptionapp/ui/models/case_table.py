"""The register's table model: plain ``CaseRow`` objects, fetched a page at a time.

The model never touches the database itself; it is given a ``fetch``
callable (the service query bound to the current filter) and asks it for
the next page when the view scrolls near the end (canFetchMore/fetchMore).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from receptionapp.domain.confidentiality import LOCK
from receptionapp.services.cases import CaseRow

PAGE_SIZE = 200
Fetch = Callable[[tuple[dt.datetime, int] | None, int], list[CaseRow]]
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("事项编号", "信访形式", "状态", "收到时间", "信访人", "问题类别", "区县", "反映问题", "答复期限")
OVERDUE = QColor("#c62828")
VOIDED = QColor("#9e9e9e")
CASE_ID_ROLE = Qt.ItemDataRole.UserRole


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._fetch: Fetch | None = None
        self._total = 0
        self._exhausted = True

    # -- loading
    def reset(self, fetch: Fetch, total: int) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._total = total
        self._rows = fetch(None, PAGE_SIZE) if total else []
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch is None or not self._rows:
            return
        page = self._fetch(self._rows[-1].sort_key, PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    # -- Qt model interface
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
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return row.problem
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            return row.petition_type.label + ("（保密事项）" if row.confidential else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and column in (2, 8):
                return QBrush(OVERDUE)
            if row.status.value == "voided":
                return QBrush(VOIDED)
            if row.confidential and column == 0:
                return QBrush(OVERDUE)
        if role == CASE_ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _display(row: CaseRow, column: int) -> str:
        if column == 0:
            return f"{LOCK}{row.number}" if row.confidential else row.number
        if column == 1:
            return row.channel.label
        if column == 2:
            flags = []
            if row.overdue:
                flags.append("超期")
            if row.is_repeat:
                flags.append("重复访")
            if row.is_collective:
                flags.append("集体访")
            return row.status.label + (f"（{'，'.join(flags)}）" if flags else "")
        if column == 3:
            return f"{row.received_at:%Y-%m-%d %H:%M}"
        if column == 4:
            return row.names
        if column == 5:
            return row.category
        if column == 6:
            return row.region
        if column == 7:
            return row.problem
        if column == 8:
            if row.due_date is None:
                return ""
            return f"{row.due_date:%Y-%m-%d}" + ("（暂定）" if row.due_provisional else "")
        return ""
