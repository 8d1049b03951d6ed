"""A form's draft: saved a second after every change, offered back after a crash or a power cut.

The form says what to keep (``payload``) and whether anything was typed
(``dirty``); the keeper writes the payload in its own small transaction
(``services.drafts``) and reports on the form's status line. Typing goes on
when the database is briefly unavailable: the status line says the draft was
not saved, and the next change tries again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from receptionapp.db.database import Database
from receptionapp.services.context import Actor
from receptionapp.services.drafts import discard_draft, load_draft, save_draft

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1000


class FormDraft(QObject):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        form: str,
        status: QLabel,
        payload: Callable[[], dict[str, Any]],
        dirty: Callable[[], bool],
    ) -> None:
        super().__init__(status)
        self.db, self.actor, self.form, self.status = db, actor, form, status
        self.payload, self.dirty = payload, dirty
        self.kept = False  # a draft of this form is in the database
        self._timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def later(self) -> None:
        """Save a second after the last change."""
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        try:
            if self.dirty():
                save_draft(self.db, self.actor, self.form, self.payload())
                self.kept = True
                self.status.setText(f"草稿已自动保存（{dt.datetime.now():%H:%M:%S}）")
            elif self.kept:
                self.discard()
        except Exception:
            # Typing must go on even if the database is briefly unavailable.
            log.exception("could not save the %s draft", self.form)
            self.status.setText("草稿未能自动保存，请尽快保存登记")

    def discard(self) -> None:
        self._timer.stop()
        try:
            discard_draft(self.db, self.actor, self.form)
        except Exception:
            log.exception("could not discard the %s draft", self.form)
        self.kept = False
        self.status.clear()

    def load(self) -> dict[str, Any] | None:
        """The draft left unsaved, if any (None also when it cannot be read now)."""
        try:
            return load_draft(self.db, self.actor, self.form)
        except Exception:
            log.exception("could not read the %s draft", self.form)
            return None

    def restored(self) -> None:
        self.kept = True
        self.status.setText("已恢复未保存的草稿")
