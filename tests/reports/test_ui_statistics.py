"""The statistics screen driven as a person would: pick a period, read a number, click it, open a case."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from receptionapp.db.database import Database
from receptionapp.domain.periods import PeriodKind, quarter_period, year_period
from receptionapp.reports.statistics import Report
from receptionapp.services.context import Actor
from receptionapp.ui.tasks import wait_idle
from receptionapp.ui.theme import apply_theme
from receptionapp.ui.widgets.statistics_page import StatisticsPage
from tests.reports import report_data

SHOTS = os.environ.get("RECEPTIONAPP_SCREENSHOTS")


def click(qtbot, view, row: int, column: int, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    index = view.model().index(row, column)
    view.scrollTo(index)
    center = view.visualRect(index).center()
    if double:
        # A real double-click is a press and release, then the double-click event.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_pick_a_period_and_drill_into_a_number(
    qtbot, qapp, report_db: Database, report_admin: Actor, reports: dict[str, Report], tmp_path: Path
) -> None:
    apply_theme(qapp)
    page = StatisticsPage(report_db, report_admin, today=report_data.TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    with qtbot.waitSignal(page.report_ready, timeout=30_000) as first:
        pass
    assert first.args[0].period == quarter_period(2026, 4)  # today's quarter to start with

    # The third quarter: choose it in the quarter box.
    with qtbot.waitSignal(page.report_ready, timeout=30_000) as shown:
        page.ui.part.setCurrentIndex(2)
    report = shown.args[0]
    expected = reports["2026Q3"]
    assert report.period == quarter_period(2026, 3)
    assert report.figures == expected.figures
    summary = page.views["summary"]
    assert summary.model().index(0, 0).data() == "收到"
    assert summary.model().index(0, 1).data() == str(expected.figures.received)
    assert "收到" in page.ui.status.text()

    # Click "收到": the cases behind it are listed; a double-click asks to open one.
    click(qtbot, summary, 0, 1)
    dialog = page.dialogs[-1]
    assert dialog.isVisible()
    assert dialog.model.total() == expected.figures.received
    assert f"共 {expected.figures.received} 件" in dialog.ui.heading.text()
    first_id = dialog.model.row_at(0).id
    with qtbot.waitSignal(page.open_case, timeout=5000) as opened:
        click(qtbot, dialog.ui.table, 0, 0, double=True)
    assert opened.args == [first_id]
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "statistics_drill.png"))
    dialog.close()

    # A category row drills to exactly its count.
    page.ui.tabs.setCurrentIndex(3)
    categories = page.views["category"]
    row = next(i for i, r in enumerate(expected.categories.rows) if r.count)
    click(qtbot, categories, row, 1)
    assert page.dialogs[-1].model.total() == expected.categories.rows[row].count
    page.dialogs[-1].close()
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "statistics_categories.png"))

    # A whole year, then export what is shown.
    with qtbot.waitSignal(page.report_ready, timeout=30_000) as yearly:
        page.ui.kind.setCurrentIndex(2)
        page.ui.year.setValue(2025)
    assert page.kind() is PeriodKind.YEAR
    assert yearly.args[0].period in (year_period(2025), year_period(2026))
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.period == year_period(2025), timeout=30_000
    )
    page.ui.tabs.setCurrentIndex(0)
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "statistics_summary.png"))
        page.ui.tabs.setCurrentIndex(5)
        page.grab().save(str(Path(SHOTS) / "statistics_trend.png"))
    out = tmp_path / "年报.xlsx"
    page.export_report_to(out)
    qtbot.waitUntil(lambda: "已导出统计报表" in page.ui.status.text(), timeout=30_000)
    assert load_workbook(out)["主要指标"]["B2"].value == "2025年"
    assert wait_idle()


def test_report_table_model_passes_the_model_tester(qtmodeltester, reports: dict[str, Report]) -> None:
    from receptionapp.reports.tables import report_tables
    from receptionapp.ui.models.report_table import DRILL_ROLE, ReportTableModel

    tables = report_tables(reports["2026Q3"])
    model = ReportTableModel(tables[1])
    qtmodeltester.check(model)
    total = model.rowCount() - 1
    assert model.index(total, 0).data() == "合计"
    assert model.index(total, 1).data(DRILL_ROLE).measure == "received"
    assert model.index(total, 2).data(DRILL_ROLE) is None  # a share lists no cases of its own
