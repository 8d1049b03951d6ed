"""文书设置 (admin): the 复查机关 named in every reply, the contact, and the 发文字号 prefix of each letter type."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from receptionapp.db.database import Database
from receptionapp.documents.templates import LetterType
from receptionapp.services.context import Actor
from receptionapp.services.letters import settings as letter_settings
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_letter_settings_dialog import Ui_LetterSettingsDialog


class LetterSettingsDialog(ServiceDialog):
    failure_title = "无法保存设置"

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterSettingsDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.setup_buttons(self.ui.buttons, "保存")
        current = letter_settings.letter_settings(db)
        self.ui.reviewBody.setText(current.review_body)
        self.ui.contact.setText(current.contact)
        self.ui.phone.setText(current.phone)
        self.errors.register("review_body", self.ui.reviewBody, self.ui.reviewBodyError)
        self.errors.register("contact", self.ui.contact, self.ui.contactError)
        self.prefixes: dict[LetterType, QLineEdit] = {}
        for kind in LetterType:
            edit = QLineEdit(current.prefixes[kind], self)
            edit.setObjectName(f"prefix_{kind.value}")
            error = QLabel(self)
            self.ui.prefixForm.addRow(kind.label, edit)
            self.ui.prefixForm.addRow("", error)
            self.errors.register(f"prefix.{kind.value}", edit, error)
            self.prefixes[kind] = edit

    def perform(self) -> bool:
        letter_settings.save_settings(
            self.db,
            self.actor,
            review_body=self.ui.reviewBody.text(),
            contact=self.ui.contact.text(),
            phone=self.ui.phone.text(),
            prefixes={kind: edit.text() for kind, edit in self.prefixes.items()},
        )
        return True
