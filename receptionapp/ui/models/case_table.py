"""The register's table model: plain ``CaseRow`` objects, fetched a page at a time.

The model never touches the database itself; it is given a ``fetch``
callable (the service query bound to the current filter) and asks it for
the next page when the view scrolls near the end (canFetchMore/fetchMore).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from receptionapp.domain.confidentiality import LOCK
from receptionapp.services.cases.listing import CaseRow
from receptionapp.ui.models.paged_table import PAGE_SIZE, Index, PagedTableModel

Fetch = Callable[[tuple[dt.datetime, int] | None, int], list[CaseRow]]
__all__ = ["CASE_ID_ROLE", "PAGE_SIZE", "CaseTableModel"]

COLUMNS = ("事项编号", "信访形式", "状态", "收到时间", "信访人", "问题类别", "区县", "反映问题", "答复期限")
OVERDUE = QColor("#c62828")
VOIDED = QColor("#9e9e9e")
CASE_ID_ROLE = Qt.ItemDataRole.UserRole


class CaseTableModel(PagedTableModel[CaseRow, tuple[dt.datetime, int]]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, lambda row: row.sort_key, parent)
        self._total = 0

    def reset(self, fetch: Fetch, total: int) -> None:
        self._total = total
        self.load(fetch, first_page=bool(total))

    def total(self) -> int:
        return self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
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
