"""An appointment less than a week before its reception day misses the office's 初审 (seed 004):
the clerk is offered the following reception day, or a place as 临时来访 after the appointments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.prereview import LateBooking
from receptionapp.services.context import ServiceError
from receptionapp.services.reception.prereview import booking_window
from receptionapp.ui.service_call import Refused, call_service

BACK = "返回修改"


def ask_late_booking(parent: QWidget, db: Database, day_id: int) -> LateBooking | Refused | None:
    """None: in time for the 初审; else what the clerk chose (Refused: back to the form)."""
    window = call_service(parent, "未能保存", lambda _r: booking_window(db, day_id, dt.date.today()))
    if isinstance(window, Refused):
        return window
    if window.in_time:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, "预约不足一周", window.message + "。", parent=parent)
    choices: dict[QAbstractButton, LateBooking] = {}
    if window.following is not None:
        label = f"改约{window.following:%m月%d日}"
        choices[box.addButton(label, QMessageBox.ButtonRole.AcceptRole)] = LateBooking.NEXT_DAY
    choices[box.addButton("作为临时来访", QMessageBox.ButtonRole.AcceptRole)] = LateBooking.TEMPORARY
    box.addButton(BACK, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return choices[clicked] if clicked in choices else Refused(ServiceError(BACK))
