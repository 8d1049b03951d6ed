"""Log in before the main window opens (thin widget over services.admin.auth)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from receptionapp.db.database import Database
from receptionapp.services.admin.auth import login
from receptionapp.services.context import Actor
from receptionapp.ui.forms.ui_login_dialog import Ui_LoginDialog
from receptionapp.ui.service_call import Refused, call_service


class LoginDialog(QDialog):
    def __init__(self, db: Database, bureau_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.db = db
        self.actor: Actor | None = None
        self.ui.bureau.setText(bureau_name)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("登录")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.error.setVisible(False)
        self.ui.username.setFocus()

    def submit(self) -> None:
        if not self.ui.username.text().strip():
            self._fail("请输入登录名")
            self.ui.username.setFocus()
            return
        username, password = self.ui.username.text(), self.ui.password.text()
        actor = call_service(
            self, "无法登录", lambda _reason: login(self.db, username, password), tell=self._refused
        )
        if isinstance(actor, Refused):
            return
        self.actor = actor
        self.accept()

    def _refused(self, message: str) -> None:
        """Wrong name or password, or a locked account: said above the fields, the password typed again."""
        self._fail(message)
        self.ui.password.clear()
        self.ui.password.setFocus()

    def _fail(self, message: str) -> None:
        self.ui.error.setText(message)
        self.ui.error.setVisible(True)
