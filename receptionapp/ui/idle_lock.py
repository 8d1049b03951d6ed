"""Lock the main window after N minutes without keyboard or mouse input (admin setting, default 10).

An application-wide event filter restarts a single-shot timer on every key
press, click, wheel turn or mouse move; when the timer runs out the lock
overlay covers the window. The form's draft is saved at that moment, so a
power cut while locked loses nothing either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from receptionapp.db.database import Database
from receptionapp.services.context import Actor
from receptionapp.ui.widgets.lock_overlay import LockOverlay

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    switch_user = Signal(object)  # the Actor who logged in from the lock screen

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        actor: Actor,
        minutes: int,
        before_lock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.before_lock = before_lock
        self.overlay = LockOverlay(db, actor, window)
        self.overlay.unlocked.connect(lambda _actor: self._restart())
        self.overlay.switched.connect(self.switch_user.emit)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        self.minutes = 0
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.destroyed.connect(lambda: app.removeEventFilter(self))

    @property
    def is_locked(self) -> bool:
        return self.overlay.is_locked

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.setInterval(max(minutes, 0) * 60_000)
        self._restart()

    def _restart(self) -> None:
        if self.minutes > 0 and not self.is_locked:
            self.timer.start()
        else:
            self.timer.stop()

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        if self.before_lock is not None:
            self.before_lock()
        self.overlay.lock()

    def lock_for_switch(self) -> None:
        self.lock()
        self.overlay.toggle_switch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.minutes > 0 and not self.is_locked:
            self.timer.start()
        return False
