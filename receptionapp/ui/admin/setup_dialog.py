"""First start: the bureau's name and the admin account (thin widget over services.admin.setup)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.services.admin import setup
from receptionapp.services.context import Actor
from receptionapp.ui.forms.ui_setup_dialog import Ui_SetupDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.field_errors import FieldErrors


class SetupDialog(QDialog):
    def __init__(self, db: Database, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.db = db
        self.actor: Actor | None = None
        self.ui.dataFolder.setText(f"数据文件夹：{paths.root}")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("完成设置")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors()
        self.errors.register("bureau_name", self.ui.bureauName, self.ui.bureauError)
        self.errors.register("username", self.ui.username, self.ui.usernameError)
        self.errors.register("display_name", self.ui.displayName, self.ui.displayNameError)
        self.errors.register("password", self.ui.password, self.ui.passwordError)
        self.errors.register("password2", self.ui.password2, self.ui.password2Error)

    def submit(self) -> None:
        values = (
            self.ui.bureauName.text(),
            self.ui.username.text(),
            self.ui.displayName.text(),
            self.ui.password.text(),
        )
        errors = setup.validate_setup(*values)
        if self.ui.password.text() != self.ui.password2.text():
            errors["password2"] = "两次输入的密码不一致"
        self.errors.show(errors)
        if errors:
            self.errors.focus_first(errors)
            return
        actor = call_service(
            self, "无法完成设置", lambda _reason: setup.initialize(self.db, *values), errors=self.errors
        )
        if isinstance(actor, Refused):
            return
        self.actor = actor
        self.accept()
