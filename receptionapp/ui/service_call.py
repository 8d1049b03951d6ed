"""The one way the ui calls a service and tells the person what went wrong.

``call_service(parent, title, call, errors=...)`` runs ``call(confirm_reason)``
(the reason is "" the first time) and answers every refusal of a service the
same way, in every dialog and panel:

* ``NeedsConfirmation`` (回避, a report sent to the accused unit): the
  warnings are shown and a reason asked for (``ask_confirmation``); given
  one, the call runs again with it and the service records it in the audit
  log. Stepping back leaves everything as it was.
* ``ValidationFailed``: each message beside its field (``errors``) and the
  cursor in the first; the messages that have no field here go into one box.
* ``MissingStep`` (a letter that needs the 批示 or the 交办 first): its
  message, and when ``go`` gives an opener for the step, a button that
  opens that step's dialog (``offer_step``).
* any other ``ServiceError`` (no right to do it, a record gone, changed by
  someone else meanwhile, ...): its Chinese message in a box. On a
  ``ConcurrentChange`` what ``keep`` returns (the typed text) is put on the
  clipboard first.
* a full, read-only or failing disk under the database or a file
  (``services.faults``): the same sentence the command line prints, in a box.

Nothing typed is cleared. A form with a place of its own for the message (a
banner, a preview, a status line) passes ``tell`` instead of the box. The
caller gets the call's result or ``Refused``, after the person has been told.
Background work (``ui.tasks``) shows a refusal with ``show_refusal``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from receptionapp.services.cases.confidentiality import MIN_REASON
from receptionapp.services.context import (
    ConcurrentChange,
    MissingStep,
    NeedsConfirmation,
    ServiceError,
    ValidationFailed,
)
from receptionapp.services.faults import StorageFault, storage_fault
from receptionapp.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from receptionapp.ui.widgets.field_errors import FieldErrors

T = TypeVar("T")
log = logging.getLogger(__name__)

CONFLICT_TITLE = "其他人已修改"
KEPT_NOTE = "您填写的内容已复制到剪贴板。"


@dataclass(frozen=True)
class Refused:
    """The service refused (or the person stepped back); they have been told why."""

    error: ServiceError


class ErrorDisplay(Protocol):
    """Where a form shows messages beside its fields (``FieldErrors``, or a form's own)."""

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show ``errors``; return the messages that have no field here."""
        ...

    def focus_first(self, errors: dict[str, str]) -> None: ...


def call_service(
    parent: QWidget | None,
    title: str,
    call: Callable[[str], T],
    *,
    errors: ErrorDisplay | None = None,
    tell: Callable[[str], None] | None = None,
    keep: Callable[[], str] | None = None,
    go: Callable[[str], Callable[[], object] | None] | None = None,
) -> T | Refused:
    """Run ``call(confirm_reason)``; on a refusal tell the person (see the module) and return ``Refused``.

    ``go(step)``: what opens a ``MissingStep``'s step here, None where the person cannot take it now.
    """

    def say(text: str, heading: str = title) -> None:
        if tell is not None:
            tell(text)
        else:
            QMessageBox.warning(parent, heading, text)

    reason, asked = "", None
    while True:
        try:
            return call(reason)
        except NeedsConfirmation as warning:
            if reason and warning.warnings == asked:
                # Asked again with the reason given: this call does not pass it on to the service.
                say(str(warning))
                return Refused(warning)
            answer = ask_confirmation(parent, warning.warnings)
            if answer is None:
                return Refused(warning)
            reason, asked = answer, warning.warnings
        except ValidationFailed as failure:
            rest = list(failure.errors.values())
            if errors is not None:
                rest = errors.show(failure.errors)
                errors.focus_first(failure.errors)
            if rest or not failure.errors:
                say("\n".join(rest) or str(failure))
            return Refused(failure)
        except MissingStep as missing:
            opener = go(missing.step) if go is not None else None
            if opener is None:
                say(str(missing))
            elif offer_step(parent, title, str(missing), missing.label):
                opener()
            return Refused(missing)
        except ConcurrentChange as conflict:
            text = str(conflict)
            if keep is not None:
                QApplication.clipboard().setText(keep())
                text += "\n\n" + KEPT_NOTE
            say(text, CONFLICT_TITLE)
            return Refused(conflict)
        except ServiceError as error:
            say(str(error))
            return Refused(error)
        except Exception as error:
            fault = disk_fault(error)
            if fault is None:
                raise
            say(str(fault))
            return Refused(fault)


def disk_fault(error: BaseException) -> StorageFault | None:
    """``error`` as the disk's refusal (logged without stored values), or None for any other error."""
    fault = storage_fault(error) if isinstance(error, Exception) else None
    if fault is not None and fault is not error:
        log.warning("storage fault (%s)", fault.kind, exc_info=error)
    return fault


def offer_step(parent: QWidget | None, title: str, text: str, label: str) -> bool:
    """Tell what is missing and offer to go to the step that gives it; True when the person goes."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(f"去{label}", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("关闭", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go)
    box.exec()
    return box.clickedButton() is go


def refusal_text(error: BaseException) -> str | None:
    """What the person is told about a service's refusal or a refusing disk; None for any other error."""
    if isinstance(error, ValidationFailed) and error.errors:
        return "\n".join(error.errors.values())
    if isinstance(error, ServiceError):
        return str(error)
    fault = disk_fault(error)
    return str(fault) if fault is not None else None


def show_refusal(parent: QWidget | None, title: str, error: BaseException) -> bool:
    """Show a refusal met where nothing can be asked (background work) in a box; False if ``error`` is none."""
    text = refusal_text(error)
    if text is None:
        return False
    QMessageBox.warning(parent, CONFLICT_TITLE if isinstance(error, ConcurrentChange) else title, text)
    return True


def name_buttons(buttons: QDialogButtonBox, accept: str, cancel: str = "取消") -> None:
    """Chinese words on the accept and cancel buttons, whatever the Qt translation says."""
    for button in buttons.buttons():
        role = buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            button.setText(accept)
        elif role == QDialogButtonBox.ButtonRole.RejectRole:
            button.setText(cancel)


class ReasonDialog(QDialog):
    """A reason asked before an action: lifting a case's confidentiality, or going ahead despite a warning.

    Shows what is at stake and takes the reason; with ``act`` it calls the
    service itself through ``call_service``, so a refusal leaves the dialog
    open with the reason still typed.
    """

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
        name_buttons(self.ui.buttons, ok_text)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors()
        self.errors.register("reason", self.ui.reason, self.ui.reasonError)

    def reason(self) -> str:
        return self.ui.reason.toPlainText().strip()

    def submit(self) -> None:
        reason = self.reason()
        if self.required and len(reason) < MIN_REASON:
            self.errors.show({"reason": f"请写明理由（至少{MIN_REASON}个字）"})
            return
        act = self.act
        if act is not None:
            done = call_service(self, self.failure_title, lambda _confirm: act(reason), errors=self.errors)
            if isinstance(done, Refused):
                return
        self.accept()


def ask_confirmation(parent: QWidget | None, warnings: list[str]) -> str | None:
    """The reason to go ahead despite ``warnings``; None if the person stepped back."""
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
