"""Log in before the main window opens (thin widget over services.admin.auth)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from receptionapp.db.database import Database
from receptionapp.services.admin.auth import LoginFailed, login
from receptionapp.services.context import Actor
from receptionapp.ui.forms.ui_login_dialog import Ui_LoginDialog


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
        try:
            self.actor = login(self.db, self.ui.username.text(), self.ui.password.text())
        except LoginFailed as error:
            self._fail(str(error))
            self.ui.password.clear()
            self.ui.password.setFocus()
            return
        self.accept()

    def _fail(self, message: str) -> None:
        self.ui.error.setText(message)
        self.ui.error.setVisible(True)
