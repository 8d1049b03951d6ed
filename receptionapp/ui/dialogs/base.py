"""What every form dialog shares: Chinese OK/Cancel, and OK through the one error path.

A dialog subclasses ``ServiceDialog``, registers its fields with
``self.errors`` and implements ``perform`` (call the service, return True
when done). ``submit`` runs it through ``ui.service_call.call_service``,
which shows what went wrong and keeps every typed value; a warning to
confirm (回避 ...) asks for a reason and runs ``perform`` again with
``self.confirm_reason`` set. Also the QDate/QDateTime conversions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from receptionapp.ui.service_call import call_service
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
    """A dialog with a ``buttons`` box whose OK runs ``perform`` through ``call_service``."""

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
        if call_service(self, self.failure_title, self._perform, errors=self.errors) is True:
            self.accept()

    def _perform(self, confirm_reason: str) -> bool:
        self.confirm_reason = confirm_reason
        try:
            return self.perform()
        finally:
            self.confirm_reason = ""
