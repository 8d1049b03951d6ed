"""The office's 初审 of an appointment: accept or decline, the 处室 to attend, the legal adviser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.services.context import Actor
from receptionapp.services.reception.prereview import divisions
from receptionapp.services.reception.visits import QueueEntry, prereview
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_prereview_dialog import Ui_PrereviewDialog


class PrereviewDialog(ServiceDialog):
    failure_title = "无法保存初审"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        entry: QueueEntry,
        parent: QWidget | None = None,
        *,
        accepted: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrereviewDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.visit_id = db, actor, entry.visit_id
        self.ui.visitorLabel.setText(
            f"{entry.order_label}　{entry.names}　{entry.number}　{entry.category}\n{entry.problem[:120]}"
        )
        chosen = set(entry.divisions.split("、")) if entry.divisions else set()
        for name in divisions(db):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.ui.divisions.addItem(item)
        self.ui.legalAdviser.setChecked(entry.legal_adviser)
        self.ui.reason.setPlainText(entry.prereview_reason)
        (self.ui.accept if accepted else self.ui.decline).setChecked(True)
        self.ui.accept.toggled.connect(self._accepted_changed)
        self._accepted_changed(accepted)
        self.setup_buttons(self.ui.buttons, "保存初审")
        self.errors.register("divisions", self.ui.divisions, self.ui.divisionsError)
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)

    def _accepted_changed(self, accepted: bool) -> None:
        for widget in (self.ui.divisionsLabel, self.ui.divisions, self.ui.legalAdviser):
            widget.setEnabled(accepted)

    def chosen_divisions(self) -> list[str]:
        items = (self.ui.divisions.item(i) for i in range(self.ui.divisions.count()))
        return [item.text() for item in items if item.checkState() is Qt.CheckState.Checked]

    def perform(self) -> bool:
        accepted = self.ui.accept.isChecked()
        prereview(
            self.db,
            self.actor,
            self.visit_id,
            accepted,
            self.ui.reason.toPlainText(),
            divisions=self.chosen_divisions() if accepted else [],
            legal_adviser=accepted and self.ui.legalAdviser.isChecked(),
        )
        return True
