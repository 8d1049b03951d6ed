"""The lock screen: an opaque panel over the whole main window until the password is given.

It hides the case data beneath (a shared PC in a room with visitors) and
takes every click and key; the window's menus, toolbars and shortcuts are
switched off meanwhile. Nothing beneath is closed, so whatever was typed is
still there after unlocking. "切换用户" lets someone else log in instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from receptionapp.db.database import Database
from receptionapp.services.admin.auth import login, unlock
from receptionapp.services.context import Actor
from receptionapp.ui.forms.ui_lock_overlay import Ui_LockOverlay
from receptionapp.ui.service_call import Refused, call_service


class LockOverlay(QWidget):
    unlocked = Signal(object)  # the same Actor
    switched = Signal(object)  # another user's Actor

    def __init__(self, db: Database, actor: Actor, window: QMainWindow) -> None:
        super().__init__(window)
        self.ui = Ui_LockOverlay()
        self.ui.setupUi(self)
        self.db, self.actor, self.window_ = db, actor, window
        self.switching = False
        self._disabled: list[QWidget | QAction] = []
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#eceff1"))
        self.setPalette(palette)
        self.ui.panel.setAutoFillBackground(True)
        panel_palette = self.ui.panel.palette()
        panel_palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.ui.panel.setPalette(panel_palette)
        self.ui.unlockButton.clicked.connect(self.submit)
        self.ui.password.returnPressed.connect(self.submit)
        self.ui.username.returnPressed.connect(lambda: self.ui.password.setFocus())
        self.ui.switchButton.clicked.connect(self.toggle_switch)
        window.installEventFilter(self)
        self.hide()

    @property
    def is_locked(self) -> bool:
        return self.isVisible()

    def lock(self) -> None:
        if self.is_locked:
            return
        self._set_mode(switching=False)
        self._disable_window()
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.ui.password.setFocus()

    def _disable_window(self) -> None:
        window = self.window_
        targets: list[QWidget | QAction] = [window.menuBar(), *window.findChildren(QToolBar)]
        if (central := window.centralWidget()) is not None:
            targets.append(central)
        targets += [a for a in window.findChildren(QAction) if not self._owns(a)]
        self._disabled = [t for t in targets if t.isEnabled()]
        for target in self._disabled:
            target.setEnabled(False)

    def _owns(self, action: QAction) -> bool:
        parent = action.parent()
        return isinstance(parent, QWidget) and (parent is self or self.isAncestorOf(parent))

    def _release(self) -> None:
        for target in self._disabled:
            target.setEnabled(True)
        self._disabled = []
        self.hide()

    def _set_mode(self, *, switching: bool) -> None:
        self.switching = switching
        self.ui.error.clear()
        self.ui.password.clear()
        self.ui.username.clear()
        self.ui.usernameLabel.setVisible(switching)
        self.ui.username.setVisible(switching)
        if switching:
            self.ui.who.setText("请输入要登录的账号和密码。")
            self.ui.hint.setText("切换后，当前用户已填写的内容自动保存为草稿，下次登录时可继续。")
            self.ui.switchButton.setText("返回")
            self.ui.unlockButton.setText("登录")
            self.ui.username.setFocus()
        else:
            self.ui.who.setText(
                f"当前用户：{self.actor.display_name}（{self.actor.role.label}）\n请输入密码解锁。"
            )
            self.ui.switchButton.setText("切换用户")
            self.ui.hint.setText("已填写的内容均已保留，解锁后可继续。")
            self.ui.unlockButton.setText("解锁")
            self.ui.password.setFocus()

    def toggle_switch(self) -> None:
        self._set_mode(switching=not self.switching)

    def submit(self) -> None:
        username, password = self.ui.username.text(), self.ui.password.text()
        if self.switching and not username.strip():
            self.ui.error.setText("请输入登录名")
            return
        if self.switching:
            actor = call_service(
                self, "无法登录", lambda _reason: login(self.db, username, password), tell=self._refused
            )
        else:
            actor = call_service(
                self, "无法解锁", lambda _reason: unlock(self.db, self.actor, password), tell=self._refused
            )
        if isinstance(actor, Refused):
            return
        self._release()
        if actor.id == self.actor.id:
            self.unlocked.emit(actor)
        else:
            self.switched.emit(actor)

    def _refused(self, message: str) -> None:
        self.ui.error.setText(message)
        self.ui.password.clear()
        self.ui.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.is_locked:
            self.setGeometry(self.window_.rect())
        return False
