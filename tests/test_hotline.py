"""12345 工单: the hotline centre's own 时限 and the yearly 续报率 (seed 004, 第十一条).

Scenarios in the office's words: an urgent 工单 comes in with the centre's
date on it, and the answer is due that day, not after 5 working days, even
when a new calendar arrives; the division it goes to answers by that date
too. Extending a 工单's answer is a 续报: the dialog shows the year's rate,
and one that would take the year over 2 % needs the leader himself.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from receptionapp.db.models_workflow import Obligation
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Calendar, Due, limited_due
from receptionapp.domain.hotline import EXTENSION_RATE_CAP, ExtensionRate, capped, limit_problem
from receptionapp.domain.periods import month_period
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.reports.statistics import key_figures
from receptionapp.reports.tables import _figure_rows
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.listing import CaseFilter, list_cases
from receptionapp.services.context import PermissionDenied, ValidationFailed
from receptionapp.services.deadlines import obligations
from receptionapp.services.workflow.assignment import assign
from receptionapp.services.workflow.extension import extend
from receptionapp.services.workflow.hotline import extension_rate
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui.dialogs.supervise_dialog import ExtendDialog
from receptionapp.ui.widgets.case_page import CasePage
from tests.conftest import make_registration, type_text, unit_id
from tests.uikit import choose, drive

D = dt.date
RECEIVED = dt.datetime(2026, 11, 10, 9, 0)  # a Tuesday


# ---------------------------------------------------------------- the rules, without a database


@given(st.dates(), st.dates(), st.booleans())
def test_the_centres_date_is_the_due_date_whatever_the_count(
    counted: dt.date, limit: dt.date, tentative: bool
) -> None:
    assert limited_due(Due(counted, tentative), limit) == Due(limit, False)
    assert limited_due(Due(counted, tentative), None) == Due(counted, tentative)


@given(st.dates(), st.one_of(st.none(), st.dates()))
def test_a_division_answers_by_the_centres_date_only_when_it_is_earlier(
    due: dt.date, limit: dt.date | None
) -> None:
    cap = capped(due, limit)
    assert cap == (limit if limit is not None and limit < due else None)


@given(st.integers(1, 5000), st.data())
def test_a_leader_is_needed_exactly_when_the_year_would_go_over_two_percent(forms: int, data) -> None:
    extended = data.draw(st.integers(0, forms))
    rate = ExtensionRate(2026, forms, extended)
    assert rate.needs_leader() == (round(100 * (extended + 1) / forms, 1) > EXTENSION_RATE_CAP)
    assert rate.after(already_extended=True) == rate.rate  # a 工单 extended before counts once


def test_fifty_forms_allow_one_extension_and_the_second_needs_the_leader() -> None:
    assert not ExtensionRate(2026, 50, 0).needs_leader()
    second = ExtensionRate(2026, 50, 1)
    assert second.needs_leader()
    assert second.text() == (
        "2026年12345工单50件，已续报1件，续报率2.0%（不得超过2%）；本次续报后为4.0%，超过2%，须由领导本人批准"
    )


def test_the_centres_date_must_fit_the_form() -> None:
    assert limit_problem(None, RECEIVED) is None
    assert limit_problem(D(2026, 11, 12), RECEIVED) is None
    assert limit_problem(D(2026, 11, 9), RECEIVED) == "受理中心时限不能早于收到工单的日期"
    assert "请核对" in (limit_problem(D(2027, 6, 1), RECEIVED) or "")


# ---------------------------------------------------------------- the services


def register_form(db, actor, limit: dt.date | None = None, **overrides) -> int:
    data = make_registration(
        channel=Channel.HOTLINE, source_ref="12345-20261110-0001", received_at=RECEIVED, hotline_limit=limit
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return intake.register_case(db, actor, data, now=dt.datetime(2026, 11, 24)).id


def decided(db, leader, case_id: int) -> int:
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处核实答复。", on=D(2026, 11, 10))
    return case_id


def answer(
    db, case_id: int, kind: ObligationKind = ObligationKind.HOTLINE_REPLY
) -> obligations.ObligationView:
    return next(o for o in obligations.case_obligations(db, case_id, today=D(2026, 11, 10)) if o.kind is kind)


def test_an_urgent_form_is_due_on_the_centres_date_even_on_a_saturday(db, people) -> None:
    saturday = D(2026, 11, 14)
    case_id = register_form(db, people["clerk"], saturday)
    reply = answer(db, case_id)
    assert (reply.due_date, reply.provisional) == (saturday, False)
    assert reply.rule == "12345受理中心时限：2026-11-14"
    case = get_case(db, case_id)
    assert case.hotline_limit == saturday and case.due_date == saturday
    assert "；12345受理中心时限2026-11-14" in case.timeline[0].summary
    # Without the centre's date: the bureau's 5 working days.
    plain = register_form(db, people["clerk"], source_ref="12345-20261110-0002")
    assert answer(db, plain).due_date == D(2026, 11, 17)

    # A new calendar moves counted deadlines, never the date the centre wrote.
    with db.write() as session:
        obligations.recompute_open(session, None, Calendar(overrides={D(2026, 11, 13): False}), "测试")
    assert answer(db, case_id).due_date == saturday
    assert answer(db, plain).due_date == D(2026, 11, 18)


def test_the_centres_date_before_the_form_arrived_is_told_beside_the_field(db, people) -> None:
    with pytest.raises(ValidationFailed) as refused:
        register_form(db, people["clerk"], D(2026, 11, 9))
    assert refused.value.errors == {"hotline_limit": "受理中心时限不能早于收到工单的日期"}


def test_the_division_answers_by_the_centres_date(db, people) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register_form(db, people["clerk"], D(2026, 11, 12))
    instruct(db, leader, case_id, Route.ACCEPT, "请基础教育处当日核实答复。", on=D(2026, 11, 10))
    rule_and_due = obligations.preview_due(
        db, case_id, ObligationKind.UNIT_REPLY, D(2026, 11, 10), unit_kind="division"
    )
    assert rule_and_due is not None and rule_and_due[1] == Due(D(2026, 11, 12), False)  # what 交办 offers
    sent = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 10))
    assert sent.due_date == D(2026, 11, 12)  # not 17 Nov, the division's 5 working days
    assert "按12345受理中心时限回复，期限2026-11-12" in get_case(db, case_id).timeline[-1].summary


def test_extensions_past_two_percent_of_the_year_need_the_leader_himself(db, people) -> None:
    office, leader = people["office"], people["leader"]
    forms = [register_form(db, people["clerk"], source_ref=f"12345-{i:04d}") for i in range(50)]
    first, second = (decided(db, leader, case_id) for case_id in forms[:2])

    assert extend(db, office, answer(db, first).id, 2, "需协调学校核实情况", approved_by_id=leader.id)
    last = get_case(db, first).timeline[-1]
    assert (
        "（续报：2026年12345工单50件，已续报0件，续报率0.0%（不得超过2%）；本次续报后为2.0%）" in last.summary
    )
    rate, already = extension_rate(db, second) or (None, None)
    assert (rate, already) == (ExtensionRate(2026, 50, 1), False)

    with pytest.raises(PermissionDenied) as refused:
        extend(db, office, answer(db, second).id, 2, "需协调学校核实情况", approved_by_id=leader.id)
    assert "本次续报后为4.0%，超过2%，须由领导本人批准" in str(refused.value)
    with db.read() as session:
        still = session.scalar(select(Obligation).where(Obligation.id == answer(db, second).id))
        assert still is not None and still.extension_days == 0

    assert extend(db, leader, answer(db, second).id, 2, "涉及多校，情况复杂")
    assert "超过2%，须由领导本人批准" in get_case(db, second).timeline[-1].summary
    # The year now stands at 2 of 50; the first 工单 counts once, whatever else of it is extended.
    assert extension_rate(db, first) == (ExtensionRate(2026, 50, 2), True)


def test_the_monthly_report_shows_the_extension_rate(db, people) -> None:
    leader = people["leader"]
    forms = [register_form(db, people["clerk"], source_ref=f"12345-{i:04d}") for i in range(4)]
    with time_machine.travel(dt.datetime(2026, 11, 12, 10).astimezone(), tick=False):
        extend(db, leader, answer(db, decided(db, leader, forms[0])).id, 2, "需协调学校核实情况")
    figures = key_figures(db, month_period(2026, 11))
    assert (figures.hotline, figures.hotline_extended, figures.hotline_extension_rate) == (4, 1, 25.0)
    rows = {row[0].value: row[1].value for row in _figure_rows(figures, figures)}
    assert (rows["12345工单"], rows["　其中续报"], rows["12345续报率"]) == (4, 1, 25.0)


# ---------------------------------------------------------------- the screens


def test_the_clerk_types_the_centres_date_on_the_form(qtbot, db, admin, data_paths) -> None:
    from receptionapp.ui.widgets.registration_form import RegistrationForm
    from tests.test_ui_registration import type_walk_in

    form = RegistrationForm(db, admin, data_paths)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    ui = form.ui
    assert not ui.hotlineLimit.isVisible()
    type_walk_in(qtbot, form)
    choose(ui.channel, "12345热线")
    assert ui.hotlineLimit.isVisible() and ui.hotlineLimit.text() == "未明确（按5个工作日）"
    assert form.minimumSizeHint().width() <= 1366  # fits the office's 1366×768 screens
    qtbot.keyClicks(ui.sourceRef, "12345-20261110-0001")
    ui.receivedAt.setDate(QDate(2026, 11, 10))
    ui.hotlineLimit.setDate(QDate(2026, 11, 9))
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert form.messages.fields.message("hotline_limit") == "受理中心时限不能早于收到工单的日期"
    ui.hotlineLimit.setDate(QDate(2026, 11, 12))
    assert form.save()
    [case_id] = [r.id for r in list_cases(db, CaseFilter())]
    assert get_case(db, case_id).hotline_limit == D(2026, 11, 12)


def test_the_extension_dialog_shows_the_rate_and_the_leader_approves(
    qtbot, db, data_paths, people, monkeypatch
) -> None:
    office, leader = people["office"], people["leader"]
    case_id = decided(db, leader, register_form(db, people["clerk"]))
    register_form(db, people["clerk"], source_ref="12345-0002")

    # The office opens the dialog: the rate is shown, in red, with who must approve.
    extendable = [answer(db, case_id)]
    dialog = ExtendDialog(db, office, extendable, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.rate.isVisible()
    assert "本次续报后为50.0%，超过2%，须由领导本人批准" in dialog.ui.rate.text()
    assert "请领导本人登录后批准" in dialog.ui.rate.text()
    assert "c62828" in dialog.ui.rate.styleSheet()
    assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 768
    dialog.close()

    def as_leader(dialog: ExtendDialog) -> None:
        choose(dialog.ui.obligation, "12345热线答复")
        assert "续报率0.0%" in dialog.ui.rate.text()
        dialog.ui.days.setValue(2)
        type_text(dialog.ui.reason, "需协调学校核实情况")

    leader_page = CasePage(db, leader, data_paths, case_id)
    qtbot.addWidget(leader_page)
    leader_page.show()
    drive(monkeypatch, ExtendDialog, as_leader)
    qtbot.mouseClick(leader_page.workflow.ui.extendButton, Qt.MouseButton.LeftButton)
    assert answer(db, case_id).extension_days == 2
