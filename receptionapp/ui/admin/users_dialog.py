"""The admin's list of accounts: create, edit, reset a password, deactivate; the idle-lock time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.services.admin import preferences, users
from receptionapp.services.admin.users import UserRow
from receptionapp.services.context import Actor
from receptionapp.ui.admin.password_dialog import PasswordDialog
from receptionapp.ui.admin.user_edit_dialog import UserEditDialog
from receptionapp.ui.forms.ui_users_dialog import Ui_UsersDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.field_errors import ERROR_STYLE

COLUMNS = ("登录名", "姓名", "角色", "所在单位", "状态", "创建时间")
INACTIVE = QColor("#9e9e9e")


def status_text(row: UserRow, now: dt.datetime | None = None) -> str:
    if not row.active:
        return "已停用"
    moment = now or dt.datetime.now()
    parts = []
    if row.locked_until and row.locked_until > moment:
        parts.append(f"已锁定至{row.locked_until:%H:%M}")
    if row.must_change_password:
        parts.append("待修改密码")
    return "，".join(parts) or "正常"


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.rows: list[UserRow] = []
        table = self.ui.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self.edit_user())
        self.ui.newButton.clicked.connect(self.new_user)
        self.ui.editButton.clicked.connect(self.edit_user)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.idleMinutes.setValue(preferences.idle_lock_minutes(db))
        self.ui.idleError.setStyleSheet(ERROR_STYLE)
        self.ui.idleSave.clicked.connect(self.save_idle_minutes)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.rows = users.list_users(self.db, self.actor)
        table = self.ui.table
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                row.username,
                row.display_name,
                row.role.label,
                row.unit_name,
                status_text(row),
                f"{row.created_at:%Y-%m-%d}",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not row.active:
                    item.setForeground(QBrush(INACTIVE))
                table.setItem(r, c, item)
            if row.id == select_id:
                table.selectRow(r)
        self._selection_changed()

    def selected(self) -> UserRow | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.ui.editButton, self.ui.resetButton, self.ui.activeButton):
            button.setEnabled(row is not None)
        self.ui.activeButton.setText("启用" if row is not None and not row.active else "停用")

    def new_user(self) -> None:
        dialog = UserEditDialog(self.db, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.user_id)

    def edit_user(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UserEditDialog(self.db, self.actor, self, user=row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(row.id)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        if PasswordDialog(self.db, self.actor, self, reset_user=row).exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(self, "已重置", f"已为 {row.display_name} 设置临时密码，请当面告知本人。")
            self.refresh(row.id)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self,
                "停用账号",
                f"停用 {row.display_name}（{row.username}）后，该账号不能再登录，经办记录仍保留。是否停用？",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        changed = call_service(
            self, "无法修改", lambda _reason: users.set_active(self.db, self.actor, row.id, not row.active)
        )
        if isinstance(changed, Refused):
            return
        self.refresh(row.id)

    def save_idle_minutes(self) -> None:
        minutes = self.ui.idleMinutes.value()
        saved = call_service(
            self,
            "无法保存",
            lambda _reason: preferences.set_idle_lock_minutes(self.db, self.actor, minutes),
            tell=self._idle_refused,
        )
        if isinstance(saved, Refused):
            return
        self.ui.idleError.setStyleSheet("color: #2e7d32;")
        self.ui.idleError.setText("已保存")

    def _idle_refused(self, message: str) -> None:
        self.ui.idleError.setStyleSheet(ERROR_STYLE)
        self.ui.idleError.setText(message.replace("\n", "；"))
