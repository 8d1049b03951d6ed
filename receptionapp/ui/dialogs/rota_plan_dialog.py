"""排班: the office picks the leaders in turn order and a number of weeks; the rota is filled.

The leaders come from the users with the leader role; the office ticks the
ones who receive and orders them (buttons or drag and drop). The service
keeps weeks already on the rota and moves days off holidays; the days it
created are kept in ``created`` for the rota dialog to report.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.services.context import Actor
from receptionapp.services.reception import rota
from receptionapp.services.reception.rota import DayView
from receptionapp.services.reference import leader_choices
from receptionapp.ui.forms.ui_rota_plan_dialog import Ui_RotaPlanDialog
from receptionapp.ui.service_call import Refused, call_service, name_buttons
from receptionapp.ui.widgets.field_errors import FieldErrors

LEADER_ID_ROLE = Qt.ItemDataRole.UserRole


class RotaPlanDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RotaPlanDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.created: list[DayView] = []
        start = today or dt.date.today()
        self.ui.start.setDate(QDate(start.year, start.month, start.day))
        for leader in leader_choices(db):
            item = QListWidgetItem(leader.name)
            item.setData(LEADER_ID_ROLE, leader.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.ui.leaders.addItem(item)
        if not self.ui.leaders.count():
            self.ui.leadersError.setText("系统中还没有领导账号，请管理员先添加。")
        self.ui.leaders.setCurrentRow(0)
        self.errors = FieldErrors()
        self.errors.register("weeks", self.ui.weeks, self.ui.weeksError)
        self.errors.register("leaders", self.ui.leaders, self.ui.leadersError)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(1))
        name_buttons(self.ui.buttons, "排班")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def leader_order(self) -> list[tuple[int, str, bool]]:
        """(id, name, ticked) in the order shown."""
        items = [self.ui.leaders.item(i) for i in range(self.ui.leaders.count())]
        return [
            (int(i.data(LEADER_ID_ROLE)), i.text(), i.checkState() == Qt.CheckState.Checked) for i in items
        ]

    def set_ticked(self, name: str, ticked: bool) -> None:
        for i in range(self.ui.leaders.count()):
            item = self.ui.leaders.item(i)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def move_current(self, step: int) -> None:
        row = self.ui.leaders.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.ui.leaders.count():
            return
        item = self.ui.leaders.takeItem(row)
        self.ui.leaders.insertItem(target, item)
        self.ui.leaders.setCurrentRow(target)

    def submit(self) -> None:
        date = self.ui.start.date()
        leader_ids = [leader_id for leader_id, _name, ticked in self.leader_order() if ticked]
        created = call_service(
            self,
            "无法排班",
            lambda _reason: rota.plan_days(
                self.db,
                self.actor,
                dt.date(date.year(), date.month(), date.day()),
                self.ui.weeks.value(),
                leader_ids,
            ),
            errors=self.errors,
        )
        if isinstance(created, Refused):
            return
        self.created = created
        self.accept()
