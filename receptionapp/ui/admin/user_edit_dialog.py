"""Create an account or edit one (name, role, unit); the login name never changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.domain.roles import NEEDS_UNIT, Role
from receptionapp.services.admin import users
from receptionapp.services.admin.users import UserInput, UserRow
from receptionapp.services.context import Actor
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_user_edit_dialog import Ui_UserEditDialog


class UserEditDialog(ServiceDialog):
    failure_title = "未能保存"

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, user: UserRow | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.user = db, actor, user
        self.user_id: int | None = user.id if user else None
        self.setup_buttons(self.ui.buttons, "保存")
        for role in Role:
            self.ui.role.addItem(role.label, role.value)
        self.ui.unit.addItem("（不属于具体单位）", None)
        for unit_id, name in users.active_units(db):
            self.ui.unit.addItem(name, unit_id)
        for key, widget, label in (
            ("username", self.ui.username, self.ui.usernameError),
            ("display_name", self.ui.displayName, self.ui.displayNameError),
            ("role", self.ui.role, self.ui.roleError),
            ("unit", self.ui.unit, self.ui.unitError),
            ("password", self.ui.password, self.ui.passwordError),
        ):
            self.errors.register(key, widget, label)
        self.ui.role.currentIndexChanged.connect(self._role_changed)
        if user is None:
            self.setWindowTitle("新建账号")
            self.ui.role.setCurrentIndex(self.ui.role.findData(Role.CLERK.value))
        else:
            self.setWindowTitle(f"修改账号：{user.username}")
            self.ui.username.setText(user.username)
            self.ui.username.setReadOnly(True)
            self.ui.displayName.setText(user.display_name)
            self.ui.role.setCurrentIndex(self.ui.role.findData(user.role.value))
            index = self.ui.unit.findData(user.unit_id)
            self.ui.unit.setCurrentIndex(max(index, 0))
            for widget in (self.ui.passwordLabel, self.ui.password, self.ui.passwordError):
                widget.hide()
        self._role_changed()

    def _role_changed(self) -> None:
        needs = Role(self.ui.role.currentData()) in NEEDS_UNIT
        self.ui.unitLabel.setText("所在单位 *" if needs else "所在单位")

    def perform(self) -> bool:
        data = UserInput(
            username=self.ui.username.text(),
            display_name=self.ui.displayName.text(),
            role=str(self.ui.role.currentData()),
            unit_id=self.ui.unit.currentData(),
            password=self.ui.password.text(),
        )
        if self.user is None:
            self.user_id = users.create_user(self.db, self.actor, data)
        else:
            users.update_user(self.db, self.actor, self.user.id, data)
        return True
