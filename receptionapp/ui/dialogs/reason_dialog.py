"""A reason asked before an action: lifting a case's confidentiality, or going ahead despite a warning.

``ReasonDialog`` shows what is at stake and takes the reason; with ``act``
it calls the service itself (errors stay in the dialog). ``ask_confirmation``
is what every form dialog does when a service answers NeedsConfirmation
(回避, a report to the accused unit): show the warnings and get the reason
that goes to the audit log with the action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from receptionapp.services.cases.confidentiality import MIN_REASON
from receptionapp.ui.dialogs.base import ServiceDialog
from receptionapp.ui.forms.ui_reason_dialog import Ui_ReasonDialog


class ReasonDialog(ServiceDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        explanation: str,
        *,
        ok_text: str = "确定",
        placeholder: str = "",
        required: bool = True,
        act: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.explain.setText(explanation)
        self.ui.reason.setPlaceholderText(placeholder)
        self.ui.reasonLabel.setText(
            "理由" + (f"（必填，至少{MIN_REASON}个字）" if required else "（可不填）")
        )
        self.required, self.act = required, act
        self.failure_title = title
        self.setup_buttons(self.ui.buttons, ok_text)
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)

    def reason(self) -> str:
        return self.ui.reason.toPlainText().strip()

    def perform(self) -> bool:
        reason = self.reason()
        if self.required and len(reason) < MIN_REASON:
            self.errors.show({"reason": f"请写明理由（至少{MIN_REASON}个字）"})
            return False
        if self.act is not None:
            self.act(reason)
        return True


def ask_confirmation(parent: QWidget | None, warnings: list[str]) -> str | None:
    """The reason to go ahead despite ``warnings``; None if the user stepped back."""
    dialog = ReasonDialog(
        parent,
        "需要确认",
        "请注意：\n"
        + "\n".join(f"· {w}" for w in warnings)
        + "\n\n如确需继续，请写明理由（将记入操作日志）。",
        ok_text="确认并继续",
        placeholder="如：该处仅此一名承办人，已由处长另行指定他人办理",
    )
    return dialog.reason() if dialog.exec() else None
