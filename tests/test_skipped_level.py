"""越级访: a 批示 of route 2 (转交办理) marks the case 越级 unless the office clears it with a reason.

Scenarios in the office's words: the leader transfers a matter to the county
bureau the visitor skipped, so the case counts as 越级访 in the register and
the monthly report; the office finds the visitor had been to the bureau first
and clears the mark with a reason, which the case's timeline keeps.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.domain.periods import month_period
from receptionapp.domain.skipped_level import clear_reason_problem, marks_skipped_level
from receptionapp.domain.workflow import Route
from receptionapp.reports.statistics import key_figures
from receptionapp.reports.tables import _figure_rows
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import update_case
from receptionapp.services.cases.listing import CaseFilter, list_cases
from receptionapp.services.cases.skipped_level import clear_skipped_level
from receptionapp.services.context import PermissionDenied, ServiceError, ValidationFailed
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui.service_call import ReasonDialog
from receptionapp.ui.widgets.case_page import CasePage
from tests.conftest import make_registration, type_text
from tests.uikit import drive

D = dt.date


# ---------------------------------------------------------------- the rule, without a database


@given(st.sampled_from(list(Route)), st.booleans())
def test_only_a_transfer_not_cleared_marks_a_visit_skipping_a_level(route: Route, cleared: bool) -> None:
    assert marks_skipped_level(route, cleared) == (route is Route.TRANSFER and not cleared)


def test_clearing_the_mark_needs_a_reason_in_words() -> None:
    assert "理由" in (clear_reason_problem("  否 ") or "")
    assert clear_reason_problem("信访人已向区教育局反映，有区局答复") is None
    assert "控制字符" in (clear_reason_problem("已向区局反映\x07过") or "")


# ---------------------------------------------------------------- the services


def register(db, actor, **overrides) -> int:
    data = make_registration(received_at=dt.datetime(2026, 11, 2, 9, 0), **overrides)
    return intake.register_case(db, actor, data, now=dt.datetime(2026, 11, 24)).id


def test_a_transfer_to_the_county_bureau_marks_the_visit_skipping_a_level(db, people) -> None:
    case_id = register(db, people["clerk"])
    assert not get_case(db, case_id).skipped_level
    instruct(db, people["leader"], case_id, Route.TRANSFER, "转城东区教育局依法处理。", on=D(2026, 11, 3))
    case = get_case(db, case_id)
    assert case.skipped_level
    assert case.timeline[-1].summary.endswith("；按越级访统计")
    assert case.timeline[-1].details["skipped_level"] == [False, True]
    assert [r.id for r in list_cases(db, CaseFilter(mark="skipped_level"))] == [case_id]


def test_other_routes_leave_the_mark_as_registered(db, people) -> None:
    case_id = register(db, people["clerk"])
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请基础教育处调查处理。", on=D(2026, 11, 3))
    assert not get_case(db, case_id).skipped_level


def test_the_office_clears_the_mark_with_a_reason_and_it_stays_cleared(db, people) -> None:
    office, leader = people["office"], people["leader"]
    case_id = register(db, people["clerk"])
    instruct(db, leader, case_id, Route.TRANSFER, "转城东区教育局依法处理。", on=D(2026, 11, 3))
    with pytest.raises(PermissionDenied):
        clear_skipped_level(db, people["clerk"], case_id, "信访人已向区教育局反映过")
    with pytest.raises(ValidationFailed) as refused:
        clear_skipped_level(db, office, case_id, "否")
    assert "理由" in refused.value.errors["reason"]

    clear_skipped_level(db, office, case_id, "信访人已于10月向城东区教育局反映，附区局答复")
    case = get_case(db, case_id)
    assert not case.skipped_level
    assert case.skipped_level_note == "信访人已于10月向城东区教育局反映，附区局答复"
    last = case.timeline[-1]
    assert last.action == "clear_skipped_level" and "理由：信访人已于10月" in last.summary
    assert last.details["skipped_level"] == [True, False]
    assert list_cases(db, CaseFilter(mark="skipped_level")) == []
    assert [r.id for r in list_cases(db, CaseFilter(mark="skipped_level_cleared"))] == [case_id]
    with pytest.raises(ServiceError, match="未标记为越级访"):
        clear_skipped_level(db, office, case_id, "再取消一次试试看")

    # The leader changes his mind and transfers again: the office's finding stands.
    instruct(db, leader, case_id, Route.URGE, "请城东区教育局抓紧办理。", on=D(2026, 11, 4))
    instruct(db, leader, case_id, Route.TRANSFER, "仍转城东区教育局办理。", on=D(2026, 11, 5))
    assert not get_case(db, case_id).skipped_level


def test_the_mark_of_a_transfer_is_not_taken_off_by_a_plain_edit(db, people) -> None:
    case_id = register(db, people["clerk"])
    instruct(db, people["leader"], case_id, Route.TRANSFER, "转城东区教育局依法处理。", on=D(2026, 11, 3))
    version = get_case(db, case_id).version
    with pytest.raises(ValidationFailed) as refused:
        update_case(db, people["clerk"], case_id, version, {"skipped_level": False})
    assert "取消越级标记" in refused.value.errors["skipped_level"]
    assert get_case(db, case_id).skipped_level


def test_the_monthly_report_counts_transfers_as_skipping_a_level(db, people) -> None:
    office, leader = people["office"], people["leader"]
    transferred = register(db, people["clerk"])
    cleared = register(db, people["clerk"])
    register(db, people["clerk"], skipped_level=True)  # checked by the clerk at registration
    for case_id in (transferred, cleared):
        instruct(db, leader, case_id, Route.TRANSFER, "转城东区教育局依法处理。", on=D(2026, 11, 3))
    clear_skipped_level(db, office, cleared, "信访人已先向区教育局反映，不属越级")
    figures = key_figures(db, month_period(2026, 11))
    assert (figures.skipped_level, figures.skipped_transfer, figures.skipped_cleared) == (2, 1, 1)
    rows = {row[0].value: row[1].value for row in _figure_rows(figures, figures)}
    assert rows["越级访"] == 2
    assert rows["　其中转交办理认定"] == 1
    assert rows["越级标记经核实取消"] == 1
    with db.read() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "clear_skipped_level"))


# ---------------------------------------------------------------- the case page


def test_the_office_clears_the_mark_on_the_case_page(qtbot, db, data_paths, people, monkeypatch) -> None:
    office = people["office"]
    case_id = register(db, people["clerk"])
    instruct(db, people["leader"], case_id, Route.TRANSFER, "转城东区教育局依法处理。", on=D(2026, 11, 3))
    page = CasePage(db, office, data_paths, case_id)
    qtbot.addWidget(page)
    page.show()
    assert "越级访" in page.ui.flags.text()
    assert page.ui.clearSkippedButton.isVisible()

    def fill(dialog: ReasonDialog) -> None:
        assert dialog.windowTitle() == "取消越级标记"
        assert "按越级访统计" in dialog.ui.explain.text()
        dialog.submit()  # nothing typed yet: told beside the field, the dialog stays open
        assert "理由" in dialog.ui.reasonError.text()
        type_text(dialog.ui.reason, "信访人已于10月向城东区教育局反映")

    drive(monkeypatch, ReasonDialog, fill)
    qtbot.mouseClick(page.ui.clearSkippedButton, Qt.MouseButton.LeftButton)
    assert page.ui.flags.text() == "已取消越级访标记（信访人已于10月向城东区教育局反映）"
    assert not page.ui.clearSkippedButton.isVisible()
    assert "取消越级访标记" in page.ui.banner.text()

    clerk_page = CasePage(db, people["clerk"], data_paths, register(db, people["clerk"]))
    qtbot.addWidget(clerk_page)
    assert not clerk_page.ui.clearSkippedButton.isVisible()
