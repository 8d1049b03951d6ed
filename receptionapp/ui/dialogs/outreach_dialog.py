"""领导下访: the list of leaders' visits out, the cases linked to each, and a form for a new one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.leader_receptions import OutreachInput
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.services.context import Actor
from receptionapp.services.reception.outreach import OutreachView, link_case, list_outreach, record_outreach
from receptionapp.services.reference import leader_choices
from receptionapp.ui.dialogs.base import from_qdate, to_qdate
from receptionapp.ui.forms.ui_outreach_dialog import Ui_OutreachDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.field_errors import FieldErrors

COLUMNS = ("日期", "领导", "地点", "事项")


class OutreachDialog(QDialog):
    open_case = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OutreachDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.visits: list[OutreachView] = []
        self.errors = FieldErrors()
        for key, widget, label in (
            ("day", self.ui.day, self.ui.dayError),
            ("leader", self.ui.leader, self.ui.leaderError),
            ("place", self.ui.place, self.ui.placeError),
            ("summary", self.ui.summary, self.ui.summaryError),
            ("number", self.ui.number, self.ui.numberError),
        ):
            self.errors.register(key, widget, label)
        table = self.ui.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self.ui.day.setDate(to_qdate(dt.date.today()))
        self.ui.leader.addItem("请选择", None)
        for leader in leader_choices(db):
            self.ui.leader.addItem(leader.name, leader.id)
        office = actor.role in CAN_PROCESS
        for widget in (self.ui.newBox, self.ui.number, self.ui.linkButton):
            widget.setEnabled(office)
        table.itemSelectionChanged.connect(self.show_cases)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.linkButton.clicked.connect(self.link)
        self.ui.cases.itemActivated.connect(
            lambda item: self.open_case.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.visits = list_outreach(self.db)
        table = self.ui.table
        table.setRowCount(len(self.visits))
        for row, v in enumerate(self.visits):
            for column, text in enumerate((f"{v.day:%Y-%m-%d}", v.leader, v.place, f"{len(v.cases)}件")):
                item = QTableWidgetItem(text)
                item.setToolTip(v.summary)
                table.setItem(row, column, item)
            if v.id == select:
                table.selectRow(row)
        if self.visits and select is None:
            table.selectRow(0)
        self.show_cases()

    def current(self) -> OutreachView | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.visits[rows[0].row()] if rows and rows[0].row() < len(self.visits) else None

    def show_cases(self) -> None:
        self.ui.cases.clear()
        visit = self.current()
        self.ui.linkButton.setEnabled(visit is not None and self.actor.role in CAN_PROCESS)
        if visit is None:
            return
        if visit.summary:
            self.ui.cases.addItem(QListWidgetItem(f"处理情况：{visit.summary}"))
        for case_id, number, problem in visit.cases:
            item = QListWidgetItem(f"{number}　{problem}")
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.ui.cases.addItem(item)

    def save(self) -> None:
        data = OutreachInput(
            day=from_qdate(self.ui.day.date()),
            place=self.ui.place.text(),
            leader_id=self.ui.leader.currentData(),
            summary=self.ui.summary.toPlainText(),
        )
        result = call_service(
            self, "无法保存下访", lambda _r: record_outreach(self.db, self.actor, data), errors=self.errors
        )
        if isinstance(result, Refused):
            return
        self.ui.place.clear()
        self.ui.summary.clear()
        self.refresh(select=result)

    def link(self) -> None:
        visit = self.current()
        if visit is None:
            return
        number = self.ui.number.text()
        result = call_service(
            self, "无法关联", lambda _r: link_case(self.db, self.actor, visit.id, number), errors=self.errors
        )
        if isinstance(result, Refused):
            return
        self.ui.number.clear()
        self.refresh(select=visit.id)
