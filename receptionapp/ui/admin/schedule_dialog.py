"""领导接访日设置: the weekday, hours, place of the leaders' reception day and its holiday rule.

The preview names the next reception days this setting would give, moved
off holidays by the same calendar and rule the rota uses, so the admin sees
the effect of 提前 / 顺延 / 当周不安排 before saving.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.deadlines import default_calendar
from receptionapp.domain.reception import WEEKDAY_LABELS, HolidayMove, Schedule, nominal_days, reception_date
from receptionapp.services.context import Actor
from receptionapp.services.reception import rota
from receptionapp.ui.forms.ui_schedule_dialog import Ui_ScheduleDialog
from receptionapp.ui.service_call import Refused, call_service, name_buttons
from receptionapp.ui.widgets.field_errors import FieldErrors

PREVIEW_WEEKS = 8


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


def next_days_text(schedule: Schedule, today: dt.date, weeks: int = PREVIEW_WEEKS) -> str:
    """The coming reception days under ``schedule``, holidays moved or left out.

    Like the rota, a week whose moved day lands on another week's reception
    day gets none.
    """
    calendar = default_calendar()
    parts: list[str] = []
    taken: set[dt.date] = set()
    for nominal in nominal_days(today, weeks, schedule.weekday):
        actual = reception_date(nominal, calendar, schedule.move)
        if actual is None:
            parts.append(f"{_md(nominal)}逢节假日，当周不安排")
        elif actual in taken:
            parts.append(f"{_md(nominal)}逢节假日，调整后与{_md(actual)}重合，当周不安排")
        elif actual != nominal:
            parts.append(f"{_md(actual)}（{WEEKDAY_LABELS[actual.weekday()]}，原{_md(nominal)}逢节假日）")
        else:
            parts.append(_md(actual))
        if actual is not None:
            taken.add(actual)
    return "、".join(parts)


class ScheduleDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScheduleDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.today = today or dt.date.today()
        for index, label in enumerate(WEEKDAY_LABELS):
            self.ui.weekday.addItem(label, index)
        for move in HolidayMove:
            self.ui.move.addItem(move.label, move.value)
        current = rota.load_schedule(db)
        self.ui.weekday.setCurrentIndex(current.weekday)
        self.ui.start.setTime(QTime(current.start.hour, current.start.minute))
        self.ui.end.setTime(QTime(current.end.hour, current.end.minute))
        self.ui.move.setCurrentIndex(self.ui.move.findData(current.move.value))
        self.ui.place.setText(current.place)
        self.errors = FieldErrors()
        self.errors.register("weekday", self.ui.weekday, self.ui.weekdayError)
        self.errors.register("end", self.ui.end, self.ui.endError)
        self.errors.register("place", self.ui.place, self.ui.placeError)
        for combo in (self.ui.weekday, self.ui.move):
            combo.currentIndexChanged.connect(lambda _i: self._preview())
        for edit in (self.ui.start, self.ui.end):
            edit.timeChanged.connect(lambda _t: self._preview())
        self.ui.place.textChanged.connect(lambda _t: self._preview())
        name_buttons(self.ui.buttons, "保存")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._preview()

    def schedule(self) -> Schedule:
        return Schedule(
            weekday=int(self.ui.weekday.currentData()),
            start=_time(self.ui.start.time()),
            end=_time(self.ui.end.time()),
            move=HolidayMove(self.ui.move.currentData()),
            place=self.ui.place.text().strip(),
        )

    def _preview(self) -> None:
        schedule = self.schedule()
        self.ui.preview.setText(
            f"{schedule.label}，{schedule.place or '（未填地点）'}；遇节假日{schedule.move.label}。\n\n"
            f"今后{PREVIEW_WEEKS}周的接访日：{next_days_text(schedule, self.today)}。"
        )

    def submit(self) -> None:
        if not isinstance(
            call_service(
                self,
                "无法保存",
                lambda _reason: rota.save_schedule(self.db, self.actor, self.schedule()),
                errors=self.errors,
            ),
            Refused,
        ):
            self.accept()
