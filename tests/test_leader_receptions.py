"""Leaders' receptions against seed 004 (about once a month) and their 下访 with the cases handled there."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.domain.leader_receptions import OutreachInput, tally, validate_outreach
from receptionapp.domain.periods import quarter_period
from receptionapp.reports.statistics import build_report
from receptionapp.reports.tables import leader_table
from receptionapp.services.cases.intake import register_case
from receptionapp.services.context import ValidationFailed
from receptionapp.services.reception import rota
from receptionapp.services.reception.outreach import leader_months, link_case, list_outreach, record_outreach
from receptionapp.ui.dialogs.base import to_qdate
from receptionapp.ui.dialogs.outreach_dialog import OutreachDialog
from tests.conftest import make_registration, type_text
from tests.uikit import choose

D = dt.date
Q4 = [(2026, 10), (2026, 11), (2026, 12)]


def test_each_leader_is_judged_against_one_reception_a_month() -> None:
    receptions = [("李局长", D(2026, 10, 14)), ("李局长", D(2026, 11, 4)), ("王副局长", D(2026, 10, 21))]
    rows = tally(
        ["李局长", "王副局长"], receptions, [("王副局长", D(2026, 11, 12))], Q4, today=D(2026, 12, 5)
    )
    li, wang = rows
    assert li.receptions == (1, 1, None)  # December is not over and has none yet: not judged
    assert wang.receptions == (1, 0, None) and wang.outreach == 1
    assert li.short(Q4) == [] and wang.short(Q4) == [(2026, 11)]  # a 下访 does not replace the 定点接访
    # The current month counts once it has one; a day not held yet does not count.
    early = tally(["李局长"], [("李局长", D(2026, 11, 25))], [], Q4, today=D(2026, 11, 20))
    assert early[0].receptions == (0, None, None)


def test_an_outreach_needs_a_past_day_a_place_and_a_leader() -> None:
    errors = validate_outreach(OutreachInput(day=D(2026, 12, 9), place="校"), today=D(2026, 12, 3))
    assert set(errors) == {"day", "place", "leader"}


def test_outreach_is_recorded_its_cases_linked_and_the_leaders_counted(db, people) -> None:
    office, leader, clerk = people["office"], people["leader"], people["clerk"]
    rota.plan_days(db, office, D(2026, 10, 1), 8, [leader.id])
    case = register_case(db, clerk, make_registration(received_at=dt.datetime(2026, 11, 12, 10, 0)))
    with pytest.raises(ValidationFailed) as bad:
        record_outreach(
            db, office, OutreachInput(day=D(2026, 11, 12), place="城东区实验小学"), D(2026, 11, 20)
        )
    assert bad.value.errors == {"leader": "请选择下访领导"}
    outreach = record_outreach(
        db,
        office,
        OutreachInput(D(2026, 11, 12), "城东区实验小学", leader.id, "接待家长1人，当场登记"),
        D(2026, 11, 20),
    )
    link_case(db, office, outreach, case.number)
    with pytest.raises(ValidationFailed):
        link_case(db, office, outreach, "来访〔2026〕9999号")
    [view] = list_outreach(db)
    assert (view.leader, view.place, [n for _i, n, _p in view.cases]) == (
        "李局长",
        "城东区实验小学",
        [case.number],
    )
    with db.read() as session:
        summaries = list(session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "outreach")))
    assert summaries == [
        "登记下访：李局长，2026-11-12，城东区实验小学",
        "关联下访：李局长2026-11-12在城东区实验小学",
    ]

    months, [row] = leader_months(db, quarter_period(2026, 4), D(2026, 11, 20))
    assert months == Q4
    assert row.leader == "李局长" and row.receptions == (3, 3, None) and row.outreach == 1
    report = build_report(db, quarter_period(2026, 4), today=D(2026, 11, 20))
    table = leader_table(report)
    assert table.title == "领导接访情况" and "每月参加一次定点接访" in table.note
    assert [c.value for c in table.rows[0]] == ["李局长", 3, 3, "—", 6, 1, "—"]


def test_the_office_records_an_outreach_and_links_a_case_on_screen(qtbot, db, people) -> None:
    office, leader, clerk = people["office"], people["leader"], people["clerk"]
    case = register_case(db, clerk, make_registration())
    dialog = OutreachDialog(db, office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.day.setDate(to_qdate(D(2026, 11, 18)))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("leader") == "请选择下访领导"
    choose(dialog.ui.leader, leader.display_name)
    type_text(dialog.ui.place, "市第一中学")
    type_text(dialog.ui.summary, "到市第一中学下访，接待家长反映收费问题。")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.table.rowCount() == 1
    assert dialog.ui.table.item(0, 2).text() == "市第一中学"
    type_text(dialog.ui.number, case.number)
    qtbot.mouseClick(dialog.ui.linkButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.table.item(0, 3).text() == "1件"
    texts = [dialog.ui.cases.item(i).text() for i in range(dialog.ui.cases.count())]
    assert any(t.startswith(case.number) for t in texts)
    with qtbot.waitSignal(dialog.open_case) as opened:
        item = dialog.ui.cases.item(dialog.ui.cases.count() - 1)
        dialog.ui.cases.itemActivated.emit(item)
    assert opened.args == [case.id]
