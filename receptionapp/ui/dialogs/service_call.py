"""Call a service from a dialog: field problems beside their fields, any other refusal in a message box.

Every admin dialog saves the same way: ``ValidationFailed`` puts each
message next to its field (and moves the cursor there), a message for a
field the dialog does not have and any other ``ServiceError`` (no right to
do it, a record that changed meanwhile) go into a warning box. The caller
learns whether the call went through.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Final, TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from receptionapp.services.context import ServiceError, ValidationFailed
from receptionapp.ui.widgets.field_errors import FieldErrors

T = TypeVar("T")


class Failed(Enum):
    """The call was refused; the person has been told why (one value, so ``is FAILED`` narrows types)."""

    FAILED = "failed"


FAILED: Final = Failed.FAILED


def run_service(parent: QWidget, errors: FieldErrors, title: str, call: Callable[[], T]) -> T | Failed:
    try:
        return call()
    except ValidationFailed as failure:
        rest = errors.show(failure.errors)
        errors.focus_first(failure.errors)
        if rest:
            QMessageBox.warning(parent, title, "；".join(rest))
        return FAILED
    except ServiceError as error:
        QMessageBox.warning(parent, title, str(error))
        return FAILED


def name_buttons(buttons: QDialogButtonBox, accept: str, cancel: str = "取消") -> None:
    """Chinese words on the accept and cancel buttons, whatever the Qt translation says."""
    for button in buttons.buttons():
        role = buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            button.setText(accept)
        elif role == QDialogButtonBox.ButtonRole.RejectRole:
            button.setText(cancel)
