"""The case page's 重点信访人 line: which of the case's petitioners are followed, by which 包案 leader.

Under the petitioners table: a red line naming each key petitioner with
the leader and the status (everyone who opens the case sees it), and for
the leader, the office and the admin a button that lists a petitioner as
key or changes the mark (``KeyMarkDialog``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.roles import CAN_MARK_KEY
from receptionapp.services.cases import key_petitioners as keys
from receptionapp.services.context import Actor


class KeyPetitionerBar(QWidget):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.people: list[tuple[int, str]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("keyPetitionerLabel")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.button = QPushButton("列为重点信访人…", self)
        self.button.setObjectName("keyPetitionerButton")
        self.button.setVisible(actor.role in CAN_MARK_KEY)
        self.button.clicked.connect(self.open_dialog)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def show_people(self, people: list[tuple[int, str]]) -> None:
        self.people = [(pid, name) for pid, name in people if pid]
        marks = [m for m in keys.marks_of(self.db, [pid for pid, _n in self.people]).values() if m.active]
        self.label.setText(
            "；".join(
                f"重点信访人：{m.name}（包案领导：{m.leader}"
                + (f"，{m.status_note}" if m.status_note else "")
                + "）"
                for m in marks
            )
        )
        self.label.setVisible(bool(marks))
        self.button.setText("重点信访人…" if marks and len(marks) == len(self.people) else "列为重点信访人…")
        self.button.setEnabled(bool(self.people))

    def open_dialog(self) -> None:
        from receptionapp.ui.dialogs.key_petitioner_dialogs import KeyMarkDialog

        dialog = KeyMarkDialog(self.db, self.actor, self.people, self, case_id=self.case_id)
        try:
            if dialog.exec():
                self.show_people(self.people)
                self.changed.emit()
        finally:
            dialog.deleteLater()
