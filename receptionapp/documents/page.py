"""Page furniture shared by letters and forms: the canvas, runs of text, page numbers, watermark, footer.

Every canvas starts with an embedded font as its initial font (reportlab would
otherwise put an unembedded Helvetica in each page) and is invariant: the same
document gives the same bytes, so a stored hash can be recomputed. Page
numbers follow GB/T 9704: "— N —" in 4号 宋体, the dash 7 mm below the text
block, odd pages right and even pages left, one character in from the edge.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from receptionapp.documents.fonts import FontFile, FontSet, Role

# Binary (Flate only) streams: reportlab's ASCII85 step runs in pure Python, costs two thirds of
# a letter's time and makes the file a quarter larger; PDF viewers have read binary since PDF 1.2.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
PAGE_NUMBER_SIZE = 14.0  # 4号
FOOTER_SIZE = 8.0
CREATOR = "教育信访接待系统"
WATERMARK_COLOR = Color(0.75, 0.1, 0.1, alpha=0.16)
SEAL_RED = Color(0.85, 0.05, 0.05)


@dataclass(frozen=True)
class TextBlock:
    """The printed area of a page, in points from the paper's left and top edges."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


def new_canvas(
    buffer: io.BytesIO, fonts: FontSet, title: str, author: str, date: dt.date | None = None
) -> Canvas:
    canvas = Canvas(
        buffer,
        pagesize=A4,
        # A font name; types-reportlab types this parameter as a number by mistake.
        initialFontName=fonts.roles[Role.SONGTI].name,  # type: ignore[arg-type]
        initialFontSize=PAGE_NUMBER_SIZE,
        invariant=True,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    if date is not None:
        stamp = f"D:{date:%Y%m%d}000000+08'00'"
        canvas.setDateFormatter(lambda *_parts: stamp)
    return canvas


def y_from_top(top: float) -> float:
    """PDF y coordinate (from the bottom) of a distance from the top of the paper."""
    return PAGE_HEIGHT - top


def draw_runs(
    canvas: Canvas,
    x: float,
    baseline_top: float,
    runs: Sequence[tuple[FontFile, str]],
    size: float,
    char_space: float = 0.0,
) -> None:
    """Draw runs of text starting at ``x`` on the baseline ``baseline_top`` points below the top."""
    text = canvas.beginText(x, y_from_top(baseline_top))
    text.setCharSpace(char_space)
    for font, run in runs:
        text.setFont(font.name, size)
        text.textOut(run)
    canvas.drawText(text)


def runs_width(runs: Sequence[tuple[FontFile, str]], size: float, char_space: float = 0.0) -> float:
    count = sum(len(run) for _font, run in runs)
    width = sum(font.width(ord(c)) * size / 1000 for font, run in runs for c in run)
    return width + max(count - 1, 0) * char_space


def draw_page_number(canvas: Canvas, fonts: FontSet, number: int, block: TextBlock) -> None:
    """'— N —' below the text block: odd pages right, even pages left, one character in."""
    label = f"— {number} —"
    runs = fonts.runs(label, Role.SONGTI)
    width = runs_width(runs, PAGE_NUMBER_SIZE)
    if number % 2:
        x = block.right - PAGE_NUMBER_SIZE - width
    else:
        x = block.left + PAGE_NUMBER_SIZE
    # the dash's stroke sits about a third of the size above the baseline
    baseline = block.bottom + 7 * mm + 0.34 * PAGE_NUMBER_SIZE
    draw_runs(canvas, x, baseline, runs, PAGE_NUMBER_SIZE)


def draw_footer_note(canvas: Canvas, fonts: FontSet, text: str, number: int, block: TextBlock) -> None:
    """A small grey note (the verification code) on the side opposite the page number."""
    runs = fonts.runs(text, Role.SONGTI)
    width = runs_width(runs, FOOTER_SIZE)
    x = block.left + PAGE_NUMBER_SIZE if number % 2 else block.right - PAGE_NUMBER_SIZE - width
    canvas.saveState()
    canvas.setFillGray(0.35)
    draw_runs(canvas, x, block.bottom + 7 * mm + 0.34 * PAGE_NUMBER_SIZE, runs, FOOTER_SIZE)
    canvas.restoreState()


def draw_draft_watermark(canvas: Canvas, fonts: FontSet) -> None:
    """A large diagonal 草稿 across the page, translucent so the text stays readable."""
    runs = fonts.runs("草稿", Role.HEITI)
    size = 150.0
    canvas.saveState()
    canvas.setFillColor(WATERMARK_COLOR)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    width = runs_width(runs, size, char_space=size * 0.3)
    text = canvas.beginText(-width / 2, -size * 0.35)
    text.setCharSpace(size * 0.3)
    for font, run in runs:
        text.setFont(font.name, size)
        text.textOut(run)
    canvas.drawText(text)
    canvas.restoreState()
