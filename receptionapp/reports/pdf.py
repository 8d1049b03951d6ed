"""The report as a PDF in the bureau's document style (GB/T 9704 page, 仿宋-sized body).

A4 with the official margins (top 37 mm, left 28 mm, text block 156 ×
225 mm), the title in 2号 (22 pt) centred, the 总体情况 paragraphs in 3号
(16 pt) indented two characters, the tables in 五号 (10.5 pt) with a
repeated header row, the notes (统计口径) from ``reports.definitions``, the
bureau's name and the date at the end, and page numbers "— 1 —" in 4号.
The font comes from ``reports.pdf_fonts.report_font``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from receptionapp.domain.periods import chinese_date
from receptionapp.reports.definitions import notes
from receptionapp.reports.pdf_fonts import report_font
from receptionapp.reports.statistics import Report
from receptionapp.reports.summary import summary_paragraphs
from receptionapp.reports.tables import Table as ReportTable
from receptionapp.reports.tables import report_tables

Progress = Callable[[int, int], None]
TOP, LEFT, WIDTH, HEIGHT = 37 * mm, 28 * mm, 156 * mm, 225 * mm
CHINESE_NUMBERS = "一二三四五六七八九十"
HEADER_BG = colors.HexColor("#E8EEF6")
TOTAL_BG = colors.HexColor("#F3F3F3")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=22, leading=32, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=16, leading=28, alignment=TA_CENTER),
        "heading": ParagraphStyle(
            "heading", fontName=font, fontSize=16, leading=28, spaceBefore=6, keepWithNext=1
        ),
        "body": ParagraphStyle(
            "body", fontName=font, fontSize=16, leading=28, firstLineIndent=32, alignment=TA_JUSTIFY
        ),
        "table_title": ParagraphStyle(
            "table_title",
            fontName=font,
            fontSize=12,
            leading=18,
            spaceBefore=8,
            spaceAfter=4,
            alignment=TA_CENTER,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=10.5, leading=13.5),
        "cell_right": ParagraphStyle(
            "cell_right", fontName=font, fontSize=10.5, leading=13.5, alignment=TA_RIGHT
        ),
        "note": ParagraphStyle("note", fontName=font, fontSize=12, leading=20, firstLineIndent=24),
        "sign": ParagraphStyle("sign", fontName=font, fontSize=16, leading=28, alignment=TA_RIGHT),
    }
    for style in styles.values():
        # Chinese line breaking: no comma or full stop at the start of a line.
        style.wordWrap = "CJK"
    return styles


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(table: ReportTable, styles: dict[str, ParagraphStyle]) -> Flowable:
    header = [Paragraph(_escape(c), styles["cell"]) for c in table.columns]
    body = [
        [
            Paragraph(_escape(cell.text), styles["cell"] if cell.kind == "text" else styles["cell_right"])
            for cell in row
        ]
        for row in table.rows
    ]
    weights = table.widths or [1] * len(table.columns)
    widths = [WIDTH * w / sum(weights) for w in weights]
    data = (
        [header, *body]
        if body
        else [header, [Paragraph("（本期无数据）", styles["cell"])] + [""] * (len(header) - 1)]
    )
    grid = Table(data, colWidths=widths, repeatRows=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.has_total and body:
        commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), TOTAL_BG))
    if not body:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    grid.setStyle(TableStyle(commands))
    return grid


def _page_number(font: str, canvas: Canvas, _doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(font, 14)
    canvas.drawCentredString(A4[0] / 2, 297 * mm - TOP - HEIGHT - 14 * mm, f"— {canvas.getPageNumber()} —")
    canvas.restoreState()


def report_story(report: Report) -> list[Flowable]:
    font = report_font()
    styles = _styles(font)
    story: list[Flowable] = [
        Paragraph(_escape(f"{report.bureau}信访工作统计报告"), styles["title"]),
        Paragraph(_escape(f"（{report.period.label}）"), styles["subtitle"]),
        Spacer(1, 12),
        Paragraph("一、总体情况", styles["heading"]),
        *(Paragraph(_escape(p), styles["body"]) for p in summary_paragraphs(report)),
    ]
    for i, table in enumerate(report_tables(report)):
        number = CHINESE_NUMBERS[i] if i < len(CHINESE_NUMBERS) else str(i + 1)
        # A short table stays whole; a long one may split, its header row repeated.
        story.append(CondPageBreak(60 * mm))
        heading = [Paragraph("二、统计表", styles["heading"])] if i == 0 else []
        title = Paragraph(_escape(f"表{number}　{table.title}"), styles["table_title"])
        grid = _table(table, styles)
        story += [KeepTogether([*heading, title, grid])] if len(table.rows) < 25 else [*heading, title, grid]
    story.append(Paragraph("三、统计口径", styles["heading"]))
    story += [Paragraph(_escape(line), styles["note"]) for line in notes(report.period, report.made_on)]
    story += [
        Spacer(1, 28),
        Paragraph(_escape(report.bureau or " "), styles["sign"]),
        Paragraph(_escape(chinese_date(report.made_on)), styles["sign"]),
    ]
    return story


def write_report_pdf(report: Report, path: Path, progress: Progress | None = None) -> Path:
    """Write the report to ``path`` as PDF (written to a temporary file, then moved in place)."""
    font = report_font()
    if progress:
        progress(1, 3)
    partial_path = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(partial_path),
        pagesize=A4,
        topMargin=TOP,
        leftMargin=LEFT,
        rightMargin=A4[0] - LEFT - WIDTH,
        bottomMargin=A4[1] - TOP - HEIGHT,
        title=f"{report.bureau}信访工作统计报告（{report.period.label}）",
        author=report.bureau,
        creator="教育信访接待系统",
        # The canvas starts in our font, so no unembedded Helvetica is referenced.
        initialFontName=font,
        initialFontSize=16,
    )
    story = report_story(report)
    if progress:
        progress(2, 3)
    stamp = partial(_page_number, font)
    doc.build(story, onFirstPage=stamp, onLaterPages=stamp)
    partial_path.replace(path)
    if progress:
        progress(3, 3)
    return path
