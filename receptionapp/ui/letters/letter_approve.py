"""审批签发: the leader sees the letter as it will be signed (number, seal, signature), then signs it.

Only a leader's account reaches this dialog; the service checks again. If
the letter cannot be finalised (a prompt left, a character no font has, no
seal or certificate) the reason is shown instead of the preview and 签发 is
disabled.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.services.context import Actor
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.letters.records import LetterRow, get_letter
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_letter_approve_dialog import Ui_LetterApproveDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.pdf_preview import busy, host


class LetterApproveDialog(ServiceDialog):
    failure_title = "无法签发"

    def __init__(
        self, db: Database, actor: Actor, paths: DataPaths, letter_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterApproveDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.paths, self.letter_id = db, actor, paths, letter_id
        self.detail = get_letter(db, letter_id, actor)
        self.outcome: LetterRow | None = None
        row = self.detail.row
        self.setWindowTitle(f"审批签发：{row.kind.label}")
        self.setup_buttons(self.ui.buttons, "签发")
        self.ui.intro.setText(
            f"事项{self.detail.case_number}的{row.kind.label}（第{row.version}版，{row.drafted_by}起草）。"
            "签发后将编发文字号、加盖印章并以单位证书数字签名，签发的文书不能再修改，更正须另发新版本。"
        )
        has_signature = any(
            i.kind == letter_keys.SIGNATURE and i.user_id == actor.id for i in letter_keys.images(db, paths)
        )
        self.ui.withSignature.setEnabled(has_signature)
        self.ui.withSignature.setToolTip("" if has_signature else "管理员尚未上传您的签名章图片")
        self.ui.withSignature.toggled.connect(self.refresh_preview)
        self.preview = host(self.ui.previewHost)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        with_signature = self.ui.withSignature.isChecked()

        def render(_reason: str) -> bytes:
            with busy():
                return letter_approval.approval_preview(
                    self.db, self.actor, self.paths, self.letter_id, with_signature=with_signature
                )

        data = call_service(self, self.failure_title, render, tell=self._cannot_sign)
        if isinstance(data, Refused):
            ok.setEnabled(False)
            return
        self.preview.show_pdf(data)
        self.ui.warning.setText("")
        ok.setEnabled(True)

    def _cannot_sign(self, message: str) -> None:
        """Why the letter cannot be finalised, in place of the preview and above the buttons."""
        self.preview.show_message(message)
        self.ui.warning.setText(message)

    def perform(self) -> bool:
        with busy():
            self.outcome = letter_approval.approve_letter(
                self.db,
                self.actor,
                self.paths,
                self.letter_id,
                with_signature=self.ui.withSignature.isChecked(),
            )
        return True
