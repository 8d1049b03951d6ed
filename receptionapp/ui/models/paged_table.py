"""A read-only table model over rows fetched a page at a time, as the view scrolls.

The model never touches the database: it is given ``fetch(after, limit)``
(the service query bound to the current filter) and the key of a row to
continue after (keyset paging), and asks for the next page when the view
nears the end (canFetchMore/fetchMore), so a list of a million rows opens
at once. Subclasses give the headers and ``data``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
K = TypeVar("K")
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[T, K]):
    def __init__(self, headers: Sequence[str], key: Callable[[T], K], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._key = key
        self._rows: list[T] = []
        self._fetch: Callable[[K | None, int], list[T]] | None = None
        self._exhausted = True

    def load(self, fetch: Callable[[K | None, int], list[T]], first_page: bool = True) -> None:
        """Start over with ``fetch``; ``first_page=False`` shows nothing (nothing matches)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = fetch(None, PAGE_SIZE) if first_page else []
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch is None or not self._rows:
            return
        page = self._fetch(self._key(self._rows[-1]), PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def row_for(self, index: Index) -> T | None:
        """The row behind a valid index, else None (the start of every ``data``)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]
