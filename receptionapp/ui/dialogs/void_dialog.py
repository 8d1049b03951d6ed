"""Void a mistaken case with a reason; the case stays on record."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.services.cases.editing import void_case
from receptionapp.services.context import Actor
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_void_dialog import Ui_VoidDialog


class VoidDialog(ServiceDialog):
    failure_title = "无法作废"

    def __init__(
        self, db: Database, actor: Actor, case_id: int, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VoidDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.ui.caseLabel.setText(f"事项编号：{number}")
        self.setup_buttons(self.ui.buttons, "确认作废")
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)

    def perform(self) -> bool:
        void_case(self.db, self.actor, self.case_id, self.ui.reason.toPlainText())
        return True
