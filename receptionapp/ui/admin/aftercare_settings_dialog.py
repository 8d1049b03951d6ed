"""回访与快报设置: the admin sets the 回访 period after 办结 and the head count of a major collective visit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.services import settings
from receptionapp.services.context import Actor
from receptionapp.services.workflow.aftercare import save_settings
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_aftercare_settings_dialog import Ui_AftercareSettingsDialog


class AftercareSettingsDialog(ServiceDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AftercareSettingsDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.setup_buttons(self.ui.buttons, "保存")
        self.ui.followUpDays.setValue(settings.get(db, settings.FOLLOW_UP_DAYS))
        self.ui.majorHeadCount.setValue(settings.get(db, settings.MAJOR_HEAD_COUNT))
        self.errors.register(settings.FOLLOW_UP_DAYS.field_name, self.ui.followUpDays, self.ui.followUpError)
        self.errors.register(
            settings.MAJOR_HEAD_COUNT.field_name, self.ui.majorHeadCount, self.ui.headCountError
        )

    def perform(self) -> bool:
        save_settings(self.db, self.actor, self.ui.followUpDays.value(), self.ui.majorHeadCount.value())
        return True
