"""The report as a PDF in the bureau's document style (GB/T 9704 page, 仿宋-sized body).

A4 with the official margins (top 37 mm, left 28 mm, text block 156 ×
225 mm), the title in 2号 (22 pt) centred, the 总体情况 paragraphs in 3号
(16 pt) indented two characters, the tables in 五号 (10.5 pt) with a
repeated header row, the notes (统计口径) from ``reports.definitions``, the
bureau's name and the date at the end, and page numbers "— 1 —" in 4号.
The fonts come from ``documents.fonts`` through ``reports.pdf_fonts``.
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
from receptionapp.reports.pdf_fonts import RENDER_LOCK, Role, font_name, markup
from receptionapp.reports.statistics import Report
from receptionapp.reports.summary import summary_paragraphs
from receptionapp.reports.tables import Table as ReportTable
from receptionapp.reports.tables import report_tables
from receptionapp.services.chosen_paths import replacing

Progress = Callable[[int, int], None]
TOP, LEFT, WIDTH, HEIGHT = 37 * mm, 28 * mm, 156 * mm, 225 * mm
CHINESE_NUMBERS = "一二三四五六七八九十"
HEADER_BG = colors.HexColor("#E8EEF6")
TOTAL_BG = colors.HexColor("#F3F3F3")


# Each paragraph style and the typeface role it is set in.
STYLE_ROLES: dict[str, Role] = {
    "title": Role.XIAOBIAOSONG,
    "subtitle": Role.KAITI,
    "heading": Role.HEITI,
    "body": Role.FANGSONG,
    "table_title": Role.HEITI,
    "cell": Role.SONGTI,
    "cell_right": Role.SONGTI,
    "note": Role.FANGSONG,
    "sign": Role.FANGSONG,
}


def _styles() -> dict[str, ParagraphStyle]:
    specs: dict[str, dict[str, object]] = {
        "title": {"fontSize": 22, "leading": 32, "alignment": TA_CENTER},
        "subtitle": {"fontSize": 16, "leading": 28, "alignment": TA_CENTER},
        "heading": {"fontSize": 16, "leading": 28, "spaceBefore": 6, "keepWithNext": 1},
        "body": {"fontSize": 16, "leading": 28, "firstLineIndent": 32, "alignment": TA_JUSTIFY},
        "table_title": {
            "fontSize": 12, "leading": 18, "spaceBefore": 8, "spaceAfter": 4, "alignment": TA_CENTER,
            "keepWithNext": 1,
        },
        "cell": {"fontSize": 10.5, "leading": 13.5},
        "cell_right": {"fontSize": 10.5, "leading": 13.5, "alignment": TA_RIGHT},
        "note": {"fontSize": 12, "leading": 20, "firstLineIndent": 24},
        "sign": {"fontSize": 16, "leading": 28, "alignment": TA_RIGHT},
    }  # fmt: skip
    # wordWrap CJK: Chinese line breaking, no comma or full stop at the start of a line.
    return {
        key: ParagraphStyle(key, fontName=font_name(STYLE_ROLES[key]), wordWrap="CJK", **spec)  # type: ignore[arg-type]
        for key, spec in specs.items()
    }


def _para(text: str, key: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(markup(text, STYLE_ROLES[key]), styles[key])


def _table(table: ReportTable, styles: dict[str, ParagraphStyle]) -> Flowable:
    header = [_para(c, "cell", styles) for c in table.columns]
    body = [
        [_para(cell.text, "cell" if cell.kind == "text" else "cell_right", styles) for cell in row]
        for row in table.rows
    ]
    weights = table.widths or [1] * len(table.columns)
    widths = [WIDTH * w / sum(weights) for w in weights]
    empty = [_para("（本期无数据）", "cell", styles)] + [""] * (len(header) - 1)
    data = [header, *body] if body else [header, empty]
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
    canvas.setFont(font, 14)  # 4号 宋体; the text is dashes and digits, which every face has
    canvas.drawCentredString(A4[0] / 2, 297 * mm - TOP - HEIGHT - 14 * mm, f"— {canvas.getPageNumber()} —")
    canvas.restoreState()


def report_story(report: Report) -> list[Flowable]:
    """The report's flowables; raises ``MissingGlyphs`` for a character no font can print."""
    styles = _styles()
    story: list[Flowable] = [
        _para(f"{report.bureau}信访工作统计报告", "title", styles),
        _para(f"（{report.period.label}）", "subtitle", styles),
        Spacer(1, 12),
        _para("一、总体情况", "heading", styles),
        *(_para(p, "body", styles) for p in summary_paragraphs(report)),
    ]
    for i, table in enumerate(report_tables(report)):
        number = CHINESE_NUMBERS[i] if i < len(CHINESE_NUMBERS) else str(i + 1)
        # A short table stays whole; a long one may split, its header row repeated.
        story.append(CondPageBreak(60 * mm))
        heading = [_para("二、统计表", "heading", styles)] if i == 0 else []
        title = _para(f"表{number}　{table.title}", "table_title", styles)
        grid = _table(table, styles)
        story += [KeepTogether([*heading, title, grid])] if len(table.rows) < 25 else [*heading, title, grid]
    story.append(_para("三、统计口径", "heading", styles))
    story += [_para(line, "note", styles) for line in notes(report.period, report.made_on)]
    story += [
        Spacer(1, 28),
        _para(report.bureau or "　", "sign", styles),
        _para(chinese_date(report.made_on), "sign", styles),
    ]
    return story


def write_report_pdf(report: Report, path: Path, progress: Progress | None = None) -> Path:
    """Write the report to ``path`` as PDF (written to a temporary file, then moved in place)."""
    if progress:
        progress(1, 3)
    # reportlab keeps per-document state in the shared fonts: one document at a time.
    with replacing(path) as partial_path, RENDER_LOCK:
        number_font = font_name(Role.SONGTI)
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
            initialFontName=font_name(Role.FANGSONG),
            initialFontSize=16,
        )
        story = report_story(report)
        if progress:
            progress(2, 3)
        stamp = partial(_page_number, number_font)
        doc.build(story, onFirstPage=stamp, onLaterPages=stamp)
    if progress:
        progress(3, 3)
    return path
