"""回访 after 办结 and the 重大信访信息快报, as the office lives them.

The rules without a database first (domain.aftercare), then the services:
办结 opens the 回访 on the board, an unreached call leaves it open, the call
that reaches the petitioner settles it; a case marked major owes its 快报
the same day until the office records when and to whom it went.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry
from receptionapp.domain.aftercare import (
    CallSatisfaction,
    FollowUpInput,
    MajorInput,
    MajorReason,
    dump_reasons,
    load_reasons,
    reasons_text,
    suggests_major,
    validate_follow_up,
    validate_major,
    validate_sent,
)
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.services import settings
from receptionapp.services.context import Actor, PermissionDenied, ServiceError, ValidationFailed
from receptionapp.services.deadlines import board, obligations
from receptionapp.services.workflow import closing, major
from receptionapp.services.workflow.aftercare import aftercare
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.follow_up import record_follow_up
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id
from tests.test_workflow import done_input, register

D = dt.date
CLOSED_ON = D(2026, 11, 20)  # a Friday


def travel(moment: dt.datetime):  # type: ignore[no-untyped-def]
    return time_machine.travel(moment.astimezone(), tick=False)


# ---------------------------------------------------------------- the rules, no database


def test_a_call_that_reached_the_petitioner_records_how_satisfied_they_are() -> None:
    today = D(2026, 11, 30)
    reached = FollowUpInput(called_on=D(2026, 11, 25), caller_id=1, reached=True)
    assert validate_follow_up(reached, CLOSED_ON, today) == {
        "satisfaction": "联系上信访人的，请记录其满意程度"
    }
    reached.satisfaction = CallSatisfaction.BASIC
    assert validate_follow_up(reached, CLOSED_ON, today) == {}


def test_an_unreached_call_says_what_happened_and_has_no_satisfaction() -> None:
    today = D(2026, 11, 30)
    missed = FollowUpInput(called_on=D(2026, 11, 25), caller_id=1, reached=False)
    assert "remarks" in validate_follow_up(missed, CLOSED_ON, today)
    missed.remarks = "电话无人接听"
    assert validate_follow_up(missed, CLOSED_ON, today) == {}
    missed.satisfaction = CallSatisfaction.SATISFIED
    assert validate_follow_up(missed, CLOSED_ON, today) == {
        "satisfaction": "未联系上信访人的，不能记录满意程度"
    }


def test_a_call_is_made_between_the_closing_and_today() -> None:
    early = FollowUpInput(called_on=D(2026, 11, 19), caller_id=1, satisfaction=CallSatisfaction.SATISFIED)
    assert validate_follow_up(early, CLOSED_ON, D(2026, 11, 30))["called_on"].startswith(
        "回访日期不能早于办结日期"
    )
    later = FollowUpInput(called_on=D(2026, 12, 1), caller_id=None, satisfaction=CallSatisfaction.SATISFIED)
    errors = validate_follow_up(later, CLOSED_ON, D(2026, 11, 30))
    assert errors == {"called_on": "回访日期不能晚于今天", "caller": "请选择回访人"}


def test_a_collective_visit_over_the_threshold_is_suggested_as_major() -> None:
    assert suggests_major(True, 20, 20)
    assert not suggests_major(True, 19, 20)
    assert not suggests_major(False, 30, 20)  # a letter signed by many is no visit


def test_a_major_matter_names_its_reasons() -> None:
    summary = "三十余名家长聚集在校门口，要求撤换班主任，现场情绪激动。"
    assert validate_major(MajorInput(set(), "", summary), 1, 20) == {
        "reasons": "请至少选择一项重大信访事项的情形"
    }
    crowd = MajorInput({MajorReason.COLLECTIVE}, "", summary)
    assert validate_major(crowd, 12, 20) == {
        "reasons": "本事项登记的来访人数为12人，未达到重大集体访的20人标准"
    }
    assert validate_major(crowd, 32, 20) == {}
    other = MajorInput({MajorReason.OTHER, MajorReason.PUBLIC}, "", summary)
    assert validate_major(other, 1, 20) == {"other": "选择“其他”的，请写明具体情形"}
    other.other = "涉及师德师风"
    assert validate_major(other, 1, 20) == {}
    assert reasons_text(other.reasons, other.other) == "引起舆论关注、其他：涉及师德师风"
    assert reasons_text({MajorReason.COLLECTIVE}, "", 32) == "集体访人数较多（32人）"
    assert "summary" in validate_major(MajorInput({MajorReason.EXTREME}, "", "情绪激动"), 1, 20)


def test_a_report_is_sent_after_it_was_marked_and_to_someone() -> None:
    marked, now = dt.datetime(2026, 11, 24, 10, 5, 30), dt.datetime(2026, 11, 24, 16, 0)
    assert validate_sent(dt.datetime(2026, 11, 24, 10, 5), marked, now, "局长、分管副局长") == {}
    errors = validate_sent(dt.datetime(2026, 11, 24, 9, 0), marked, now, " ")
    assert set(errors) == {"sent_at", "sent_to"}
    assert validate_sent(None, marked, now, "局长") == {"sent_at": "请填写报送时间"}


@given(
    reached=st.booleans(),
    satisfaction=st.sampled_from([None, *CallSatisfaction]),
    remarks=st.text(max_size=20),
    called=st.dates(D(2026, 11, 1), D(2026, 12, 31)),
)
def test_a_call_is_accepted_only_as_it_happened(
    reached: bool, satisfaction: CallSatisfaction | None, remarks: str, called: dt.date
) -> None:
    """Whatever is typed: an accepted call was made between 办结 and today, and it has a satisfaction exactly
    when it reached the petitioner (an unreached one says what happened)."""
    data = FollowUpInput(called, 1, reached, satisfaction, remarks)
    if not validate_follow_up(data, CLOSED_ON, D(2026, 11, 30)):
        assert CLOSED_ON <= called <= D(2026, 11, 30)
        assert (satisfaction is not None) is reached
        assert reached or remarks.strip()


@given(st.sets(st.sampled_from(list(MajorReason))))
def test_the_reasons_survive_being_stored(reasons: set[MajorReason]) -> None:
    assert load_reasons(dump_reasons(reasons)) == reasons


# ---------------------------------------------------------------- the services


def closed_case(db: Database, people: dict[str, Actor]) -> int:
    office = people["office"]
    case_id = register(db, office, received_at=dt.datetime(2026, 11, 18, 9, 30))
    handle(db, people, case_id)
    with travel(dt.datetime(2026, 11, 20, 16, 0)):
        closing.complete(db, office, case_id, done_input())
    return case_id


def handle(db: Database, people: dict[str, Actor], case_id: int) -> None:
    """批示 to accept, 交办 to the division, its reply: the matter may be closed."""
    office, leader = people["office"], people["leader"]
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处调查核实，依规处理。", on=D(2026, 11, 18))
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), requirement="核实处理", on=D(2026, 11, 18))
    record_reply(db, office, sent.id, "经调查，情况属实，已责令学校退费。", on=D(2026, 11, 19))


def kinds(db: Database, case_id: int) -> dict[ObligationKind, obligations.ObligationView]:
    return {o.kind: o for o in obligations.case_obligations(db, case_id, today=D(2026, 11, 24))}


def test_closing_a_matter_opens_its_follow_up_within_the_working_days_set(
    db: Database, admin: Actor, people: dict[str, Actor]
) -> None:
    with db.write() as session:
        settings.save(session, admin, {settings.FOLLOW_UP_DAYS: 5}, "回访期限")
    case_id = closed_case(db, people)
    follow_up = kinds(db, case_id)[ObligationKind.FOLLOW_UP]
    # Five working days after Friday 20 Nov: Friday 27 Nov.
    assert (follow_up.status, follow_up.due_date, follow_up.unit) == ("open", D(2026, 11, 27), "办公室")
    assert follow_up.rule == "回访：办结后5个工作日内（系统设置）"
    assert all(o.status == "done" for k, o in kinds(db, case_id).items() if k is not ObligationKind.FOLLOW_UP)
    [row] = [r for r in board.build_board(db, today=D(2026, 11, 26)).rows if r.case_id == case_id]
    assert (row.kind, row.label, row.suggestion) == (ObligationKind.FOLLOW_UP, "回访", None)
    overdue = board.build_board(db, today=D(2026, 12, 8))
    assert [r.suggestion for r in overdue.rows if r.case_id == case_id] == [None]  # never urged by 督办单


def test_the_office_calls_again_until_it_reaches_the_petitioner(
    db: Database, people: dict[str, Actor]
) -> None:
    office = people["office"]
    case_id = closed_case(db, people)
    with travel(dt.datetime(2026, 11, 24, 10, 0)):
        missed = FollowUpInput(D(2026, 11, 24), office.id, reached=False, remarks="电话无人接听")
        assert record_follow_up(db, office, case_id, missed) is False
    assert kinds(db, case_id)[ObligationKind.FOLLOW_UP].status == "open"
    with travel(dt.datetime(2026, 11, 25, 10, 0)):
        reached = FollowUpInput(
            D(2026, 11, 25), office.id, satisfaction=CallSatisfaction.BASIC, remarks="费用已退"
        )
        assert record_follow_up(db, office, case_id, reached) is True
        with pytest.raises(ServiceError, match="已于2026-11-25回访并联系上信访人"):
            record_follow_up(db, office, case_id, reached)
    done = kinds(db, case_id)[ObligationKind.FOLLOW_UP]
    assert (done.status, done.on_time) == ("done", True)
    state = aftercare(db, case_id, office)
    assert [f.result for f in state.follow_ups] == ["未联系上", "联系上，基本满意"]
    assert not state.can_follow_up
    with db.read() as session:
        summaries = list(
            session.scalars(
                select(AuditEntry.summary).where(
                    AuditEntry.case_id == case_id, AuditEntry.action == "follow_up"
                )
            )
        )
    name = office.display_name
    assert summaries == [
        f"回访（2026-11-24，{name}）：未联系上信访人，待再次回访",
        f"回访（2026-11-25，{name}）：联系上信访人，基本满意",
    ]


def test_only_a_closed_matter_is_followed_up_and_only_by_the_office(
    db: Database, people: dict[str, Actor]
) -> None:
    office = people["office"]
    case_id = register(db, office)
    call = FollowUpInput(D(2026, 11, 24), office.id, satisfaction=CallSatisfaction.SATISFIED)
    with pytest.raises(ServiceError, match="事项办结后才能回访"):
        record_follow_up(db, office, case_id, call)
    with pytest.raises(PermissionDenied):
        record_follow_up(db, people["clerk"], case_id, call)


def test_a_major_matter_owes_its_report_the_same_day_until_it_is_sent(
    db: Database, people: dict[str, Actor]
) -> None:
    office = people["office"]
    reps = [
        PetitionerInput(name=f"家长{n}", phone=f"1391234000{i}", is_representative=True)
        for i, n in enumerate("甲乙丙", 1)
    ]
    crowd = make_registration(person=None, petitioners=reps, head_count=32)
    with travel(dt.datetime(2026, 11, 24, 9, 40)):
        from receptionapp.services.cases.intake import register_case

        case_id = register_case(db, office, crowd).id
    assert aftercare(db, case_id, office).suggested_major
    data = MajorInput(
        {MajorReason.COLLECTIVE, MajorReason.EXTREME}, "", "三十余名家长到局集体上访，个别人言辞激烈。"
    )
    with travel(dt.datetime(2026, 11, 24, 10, 0)):
        major.mark_major(db, office, case_id, data)
        with pytest.raises(ServiceError, match="已于2026-11-24 10:00标记为重大信访事项"):
            major.mark_major(db, office, case_id, data)
    report = kinds(db, case_id)[ObligationKind.MAJOR_REPORT]
    assert (report.status, report.due_date, report.label) == ("open", D(2026, 11, 24), "重大信访信息快报")
    today = board.build_board(db, today=D(2026, 11, 24))
    [row] = [r for r in today.rows if r.kind is ObligationKind.MAJOR_REPORT]
    assert (row.case_id, row.bucket) == (case_id, board.Bucket.TODAY)
    with travel(dt.datetime(2026, 11, 24, 11, 0)):
        with pytest.raises(ValidationFailed) as failed:
            major.record_sent(db, office, case_id, dt.datetime(2026, 11, 24, 9, 0), "局长")
        assert set(failed.value.errors) == {"sent_at"}
        major.record_sent(db, office, case_id, dt.datetime(2026, 11, 24, 10, 30), "局长、分管副局长")
    sent = kinds(db, case_id)[ObligationKind.MAJOR_REPORT]
    assert (sent.status, sent.on_time) == ("done", True)
    assert not [r for r in board.build_board(db, today=D(2026, 11, 24)).rows if r.case_id == case_id]
    state = aftercare(db, case_id, office)
    assert state.major is not None and not state.suggested_major and not state.can_record_sent
    assert state.major.reasons_text == "集体访人数较多（32人）、有极端言行"
    assert (state.major.sent_to, state.major.sent_at) == (
        "局长、分管副局长",
        dt.datetime(2026, 11, 24, 10, 30),
    )


def test_a_major_report_not_sent_stays_open_when_the_matter_is_closed(
    db: Database, people: dict[str, Actor]
) -> None:
    office = people["office"]
    case_id = register(db, office, received_at=dt.datetime(2026, 11, 18, 9, 30))
    with travel(dt.datetime(2026, 11, 19, 9, 0)):
        major.mark_major(
            db, office, case_id, MajorInput({MajorReason.PUBLIC}, "", "本地论坛出现相关帖子，阅读量较大。")
        )
    handle(db, people, case_id)
    with travel(dt.datetime(2026, 11, 20, 16, 0)):
        assert closing.complete(db, office, case_id, done_input())  # the 快报 is no deadline of the matter
    assert kinds(db, case_id)[ObligationKind.MAJOR_REPORT].status == "open"


def test_the_report_prints_for_the_leaders_with_what_happened_and_where_it_went(
    db: Database, admin: Actor, people: dict[str, Actor]
) -> None:
    from receptionapp.services.papers.catalog import PaperKind, case_papers, find_paper
    from tests.pdfcheck import all_text, fonts, page_texts

    with db.write() as session:
        settings.save(session, admin, {settings.BUREAU_NAME: "某市教育局"}, "单位名称")
    office = people["office"]
    case_id = register(db, office, received_at=dt.datetime(2026, 11, 24, 9, 30))
    assert PaperKind.MAJOR_REPORT not in {p.kind for p in case_papers(db, case_id, office)}
    summary = "来访人在接待室情绪激动，扬言到市政府门前静坐，已安排专人稳控并通知学校。"
    with travel(dt.datetime(2026, 11, 24, 10, 0)):
        major.mark_major(db, office, case_id, MajorInput({MajorReason.EXTREME}, "", summary))
    unsent = all_text(find_paper(db, case_id, f"major_report:{case_id}", office).render())
    assert "报送对象" in unsent and "局长" not in unsent
    with travel(dt.datetime(2026, 11, 24, 11, 0)):
        major.record_sent(db, office, case_id, dt.datetime(2026, 11, 24, 10, 40), "局长、分管副局长")
    paper = find_paper(db, case_id, f"major_report:{case_id}", office)
    pdf = paper.render()
    text = all_text(pdf)
    assert len(page_texts(pdf)) == 1
    for expected in (
        "某市教育局",
        "重大信访信息快报",
        "有极端言行",
        "张晓梅",
        "学校以资料费名义向学生收取费用",
        "扬言到市政府门前静坐",
        "2026年11月24日10:00",
        "2026年11月24日10:40",
        "局长、分管副局长",
        "领导批示",
    ):
        assert expected in text, expected
    assert all(f.embedded for f in fonts(pdf))
    assert paper.render() == pdf  # a reprint is the same paper


def test_the_monthly_report_counts_follow_ups_and_major_matters(
    db: Database, people: dict[str, Actor]
) -> None:
    from receptionapp.domain.periods import month_period
    from receptionapp.reports.definitions import notes
    from receptionapp.reports.statistics import build_report, drill_case_ids
    from receptionapp.reports.summary import summary_paragraphs
    from receptionapp.reports.tables import report_tables

    office = people["office"]
    called = closed_case(db, people)
    with travel(dt.datetime(2026, 11, 25, 10, 0)):
        record_follow_up(
            db, office, called, FollowUpInput(D(2026, 11, 24), office.id, reached=False, remarks="无人接听")
        )
        record_follow_up(
            db, office, called, FollowUpInput(D(2026, 11, 25), office.id, satisfaction=CallSatisfaction.BASIC)
        )
    not_called = closed_case(db, people)
    with travel(dt.datetime(2026, 11, 25, 11, 0)):
        major.mark_major(
            db, office, not_called, MajorInput({MajorReason.PUBLIC}, "", "本地论坛出现相关帖子，阅读量较大。")
        )
    report = build_report(db, month_period(2026, 11), today=D(2026, 12, 1))
    fig = report.figures
    assert (fig.closed, fig.followed_up, fig.major) == (2, 1, 1)
    assert fig.follow_up == {"satisfied": 0, "basic": 1, "unsatisfied": 0}
    assert (fig.follow_up_rate, fig.follow_up_satisfaction_rate) == (50.0, 100.0)
    assert drill_case_ids(db, fig.drill("followed_up")) == [called]
    assert drill_case_ids(db, fig.drill("follow_up", "basic")) == [called]
    assert drill_case_ids(db, fig.drill("major")) == [not_called]
    [summary] = [t for t in report_tables(report) if t.key == "summary"]
    labels = [row[0].value for row in summary.rows]
    assert {"回访（联系上）", "回访率", "回访满意率", "重大信访事项"} <= set(labels)
    text = "".join(summary_paragraphs(report))
    assert "回访并联系上信访人1件，回访率50.0%，回访满意率100.0%" in text
    assert "标记重大信访事项1件" in text
    assert any(line.startswith("回访率：") for line in notes(report.period))


def test_the_offices_own_deadlines_are_neither_urged_nor_extended(
    db: Database, people: dict[str, Actor]
) -> None:
    from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
    from receptionapp.services.workflow.extension import extend
    from receptionapp.services.workflow.supervision import supervise

    office, leader = people["office"], people["leader"]
    case_id = register(db, office, received_at=dt.datetime(2026, 11, 18, 9, 30))
    handle(db, people, case_id)
    with travel(dt.datetime(2026, 11, 19, 9, 0)):
        major.mark_major(
            db, office, case_id, MajorInput({MajorReason.PUBLIC}, "", "本地论坛出现相关帖子，阅读量较大。")
        )
    report = kinds(db, case_id)[ObligationKind.MAJOR_REPORT]
    assert report.max_extension == 0
    with pytest.raises(ServiceError, match="办公室自身的工作期限，不发督办单"):
        supervise(
            db, office, case_id, level=SupervisionLevel.URGE, reason=SupervisionReason.OVERDUE,
            content="请尽快报送。", obligation_id=report.id, on=D(2026, 11, 20),
        )  # fmt: skip
    with pytest.raises(ServiceError, match="办公室自身的工作期限，不能延期"):
        extend(db, leader, report.id, 3, "情况复杂需要核实")


def test_the_ledger_shows_the_follow_up_and_the_major_mark(db: Database, people: dict[str, Actor]) -> None:
    from receptionapp.domain.periods import month_period
    from receptionapp.reports.ledger import COLUMNS, ledger_rows

    office = people["office"]
    called = closed_case(db, people)
    with travel(dt.datetime(2026, 11, 25, 10, 0)):
        record_follow_up(
            db, office, called, FollowUpInput(D(2026, 11, 24), office.id, reached=False, remarks="无人接听")
        )
    marked = closed_case(db, people)
    with travel(dt.datetime(2026, 11, 25, 11, 0)):
        major.mark_major(
            db, office, marked, MajorInput({MajorReason.PUBLIC}, "", "本地论坛出现相关帖子，阅读量较大。")
        )
        record_follow_up(
            db,
            office,
            marked,
            FollowUpInput(D(2026, 11, 25), office.id, satisfaction=CallSatisfaction.SATISFIED),
        )
    names = [name for name, _width in COLUMNS]
    rows = {
        r.case_id: dict(zip(names, r.values, strict=True)) for r in ledger_rows(db, month_period(2026, 11))
    }
    assert (rows[called]["回访"], rows[called]["重大"]) == ("2026-11-24 未联系上", "")
    assert (rows[marked]["回访"], rows[marked]["重大"]) == ("2026-11-25 满意", "是")
    assert rows[marked]["期限"] == rows[called]["期限"]  # the 快报 and the 回访 are no deadline of the matter
