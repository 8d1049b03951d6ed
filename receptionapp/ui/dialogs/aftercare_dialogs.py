"""回访 and 重大信访信息快报 on the case page: record a call, mark the case major, record the 快报 sent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.aftercare import CallSatisfaction, FollowUpInput, MajorInput, MajorReason
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.services.context import Actor
from receptionapp.services.workflow import major
from receptionapp.services.workflow.aftercare import Aftercare, aftercare, caller_choices
from receptionapp.services.workflow.follow_up import record_follow_up
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdate, from_qdatetime, to_qdate, to_qdatetime
from receptionapp.ui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from receptionapp.ui.forms.ui_major_dialog import Ui_MajorDialog
from receptionapp.ui.forms.ui_major_sent_dialog import Ui_MajorSentDialog
from receptionapp.ui.service_call import Refused, call_service


class FollowUpDialog(ServiceDialog):
    """One 回访 call: reached (with how satisfied) or not (with what happened, to call again)."""

    failure_title = "无法登记回访"

    def __init__(
        self, db: Database, actor: Actor, case_id: int, state: Aftercare, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.reached = False
        self.setup_buttons(self.ui.buttons, "保存")
        closed = f"{state.closed_on:%Y-%m-%d}办结" if state.closed_on else "已办结"
        tried = "；".join(f"{f.called_on:%m-%d} {f.caller}：{f.result}" for f in state.follow_ups)
        self.ui.info.setText(f"该事项于{closed}。" + (f"此前回访：{tried}。" if tried else "尚未回访。"))
        for user_id, name in caller_choices(db):
            self.ui.caller.addItem(name, user_id)
        self.ui.caller.setCurrentIndex(max(0, self.ui.caller.findData(actor.id)))
        self.ui.satisfaction.addItem("请选择", None)
        for level in CallSatisfaction:
            self.ui.satisfaction.addItem(level.label, level.value)
        self.ui.calledOn.setDate(to_qdate(dt.date.today()))
        self.ui.reached.toggled.connect(self._reached_changed)
        for key, widget, label in (
            ("called_on", self.ui.calledOn, self.ui.calledOnError),
            ("caller", self.ui.caller, self.ui.callerError),
            ("satisfaction", self.ui.satisfaction, self.ui.satisfactionError),
            ("remarks", self.ui.remarks, self.ui.remarksError),
        ):
            self.errors.register(key, widget, label)

    def _reached_changed(self, reached: bool) -> None:
        self.ui.satisfaction.setEnabled(reached)
        if not reached:
            self.ui.satisfaction.setCurrentIndex(0)

    def data(self) -> FollowUpInput:
        satisfaction = self.ui.satisfaction.currentData()
        return FollowUpInput(
            called_on=from_qdate(self.ui.calledOn.date()),
            caller_id=self.ui.caller.currentData(),
            reached=self.ui.reached.isChecked(),
            satisfaction=CallSatisfaction(satisfaction) if satisfaction else None,
            remarks=self.ui.remarks.toPlainText(),
        )

    def perform(self) -> bool:
        self.reached = record_follow_up(self.db, self.actor, self.case_id, self.data())
        return True


class MajorDialog(ServiceDialog):
    """Mark the case major: the reasons and what the 快报 tells the leaders."""

    failure_title = "无法标记为重大信访事项"

    def __init__(
        self, db: Database, actor: Actor, case_id: int, state: Aftercare, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MajorDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.setup_buttons(self.ui.buttons, "标记并生成快报")
        self.boxes = {
            MajorReason.COLLECTIVE: self.ui.collective,
            MajorReason.EXTREME: self.ui.extreme,
            MajorReason.PUBLIC: self.ui.public,
            MajorReason.OTHER: self.ui.other,
        }
        self.ui.collective.setText(
            f"集体访人数较多（本事项{state.head_count}人，标准{state.threshold}人以上）"
        )
        self.ui.collective.setChecked(state.suggested_major)
        self.ui.otherText.setEnabled(False)
        self.ui.other.toggled.connect(self.ui.otherText.setEnabled)
        self.errors.register("reasons", self.ui.collective, self.ui.reasonsError)
        self.errors.register("other", self.ui.otherText, self.ui.otherError)
        self.errors.register("summary", self.ui.summary, self.ui.summaryError)

    def data(self) -> MajorInput:
        reasons = {reason for reason, box in self.boxes.items() if box.isChecked()}
        other = self.ui.otherText.text() if self.ui.other.isChecked() else ""
        return MajorInput(reasons, other, self.ui.summary.toPlainText())

    def perform(self) -> bool:
        major.mark_major(self.db, self.actor, self.case_id, self.data())
        return True


def suggest_major(parent: QWidget, db: Database, actor: Actor, case_id: int) -> bool:
    """Right after registration: a collective visit over the threshold is offered to be marked major.

    Returns whether it was marked (the caller then opens the case, whose page offers the 快报).
    """
    if actor.role not in CAN_PROCESS:
        return False
    state = call_service(parent, "无法读取事项", lambda _reason: aftercare(db, case_id, actor))
    if isinstance(state, Refused) or not state.suggested_major:
        return False
    answer = QMessageBox.question(
        parent,
        "重大信访事项",
        f"本次集体访来访{state.head_count}人，达到重大集体访标准（{state.threshold}人以上）。\n"
        "是否现在标记为重大信访事项，并于当日报送重大信访信息快报？",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    dialog = MajorDialog(db, actor, case_id, state, parent)
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


class MajorSentDialog(ServiceDialog):
    """The 快报 went to the leaders: when, and to whom."""

    failure_title = "无法登记快报报送"

    def __init__(
        self, db: Database, actor: Actor, case_id: int, state: Aftercare, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MajorSentDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.setup_buttons(self.ui.buttons, "保存")
        assert state.major is not None
        self.ui.info.setText(
            f"{state.major.marked_at:%Y-%m-%d %H:%M}标记为重大信访事项（{state.major.reasons_text}），"
            "快报应于当日报送局领导。"
        )
        self.ui.sentAt.setDateTime(to_qdatetime(dt.datetime.now().replace(second=0, microsecond=0)))
        self.errors.register("sent_at", self.ui.sentAt, self.ui.sentAtError)
        self.errors.register("sent_to", self.ui.sentTo, self.ui.sentToError)

    def perform(self) -> bool:
        sent_at = from_qdatetime(self.ui.sentAt.dateTime())
        major.record_sent(self.db, self.actor, self.case_id, sent_at, self.ui.sentTo.text())
        return True
