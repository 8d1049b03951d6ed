"""The petitioner's 30 days to ask for 复查 after a served reply (条例 arts. 35, 36).

Scenarios in the office's words: a closed case's page says until when the
petitioner may still ask for 复查; a 复查申请 that comes after those 30 days
is pointed out beside the field while the clerk types, may be registered all
the same, and the case and its timeline record that it came late.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt

from receptionapp.domain.deadlines import Calendar, Due, Unit
from receptionapp.domain.review_window import ReviewWindow, served_on_problem
from receptionapp.domain.rules import DeadlineRule, ObligationKind, StartEvent
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.listing import CaseFilter, list_cases
from receptionapp.services.context import ValidationFailed
from receptionapp.services.deadlines.review_window import (
    case_review_window,
    review_request_window,
    window_for,
)
from receptionapp.ui.widgets.case_page import CasePage
from tests.conftest import make_registration

D = dt.date
RECEIVED = dt.datetime(2026, 11, 2, 10, 0)
RULE = DeadlineRule(
    ObligationKind.REVIEW_REQUEST,
    "信访人申请复查（复核）",
    StartEvent.REPLY_SERVED,
    30,
    Unit.CALENDAR_DAYS,
    id=1,
)


# ---------------------------------------------------------------- the rule, without a database


@given(st.dates(D(2004, 1, 1), D(2026, 11, 30)), st.integers(0, 120))
def test_a_request_is_late_exactly_after_the_last_day(served_on: dt.date, after: int) -> None:
    window = window_for([RULE], served_on, calendar=Calendar())
    assert window is not None
    # 30 days after service, moved off a day off to the next working day (民法典 art. 203).
    assert window.until.date >= served_on + dt.timedelta(days=30)
    assert Calendar().is_workday(window.until.date)
    received = served_on + dt.timedelta(days=after)
    assert window.late(received) == (received > window.until.date)
    assert window.days_late(received) == max(0, (received - window.until.date).days)


def test_the_last_day_moves_past_national_day() -> None:
    window = window_for([RULE], D(2026, 9, 1), calendar=Calendar())
    assert window is not None and window.until == Due(D(2026, 10, 8), False)  # 10-01 falls in the holiday
    assert window.note(D(2026, 10, 8)) == "在申请复查期限内（至2026-10-08）"
    assert window.note(D(2026, 11, 2)) == (
        "已超过申请复查期限（答复送达后30日，至2026-10-08），逾期25日；仍可登记，将记为逾期申请，由办公室决定是否受理"
    )


def test_after_a_review_opinion_the_petitioner_asks_for_a_final_review() -> None:
    window = ReviewWindow(D(2026, 11, 19), Due(D(2026, 12, 21), False), "30日", "复核")
    assert window.timely_text() == "信访人可于2026-12-21前申请复核（答复意见书2026-11-19送达，30日内）"


def test_the_served_date_cannot_follow_the_request() -> None:
    assert served_on_problem(D(2026, 11, 3), RECEIVED) == "答复送达日期不能晚于收到复查申请的日期"
    assert served_on_problem(D(2026, 11, 2), RECEIVED) is None
    assert served_on_problem(None, RECEIVED) is None


# ---------------------------------------------------------------- the services


def register_request(db, actor, served_on: dt.date | None) -> int:
    data = make_registration(received_at=RECEIVED, review_request=True, review_served_on=served_on)
    return intake.register_case(db, actor, data, now=dt.datetime(2026, 11, 24)).id


def test_a_late_request_is_registered_and_recorded_as_late(db, people) -> None:
    case_id = register_request(db, people["clerk"], D(2026, 9, 1))
    case = get_case(db, case_id)
    assert (case.review_served_on, case.review_late) == (D(2026, 9, 1), True)
    assert case.timeline[0].summary.endswith("；复查申请逾期（答复2026-09-01送达，申请期限至2026-10-08）")
    assert case.timeline[0].details["review_late"] is True
    assert [r.id for r in list_cases(db, CaseFilter(mark="review_late"))] == [case_id]


def test_a_timely_request_is_not_marked(db, people) -> None:
    case_id = register_request(db, people["clerk"], D(2026, 10, 20))
    case = get_case(db, case_id)
    assert (case.review_served_on, case.review_late) == (D(2026, 10, 20), False)
    assert "逾期" not in case.timeline[0].summary
    assert list_cases(db, CaseFilter(mark="review_late")) == []
    window = review_request_window(db, D(2026, 10, 20))
    assert window is not None and window.until.date == D(2026, 11, 19)


def test_a_served_date_after_the_request_is_refused_beside_the_field(db, people) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register_request(db, people["clerk"], D(2026, 11, 5))
    assert refused.value.errors == {"review_served_on": "答复送达日期不能晚于收到复查申请的日期"}


def test_a_closed_case_says_until_when_review_may_be_asked(db, people, closed) -> None:
    window = case_review_window(db, closed.case_id)
    assert window is not None
    assert (window.served_on, window.until.date, window.what) == (D(2026, 11, 19), D(2026, 12, 21), "复查")
    assert case_review_window(db, register_request(db, people["clerk"], None)) is None  # nothing served yet


# ---------------------------------------------------------------- the screens


def test_the_clerk_sees_a_late_request_while_typing_and_registers_it(
    qtbot, db, admin, data_paths, people
) -> None:
    from receptionapp.ui.widgets.registration_form import RegistrationForm
    from tests.test_ui_registration import type_walk_in

    form = RegistrationForm(db, admin, data_paths)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    ui = form.ui
    assert not ui.reviewServedOn.isVisible()
    type_walk_in(qtbot, form)
    ui.receivedAt.setDate(QDate(2026, 11, 2))
    qtbot.mouseClick(ui.reviewRequest, Qt.MouseButton.LeftButton)
    assert ui.reviewServedOn.isVisible() and ui.reviewServedOn.text() == "未填写"
    ui.reviewServedOn.setDate(QDate(2026, 10, 20))
    assert ui.reviewNote.text() == "在申请复查期限内（至2026-11-19）"
    ui.reviewServedOn.setDate(QDate(2026, 9, 1))
    assert ui.reviewNote.text().startswith(
        "已超过申请复查期限（答复送达后30日，至2026-10-08），逾期25日；仍可登记"
    )
    assert "c62828" in ui.reviewNote.styleSheet()
    assert form.minimumSizeHint().width() <= 1366
    assert form.save()  # late, and registered all the same
    [row] = list_cases(db, CaseFilter())
    assert get_case(db, row.id).review_late

    page = CasePage(db, people["office"], data_paths, row.id)
    qtbot.addWidget(page)
    assert "复查（答复2026-09-01送达，申请期限至2026-10-08，逾期申请）" in page.ui.flags.text()


def test_a_closed_case_page_shows_the_petitioners_time_for_review(
    qtbot, db, data_paths, people, closed
) -> None:
    page = CasePage(db, people["office"], data_paths, closed.case_id)
    qtbot.addWidget(page)
    page.show()
    assert "信访人可于2026-12-21前申请复查（答复意见书2026-11-19送达，30日内）" in page.ui.due.text()


def test_list_cases_finds_late_requests_and_skipped_levels_headless(db, people, data_paths, capsys) -> None:
    from receptionapp.cli import main
    from receptionapp.services.cases.listing import MARKS

    late = get_case(db, register_request(db, people["clerk"], D(2026, 9, 1))).number
    register_request(db, people["clerk"], D(2026, 10, 20))
    assert main(["--data-dir", str(data_paths.root), "list-cases", "--mark", "review_late"]) == 0
    assert capsys.readouterr().out.split() == [late]
    assert main(["--data-dir", str(data_paths.root), "list-cases", "--mark", "skipped_level"]) == 0
    assert capsys.readouterr().out.split() == []
    assert set(MARKS) == {
        "skipped_level",
        "skipped_level_cleared",
        "review_late",
    }  # list-cases --mark offers these
