"""重点信访人: mark, change leader and status, end, mark again; rights, checks, audit and the reports."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.domain.periods import parse_period
from receptionapp.reports.statistics import build_report
from receptionapp.services.cases import intake
from receptionapp.services.cases import key_petitioners as keys
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import PermissionDenied, ValidationFailed
from tests.conftest import make_registration

NOW = dt.datetime(2026, 11, 20, 16, 0)


@pytest.fixture
def case(db, people):
    return intake.register_case(db, people["clerk"], make_registration(), now=NOW)


def person_of(db, admin, case) -> int:
    return get_case(db, case.id, admin).petitioners[0].id


def test_mark_update_end_and_mark_again(db, admin, people, case):
    person = person_of(db, admin, case)
    leader = people["leader"]
    mark_id = keys.mark(
        db, people["office"], person, "多次越级上访", leader.id, since=dt.date(2026, 11, 1), case_id=case.id
    )
    [mark] = keys.list_marks(db, people["office"])
    assert (mark.name, mark.leader, mark.reason, mark.since, mark.active) == (
        "张晓梅",
        "李局长",
        "多次越级上访",
        dt.date(2026, 11, 1),
        True,
    )
    assert (mark.cases, mark.open_cases, mark.state) == (1, 1, "跟踪中")
    assert keys.marks_of(db, [person])[person].id == mark_id

    keys.update(db, leader, mark_id, leader_id=leader.id, status_note="稳控中")
    assert keys.list_marks(db, admin)[0].status_note == "稳控中"
    with pytest.raises(ValidationFailed) as twice:
        keys.mark(db, admin, person, "又来了", leader.id)
    assert "已是重点信访人" in twice.value.errors["reason"]

    keys.end(db, people["office"], mark_id, "诉求已解决，息诉罢访", on=dt.date(2026, 11, 25))
    assert keys.list_marks(db, admin) == []
    [ended] = keys.list_marks(db, admin, include_ended=True)
    assert (ended.active, ended.end_reason, ended.state) == (
        False,
        "诉求已解决，息诉罢访",
        "已结束（2026-11-25）",
    )
    with pytest.raises(ValidationFailed):
        keys.update(db, admin, mark_id, leader_id=leader.id, status_note="x")
    with pytest.raises(ValidationFailed):
        keys.end(db, admin, mark_id, "再结束")

    assert keys.mark(db, admin, person, "再次集体访", leader.id) == mark_id
    again = keys.list_marks(db, admin)[0]
    assert (again.active, again.reason, again.end_reason, again.ended_on) == (True, "再次集体访", "", None)

    with db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "key_petitioner").order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["key_mark", "key_update", "key_end", "key_mark"]
    assert entries[0].case_id == case.id  # on the case's timeline
    assert entries[3].summary.startswith("重新列为重点信访人")


def test_checks_and_rights(db, admin, people, case):
    person = person_of(db, admin, case)
    with pytest.raises(ValidationFailed) as no_reason:
        keys.mark(db, admin, person, "  ", people["leader"].id)
    assert no_reason.value.errors == {"reason": "请填写列为重点信访人的原因"}
    with pytest.raises(ValidationFailed) as not_leader:
        keys.mark(db, admin, person, "原因", people["office"].id)
    assert "包案领导" in not_leader.value.errors["leader"]
    with pytest.raises(ValidationFailed):
        keys.mark(db, admin, person, "原因", None)
    for role in ("clerk", "handler"):
        with pytest.raises(PermissionDenied):
            keys.mark(db, people[role], person, "原因", people["leader"].id)
        with pytest.raises(PermissionDenied):
            keys.list_marks(db, people[role])
    mark_id = keys.mark(db, admin, person, "原因", people["leader"].id)
    with pytest.raises(ValidationFailed) as no_end_reason:
        keys.end(db, admin, mark_id, "")
    assert "end_reason" in no_end_reason.value.errors


def test_reports_and_reception_see_the_mark(db, admin, people, case):
    person = person_of(db, admin, case)
    keys.mark(db, admin, person, "多次来访", people["leader"].id, status_note="化解中")
    report = build_report(db, parse_period("2026-11"), today=NOW.date())
    [row] = report.key_petitioners
    assert (row.name, row.leader, row.status_note, row.cases_in_period) == ("张晓梅", "李局长", "化解中", 1)
    mark_id = keys.list_marks(db, admin)[0].id
    keys.end(db, admin, mark_id, "息诉")
    assert build_report(db, parse_period("2026-11"), today=NOW.date()).key_petitioners == []


def test_demo_office_has_key_petitioners(db, admin):
    from receptionapp.demo.generate import generate_demo_cases

    generate_demo_cases(db, admin, 400, seed=3)
    marks = keys.list_marks(db, admin)
    assert 1 <= len(marks) <= 5
    assert all(m.cases >= 3 and m.leader != "（未指定）" and m.reason for m in marks)
    period = parse_period(str(dt.date.today().year))
    names = {row.name for row in build_report(db, period).key_petitioners}
    assert names == {m.name for m in marks}
