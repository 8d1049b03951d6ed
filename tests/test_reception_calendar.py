"""Reception days follow the holiday calendar: known fixed holidays at once, a year's holidays when entered.

Days planned before 2027 was entered stayed on 春节 (Wednesday 10 February
2027). Entering or changing the calendar now moves the planned days as it
moves the deadlines, lists them for the office, and flags each appointment
whose visitor must be called.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.domain import deadlines
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.holiday_files import parse_holiday_file
from receptionapp.domain.reception import Booking, HolidayMove, Schedule
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, ServiceError
from receptionapp.services.reception import replanning, rota
from receptionapp.services.reception.visits import book, queue
from receptionapp.ui.admin.holiday_dialog import HolidayDialog
from receptionapp.ui.widgets.reception_screen import ReceptionScreen
from tests.conftest import make_registration, travel

D = dt.date
NOW = dt.datetime(2026, 12, 3, 10, 0)
SPRING_2027 = """年份,2027
通知,国办发明电〔2026〕9号
2027-01-01,休,元旦
2027-02-06~2027-02-12,休,春节
2027-02-14,班,春节调休上班
"""


@pytest.fixture(autouse=True)
def _reset_calendar():
    yield
    deadlines.set_default_calendar({}, [])


# ---------------------------------------------------------------- fixed holidays of unknown years (A9)


def test_a_reception_day_avoids_new_years_day_before_the_year_is_entered(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    rota.save_schedule(db, admin, Schedule(weekday=4))  # every Friday
    [day] = rota.plan_days(db, people["office"], D(2027, 1, 1), 1, [people["leader"].id])
    # Friday 1 January 2027 is 元旦 though 2027 is not entered: the day before (Thursday 31 December).
    assert (day.nominal_day, day.day) == (D(2027, 1, 1), D(2026, 12, 31))


def test_a_wednesday_national_day_of_an_unknown_year_moves_the_reception(
    db: Database, people: dict[str, Actor]
) -> None:
    [day] = rota.plan_days(db, people["office"], D(2029, 10, 3), 1, [people["leader"].id])
    # Wednesday 3 October 2029; 1–2 October are off too, 29–30 September a weekend: Friday 28 September.
    assert (day.nominal_day, day.day) == (D(2029, 10, 3), D(2029, 9, 28))
    assert day.note == "因节假日调整"


def test_fixed_holidays_do_not_make_an_unknown_year_known(db: Database, people: dict[str, Actor]) -> None:
    [day] = rota.plan_days(db, people["office"], D(2030, 5, 1), 1, [people["leader"].id])
    assert day.day == D(2030, 4, 30)  # 劳动节, a Wednesday
    assert not deadlines.default_calendar().is_known(D(2030, 5, 1))


# ---------------------------------------------------------------- a year's holidays entered (A8)


def plan_february(db: Database, people: dict[str, Actor]) -> tuple[int, int]:
    """Wednesdays 3, 10 and 17 February 2027, planned in December; someone booked for the 10th."""
    office, clerk = people["office"], people["clerk"]
    days = rota.plan_days(db, office, D(2027, 2, 1), 3, [people["leader"].id])
    assert [d.day for d in days] == [D(2027, 2, 3), D(2027, 2, 10), D(2027, 2, 17)]  # 春节 unknown yet
    visitor = PetitionerInput(name="张晓梅", phone="13812345678")
    booked = book(db, clerk, days[1].id, make_registration(person=visitor, received_at=NOW), Booking.PHONE)
    return days[1].id, booked.visit_id


def test_entering_2027_moves_the_planned_days_off_spring_festival(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    with travel(NOW):
        day_id, visit_id = plan_february(db, people)
        update = replanning.save_year(db, admin, parse_holiday_file(SPRING_2027.encode()), source="2027.csv")
    [moved] = update.days
    # 10 February is in the holiday; the working day before it (6–9 off): Friday 5 February.
    assert (moved.day_id, moved.old_day, moved.new_day) == (day_id, D(2027, 2, 10), D(2027, 2, 5))
    assert rota.day_view(db, day_id).day == D(2027, 2, 5) and rota.day_view(db, day_id).moved
    [(_day, visitor)] = update.to_call
    assert (visitor.names, visitor.phone) == ("张晓梅", "13812345678")
    assert any("13812345678" in line and "改为2月5日" in line for line in update.lines())
    # The appointment is flagged until the office has called; the case's timeline says so.
    [entry] = queue(db, day_id)
    assert entry.moved_from == D(2027, 2, 10)
    assert "由2027-02-10调整为2027-02-05" in get_case(db, visitor.case_id).timeline[-1].summary
    with travel(NOW):
        replanning.told_of_move(db, people["office"], visit_id)
        with pytest.raises(ServiceError, match="无需告知"):
            replanning.told_of_move(db, people["office"], visit_id)
    assert queue(db, day_id)[0].moved_from is None
    assert "已电话告知" in get_case(db, visitor.case_id).timeline[-1].summary
    # Entering the same year again moves nothing more.
    with travel(NOW):
        again = replanning.save_year(db, admin, parse_holiday_file(SPRING_2027.encode()))
    assert again.days == []


def test_a_single_day_off_moves_its_reception_and_back(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    with travel(NOW):
        [day] = rota.plan_days(db, people["office"], D(2026, 12, 14), 1, [people["leader"].id])
        update = replanning.set_day(db, admin, D(2026, 12, 16), False, "本地临时放假")
        assert [(d.old_day, d.new_day) for d in update.days] == [(D(2026, 12, 16), D(2026, 12, 15))]
        assert rota.day_view(db, day.id).note == "因节假日调整"
        back = replanning.set_day(db, admin, D(2026, 12, 16), None)
        assert [(d.old_day, d.new_day) for d in back.days] == [(D(2026, 12, 15), D(2026, 12, 16))]
        assert rota.day_view(db, day.id).note == ""


def test_held_days_stay_and_a_skipped_week_is_cancelled(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    rota.save_schedule(db, admin, Schedule(move=HolidayMove.SKIP))
    with travel(dt.datetime(2026, 12, 2, 9, 0)):
        held, coming = rota.plan_days(db, people["office"], D(2026, 12, 2), 2, [people["leader"].id])
    with travel(dt.datetime(2026, 12, 2, 16, 0)):
        update = replanning.set_day(db, admin, D(2026, 12, 2), False, "测试")  # today's day is being held
        assert update.days == []
        update = replanning.set_day(db, admin, D(2026, 12, 9), False, "本地临时放假")
    assert [(d.old_day, d.new_day) for d in update.days] == [(D(2026, 12, 9), None)]
    view = rota.day_view(db, coming.id)
    assert view.cancelled and view.note == "因节假日安排取消"
    assert rota.day_view(db, held.id).day == D(2026, 12, 2)


def test_the_command_prints_the_moved_days(tmp_path: Path, capsys) -> None:
    from receptionapp.domain.roles import Role
    from receptionapp.paths import DataPaths
    from receptionapp.services.admin import setup
    from receptionapp.services.admin.bootstrap import open_database
    from tests.conftest import add_user

    folder = tmp_path / "data"
    db = open_database(DataPaths(folder).ensure())
    admin = setup.initialize(db, "某市教育局", "admin", "系统管理员", "secret123")
    leader = add_user(db, "leader", Role.LEADER)
    clerk = add_user(db, "clerk", Role.CLERK)
    with travel(NOW):
        days = rota.plan_days(db, admin, D(2027, 2, 8), 1, [leader.id])
        visitor = PetitionerInput(name="王堃", phone="13912345678")
        book(db, clerk, days[0].id, make_registration(person=visitor, received_at=NOW), Booking.PHONE)
    db.dispose()
    good = tmp_path / "2027.csv"
    good.write_text(SPRING_2027, encoding="utf-8")
    capsys.readouterr()
    with travel(NOW):
        assert main(["holidays", "import", str(good), "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "调整了1个已安排的领导接访日" in out
    assert "2027-02-10（李局长）调整至2027-02-05，1位预约人需电话告知" in out
    assert "王堃 13912345678" in out


def test_the_dialog_and_the_leaders_screen_show_the_moved_days(
    qtbot, db: Database, people: dict[str, Actor], admin: Actor, monkeypatch, tmp_path: Path
) -> None:
    with travel(NOW):
        day_id, _visit = plan_february(db, people)
        dialog = HolidayDialog(db, admin, today=NOW.date())
        qtbot.addWidget(dialog)
        path = tmp_path / "2027.csv"
        path.write_text(SPRING_2027, encoding="utf-8")
        infos: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: infos.append(text))
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
        assert [(d.old_day, d.new_day) for d in dialog.moved_days] == [(D(2027, 2, 10), D(2027, 2, 5))]
        [done] = infos
        assert "已安排的1个领导接访日随之调整" in done and "13812345678" in done

        screen = ReceptionScreen(db, people["office"])
        qtbot.addWidget(screen)
        screen.show()
        screen.ui.day.setCurrentIndex(screen.ui.day.findData(day_id))
        screen.ui.queue.selectRow(0)
        assert "改期待告知" in screen.ui.queue.item(0, 5).text()
        assert "需电话告知" in screen.ui.visitorFlags.text()
        assert screen.ui.toldButton.isEnabled()
        qtbot.mouseClick(screen.ui.toldButton, Qt.MouseButton.LeftButton)
        assert screen.ui.queue.item(0, 5).text() == "等候"
        assert not screen.ui.toldButton.isEnabled()
