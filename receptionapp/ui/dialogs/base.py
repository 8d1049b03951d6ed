"""What every form dialog shares: Chinese OK/Cancel, errors beside fields, service errors in a box.

A dialog subclasses ``ServiceDialog``, registers its fields with
``self.errors`` and implements ``perform`` (call the service, return True
when done). ``submit`` runs it and shows what went wrong, keeping every
typed value so nothing is lost; a warning to confirm (回避 ...) asks for a
reason and runs ``perform`` again with ``self.confirm_reason`` set.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from receptionapp.services.context import NeedsConfirmation, ServiceError, ValidationFailed
from receptionapp.ui.widgets.field_errors import FieldErrors


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ServiceDialog(QDialog):
    """A dialog with a ``buttons`` box whose OK runs ``perform``."""

    ok_text = "确定"
    failure_title = "无法保存"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        # Set while a service's warning (NeedsConfirmation) is answered with a reason; perform passes it on.
        self.confirm_reason = ""

    def setup_buttons(self, buttons: QDialogButtonBox, ok_text: str | None = None) -> None:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or self.ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

    def perform(self) -> bool:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def submit(self) -> None:
        try:
            done = self.perform()
        except NeedsConfirmation as warning:
            from receptionapp.ui.dialogs.reason_dialog import ask_confirmation

            reason = ask_confirmation(self, warning.warnings)
            if reason is not None:
                self.confirm_reason = reason
                try:
                    self.submit()
                finally:
                    self.confirm_reason = ""
            return
        except ValidationFailed as failure:
            rest = self.errors.show(failure.errors)
            self.errors.focus_first(failure.errors)
            if rest:
                QMessageBox.warning(self, self.failure_title, "\n".join(rest))
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.failure_title, str(error))
            return
        if done:
            self.accept()
