"""The Excel report and the ledger read back with openpyxl; the report and ledger commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from receptionapp.cli import main
from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, Person, Petitioner
from receptionapp.domain.periods import quarter_period, year_period
from receptionapp.paths import DataPaths
from receptionapp.reports.definitions import DEFINITIONS
from receptionapp.reports.export import ExportError, export_ledger, export_report
from receptionapp.reports.ledger import COLUMNS
from receptionapp.reports.statistics import Report
from receptionapp.services.context import Actor, PermissionDenied
from tests.reports import report_data


def test_excel_report_reads_back_as_numbers(
    report_db: Database, reports: dict[str, Report], tmp_path: Path
) -> None:
    report = reports["2026"]
    out = export_report(report_db, year_period(2026), tmp_path / "年报.xlsx", today=report_data.TODAY)
    book = load_workbook(out)
    assert book.sheetnames == [
        "主要指标", "按信访形式统计", "按信访类型统计", "按来源统计", "按区县统计", "按问题类别统计",
        "办结事项的处理结果", "办结事项的满意度", "月度趋势", "承办单位按期情况", "重点信访人", "领导接访情况", "说明",
    ]  # fmt: skip
    summary = book["主要指标"]
    assert summary["A1"].value == "示例市教育局信访工作统计（2026年） — 主要指标"
    assert summary.freeze_panes == "A3"
    assert [c.value for c in summary[2]][:3] == ["指标", "2026年", "上年同期（2025年）"]
    rows = {r[0].value: r for r in summary.iter_rows(min_row=3)}
    assert rows["收到"][1].value == report.figures.received and isinstance(rows["收到"][1].value, int)
    assert rows["收到"][2].value == report.previous.received
    assert rows["办结率"][1].number_format == "0.0%"
    assert rows["办结率"][1].value == pytest.approx(report.figures.closing_rate / 100)

    category = book["按问题类别统计"]
    body = list(category.iter_rows(min_row=3, values_only=True))
    parts, total = body[:-1], body[-1]
    assert total[0] == "合计" and total[1] == report.figures.received == sum(r[1] for r in parts)
    assert sum(r[2] for r in parts) == pytest.approx(1.0, abs=0.001)
    assert category.cell(row=3, column=3).number_format == "0.0%"
    assert category.column_dimensions["A"].width >= 10
    assert category["A" + str(category.max_row)].font.bold

    notes = [c.value for c in book["说明"]["A"] if c.value]
    assert "统计期间：2026年（2026年1月1日至2026年12月31日）。" in notes
    for item in DEFINITIONS:
        assert any(str(line).startswith(item.term + "：") for line in notes), item.term


def test_ledger_has_one_row_per_received_case(
    report_db: Database, report_admin: Actor, reports: dict[str, Report], tmp_path: Path
) -> None:
    period = quarter_period(2026, 3)
    out = tmp_path / "台账.xlsx"
    count = export_ledger(report_db, report_admin, period, out)
    assert count == reports["2026Q3"].figures.received
    sheet = load_workbook(out)["台账"]
    assert sheet.freeze_panes == "C3"
    header = [c.value for c in sheet[2]]
    assert header == [name for name, _ in COLUMNS]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) == count
    col = {name: i for i, name in enumerate(header)}
    received = [r[col["收到日期"]] for r in rows]
    assert all(isinstance(d, dt.datetime) and period.contains(d.date()) for d in received)
    assert received == sorted(received)
    with report_db.read() as session:
        _number, id_number = session.execute(
            select(Case.number, Person.id_number)
            .join(Petitioner, Petitioner.case_id == Case.id)
            .join(Person, Person.id == Petitioner.person_id)
            .where(Case.number == rows[0][col["编号"]])
        ).first()
        logged = session.scalar(
            select(AuditEntry.summary).where(AuditEntry.entity == "ledger").order_by(AuditEntry.id.desc())
        )
    assert id_number in rows[0][col["身份证号"]]
    assert logged == f"导出信访事项台账：2026年第三季度，{count}件"
    closed = [r for r in rows if r[col["状态"]] in ("已办结", "已归档")]
    assert closed and all(r[col["办结日期"]] is not None for r in closed)
    assert {r[col["是否按期"]] for r in closed} <= {"按期", "超期", None}


def test_ledger_needs_the_office(report_db: Database, tmp_path: Path) -> None:
    from receptionapp.domain.roles import Role

    clerk = Actor(999, "clerk", "陈接待", Role.CLERK)
    with pytest.raises(PermissionDenied, match="无权导出信访事项台账"):
        export_ledger(report_db, clerk, "2026Q3", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_bad_output_and_period_are_clear_errors(report_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"输出文件应以\.xlsx或\.pdf结尾"):
        export_report(report_db, "2026Q3", tmp_path / "a.docx")
    with pytest.raises(ExportError, match="无法识别统计期间"):
        export_report(report_db, "2026Q9", tmp_path / "a.xlsx")
    with pytest.raises(ExportError, match="文件夹不存在"):
        export_report(report_db, "2026", tmp_path / "nowhere" / "a.xlsx")


def test_report_and_ledger_commands(
    report_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q3.xlsx"
    assert (
        main(["--data-dir", str(report_paths.root), "report", "--period", "2026Q3", "--out", str(out)]) == 0
    )
    assert "已导出统计报表" in capsys.readouterr().out
    assert load_workbook(out)["主要指标"]["B2"].value == "2026年第三季度"
    for period in ("2026-09", "2026", "2026-01-01..2026-03-31"):
        target = tmp_path / f"r{len(period)}.xlsx"
        assert (
            main(["report", "--period", period, "--out", str(target), "--data-dir", str(report_paths.root)])
            == 0
        )
        assert target.is_file()
    ledger = tmp_path / "ledger.xlsx"
    assert (
        main(["--data-dir", str(report_paths.root), "ledger", "--period", "2026-09", "--out", str(ledger)])
        == 0
    )
    assert "已导出信访事项台账" in capsys.readouterr().out
    assert (
        main(["--data-dir", str(report_paths.root), "report", "--period", "上个月", "--out", str(out)]) == 2
    )
    assert "错误：无法识别统计期间“上个月”" in capsys.readouterr().err


def test_pdf_report_in_the_document_style(
    report_db: Database, reports: dict[str, Report], tmp_path: Path
) -> None:
    from PySide6.QtPdf import QPdfDocument

    from receptionapp.reports.export import save_report
    from receptionapp.reports.summary import summary_paragraphs

    report = reports["2026"]
    out = save_report(report, tmp_path / "年报.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # the TrueType font is embedded
    assert b"Helvetica" not in data  # no unembedded standard font sneaks in
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 3
    first = document.getAllText(0).text().replace("\n", "")
    assert "示例市教育局信访工作统计报告" in first
    assert f"共收到信访事项{report.figures.received}件" in first
    assert summary_paragraphs(report)[0][:20] in first
    last = document.getAllText(document.pageCount() - 1).text()
    assert "2026年11月24日" in last and f"— {document.pageCount()} —" in last
    everything = "".join(document.getAllText(i).text() for i in range(document.pageCount()))
    assert "重点信访人" in everything and "月度趋势" in everything
    assert "按期办结：" in everything.replace("\n", "")
    document.close()


def test_pdf_of_an_empty_period(report_db: Database, tmp_path: Path) -> None:
    out = export_report(report_db, "2010Q1", tmp_path / "空.pdf", today=report_data.TODAY)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_character_no_font_has_is_a_message_not_a_blank(reports: dict[str, Report], tmp_path: Path) -> None:
    import dataclasses

    from receptionapp.reports.export import save_report

    odd = dataclasses.replace(reports["2026Q3"], bureau="示例\U000f0001市教育局")
    with pytest.raises(ExportError, match="没有字形"):
        save_report(odd, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
