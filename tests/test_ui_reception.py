"""The reception day on screen: booking through the registration form, 初审, the leader's keys."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from PySide6.QtCore import Qt

from receptionapp.domain.reception import VisitState
from receptionapp.services.reception import rota
from receptionapp.services.reception.visits import queue
from receptionapp.ui.dialogs.base import to_qdatetime
from receptionapp.ui.dialogs.conversation_dialog import ConversationDialog
from receptionapp.ui.dialogs.instruct_dialog import InstructDialog
from receptionapp.ui.dialogs.prereview_dialog import PrereviewDialog
from receptionapp.ui.widgets.reception_screen import ReceptionScreen
from receptionapp.ui.widgets.registration_form import RegistrationForm
from tests.conftest import type_text
from tests.uikit import choose, drive


@pytest.fixture
def day(db, people):
    # Appointments are made at least a week ahead (初审).
    start = dt.date.today() + dt.timedelta(days=8)
    [planned] = rota.plan_days(db, people["office"], start, 1, [people["leader"].id])
    return planned


def book_on_form(
    qtbot, form: RegistrationForm, day_id: int, name: str, phone: str, appointment: bool
) -> None:
    form.prepare_reception(day_id, appointment=appointment)
    # Qt's own clock is not moved by time-machine: the clerk sets the time the visitor came.
    form.ui.receivedAt.setDateTime(to_qdatetime(dt.datetime.now().replace(second=0, microsecond=0)))
    editor = form.petitioner_editors()[0].ui
    type_text(editor.name, name)
    type_text(editor.phone, phone)
    choose(form.ui.category, "招生考试")
    choose(form.ui.region, "城东区")
    type_text(form.ui.problem, "孩子户籍与房产均在学区内，但未被录取。")
    type_text(form.ui.demand, "请求按政策安排就近入学。")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)


def test_book_review_and_receive(qtbot, db, data_paths, people, day, monkeypatch) -> None:
    clerk, office, leader = people["clerk"], people["office"], people["leader"]
    form = RegistrationForm(db, clerk, data_paths)
    qtbot.addWidget(form)
    assert form.ui.receptionDay.findData(day.id) > 0
    book_on_form(qtbot, form, day.id, "张晓梅", "13812345678", appointment=True)
    book_on_form(qtbot, form, day.id, "王堃", "13912345678", appointment=True)
    screen = ReceptionScreen(db, office)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.ui.day.currentData() == day.id
    names = [screen.ui.queue.item(r, 1).text() for r in range(screen.ui.queue.rowCount())]
    assert names == ["张晓梅", "王堃"]
    # A day to come is only planned: nobody is called in or received before it.
    assert "计划中" in screen.ui.dayInfo.text()
    assert not screen.ui.callButton.isEnabled() and not screen.ui.talkButton.isEnabled()
    assert not screen.ui.walkInButton.isEnabled()
    # 初审: the first accepted, the second declined with a reason.
    drive(monkeypatch, PrereviewDialog, lambda dialog: None)
    screen.ui.queue.selectRow(0)
    qtbot.mouseClick(screen.ui.acceptButton, Qt.MouseButton.LeftButton)
    screen.ui.queue.selectRow(1)
    drive(monkeypatch, PrereviewDialog, lambda dialog: type_text(dialog.ui.reason, "该事项已复核终结"))
    qtbot.mouseClick(screen.ui.declineButton, Qt.MouseButton.LeftButton)
    assert [e.state for e in screen.entries] == [VisitState.WAITING, VisitState.DECLINED]

    with time_machine.travel(dt.datetime.combine(day.day, dt.time(14, 20)), tick=True):  # the day itself
        book_on_form(qtbot, form, day.id, "赵䶮", "13712345678", appointment=False)
        # The leader's screen: F2 calls the first waiting visitor, F4 the talk, F6 the 批示, F3 done.
        own = ReceptionScreen(db, leader)
        qtbot.addWidget(own)
        own.show()
        own.activateWindow()
        assert own.ui.acceptButton.isHidden()  # 初审 is the office's
        own.call_next()
        assert own.current_entry().names == "张晓梅"
        assert own.current_entry().state is VisitState.IN_TALK
        assert "预约1" in own.ui.visitorTitle.text()

        def talk(dialog: ConversationDialog) -> None:
            assert "户籍" in dialog.ui.statement.toPlainText()
            type_text(dialog.ui.response, "请基础教育处核实学区划片情况。")

        drive(monkeypatch, ConversationDialog, talk)
        own.record_talk()

        def decide(dialog: InstructDialog) -> None:
            qtbot.keyClick(dialog, Qt.Key.Key_1)
            type_text(dialog.ui.text, "请基础教育处核实，依政策处理。")

        drive(monkeypatch, InstructDialog, decide)
        own.instruct()
        assert "已批示：1. 予以受理" in own.ui.visitorFlags.text()
        own.finish()
        own.call_next()  # the declined appointment is skipped: the walk-in comes in
        assert own.current_entry().names == "赵䶮"
        states = [e.state for e in queue(db, day.id)]
        assert states == [VisitState.DONE, VisitState.DECLINED, VisitState.IN_TALK]
