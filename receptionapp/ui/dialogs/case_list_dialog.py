"""The cases behind a number of a report: a list, a page at a time; double-click opens a case."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from receptionapp.db.database import Database
from receptionapp.services.cases.listing import CaseRow, case_rows
from receptionapp.ui.forms.ui_case_list_dialog import Ui_CaseListDialog
from receptionapp.ui.models.case_table import CASE_ID_ROLE, CaseTableModel


class CaseListDialog(QDialog):
    open_case = Signal(int)

    def __init__(self, db: Database, title: str, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseListDialog()
        self.ui.setupUi(self)
        self.db, self.ids = db, list(ids)
        self.setWindowTitle(f"事项清单 — {title}")
        self.ui.heading.setText(f"{title}：共 {len(self.ids)} 件")
        self.model = CaseTableModel(self)
        self.ui.table.setModel(self.model)
        self.model.reset(self._page, len(self.ids))
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((175, 110, 130, 130, 120, 90, 80, 320, 110)):
            self.ui.table.setColumnWidth(column, width)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.doubleClicked.connect(self._activate)
        self.ui.table.activated.connect(self._activate)
        self.ui.buttons.rejected.connect(self.reject)

    def _page(self, after: tuple[dt.datetime, int] | None, limit: int) -> list[CaseRow]:
        start = 0 if after is None else self.model.rowCount()
        return case_rows(self.db, self.ids[start : start + limit])

    def _activate(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(0).data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.table.hasFocus():
            self._activate(self.ui.table.currentIndex())
            return
        super().keyPressEvent(event)
