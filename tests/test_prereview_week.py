"""初审 a week ahead (seed 004, 定点接访实施方案 三): appointments made a week before the day get the
office's 初审 with the 处室 to attend and the legal adviser; later ones go to the following day or
queue as 临时来访 after the appointments."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.prereview import (
    LateBooking,
    attendance_text,
    attendees_from_prereview,
    first_day_in_time,
    in_time_for_prereview,
    late_message,
    validate_prereview,
)
from receptionapp.domain.reception import Booking, PreReview, VisitState
from receptionapp.services.context import ValidationFailed
from receptionapp.services.reception import rota
from receptionapp.services.reception.visits import book, prereview, queue
from receptionapp.ui.dialogs.base import to_qdatetime
from receptionapp.ui.dialogs.conversation_dialog import ConversationDialog
from receptionapp.ui.dialogs.prereview_dialog import PrereviewDialog
from receptionapp.ui.widgets.reception_screen import ReceptionScreen
from receptionapp.ui.widgets.registration_form import RegistrationForm
from tests.conftest import make_registration, type_text
from tests.uikit import choose, drive

D = dt.date
WEDNESDAY = D(2026, 11, 25)


# ------------------------------------------------------------ the rule, without a database


def test_an_appointment_a_week_ahead_gets_the_prereview_for_that_day() -> None:
    assert in_time_for_prereview(D(2026, 11, 18), WEDNESDAY)  # exactly a week before
    assert not in_time_for_prereview(D(2026, 11, 19), WEDNESDAY)  # six days: too late for the 初审
    days = [WEDNESDAY, D(2026, 12, 2), D(2026, 12, 9)]
    assert first_day_in_time(D(2026, 11, 19), days) == D(2026, 12, 2)  # the following day is offered
    assert first_day_in_time(D(2026, 12, 5), days) is None
    message = late_message(WEDNESDAY, D(2026, 11, 19), D(2026, 12, 2))
    assert "2026-11-18前预约" in message and "改约下一个接访日2026-12-02" in message and "临时来访" in message


def test_the_prereview_names_divisions_of_the_bureau_and_the_legal_adviser() -> None:
    known = ["基础教育处", "政策法规处"]
    assert validate_prereview(True, "", ["基础教育处"], known) == {}
    assert "divisions" in validate_prereview(True, "", ["市第一中学"], known)  # a school is no 处室
    assert validate_prereview(False, "", [], known) == {"reason": "不安排接访须写明理由"}
    assert attendance_text("基础教育处、政策法规处", True) == "参加处室：基础教育处、政策法规处；法律顾问参加"
    assert (
        attendees_from_prereview("李局长", "基础教育处", True)
        == "接访领导李局长、基础教育处负责人、办公室、法律顾问"
    )


# ------------------------------------------------------------ the services


@pytest.fixture
def days(db, people):
    return rota.plan_days(db, people["office"], WEDNESDAY, 3, [people["leader"].id])


def booking(name: str, phone: str, at: dt.datetime):  # type: ignore[no-untyped-def]
    return make_registration(person=PetitionerInput(name=name, phone=phone), received_at=at)


def test_late_appointments_go_to_the_following_day_or_queue_as_temporary(db, people, days) -> None:
    clerk, office = people["clerk"], people["office"]
    week_before, late = dt.datetime(2026, 11, 18, 10), dt.datetime(2026, 11, 20, 10)
    first = book(
        db, clerk, days[0].id, booking("张晓梅", "13812345678", week_before), Booking.PHONE, now=week_before
    )
    with pytest.raises(ValidationFailed) as refused:
        book(db, clerk, days[0].id, booking("王堃", "13912345678", late), Booking.PHONE, now=late)
    assert "改约下一个接访日2026-12-02" in refused.value.errors["reception_day"]
    moved = book(
        db,
        clerk,
        days[0].id,
        booking("王堃", "13912345678", late),
        Booking.PHONE,
        now=late,
        late=LateBooking.NEXT_DAY,
    )
    temporary = book(
        db,
        clerk,
        days[0].id,
        booking("赵䶮", "13712345678", late),
        Booking.WRITING,
        now=late,
        late=LateBooking.TEMPORARY,
    )
    assert [e.names for e in queue(db, days[1].id)] == ["王堃"]
    line = queue(db, days[0].id)
    assert [(e.order_label, e.names) for e in line] == [("预约1", "张晓梅"), ("临时1", "赵䶮")]
    assert line[1].prereview is PreReview.ACCEPTED and line[1].is_temporary  # no 初审: after the appointments
    assert moved.case_id != temporary.case_id

    # The 初审: the 处室 to attend and the legal adviser; the day list shows them, the log records them.
    with pytest.raises(ValidationFailed) as bad:
        prereview(db, office, first.visit_id, True, divisions=["市第一中学"])
    assert "处室" in bad.value.errors["divisions"]
    prereview(db, office, first.visit_id, True, divisions=["基础教育处"], legal_adviser=True)
    [reviewed, _] = queue(db, days[0].id)
    assert reviewed.attendance == "参加处室：基础教育处；法律顾问参加"
    with db.read() as session:
        summary = session.scalar(
            select(AuditEntry.summary).where(AuditEntry.action == "prereview").order_by(AuditEntry.id.desc())
        )
    assert summary == "初审：同意接访。参加处室：基础教育处；法律顾问参加"


# ------------------------------------------------------------ on screen


def answer(button_text: str) -> None:
    """Press the message box's button whose text starts with ``button_text`` once it shows."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        button = next(b for b in box.buttons() if b.text().startswith(button_text))
        button.click()

    QTimer.singleShot(0, press)


