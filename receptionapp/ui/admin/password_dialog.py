"""Passwords: change one's own (also forced after a reset), or the admin sets a temporary one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from receptionapp.db.database import Database
from receptionapp.services.admin import users
from receptionapp.services.admin.users import UserRow
from receptionapp.services.context import Actor
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_password_dialog import Ui_PasswordDialog


class PasswordDialog(ServiceDialog):
    """``reset_user`` given: the admin resets that account; otherwise the actor changes their own."""

    failure_title = "未能修改密码"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        forced: bool = False,
        reset_user: UserRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.reset_user = db, actor, reset_user
        self.setup_buttons(self.ui.buttons, "确定")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("退出" if forced else "取消")
        self.errors.register("old_password", self.ui.oldPassword, self.ui.oldPasswordError)
        self.errors.register("new_password", self.ui.newPassword, self.ui.newPasswordError)
        self.errors.register("confirm", self.ui.confirmPassword, self.ui.confirmPasswordError)
        if reset_user is not None:
            self.setWindowTitle("重置密码")
            self.ui.explain.setText(
                f"为 {reset_user.display_name}（{reset_user.username}）设置临时密码。"
                "对方下次登录时须改为自己的密码；账号如因输错密码被锁定，也会一并解锁。"
            )
            self.ui.newLabel.setText("临时密码")
            for widget in (self.ui.oldLabel, self.ui.oldPassword, self.ui.oldPasswordError):
                widget.hide()
            self.ui.newPassword.setFocus()
        elif forced:
            self.setWindowTitle("请设置新密码")
            self.ui.explain.setText(
                f"{actor.display_name}，您的密码是管理员设置的临时密码，请先改为只有您自己知道的新密码。"
            )
            self.ui.oldLabel.setText("临时密码")
        else:
            self.ui.explain.setText(f"修改 {actor.display_name}（{actor.username}）的登录密码。")

    def perform(self) -> bool:
        new = self.ui.newPassword.text()
        if new != self.ui.confirmPassword.text():
            errors = {"confirm": "两次输入的新密码不一致"}
            self.errors.show(errors)
            self.errors.focus_first(errors)
            return False
        if self.reset_user is not None:
            users.reset_password(self.db, self.actor, self.reset_user.id, new)
        else:
            users.change_own_password(self.db, self.actor, self.ui.oldPassword.text(), new)
        return True
