"""The font of the PDF report, registered once with reportlab.

Until ``receptionapp.documents.fonts`` (CJK font resolution with the PC's
仿宋 and a ToUnicode fix) is available, the report uses the bundled LXGW
WenKai (TrueType, all 8,105 通用规范汉字). ``report_font`` is the only place
that knows: switching to the documents' resolver changes this function only.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from receptionapp.resources import resource

REPORT_FONT = "ReportKai"
FONT_FILE = ("fonts", "LXGWWenKai-Regular.ttf")


@cache
def report_font() -> str:
    """Register the report's font (once) and return its reportlab name."""
    pdfmetrics.registerFont(TTFont(REPORT_FONT, str(resource(*FONT_FILE))))
    return REPORT_FONT


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the report's font cannot draw (they would print as blanks)."""
    font = pdfmetrics.getFont(report_font())
    glyphs = font.face.charToGlyph  # type: ignore[attr-defined]
    return {ch for ch in text if not ch.isspace() and ord(ch) not in glyphs}
