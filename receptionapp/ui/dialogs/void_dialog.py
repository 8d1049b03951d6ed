"""Void a mistaken case with a reason; the case stays on record."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.services.cases.editing import void_case
from receptionapp.services.context import Actor, ServiceError, ValidationFailed
from receptionapp.ui.forms.ui_void_dialog import Ui_VoidDialog
from receptionapp.ui.widgets.field_errors import FieldErrors


class VoidDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, case_id: int, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VoidDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.ui.caseLabel.setText(f"事项编号：{number}")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确认作废")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors()
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)

    def submit(self) -> None:
        try:
            void_case(self.db, self.actor, self.case_id, self.ui.reason.toPlainText())
        except ValidationFailed as failure:
            self.errors.show(failure.errors)
            self.errors.focus_first(failure.errors)
            return
        except ServiceError as error:
            QMessageBox.warning(self, "无法作废", str(error))
            return
        self.accept()
