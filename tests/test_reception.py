"""The leaders' reception day: rota moved off holidays, appointments and 初审, the queue, 接谈记录."""

from __future__ import annotations

import datetime as dt

import pytest

from receptionapp.db.database import Database
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.reception import (
    Booking,
    ConversationInput,
    HolidayMove,
    PreReview,
    Schedule,
    VisitState,
)
from receptionapp.domain.workflow import Route
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.listing import CaseFilter, count_cases
from receptionapp.services.context import Actor, PermissionDenied, ServiceError, ValidationFailed
from receptionapp.services.reception import rota, visits
from receptionapp.services.reception.conversation import record_conversation, visitor_history
from receptionapp.services.reception.visits import (
    add_walk_in,
    book,
    call_visitor,
    finish_visit,
    mark_absent,
    prereview,
    queue,
    queue_existing,
)
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, travel

D = dt.date


def test_rota_takes_turns_and_moves_off_holidays(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    days = rota.plan_days(db, office, D(2026, 2, 9), 3, [leader.id])
    # Wednesday 18 Feb 2026 is in the Spring Festival: the working day before is Saturday 14 Feb (调休).
    assert [(d.nominal_day, d.day) for d in days] == [
        (D(2026, 2, 11), D(2026, 2, 11)),
        (D(2026, 2, 18), D(2026, 2, 14)),
        (D(2026, 2, 25), D(2026, 2, 25)),
    ]
    assert days[1].moved and days[1].note == "因节假日调整"
    assert all(d.leader == "李局长" and (d.starts, d.ends) == (dt.time(14, 30), dt.time(17, 0)) for d in days)
    # Planning again keeps what is there.
    assert rota.plan_days(db, office, D(2026, 2, 9), 3, [leader.id]) == []
    with pytest.raises(PermissionDenied):
        rota.plan_days(db, people["clerk"], D(2026, 3, 2), 1, [leader.id])
    with pytest.raises(ValidationFailed):
        rota.plan_days(db, office, D(2026, 3, 2), 1, [office.id])  # not a leader


def test_schedule_is_a_setting(db: Database, people: dict[str, Actor], admin: Actor) -> None:
    schedule = Schedule(
        weekday=3, start=dt.time(9, 0), end=dt.time(11, 30), move=HolidayMove.NEXT, place="二楼接待室"
    )
    with pytest.raises(PermissionDenied):
        rota.save_schedule(db, people["office"], schedule)
    with pytest.raises(ValidationFailed):
        rota.save_schedule(db, admin, Schedule(start=dt.time(17, 0), end=dt.time(9, 0)))
    rota.save_schedule(db, admin, schedule)
    assert rota.load_schedule(db) == schedule
    [day] = rota.plan_days(db, people["office"], D(2026, 10, 1), 1, [people["leader"].id])
    # Thursday 1 October is National Day: the next working day is Thursday 8 October.
    assert (day.nominal_day, day.day, day.place) == (D(2026, 10, 1), D(2026, 10, 8), "二楼接待室")


def test_substitute_and_cancel(db: Database, people: dict[str, Actor]) -> None:
    from receptionapp.domain.roles import Role
    from tests.conftest import add_user

    office, leader = people["office"], people["leader"]
    deputy = add_user(db, "deputy", Role.LEADER)
    [day] = rota.plan_days(db, office, D(2026, 12, 1), 1, [leader.id])
    with pytest.raises(ValidationFailed):
        rota.update_day(db, office, day.id, leader_id=leader.id, substitute_id=leader.id)
    rota.update_day(db, office, day.id, leader_id=leader.id, substitute_id=deputy.id, note="李局长外出开会")
    view = rota.day_view(db, day.id)
    assert view.substitute_id == deputy.id and view.receiving == view.substitute
    rota.update_day(db, office, day.id, leader_id=leader.id, cancelled=True)
    with pytest.raises(ServiceError, match="已取消"):
        add_walk_in(db, office, day.id, make_registration(), now=dt.datetime(2026, 11, 24, 15))


def test_a_reception_day(db: Database, people: dict[str, Actor]) -> None:
    office, leader, clerk = people["office"], people["leader"], people["clerk"]
    [day] = rota.plan_days(db, office, D(2026, 11, 25), 1, [leader.id])
    assert day.day == D(2026, 11, 25)
    booked_at = dt.datetime(2026, 11, 18, 10, 0)
    first = book(
        db,
        clerk,
        day.id,
        make_registration(person=PetitionerInput(name="张晓梅", phone="13812345678"), received_at=booked_at),
        Booking.PHONE,
        now=booked_at,
    )
    second = book(
        db,
        clerk,
        day.id,
        make_registration(person=PetitionerInput(name="王堃", phone="13912345678"), received_at=booked_at),
        Booking.WRITING,
        now=booked_at,
    )
    on_the_day = dt.datetime(2026, 11, 25, 14, 20)
    walk_in = add_walk_in(
        db,
        clerk,
        day.id,
        make_registration(person=PetitionerInput(name="赵䶮", phone="13712345678"), received_at=on_the_day),
        now=on_the_day,
    )
    assert (first.position, second.position) == (1, 2)
    assert first.number.startswith("接访〔2026〕")
    with pytest.raises(ServiceError, match="已在"):
        queue_existing(db, office, day.id, first.case_id, Booking.PHONE)

    # 初审: the second is declined with a reason the leader sees.
    with pytest.raises(ServiceError, match="尚未初审"):
        call_visitor(db, leader, first.visit_id)
    prereview(db, office, first.visit_id, True)
    with pytest.raises(ValidationFailed):
        prereview(db, office, second.visit_id, False)
    prereview(db, office, second.visit_id, False, "已复核终结，无新的事实和理由")
    with pytest.raises(ServiceError, match="无需初审"):
        prereview(db, office, walk_in.visit_id, True)

    line = queue(db, day.id)
    assert [e.case_id for e in line] == [first.case_id, second.case_id, walk_in.case_id]
    assert [e.order_label for e in line] == ["预约1", "预约2", "现场1"]
    assert [e.state for e in line] == [VisitState.WAITING, VisitState.DECLINED, VisitState.WAITING]
    assert line[1].prereview is PreReview.DECLINED and "复核终结" in line[1].prereview_reason

    with travel(dt.datetime(2026, 11, 25, 14, 30)):  # the day itself
        # The leader receives the first visitor.
        call_visitor(db, leader, first.visit_id)
        started = dt.datetime(2026, 11, 25, 14, 35)
        with pytest.raises(ValidationFailed) as failed:
            record_conversation(db, leader, first.case_id, ConversationInput(started_at=started), now=started)
        assert "statement" in failed.value.errors
        talk = ConversationInput(
            attendees="李局长、基础教育处处长、办公室王主任",
            started_at=started,
            ended_at=dt.datetime(2026, 11, 25, 14, 55),
            statement="反映学校收取资料费，要求退还。",
            response="请基础教育处调查核实，10个工作日内答复。",
        )
        record_conversation(
            db, leader, first.case_id, talk, visit_id=first.visit_id, now=dt.datetime(2026, 11, 25, 15)
        )
        instruct(
            db, leader, first.case_id, Route.ACCEPT, "请基础教育处调查核实，依规处理。", on=D(2026, 11, 25)
        )
        finish_visit(db, leader, first.visit_id)
        mark_absent(db, office, walk_in.visit_id)
        with pytest.raises(ServiceError, match="不能改为"):
            finish_visit(db, leader, walk_in.visit_id)
    states = [e.state for e in queue(db, day.id)]
    assert states == [VisitState.DONE, VisitState.DECLINED, VisitState.ABSENT]
    timeline = [e.action for e in get_case(db, first.case_id).timeline]
    assert timeline == ["register", "queue", "prereview", "visit", "talk", "instruct", "visit"]


def test_history_shows_earlier_instructions_and_replies(db: Database, people: dict[str, Actor]) -> None:
    from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction, ServiceMethod
    from receptionapp.services.cases import intake
    from receptionapp.services.workflow import closing

    office, leader = people["office"], people["leader"]
    old = intake.register_case(db, office, make_registration(received_at=dt.datetime(2026, 6, 1, 9, 0))).id
    instruct(
        db,
        leader,
        old,
        Route.NOT_ACCEPT,
        "不属教育部门职责",
        refusal_code="not_education",
        authority="市人力资源和社会保障局",
        on=D(2026, 6, 2),
    )
    closing.complete(
        db,
        office,
        old,
        CompletionInput(
            Decision.NOT_ACCEPTED,
            "已告知向人社部门反映。",
            ServiceMethod.IN_PERSON,
            "",
            D(2026, 6, 3),
            True,
            Satisfaction.BASIC,
            D(2026, 6, 3),
        ),
    )
    new = intake.register_case(db, office, make_registration(received_at=dt.datetime(2026, 11, 20, 9, 0))).id
    [item] = visitor_history(db, new)
    assert (item.case_id, item.instruction, item.reply) == (old, "不属教育部门职责", "已告知向人社部门反映。")


def test_national_day_week_moves_forward_when_the_day_before_is_taken(
    db: Database, people: dict[str, Actor]
) -> None:
    days = rota.plan_days(db, people["office"], D(2026, 9, 28), 2, [people["leader"].id])
    # Wednesday 7 October is a holiday; the working day before (30 September) already has its reception.
    assert [(d.nominal_day, d.day) for d in days] == [
        (D(2026, 9, 30), D(2026, 9, 30)),
        (D(2026, 10, 7), D(2026, 10, 8)),
    ]


def test_a_booking_saves_the_case_and_its_place_together(
    db: Database, people: dict[str, Actor], monkeypatch
) -> None:
    from receptionapp.db.models_workflow import ReceptionDay

    office, leader = people["office"], people["leader"]
    [day] = rota.plan_days(db, office, D(2026, 12, 2), 1, [leader.id])
    queue_in = visits._queue_in

    def cancelled_meanwhile(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Another PC cancels the day after the first look and before the case is queued.
        session.get(ReceptionDay, day.id).cancelled = True
        return queue_in(session, *args, **kwargs)

    monkeypatch.setattr(visits, "_queue_in", cancelled_meanwhile)
    before = count_cases(db, CaseFilter())
    with pytest.raises(ServiceError, match="已取消"):
        book(db, office, day.id, make_registration(), Booking.PHONE, now=dt.datetime(2026, 11, 24, 15))
    with pytest.raises(ServiceError, match="已取消"):
        add_walk_in(db, office, day.id, make_registration(), now=dt.datetime(2026, 12, 2, 15))
    assert count_cases(db, CaseFilter()) == before  # no case left off the list
    monkeypatch.undo()
    booked = book(db, office, day.id, make_registration(), Booking.PHONE, now=dt.datetime(2026, 11, 24, 15))
    assert booked.number == "接访〔2026〕0001号"  # the refused attempts used no number
