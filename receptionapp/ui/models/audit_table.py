"""The audit browser's table model: plain ``AuditRow`` objects, fetched a page at a time.

Like the case register's model it never touches the database: it is given a
``fetch(before_id, limit)`` callable bound to the current filter and asks
for the next page as the view scrolls, so a log of a million entries opens
at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from receptionapp.services.audit_query import AuditRow

PAGE_SIZE = 200
Fetch = Callable[[int | None, int], list[AuditRow]]
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("序号", "时间", "操作人", "操作", "事项编号", "摘要")


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._fetch: Fetch | None = None
        self._exhausted = True

    def reset(self, fetch: Fetch) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self._rows = fetch(None, PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch is None or not self._rows:
            return
        page = self._fetch(self._rows[-1].id, PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

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
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(row.id),
                f"{row.at:%Y-%m-%d %H:%M:%S}",
                row.user_name,
                row.action_label,
                row.case_number,
                row.summary,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return f"{row.summary}\n{row.details}" if row.details not in ("", "{}") else row.summary
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
