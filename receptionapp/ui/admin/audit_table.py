"""The audit browser's table model: plain ``AuditRow`` objects, fetched a page at a time.

Like the case register's model it never touches the database: it is given a
``fetch(before_id, limit)`` callable bound to the current filter and asks
for the next page as the view scrolls, so a log of a million entries opens
at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from receptionapp.services.admin.audit_log import AuditRow
from receptionapp.ui.models.paged_table import PAGE_SIZE, Index, PagedTableModel

Fetch = Callable[[int | None, int], list[AuditRow]]
__all__ = ["PAGE_SIZE", "AuditTableModel"]
COLUMNS = ("序号", "时间", "操作人", "操作", "事项编号", "摘要")


class AuditTableModel(PagedTableModel[AuditRow, int]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, lambda row: row.id, parent)

    def reset(self, fetch: Fetch) -> None:
        self.load(fetch)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
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
