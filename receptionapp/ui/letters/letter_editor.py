"""Edit a letter's draft: the text generated from the template, editable, with its PDF preview beside it.

The preview is the draft as it prints: 草稿 watermark, no number, no seal.
A text the layout cannot take (no title, a character no font has) shows its
message in place of the preview and beside the text; saving checks the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.services.context import Actor
from receptionapp.services.letters.drafting import generated_text, save_draft
from receptionapp.services.letters.records import get_letter
from receptionapp.services.letters.rendering import draft_pdf
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_letter_editor_dialog import Ui_LetterEditorDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.pdf_preview import busy, host


class LetterEditorDialog(ServiceDialog):
    failure_title = "无法保存草稿"

    def __init__(
        self, db: Database, actor: Actor, paths: DataPaths, letter_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterEditorDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.paths, self.letter_id = db, actor, paths, letter_id
        self.detail = get_letter(db, letter_id, actor)
        row = self.detail.row
        self.setWindowTitle(f"编辑{row.kind.label}草稿 — {self.detail.case_number}（第{row.version}版）")
        self.setup_buttons(self.ui.buttons, "保存草稿")
        self.preview = host(self.ui.previewHost)
        self.errors.register("text", self.ui.text, self.ui.textError)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.text.setPlainText(self.detail.text)
        self.ui.previewButton.clicked.connect(self.refresh_preview)
        self.ui.regenerateButton.clicked.connect(self.regenerate)
        self.refresh_preview()

    @property
    def text(self) -> str:
        return self.ui.text.toPlainText()

    def refresh_preview(self) -> None:
        row, text = self.detail.row, self.text

        def render(_reason: str) -> bytes:
            with busy():
                return draft_pdf(self.db, self.paths, row.case_id, row.kind, text, actor=self.actor)

        data = call_service(self, self.failure_title, render, tell=self._cannot_preview)
        if isinstance(data, Refused):
            return
        self.errors.clear()
        self.preview.show_pdf(data)

    def _cannot_preview(self, message: str) -> None:
        """The text cannot be laid out: the reason beside the text and in place of the preview."""
        self.errors.show({"text": message})
        self.preview.show_message(message)

    def regenerate(self) -> None:
        row = self.detail.row
        text = call_service(
            self, "无法生成", lambda _reason: generated_text(self.db, row.case_id, row.kind, self.actor)
        )
        if isinstance(text, Refused) or text == self.text:
            return
        answer = QMessageBox.question(
            self,
            "按模板重新生成",
            "将用模板和案件中的最新内容重新生成文书，编辑框中已修改的文字会被替换。继续吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ui.text.setPlainText(text)
            self.refresh_preview()

    def perform(self) -> bool:
        save_draft(self.db, self.actor, self.letter_id, self.text)
        return True
