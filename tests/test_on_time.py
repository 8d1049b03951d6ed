"""办结 on time: judged against the obligation the case is measured by, for every kind of case.

An accepted 复查申请 owes its 复查意见 within 30 days of the request (条例
art. 35); it was judged against the 15-day 受理告知 instead and a case
closed on day 20 was stored as late. The flag stored on the 办结单 is what
every report counts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from receptionapp.db.database import Database
from receptionapp.domain.completion import (
    MEASURED_BY,
    CompletionInput,
    Decision,
    Satisfaction,
    ServiceMethod,
    closing_deadline,
)
from receptionapp.domain.periods import parse_period
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.reports.statistics import key_figures
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor
from receptionapp.services.workflow import closing
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id

D = dt.date


def closed_on(day: dt.date) -> CompletionInput:
    return CompletionInput(
        decision=Decision.EXPLAIN,
        summary="经复查，区教育局的处理意见事实清楚，予以维持。",
        service=ServiceMethod.REGISTERED_MAIL,
        mail_number="XA123456789CN",
        served_on=day,
        satisfaction=Satisfaction.BASIC,
        closed_on=day,
    )


def test_a_review_request_is_measured_by_its_review_opinion(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = intake.register_case(
        db,
        office,
        make_registration(received_at=dt.datetime(2026, 10, 14, 15, 0), review_request=True),
        now=dt.datetime(2026, 10, 14, 16, 0),
    ).id
    instruct(db, leader, case_id, Route.ACCEPT, "请法规科复查区教育局的处理意见。", on=D(2026, 10, 16))
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 10, 16))
    record_reply(db, office, sent.id, "经复查，区教育局的处理意见事实清楚，建议维持。", on=D(2026, 11, 5))
    dues = {o.kind: o.due_date for o in handling(db, case_id).obligations}
    # 受理告知: 15 days → 29 October; 复查意见: 30 days → 13 November.
    assert dues[ObligationKind.INTAKE_NOTICE] == D(2026, 10, 29)
    assert dues[ObligationKind.REVIEW_OPINION] == D(2026, 11, 13)

    # Closed on 10 November: after the notice's deadline, before the opinion's.
    assert closing.complete(db, office, case_id, closed_on(D(2026, 11, 10))) is True
    state = handling(db, case_id)
    assert state.completion is not None and state.completion.on_time is True
    [entry] = [e for e in get_case(db, case_id).timeline if e.action == "complete"]
    assert "超期" not in entry.summary
    # The reports count the stored flag.
    figures = key_figures(db, parse_period("2026-10-01..2026-11-30"))
    assert (figures.on_time, figures.late) == (1, 0)


def test_a_review_request_closed_after_its_opinion_deadline_is_late(
    db: Database, people: dict[str, Actor]
) -> None:
    office, leader = people["office"], people["leader"]
    case_id = intake.register_case(
        db,
        office,
        make_registration(received_at=dt.datetime(2026, 10, 14, 15, 0), review_request=True),
        now=dt.datetime(2026, 10, 14, 16, 0),
    ).id
    instruct(db, leader, case_id, Route.ACCEPT, "请法规科复查。", on=D(2026, 10, 16))
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 10, 16))
    record_reply(db, office, sent.id, "经复查，建议维持原处理意见。", on=D(2026, 11, 12))
    assert closing.complete(db, office, case_id, closed_on(D(2026, 11, 16))) is False


D1, D2, D3 = D(2026, 10, 29), D(2026, 11, 13), D(2026, 12, 14)


@pytest.mark.parametrize(
    ("channel", "route", "dues", "expected"),
    [
        # An accepted 复查申请: its opinion, whatever the notice says.
        ("letter", "accept", [("intake_notice", D1), ("review_opinion", D2)], D2),
        # An ordinary accepted matter: the handling period.
        ("letter", "accept", [("intake_notice", D1), ("handling", D3)], D3),
        # Routes with units: the latest reply.
        ("visit", "transfer", [("intake_notice", D1), ("unit_reply", D2), ("unit_reply", D3)], D3),
        ("visit", "urge", [("unit_reply", D2)], D2),
        ("visit", "final", [("intake_notice", D1), ("unit_reply", D2)], D2),
        # Decided without a unit: the written notice.
        ("letter", "not_accept", [("intake_notice", D1)], D1),
        ("letter", "final", [("intake_notice", D1)], D1),
        # 12345: its own reply deadline.
        ("hotline", "accept", [("hotline_reply", D1), ("handling", D3)], D1),
    ],
)
def test_closing_deadline_of_every_kind(
    channel: str, route: str, dues: list[tuple[str, dt.date]], expected: dt.date
) -> None:
    assert closing_deadline(channel, route, dues) == expected


def test_every_measured_kind_is_an_obligation_kind() -> None:
    kinds = {k.value for k in ObligationKind}
    assert all(kind in kinds for measured in MEASURED_BY.values() for kind in measured)
    assert set(MEASURED_BY) <= {r.value for r in Route}


def test_the_reports_definition_says_so() -> None:
    from receptionapp.reports.definitions import definition

    assert "复查意见期限" in definition("按期办结")