def test_the_clerk_is_offered_the_following_day_and_the_office_reviews_with_divisions(
    qtbot, db, data_paths, people, days, monkeypatch
) -> None:
    with time_machine.travel(dt.datetime(2026, 11, 20, 10, 0), tick=True):
        form = RegistrationForm(db, people["clerk"], data_paths)
        qtbot.addWidget(form)
        form.prepare_reception(days[0].id, appointment=True)
        # Qt's own clock is not moved by time-machine: the clerk sets the time the call came.
        form.ui.receivedAt.setDateTime(to_qdatetime(dt.datetime(2026, 11, 20, 9, 50)))
        editor = form.petitioner_editors()[0].ui
        type_text(editor.name, "张晓梅")
        type_text(editor.phone, "13812345678")
        choose(form.ui.category, "招生考试")
        choose(form.ui.region, "城东区")
        type_text(form.ui.problem, "孩子户籍与房产均在学区内，但未被录取。")
        type_text(form.ui.demand, "请求按政策安排就近入学。")
        answer("改约12月02日")
        with qtbot.waitSignal(form.saved, timeout=3000):
            qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
        assert queue(db, days[0].id) == []
        [entry] = queue(db, days[1].id)
        assert entry.order_label == "预约1"

        screen = ReceptionScreen(db, people["office"])
        qtbot.addWidget(screen)
        screen.show()
        screen.ui.day.setCurrentIndex(screen.ui.day.findData(days[1].id))
        screen.ui.queue.selectRow(0)

        def review(dialog: PrereviewDialog) -> None:
            items = [dialog.ui.divisions.item(i) for i in range(dialog.ui.divisions.count())]
            next(i for i in items if i.text() == "基础教育处").setCheckState(Qt.CheckState.Checked)
            dialog.ui.legalAdviser.setChecked(True)

        drive(monkeypatch, PrereviewDialog, review)
        qtbot.mouseClick(screen.ui.acceptButton, Qt.MouseButton.LeftButton)
        assert screen.ui.queue.item(0, 4).text() == "同意接访（参加处室：基础教育处；法律顾问参加）"
        assert "法律顾问参加" in screen.ui.visitorFlags.text()

    # On the day (a reception day is held on its date) the 接谈记录 starts with who the 初审 asked to attend.
    with time_machine.travel(dt.datetime.combine(days[1].day, dt.time(14, 40)), tick=True):
        screen.show_day()
        screen.ui.queue.selectRow(0)
        seen: list[str] = []
        drive(monkeypatch, ConversationDialog, lambda d: seen.append(d.ui.attendees.text()) or d.reject())
        screen.record_talk()
        assert seen == ["接访领导李局长、基础教育处负责人、办公室、法律顾问"]
        assert queue(db, days[1].id)[0].state is VisitState.WAITING
