"""A reception day is held on its date, and every paper of a visit takes its dates from the same record.

The leader called in, recorded and decided a visitor on 3 December for the
reception day of 9 December; the 登记单 then said 12月9日 and the 接谈记录
12月3日. Now a day to come is only planned and booked, the day itself is
held, and a past day is completed for the record with a reason in the audit log.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import Conversation, ReceptionVisit
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.reception import Booking, ConversationInput, DayPhase, VisitState, day_phase
from receptionapp.domain.workflow import Route
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, NeedsConfirmation, ServiceError, ValidationFailed
from receptionapp.services.papers.catalog import case_papers
from receptionapp.services.reception import rota
from receptionapp.services.reception.conversation import record_conversation
from receptionapp.services.reception.visits import (
    Booked,
    add_walk_in,
    book,
    call_visitor,
    finish_visit,
    mark_absent,
    prereview,
    queue,
)
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui.service_call import ReasonDialog
from receptionapp.ui.widgets.reception_screen import ReceptionScreen
from tests.conftest import make_registration, travel, type_text
from tests.uikit import drive

D = dt.date
BOOKED = dt.datetime(2026, 12, 2, 10, 0)
EARLY = dt.datetime(2026, 12, 3, 15, 0)  # the Thursday before
DAY = D(2026, 12, 9)  # a Wednesday
REASON = "当天网络故障，接访情况事后补录"


def talk(started: dt.datetime) -> ConversationInput:
    return ConversationInput(
        attendees="基础教育处处长、办公室王主任",
        started_at=started,
        ended_at=started + dt.timedelta(minutes=20),
        statement="反映学校收取资料费，要求退还。",
        response="请基础教育处调查核实。",
    )


def booked_for_the_9th(db: Database, people: dict[str, Actor]) -> Booked:
    office, clerk = people["office"], people["clerk"]
    with travel(BOOKED):
        [day] = rota.plan_days(db, office, D(2026, 12, 7), 1, [people["leader"].id])
        assert day.day == DAY
        visitor = PetitionerInput(name="张晓梅", phone="13812345678")
        booked = book(db, clerk, day.id, make_registration(person=visitor, received_at=BOOKED), Booking.PHONE)
        prereview(db, office, booked.visit_id, True)
    return booked


def test_day_phase() -> None:
    assert day_phase(DAY, D(2026, 12, 3)) is DayPhase.PLANNED
    assert day_phase(DAY, DAY) is DayPhase.HELD
    assert day_phase(DAY, D(2026, 12, 10)) is DayPhase.PAST


def test_nothing_of_a_reception_happens_before_its_day(db: Database, people: dict[str, Actor]) -> None:
    leader, office = people["leader"], people["office"]
    booked = booked_for_the_9th(db, people)
    with travel(EARLY):
        with pytest.raises(ServiceError, match="12月9日的领导接访日还没到"):
            call_visitor(db, leader, booked.visit_id)
        with pytest.raises(ServiceError, match="还没到"):
            mark_absent(db, office, booked.visit_id)
        # The talk: neither from the leader's screen nor from the case page.
        with pytest.raises(ServiceError, match="还没到"):
            record_conversation(db, leader, booked.case_id, talk(EARLY), visit_id=booked.visit_id, now=EARLY)
        with pytest.raises(ServiceError, match="还没到"):
            record_conversation(db, leader, booked.case_id, talk(EARLY), now=EARLY)
        # The 批示 is made at the reception, not a week before it.
        with pytest.raises(ValidationFailed) as failed:
            instruct(db, leader, booked.case_id, Route.ACCEPT, "请基础教育处核实。", on=EARLY.date())
        assert "2026-12-09" in failed.value.errors["on"]
        # Nobody walks in for a day to come: that is an appointment.
        with pytest.raises(ServiceError, match="登记为预约"):
            add_walk_in(db, office, rota.day_on(db, DAY).id, make_registration(received_at=EARLY), now=EARLY)
    assert [e.state for e in queue(db, rota.day_on(db, DAY).id)] == [VisitState.WAITING]
    assert [e.action for e in get_case(db, booked.case_id).timeline] == ["register", "queue", "prereview"]


def test_on_its_day_the_papers_agree(db: Database, people: dict[str, Actor]) -> None:
    leader = people["leader"]
    booked = booked_for_the_9th(db, people)
    started = dt.datetime(2026, 12, 9, 14, 40)
    with travel(dt.datetime(2026, 12, 9, 14, 35)):
        call_visitor(db, leader, booked.visit_id)
        with pytest.raises(ValidationFailed) as failed:  # a talk of that visit is on that day
            record_conversation(
                db, leader, booked.case_id, talk(started - dt.timedelta(days=1)), visit_id=booked.visit_id,
                now=started,
            )  # fmt: skip
        assert "2026-12-09" in failed.value.errors["started_at"]
        record_conversation(db, leader, booked.case_id, talk(started), visit_id=booked.visit_id, now=started)
        instruct(db, leader, booked.case_id, Route.ACCEPT, "请基础教育处核实。", on=DAY)
        finish_visit(db, leader, booked.visit_id)
    papers = {p.kind.value: p.document for p in case_papers(db, booked.case_id)}
    sheet = {row.label2: row.value2 for row in papers["registration"].rows if hasattr(row, "label2")}
    record = {row.label: row.value for row in papers["conversation"].rows if hasattr(row, "label2")}
    assert sheet["接访日期"] == "2026年12月9日 14:40"
    assert record["接谈时间"].startswith("2026年12月9日 14:40")


def test_the_registration_sheet_dates_the_visit_by_its_talk(db: Database, people: dict[str, Actor]) -> None:
    """A visit received before this fix on another day than planned: both papers say when it really was."""
    leader = people["leader"]
    booked = booked_for_the_9th(db, people)
    started = dt.datetime(2026, 12, 9, 14, 40)
    with travel(dt.datetime(2026, 12, 9, 14, 35)):
        call_visitor(db, leader, booked.visit_id)
        record_conversation(db, leader, booked.case_id, talk(started), visit_id=booked.visit_id, now=started)
    with db.write() as session:  # as the old code let it happen: the talk on the 3rd
        row = session.scalar(select(Conversation).where(Conversation.visit_id == booked.visit_id))
        row.started_at = dt.datetime(2026, 12, 3, 15, 10)
        session.get(ReceptionVisit, booked.visit_id).called_at = dt.datetime(2026, 12, 3, 15, 5)
    papers = {p.kind.value: p.document for p in case_papers(db, booked.case_id)}
    sheet = {row.label2: row.value2 for row in papers["registration"].rows if hasattr(row, "label2")}
    assert sheet["接访日期"] == "2026年12月3日 15:10"


def test_a_past_day_is_completed_for_the_record_with_a_reason(db: Database, people: dict[str, Actor]) -> None:
    leader, office = people["leader"], people["office"]
    booked = booked_for_the_9th(db, people)
    with travel(dt.datetime(2026, 12, 10, 9, 0)):
        with pytest.raises(NeedsConfirmation) as asked:
            call_visitor(db, office, booked.visit_id)
        assert "12月9日的领导接访日已经过去" in asked.value.warnings[0]
        with pytest.raises(ValidationFailed):
            call_visitor(db, office, booked.visit_id, confirm_reason="补")  # a reason is a reason
        with pytest.raises(ValidationFailed):  # on that day, not another
            call_visitor(
                db, office, booked.visit_id, confirm_reason=REASON, at=dt.datetime(2026, 12, 10, 9, 0)
            )
        call_visitor(db, office, booked.visit_id, confirm_reason=REASON)
        started = dt.datetime(2026, 12, 9, 14, 40)
        with pytest.raises(ValidationFailed):
            record_conversation(
                db, office, booked.case_id, talk(dt.datetime(2026, 12, 10, 8, 30)),
                visit_id=booked.visit_id, now=dt.datetime(2026, 12, 10, 9, 0),
            )  # fmt: skip
        record_conversation(
            db, office, booked.case_id, dataclass_with_leader(talk(started), leader.id),
            visit_id=booked.visit_id, now=dt.datetime(2026, 12, 10, 9, 0),
        )  # fmt: skip
        finish_visit(db, office, booked.visit_id, confirm_reason=REASON)
    with db.read() as session:
        visit = session.get(ReceptionVisit, booked.visit_id)
        # Dated on the day: called in at its start, done at its end.
        assert visit.called_at == dt.datetime(2026, 12, 9, 14, 30)
        assert visit.finished_at == dt.datetime(2026, 12, 9, 17, 0)
    entries = [e for e in get_case(db, booked.case_id).timeline if e.action == "visit"]
    assert len(entries) == 2 and all(REASON in e.summary and "事后补录" in e.summary for e in entries)


def dataclass_with_leader(data: ConversationInput, leader_id: int) -> ConversationInput:
    data.leader_id = leader_id
    return data


def test_the_leaders_screen_opens_today_and_asks_a_reason_for_a_past_day(
    qtbot, db: Database, people: dict[str, Actor], monkeypatch
) -> None:
    office = people["office"]
    booked = booked_for_the_9th(db, people)
    with travel(dt.datetime(2026, 12, 2, 14, 0)):
        [today] = rota.plan_days(db, office, D(2026, 12, 2), 1, [people["leader"].id])
    with travel(dt.datetime(2026, 12, 2, 15, 0)):
        screen = ReceptionScreen(db, office)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.ui.day.currentData() == today.id and "（今天）" in screen.ui.day.currentText()
        screen.ui.day.setCurrentIndex(screen.ui.day.findData(rota.day_on(db, DAY).id))
        assert "计划中" in screen.ui.dayInfo.text()
        assert not screen.ui.callButton.isEnabled() and not screen.ui.instructButton.isEnabled()
        qtbot.keyClick(screen.ui.queue, Qt.Key.Key_F2)  # F2 on a day to come does nothing
        assert screen.entries[0].state is VisitState.WAITING

    asked: list[str] = []

    def give_reason(dialog: ReasonDialog) -> None:
        asked.append(dialog.ui.explain.text())
        type_text(dialog.ui.reason, REASON)

    drive(monkeypatch, ReasonDialog, give_reason)
    with travel(dt.datetime(2026, 12, 10, 9, 0)):
        screen.refresh()
        screen.ui.day.setCurrentIndex(screen.ui.day.findData(rota.day_on(db, DAY).id))
        assert "已结束" in screen.ui.dayInfo.text() and screen.ui.callButton.isEnabled()
        qtbot.mouseClick(screen.ui.callButton, Qt.MouseButton.LeftButton)
    assert asked and "已经过去" in asked[0]
    assert screen.entries[0].state is VisitState.IN_TALK
    with db.read() as session:
        assert session.get(ReceptionVisit, booked.visit_id).called_at == dt.datetime(2026, 12, 9, 14, 30)
