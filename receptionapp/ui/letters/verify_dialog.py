"""验证文件: choose a PDF and see whether it is a letter the bureau signed and registered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from receptionapp.db.database import Database
from receptionapp.services.letters import verify as letter_verify
from receptionapp.ui.forms.ui_verify_dialog import Ui_VerifyDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.pdf_preview import busy


class VerifyDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.db = db
        self.verification: letter_verify.FileVerification | None = None
        self.ui.chooseButton.clicked.connect(self.choose)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(self.ui.buttons.StandardButton.Close).setText("关闭")

    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "选择要核验的PDF文书", "", "PDF文件 (*.pdf);;所有文件 (*)"
        )
        if name:
            self.verify(Path(name))

    def verify(self, path: Path) -> None:
        self.ui.file.setText(str(path))

        def check(_reason: str) -> letter_verify.FileVerification:
            with busy():
                return letter_verify.verify_file(self.db, path)

        result = call_service(self, "无法核验", check, tell=lambda message: self._show(False, message))
        if isinstance(result, Refused):
            self.verification = None
            return
        self.verification = result
        self._show(result.valid, result.message)

    def _show(self, valid: bool, message: str) -> None:
        self.ui.verdict.setText("核验通过" if valid else "核验未通过")
        self.ui.verdict.setStyleSheet(
            "font-size: 14pt; font-weight: bold; color: " + ("#2e7d32;" if valid else "#c62828;")
        )
        self.ui.result.setPlainText(message)
