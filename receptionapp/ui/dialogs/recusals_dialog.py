"""The office's list of conflicts of interest (回避登记): add one, end one with a reason.

Opened from 管理 → 回避登记… by the office and the admin. The list and
both actions go through ``services.cases.recusals``, which checks the role again
and audits every change; nothing is deleted, an ended entry stays greyed.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.services.cases import recusals
from receptionapp.services.cases.recusals import PERSON, UNIT, RecusalInput, RecusalRow
from receptionapp.services.context import Actor
from receptionapp.services.reference import unit_choices
from receptionapp.ui.forms.ui_recusals_dialog import Ui_RecusalsDialog
from receptionapp.ui.service_call import ReasonDialog, Refused, call_service
from receptionapp.ui.widgets.field_errors import FieldErrors

COLUMNS = ("工作人员", "回避对象", "事由", "登记", "状态")
ENDED = QColor("#9e9e9e")


class RecusalsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecusalsDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.rows: list[RecusalRow] = []
        table = self.ui.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.user.addItem("请选择", None)
        for user_id, label in recusals.staff_choices(db, actor):
            self.ui.user.addItem(label, user_id)
        self.ui.unit.addItem("请选择", None)
        for unit in unit_choices(db):
            self.ui.unit.addItem(f"{unit.name}（{unit.kind_label}）", unit.id)
        self.errors = FieldErrors()
        self.errors.register("user", self.ui.user, self.ui.userError)
        self.errors.register("person_name", self.ui.personName, self.ui.personError)
        self.errors.register("id_number", self.ui.idNumber, self.ui.idNumberError)
        self.errors.register("unit", self.ui.unit, self.ui.unitError)
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)
        self.ui.kindPerson.toggled.connect(lambda _on: self._kind_changed())
        self.ui.showEnded.toggled.connect(lambda _on: self.refresh())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.endButton.clicked.connect(self.end_selected)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(self.ui.buttons.StandardButton.Close).setText("关闭")
        self._kind_changed()
        self.refresh()

    def kind(self) -> str:
        return PERSON if self.ui.kindPerson.isChecked() else UNIT

    def _kind_changed(self) -> None:
        person = self.kind() == PERSON
        for widget in (self.ui.personLabel, self.ui.personName, self.ui.idNumber):
            widget.setVisible(person)
        for widget in (self.ui.unitLabel, self.ui.unit):
            widget.setVisible(not person)
        self.errors.clear()

    def refresh(self, select_id: int | None = None) -> None:
        self.rows = recusals.list_recusals(self.db, self.actor, include_ended=self.ui.showEnded.isChecked())
        table = self.ui.table
        table.setRowCount(len(self.rows))
        for row_index, row in enumerate(self.rows):
            state = (
                "有效" if row.active else f"已解除（{row.ended_at:%Y-%m-%d}）" if row.ended_at else "已解除"
            )
            values = (
                f"{row.user_name}（{row.role.label}）",
                row.counterpart,
                row.reason,
                f"{row.created_at:%Y-%m-%d} {row.created_by}",
                state,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not row.active:
                    item.setForeground(QBrush(ENDED))
                table.setItem(row_index, column, item)
            if row.id == select_id:
                table.selectRow(row_index)
        self._selection_changed()

    def selected(self) -> RecusalRow | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.ui.endButton.setEnabled(row is not None and row.active)

    def add(self) -> None:
        person = self.kind() == PERSON
        data = RecusalInput(
            user_id=self.ui.user.currentData(),
            kind=self.kind(),
            person_name=self.ui.personName.text() if person else "",
            id_number=self.ui.idNumber.text() if person else "",
            unit_id=None if person else self.ui.unit.currentData(),
            reason=self.ui.reason.text(),
        )
        new_id = call_service(
            self,
            "无法登记",
            lambda _reason: recusals.add_recusal(self.db, self.actor, data),
            errors=self.errors,
        )
        if isinstance(new_id, Refused):
            return
        self.errors.clear()
        for line in (self.ui.personName, self.ui.idNumber, self.ui.reason):
            line.clear()
        self.refresh(select_id=new_id)

    def end_selected(self) -> None:
        row = self.selected()
        if row is None or not row.active:
            return
        dialog = ReasonDialog(
            self,
            "解除回避",
            f"解除{row.user_name}与{row.counterpart}的回避登记。登记不会删除，解除理由记入操作日志。",
            ok_text="解除回避",
            placeholder="如：亲属已调离该校",
            act=lambda reason: recusals.end_recusal(self.db, self.actor, row.id, reason),
        )
        if dialog.exec():
            self.refresh(select_id=row.id)
