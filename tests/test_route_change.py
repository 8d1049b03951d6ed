"""A changed 批示 settles what the old route opened: its 交办单 are withdrawn, the units told, all recorded.

Changing 受理 to 不予受理 used to leave the 交办单 open: the unit kept a
deadline for work nobody wanted any more, and the case could not be closed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import Assignment, Obligation
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction, ServiceMethod
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.workflow import Action, AssignmentStatus, ObligationStatus, Route
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, NeedsConfirmation, ServiceError, ValidationFailed
from receptionapp.services.papers.catalog import case_papers
from receptionapp.services.workflow import closing
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from receptionapp.services.workflow.supervision import supervise
from tests.conftest import make_registration, unit_id

D = dt.date
REASON = "经领导重新研究，该事项不属于教育部门职责"


def register(db: Database, actor: Actor) -> int:
    data = make_registration(received_at=dt.datetime(2026, 11, 2, 9, 0))
    return intake.register_case(db, actor, data, now=dt.datetime(2026, 11, 2, 10, 0)).id


def refuse(db: Database, leader: Actor, case_id: int, on: dt.date, reason: str = "") -> int:
    return instruct(
        db, leader, case_id, Route.NOT_ACCEPT, "不属教育部门职责，告知向人社部门反映。",
        refusal_code=RefusalReason.NOT_EDUCATION.value, authority="市人力资源和社会保障局",
        on=on, confirm_reason=reason,
    )  # fmt: skip


def statuses(db: Database, case_id: int) -> dict[str, list[str]]:
    with db.read() as session:
        obligations: dict[str, list[str]] = {}
        for kind, status in session.execute(
            select(Obligation.kind, Obligation.status).where(Obligation.case_id == case_id)
        ):
            obligations.setdefault(kind, []).append(status)
        return obligations


def test_accept_changed_to_not_accept_withdraws_the_assignment(
    db: Database, people: dict[str, Actor]
) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office)
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处调查核实。", on=D(2026, 11, 3))
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 4))
    urged = supervise(
        db, office, case_id, level=SupervisionLevel.URGE, reason=SupervisionReason.LEADER_REQUEST,
        content="请抓紧办理。", requested_by="李局长", obligation_id=next(
            o.id for o in handling(db, case_id).obligations if o.kind is ObligationKind.UNIT_REPLY
        ), on=D(2026, 11, 5),
    )  # fmt: skip
    assert urged.number

    # Without a reason the change is refused, and says what it would withdraw.
    with pytest.raises(NeedsConfirmation) as asked:
        refuse(db, leader, case_id, D(2026, 11, 6))
    [warning] = asked.value.warnings
    assert sent.number in warning and "基础教育处" in warning and "停止办理" in warning
    assert handling(db, case_id).route is Route.ACCEPT  # nothing changed

    refuse(db, leader, case_id, D(2026, 11, 6), REASON)
    state = handling(db, case_id)
    assert state.route is Route.NOT_ACCEPT and state.status is CaseStatus.REGISTERED
    [a] = state.assignments
    assert not a.open and a.withdrawn and a.withdrawn_on == D(2026, 11, 6)
    assert a.withdrawal_reason == REASON
    with db.read() as session:
        assert session.get(Assignment, a.id).status == AssignmentStatus.WITHDRAWN
    # The unit's deadlines and the 督办's answer are cancelled; the handling period too.
    kinds = statuses(db, case_id)
    for kind in (ObligationKind.UNIT_REPLY, ObligationKind.SUPERVISION_ANSWER, ObligationKind.HANDLING):
        assert kinds[kind.value] == [ObligationStatus.CANCELLED.value], kind
    # Recorded in the timeline, with the reason the unit is told.
    entry = get_case(db, case_id).timeline[-1]
    assert entry.action == "instruct" and f"撤回{sent.number}（基础教育处）" in entry.summary
    assert REASON in entry.summary
    # The 交办单 prints as withdrawn.
    [paper] = [p for p in case_papers(db, case_id) if p.kind.value == "assignment"]
    assert paper.document.title == "信访事项交办单（已撤回）" and "已撤回" in paper.title
    assert any(getattr(row, "label", "") == "撤回情况" for row in paper.document.rows)
    # Nothing is left open: the refusal can be closed.
    assert Action.COMPLETE in handling(db, case_id, office).actions
    closing.complete(
        db, office, case_id,
        CompletionInput(
            Decision.NOT_ACCEPTED, "已告知向人社部门反映。", ServiceMethod.IN_PERSON, "",
            D(2026, 11, 9), True, Satisfaction.BASIC, D(2026, 11, 9),
        ),
    )  # fmt: skip
    assert get_case(db, case_id).status is CaseStatus.CLOSED


def test_a_reply_already_in_stays_and_the_case_awaits_closing(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office)
    instruct(db, leader, case_id, Route.TRANSFER, "转市第一中学办理。", on=D(2026, 11, 3))
    first = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 3))
    second = assign(db, office, case_id, unit_id(db, "人事处"), on=D(2026, 11, 3))
    record_reply(db, office, first.id, "已核实，学校已退费。", on=D(2026, 11, 5))
    instruct(
        db, leader, case_id, Route.URGE, "督促人事处尽快办理。", on=D(2026, 11, 6), confirm_reason=REASON
    )
    state = handling(db, case_id)
    assert [(a.number, a.open, a.withdrawn) for a in state.assignments] == [
        (first.number, False, False),
        (second.number, False, True),
    ]
    assert state.status is CaseStatus.REPLIED


def test_the_same_route_again_withdraws_nothing(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office)
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处调查核实。", on=D(2026, 11, 3))
    assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 4))
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处加快办理。", on=D(2026, 11, 5))
    assert [a.open for a in handling(db, case_id).assignments] == [True]


def test_a_change_dated_before_the_assignment_is_refused(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office)
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处调查核实。", on=D(2026, 11, 3))
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 5))
    with pytest.raises(ValidationFailed) as failed:
        refuse(db, leader, case_id, D(2026, 11, 4), REASON)
    assert sent.number in failed.value.errors["on"]


# ---------------------------------------------------------------- the property

UNITS = ("基础教育处", "人事处", "城东区教育局", "市第一中学")
steps = st.lists(
    st.tuples(
        st.sampled_from(list(Route)),
        st.lists(st.sampled_from(UNITS), max_size=2, unique=True),  # 交办 to these after the 批示
        st.booleans(),  # the first of them replies
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_a_route_change_never_leaves_an_open_assignment_of_the_old_route(
    db: Database, people: dict[str, Actor], plan: list[tuple[Route, list[str], bool]]
) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, office)
    day = D(2026, 11, 3)
    previous: Route | None = None
    for route, units, replies in plan:
        before = {a.id for a in handling(db, case_id).open_assignments}
        try:
            instruct(
                db, leader, case_id, route, "批示内容。", on=day, confirm_reason=REASON,
                refusal_code=RefusalReason.NOT_EDUCATION.value if route is Route.NOT_ACCEPT else "",
                authority="市人力资源和社会保障局",
            )  # fmt: skip
        except ServiceError as refused:
            assert "当前状态" in str(refused)  # only a case whose units all replied takes no 批示
            continue
        state = handling(db, case_id)
        if previous is not None and route is not previous:
            assert not state.open_assignments
            assert all(a.withdrawn for a in state.assignments if a.id in before)
            with db.read() as session:
                left = session.scalars(
                    select(Obligation.kind).where(
                        Obligation.case_id == case_id,
                        Obligation.status == ObligationStatus.OPEN,
                        Obligation.assignment_id.in_(before),
                    )
                ).all()
            assert left == []
        else:
            assert {a.id for a in state.open_assignments} == before
        previous = route
        for unit in units if route.needs_assignment else ():
            try:
                sent = assign(db, office, case_id, unit_id(db, unit), on=day)
            except ValidationFailed:
                continue  # already assigned to that unit and not yet answered
            if replies:
                record_reply(db, office, sent.id, "已办理完毕，情况如下。", on=day)
                replies = False
    assert get_case(db, case_id).status is not CaseStatus.CLOSED
