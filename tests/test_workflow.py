"""The path of a matter: 批示, 交办, reply, 督办, 延期, 办结, 归档, with the deadlines they bring."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import Obligation
from receptionapp.domain.case import CaseStatus, PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction, ServiceMethod
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case, prior_cases
from receptionapp.services.context import Actor, PermissionDenied, ServiceError, ValidationFailed
from receptionapp.services.deadlines import board, obligations
from receptionapp.services.workflow import closing
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.extension import extend
from receptionapp.services.workflow.instruction import instruct
from receptionapp.services.workflow.notices import UNIT_ACCEPT, notice_choices, record_notice
from receptionapp.services.workflow.supervision import supervise
from tests.conftest import make_registration, unit_id

D = dt.date


def obligation_rows(db: Database, case_id: int) -> list[obligations.ObligationView]:
    return obligations.case_obligations(db, case_id, today=D(2026, 11, 24))


def register(db: Database, actor: Actor, **overrides) -> int:
    return intake.register_case(
        db, actor, make_registration(**overrides), now=dt.datetime(2026, 11, 24, 18)
    ).id


def done_input(**overrides) -> CompletionInput:
    values = dict(
        decision=Decision.SUPPORT,
        summary="经查，学校收取资料费无依据，已责令全额退还。",
        service=ServiceMethod.REGISTERED_MAIL,
        mail_number="XA123456789CN",
        served_on=D(2026, 11, 20),
        satisfaction=Satisfaction.SATISFIED,
        closed_on=D(2026, 11, 20),
    )
    values.update(overrides)
    return CompletionInput(**values)


def test_a_visit_from_instruction_to_archive(db: Database, people: dict[str, Actor]) -> None:
    office, leader, handler = people["office"], people["leader"], people["handler"]
    case_id = register(db, office, received_at=dt.datetime(2026, 10, 14, 15, 0))
    [notice] = obligation_rows(db, case_id)
    assert (notice.kind, notice.due_date) == (ObligationKind.INTAKE_NOTICE, D(2026, 10, 29))

    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处调查核实，依规处理。", on=D(2026, 10, 14))
    kinds = {o.kind: o for o in obligation_rows(db, case_id)}
    # 条例 art. 34: 60 days from acceptance (14 Oct + 60 = 13 Dec, a Sunday → Monday 14 Dec).
    assert kinds[ObligationKind.HANDLING].due_date == D(2026, 12, 14)

    sent = assign(
        db, office, case_id, unit_id(db, "基础教育处"), requirement="20个工作日内报送结果", on=D(2026, 10, 15)
    )
    assert sent.number == "交办〔2026〕0001号"
    # 20 working days after 15 Oct 2026 (no holidays in between) = 12 Nov.
    assert sent.due_date == D(2026, 11, 12)
    assert not sent.conceal_identity  # the division is not the unit complained about
    assert get_case(db, case_id).status is CaseStatus.IN_PROGRESS

    # The reply is late: the board, a 督办单, then the reply.
    late = board.build_board(db, today=D(2026, 11, 13))
    [row] = [r for r in late.rows if r.kind is ObligationKind.UNIT_REPLY]
    assert (row.days_left, row.bucket, row.suggestion) == (-1, board.Bucket.OVERDUE, SupervisionLevel.URGE)
    assert row.unit == "基础教育处"
    sup = supervise(
        db, office, case_id, level=SupervisionLevel.URGE, reason=SupervisionReason.OVERDUE,
        content="请于5个工作日内报送办理结果。", obligation_id=row.obligation_id, on=D(2026, 11, 13),
    )  # fmt: skip
    assert sup.number == "督办〔2026〕0001号"
    assert sup.due_date == D(2026, 11, 20)
    after = board.build_board(db, today=D(2026, 11, 13))
    [row] = [r for r in after.rows if r.kind is ObligationKind.UNIT_REPLY]
    assert row.suggestion is None and row.supervised is SupervisionLevel.URGE
    # Five working days late, 通报 is suggested even after a 督办.
    notify = board.build_board(db, today=D(2026, 11, 19))
    [row] = [r for r in notify.rows if r.kind is ObligationKind.UNIT_REPLY]
    assert row.suggestion is SupervisionLevel.NOTIFY

    with pytest.raises(PermissionDenied):
        record_reply(db, people["clerk"], 1, "已处理完毕")
    assert record_reply(db, handler, 1, "经调查，情况属实，已责令学校退费。", on=D(2026, 11, 18))
    detail = get_case(db, case_id)
    assert detail.status is CaseStatus.REPLIED
    views = {o.kind: o for o in obligation_rows(db, case_id)}
    assert views[ObligationKind.UNIT_REPLY].on_time is False
    assert views[ObligationKind.SUPERVISION_ANSWER].status == "done"

    with pytest.raises(ValidationFailed) as failed:
        closing.complete(db, office, case_id, done_input(mail_number=""))
    assert "mail_number" in failed.value.errors
    assert closing.complete(db, office, case_id, done_input())  # before the handling deadline
    # Every deadline of the matter is met; the 回访 after 办结 begins.
    rows = obligation_rows(db, case_id)
    assert all(o.status == "done" for o in rows if o.kind is not ObligationKind.FOLLOW_UP)
    assert [o.status for o in rows if o.kind is ObligationKind.FOLLOW_UP] == ["open"]
    assert get_case(db, case_id).status is CaseStatus.CLOSED
    with pytest.raises(ServiceError, match="已办结"):
        assign(db, office, case_id, unit_id(db, "人事处"))
    assert closing.archive(db, office, case_id, on=D(2026, 11, 21)) == "信档〔2026〕0001号"
    detail = get_case(db, case_id)
    assert detail.status is CaseStatus.ARCHIVED
    assert [e.action for e in detail.timeline] == [
        "register", "instruct", "assign", "supervise", "reply", "complete", "archive",
    ]  # fmt: skip


def test_impossible_steps_are_refused(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office)
    with pytest.raises(ServiceError, match="请先由领导批示"):
        assign(db, office, case_id, unit_id(db, "人事处"))
    with pytest.raises(ServiceError, match="请先由领导批示"):
        closing.complete(db, office, case_id, done_input())
    with pytest.raises(PermissionDenied):
        instruct(db, people["clerk"], case_id, Route.ACCEPT, "受理")
    with pytest.raises(ValidationFailed) as failed:
        instruct(db, office, case_id, Route.ACCEPT, "受理")  # the office must name the leader
    assert "leader" in failed.value.errors
    instruct(
        db,
        office,
        case_id,
        Route.NOT_ACCEPT,
        "不属教育部门职责",
        leader_id=leader.id,
        refusal_code="not_education",
        authority="市人力资源和社会保障局",
    )
    with pytest.raises(ServiceError, match="不交办"):
        assign(db, office, case_id, unit_id(db, "人事处"))
    with pytest.raises(ValidationFailed):
        closing.complete(db, office, case_id, done_input(decision=Decision.SUPPORT))
    closing.complete(
        db, office, case_id,
        done_input(decision=Decision.NOT_ACCEPTED, summary="告知向人社部门反映", service=ServiceMethod.IN_PERSON,
                   mail_number="", receipt_signed=True),
    )  # fmt: skip
    with pytest.raises(ServiceError):
        closing.complete(db, office, case_id, done_input())


def test_county_bureau_gets_its_own_deadlines_and_the_complained_unit_hides_the_petitioner(
    db: Database, people: dict[str, Actor]
) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office, unit="城东区教育局", received_at=dt.datetime(2026, 9, 25, 10, 0))
    instruct(db, leader, case_id, Route.TRANSFER, "转城东区教育局依法处理。", on=D(2026, 9, 25))
    sent = assign(db, office, case_id, unit_id(db, "城东区教育局"), on=D(2026, 9, 28))
    assert sent.conceal_identity
    dues = {o.kind: o.due_date for o in obligation_rows(db, case_id)}
    # 15 and 30 working days from 28 Sep 2026, across the National Day holiday (and 调休 10 Oct).
    assert dues[ObligationKind.UNIT_ACCEPTANCE] == D(2026, 10, 23)
    assert dues[ObligationKind.UNIT_REPLY] == D(2026, 11, 13)
    with pytest.raises(ValidationFailed, match="已向"):
        assign(db, office, case_id, unit_id(db, "城东区教育局"), on=D(2026, 9, 28))


def test_a_county_bureaus_own_acceptance_notice_is_recorded_per_assignment(
    db: Database, people: dict[str, Actor]
) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office, unit="某中学", received_at=dt.datetime(2026, 9, 25, 10, 0))
    instruct(db, leader, case_id, Route.TRANSFER, "转两区教育局各自处理。", on=D(2026, 9, 25))
    east = assign(db, office, case_id, unit_id(db, "城东区教育局"), on=D(2026, 9, 28))
    west = assign(db, office, case_id, unit_id(db, "城西区教育局"), on=D(2026, 9, 28))
    waiting = [o for o in obligation_rows(db, case_id) if o.status == "open"]
    offered = notice_choices(Route.TRANSFER, waiting)
    assert offered[0].kind == "transfer"  # the bureau's own notice of the route first
    assert [(c.label, c.assignment_id) for c in offered if c.kind == UNIT_ACCEPT] == [
        ("城东区教育局已告知受理", east.id),
        ("城西区教育局已告知受理", west.id),
    ]
    with pytest.raises(ValidationFailed) as no_unit:
        record_notice(db, office, case_id, UNIT_ACCEPT, on=D(2026, 10, 9))
    assert "kind" in no_unit.value.errors
    with pytest.raises(ValidationFailed) as too_early:
        record_notice(db, office, case_id, UNIT_ACCEPT, on=D(2026, 9, 27), assignment_id=east.id)
    assert "on" in too_early.value.errors

    assert record_notice(db, office, case_id, UNIT_ACCEPT, on=D(2026, 10, 9), assignment_id=east.id) == 1
    by_unit = {
        (o.kind, o.unit): (o.status, o.done_at) for o in obligation_rows(db, case_id) if o.unit != "办公室"
    }
    assert by_unit[ObligationKind.UNIT_ACCEPTANCE, "城东区教育局"] == ("done", dt.datetime(2026, 10, 9, 12))
    assert by_unit[ObligationKind.UNIT_ACCEPTANCE, "城西区教育局"][0] == "open"  # the other bureau's stays
    assert by_unit[ObligationKind.UNIT_REPLY, "城东区教育局"][0] == "open"  # the reply is still due
    assert get_case(db, case_id).timeline[-1].summary == "城东区教育局已向信访人发出受理告知（2026-10-09）"
    with pytest.raises(ServiceError, match="没有待办"):
        record_notice(db, office, case_id, UNIT_ACCEPT, on=D(2026, 10, 9), assignment_id=east.id)


def test_hotline_form_answered_within_five_working_days(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(
        db,
        office,
        channel=Channel.HOTLINE,
        source_ref="GD20261110001",
        received_at=dt.datetime(2026, 11, 10, 9, 0),
    )
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处答复。", on=D(2026, 11, 10))
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 10))
    assert sent.due_date == D(2026, 11, 17)  # the hotline's own rule beats the division's 20 days
    reply = next(o for o in obligation_rows(db, case_id) if o.kind is ObligationKind.UNIT_REPLY)
    # The year's only 工单: extending it takes the 续报率 past 2 %, so the leader approves it himself.
    new_due = extend(db, leader, reply.id, 3, "需协调多个学校核实")
    assert new_due == D(2026, 11, 20)
    with pytest.raises(ServiceError, match="延期过一次"):
        extend(db, leader, reply.id, 1, "再次延期试试")
    kinds = [o.kind for o in obligation_rows(db, case_id) if o.status == "open"]
    assert ObligationKind.EXTENSION_NOTICE in kinds


def test_extension_is_limited_and_needs_a_leader(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office, received_at=dt.datetime(2026, 10, 14, 15, 0))
    instruct(db, leader, case_id, Route.ACCEPT, "受理，请人事处办理。", on=D(2026, 10, 14))
    handling = next(o for o in obligation_rows(db, case_id) if o.kind is ObligationKind.HANDLING)
    assert handling.max_extension == 30
    with pytest.raises(ValidationFailed):
        extend(db, office, handling.id, 31, "情况复杂需要延期", approved_by_id=leader.id)
    with pytest.raises(ValidationFailed):
        extend(db, office, handling.id, 30, "情况复杂需要延期")  # no approving leader
    notice = next(o for o in obligation_rows(db, case_id) if o.kind is ObligationKind.INTAKE_NOTICE)
    with pytest.raises(ServiceError, match="不允许延期"):
        extend(db, office, notice.id, 5, "情况复杂需要延期", approved_by_id=leader.id)
    assert extend(db, leader, handling.id, 30, "涉及多部门，情况复杂") == D(2027, 1, 13)


def test_notices_close_the_intake_obligation(db: Database, people: dict[str, Actor]) -> None:
    office = people["office"]
    letter = register(
        db, office, channel=Channel.LETTER, person=PetitionerInput(name="写信人", address="城东区1号"),
        received_at=dt.datetime(2026, 11, 2, 9, 0),
    )  # fmt: skip
    assert get_case(db, letter).due_date == D(2026, 11, 23)  # 15 working days (local rule)
    assert record_notice(db, office, letter, "accept", on=D(2026, 11, 5)) == 1
    assert get_case(db, letter).due_date is None
    with pytest.raises(ServiceError, match="没有待办"):
        record_notice(db, office, letter, "accept", on=D(2026, 11, 5))


def test_forwarded_case_objection_cancelled_once_accepted(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(
        db, office, channel=Channel.FORWARDED, source_body="省教育厅", source_ref="转〔2026〕9号",
        received_at=dt.datetime(2026, 11, 2, 9, 0),
    )  # fmt: skip
    kinds = {o.kind: o for o in obligation_rows(db, case_id)}
    assert kinds[ObligationKind.FORWARD_OBJECTION].due_date == D(2026, 11, 9)
    instruct(db, leader, case_id, Route.ACCEPT, "属我局职责，受理。", on=D(2026, 11, 3))
    kinds = {o.kind: o for o in obligation_rows(db, case_id)}
    assert kinds[ObligationKind.FORWARD_OBJECTION].status == "cancelled"


def test_board_buckets_and_unit_filter(db: Database, people: dict[str, Actor]) -> None:
    office = people["office"]
    a = register(db, office, received_at=dt.datetime(2026, 11, 2, 9, 0))  # notice due 17 Nov
    b = register(db, office, received_at=dt.datetime(2026, 11, 9, 9, 0))  # due 24 Nov
    c = register(db, office, received_at=dt.datetime(2026, 11, 11, 9, 0))  # due 26 Nov
    register(db, office, received_at=dt.datetime(2026, 11, 20, 9, 0))  # due 7 Dec: not on the board
    result = board.build_board(db, today=D(2026, 11, 24))
    assert [(r.case_id, r.bucket) for r in result.rows] == [
        (a, board.Bucket.OVERDUE),
        (b, board.Bucket.TODAY),
        (c, board.Bucket.SOON),
    ]
    assert [r.days_left for r in result.rows] == [-5, 0, 2]
    assert [r.suggestion for r in result.rows] == [SupervisionLevel.NOTIFY, SupervisionLevel.REMIND, None]
    assert result.counts[board.Bucket.OVERDUE] == 1
    assert board.build_board(db, today=D(2026, 11, 24), unit_id=unit_id(db, "人事处")).rows == []


def test_on_time_rate_per_unit(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    for reply_on in (D(2026, 11, 5), D(2026, 11, 20), None):
        case_id = register(db, office, received_at=dt.datetime(2026, 10, 14, 9, 0))
        instruct(db, leader, case_id, Route.ACCEPT, "受理", on=D(2026, 10, 14))
        assigned = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 10, 15))
        if reply_on:
            record_reply(db, office, assigned.id, "已办理完毕并答复", on=reply_on)
    [row] = board.on_time_by_unit(db, D(2026, 11, 1), D(2026, 11, 30), today=D(2026, 11, 24))
    assert (row.unit, row.done, row.on_time, row.late_done, row.open_overdue) == ("基础教育处", 2, 1, 1, 1)
    assert row.rate == pytest.approx(1 / 3)


def test_thresholds_are_settings(db: Database, people: dict[str, Actor], admin: Actor) -> None:
    from receptionapp.domain.supervision import Thresholds

    with pytest.raises(PermissionDenied):
        board.save_thresholds(db, people["office"], Thresholds(2, 1, 3))
    with pytest.raises(ValidationFailed):
        board.save_thresholds(db, admin, Thresholds(2, 4, 3))
    board.save_thresholds(db, admin, Thresholds(2, 1, 3))
    assert board.load_thresholds(db) == Thresholds(2, 1, 3)


def test_obligations_keep_their_rule_version(db: Database, people: dict[str, Actor], admin: Actor) -> None:
    from receptionapp.domain.deadlines import Unit as DayUnit
    from receptionapp.services.deadlines import rules as deadline_rules

    office = people["office"]
    first = register(db, office, received_at=dt.datetime(2026, 11, 2, 9, 0))
    rule = next(
        v.rule
        for v in deadline_rules.list_rules(db)
        if v.rule.code is ObligationKind.INTAKE_NOTICE and not v.rule.channel
    )
    with pytest.raises(PermissionDenied):
        deadline_rules.update_rule(
            db, office, rule.id, name=rule.name, length=10, unit=DayUnit.WORKING_DAYS, max_extension=0
        )
    new_id = deadline_rules.update_rule(
        db, admin, rule.id, name=rule.name, length=10, unit=DayUnit.WORKING_DAYS, max_extension=0
    )
    assert new_id != rule.id
    second = register(db, office, received_at=dt.datetime(2026, 11, 2, 9, 0))
    assert get_case(db, first).due_date == D(2026, 11, 17)  # 15 calendar days, unchanged
    assert get_case(db, second).due_date == D(2026, 11, 16)  # 10 working days, the new version
    with db.read() as session:
        versions = {o.case_id: o.rule_id for o in session.scalars(select(Obligation))}
    assert versions == {first: rule.id, second: new_id}
    views = deadline_rules.list_rules(db, include_retired=True)
    assert any(v.rule.id == rule.id and not v.active and v.in_use == 1 for v in views)


def test_a_calendar_change_moves_the_dates_on_the_forms(
    db: Database, people: dict[str, Actor], admin: Actor
) -> None:
    from receptionapp.db.models_workflow import Assignment, Supervision
    from receptionapp.services.deadlines import holidays

    office, leader = people["office"], people["leader"]
    case_id = register(db, office, received_at=dt.datetime(2026, 10, 14, 15, 0))
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处办理。", on=D(2026, 10, 14))
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 10, 15))
    assert sent.due_date == D(2026, 11, 12)
    [reply] = [o for o in obligation_rows(db, case_id) if o.kind is ObligationKind.UNIT_REPLY]
    sup = supervise(
        db, office, case_id, level=SupervisionLevel.URGE, reason=SupervisionReason.OVERDUE,
        content="请于5个工作日内报送办理结果。", obligation_id=reply.id, on=D(2026, 11, 13),
    )  # fmt: skip
    assert sup.due_date == D(2026, 11, 20)
    holidays.set_day(db, admin, D(2026, 11, 10), False, "本地临时放假")  # inside the unit's 20 days
    holidays.set_day(db, admin, D(2026, 11, 19), False, "本地临时放假")  # inside the 督办's 5 days
    with db.read() as session:
        assert session.get(Assignment, sent.id).due_date == D(2026, 11, 13)
        assert session.get(Supervision, sup.id).due_date == D(2026, 11, 23)
    kinds = {o.kind: o for o in obligation_rows(db, case_id)}
    assert kinds[ObligationKind.UNIT_REPLY].due_date == D(2026, 11, 13)
    assert kinds[ObligationKind.SUPERVISION_ANSWER].due_date == D(2026, 11, 23)


def test_a_matter_through_final_review_is_pointed_out_when_the_person_comes_again(
    db: Database, people: dict[str, Actor]
) -> None:
    from receptionapp.domain.case import ReviewStage

    office, leader = people["office"], people["leader"]
    person = PetitionerInput(name="钱复核", id_number="11010519491231002X", phone="13812345678")
    case_id = register(db, office, person=person, received_at=dt.datetime(2026, 10, 14, 15, 0))
    instruct(db, leader, case_id, Route.FINAL, "该事项已经复核终结，请学校做好解释。", on=D(2026, 10, 14))
    assert get_case(db, case_id).review_stage is ReviewStage.FINAL_REVIEW
    [prior] = prior_cases(db, id_number=person.id_number)
    assert prior.warning is not None and "已复核终结" in prior.warning


def test_an_accepted_review_request_is_due_as_a_review_opinion(
    db: Database, people: dict[str, Actor]
) -> None:
    """复查申请: 30 days from the request's receipt (条例 art. 35), not the 60-day handling period."""
    office, leader = people["office"], people["leader"]
    case_id = register(
        db, office, received_at=dt.datetime(2026, 10, 14, 15, 0), review_request=True, region="城东区"
    )
    assert get_case(db, case_id).review_stage.label == "复查"
    instruct(db, leader, case_id, Route.ACCEPT, "请法规科复查区教育局的处理意见。", on=D(2026, 10, 16))
    kinds = {o.kind: o for o in obligation_rows(db, case_id)}
    assert ObligationKind.HANDLING not in kinds
    # 14 Oct + 30 days = 13 Nov 2026, a Friday: counted from receipt, not from the 批示 on 16 Oct.
    assert kinds[ObligationKind.REVIEW_OPINION].due_date == D(2026, 11, 13)
    assert kinds[ObligationKind.REVIEW_OPINION].label == "复查（复核）意见"
    # Changing the route cancels it like the handling period.
    instruct(db, leader, case_id, Route.TRANSFER, "转区教育局办理。", on=D(2026, 10, 17))
    open_kinds = {o.kind for o in obligation_rows(db, case_id) if o.status == "open"}
    assert ObligationKind.REVIEW_OPINION not in open_kinds


def test_an_ordinary_matter_keeps_the_handling_period(db: Database, people: dict[str, Actor]) -> None:
    case_id = register(db, people["office"], received_at=dt.datetime(2026, 10, 14, 15, 0))
    assert get_case(db, case_id).review_stage.label == "无"
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请基础教育处办理。", on=D(2026, 10, 14))
    kinds = {o.kind for o in obligation_rows(db, case_id)}
    assert ObligationKind.HANDLING in kinds and ObligationKind.REVIEW_OPINION not in kinds
