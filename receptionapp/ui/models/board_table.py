"""The board's table model: plain ``BoardRow`` objects, coloured by how late they are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from receptionapp.domain.deadlines import PROVISIONAL_RULE
from receptionapp.domain.supervision import days_left_text
from receptionapp.services.deadlines.board import BoardRow, Bucket
from receptionapp.ui.models.row_table import Column, RowTableModel

COLOURS = {Bucket.OVERDUE: QColor("#c62828"), Bucket.TODAY: QColor("#ef6c00"), Bucket.SOON: QColor("#1565c0")}
ROW_ROLE = Qt.ItemDataRole.UserRole


def _colour(row: BoardRow) -> QColor:
    return COLOURS[row.bucket]


def _tip(row: BoardRow) -> str:
    if row.provisional:
        return f"该年度节假日安排尚未录入，期限按{PROVISIONAL_RULE}暂定"
    return f"{row.case_number} {row.label}"


COLUMNS: list[Column[BoardRow]] = [
    Column("", lambda r: r.bucket.label, _tip, _colour),
    Column("事项编号", lambda r: r.case_number, _tip),
    Column("信访人", lambda r: r.names, _tip),
    Column("期限事项", lambda r: r.label, _tip),
    Column("承办单位", lambda r: r.unit, _tip),
    Column(
        "到期日", lambda r: f"{r.due_date:%Y-%m-%d}" + ("（暂定）" if r.provisional else ""), _tip, _colour
    ),
    Column("剩余", lambda r: days_left_text(r.days_left), _tip, _colour),
    Column("建议", lambda r: r.suggestion.label if r.suggestion else "", _tip),
    Column("已督办", lambda r: r.supervised.label if r.supervised else "", _tip),
]


class BoardTableModel(RowTableModel[BoardRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ROW_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.row_at(index.row()).obligation_id
        return super().data(index, role)
