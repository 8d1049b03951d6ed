"""The report's fonts, from ``receptionapp.documents.fonts``: the same faces as the bureau's letters.

Each piece of the report has its GB/T 9704 role (小标宋 title, 黑体 headings,
仿宋 body, 宋体 tables and page numbers). ``markup`` turns a text into
reportlab paragraph markup in the role's font, switching to a fallback font
for a character the role's font lacks (a rare name character), and raises
``MissingGlyphs`` rather than print a blank. Importing ``documents.fonts``
also fixes reportlab's ToUnicode map for characters outside the BMP.
"""

from __future__ import annotations

from receptionapp.documents.fonts import RENDER_LOCK, MissingGlyphs, Role, default_font_set

__all__ = ["RENDER_LOCK", "MissingGlyphs", "Role", "font_name", "markup"]


def font_name(role: Role) -> str:
    """The registered reportlab name of the role's font on this PC."""
    return default_font_set().roles[role].name


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, role: Role) -> str:
    """Paragraph markup for ``text`` in ``role``'s font, with per-character fallback fonts."""
    fonts = default_font_set()
    primary = fonts.roles[role]
    parts = []
    for font, run in fonts.runs(text, role):
        parts.append(_escape(run) if font is primary else f'<font name="{font.name}">{_escape(run)}</font>')
    return "".join(parts)
