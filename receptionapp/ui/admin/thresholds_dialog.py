"""督办提醒设置: the admin sets when the board suggests 催办, 督办 and 通报, with a live preview.

The preview reads the thresholds back as a sentence and as a worked
example (what the board suggests at each distance from the deadline),
computed by the same ``suggest`` the board uses.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.supervision import Thresholds, days_left_text, suggest
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import board
from receptionapp.ui.forms.ui_thresholds_dialog import Ui_ThresholdsDialog
from receptionapp.ui.service_call import Refused, call_service, name_buttons
from receptionapp.ui.widgets.field_errors import FieldErrors


def describe(thresholds: Thresholds) -> str:
    """The thresholds as the office reads them, with what the board shows day by day."""
    remind = (
        f"到期前{thresholds.remind_before}个工作日起提示催办"
        if thresholds.remind_before
        else "到期当日提示催办"
    )
    sentence = (
        f"{remind}；超期{thresholds.urge_after}个工作日起提示发督办单；"
        f"超期{thresholds.notify_after}个工作日起提示通报领导。"
    )
    steps = []
    for days_left in range(thresholds.remind_before + 1, -thresholds.notify_after - 1, -1):
        level = suggest(days_left, thresholds)
        steps.append(f"{days_left_text(days_left)}：{level.label if level else '不提示'}")
    return sentence + "\n\n例如：" + "，".join(steps) + "。"


class ThresholdsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ThresholdsDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        current = board.load_thresholds(db)
        self.ui.remindBefore.setValue(current.remind_before)
        self.ui.urgeAfter.setValue(current.urge_after)
        self.ui.notifyAfter.setValue(current.notify_after)
        self.errors = FieldErrors()
        self.errors.register("remind_before", self.ui.remindBefore, self.ui.remindError)
        self.errors.register("urge_after", self.ui.urgeAfter, self.ui.urgeError)
        self.errors.register("notify_after", self.ui.notifyAfter, self.ui.notifyError)
        for spin in (self.ui.remindBefore, self.ui.urgeAfter, self.ui.notifyAfter):
            spin.valueChanged.connect(lambda _v: self._preview())
        name_buttons(self.ui.buttons, "保存")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._preview()

    def thresholds(self) -> Thresholds:
        return Thresholds(
            self.ui.remindBefore.value(), self.ui.urgeAfter.value(), self.ui.notifyAfter.value()
        )

    def _preview(self) -> None:
        thresholds = self.thresholds()
        problems = thresholds.problems()
        self.errors.show(problems)
        self.ui.preview.setText("请先改正上面标红的天数。" if problems else describe(thresholds))

    def submit(self) -> None:
        if not isinstance(
            call_service(
                self,
                "无法保存",
                lambda _reason: board.save_thresholds(self.db, self.actor, self.thresholds()),
                errors=self.errors,
            ),
            Refused,
        ):
            self.accept()
