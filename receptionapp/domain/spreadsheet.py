"""Text that a spreadsheet would not take as text, and how the app's exports keep it text.

Excel, WPS and LibreOffice read a cell that begins with ``=``, ``+``, ``-``
or ``@`` as a formula: a petitioner's ``=HYPERLINK("http://…","点此查看")``
in a ledger would become a live link, and other formulas can run commands
or send the sheet's contents away (OWASP, "CSV Injection"). OWASP adds a
leading tab and carriage return to the list (a program may trim them
before it looks); the full-width ＝＋－＠ that a Chinese input method types
are treated the same, since no one can promise what every version of Excel
and WPS makes of them.

What the app does with such a text, wherever it writes one (the ledger and
the report as .xlsx, the audit log as .csv):

- In an .xlsx workbook the cell is written as a string (never as a formula)
  and carries Excel's ``quotePrefix`` style, the same as a person typing
  ``'=…``: Excel and WPS show the text exactly as typed, and it stays text
  when the cell is edited. Nothing is added to the text (``reports.cells``).
- In a .csv file there is no way to say "text", so the field gets a single
  quote in front (``'=HYPERLINK(…)``), as OWASP advises. Excel shows that
  quote; the text after it is the record as stored.

Numbers and dates the app itself writes are not texts and stay numbers.
An .xlsx cell also cannot hold most control characters (XML forbids them)
nor half a UTF-16 pair: ``sheet_text`` shows each as U+FFFD rather than
refuse the whole export; the database keeps the original.
"""

from __future__ import annotations

import re

FORMULA_LEADS = frozenset("=+-@\t\r＝＋－＠")
# Texts Excel reads as an error value rather than as text.
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
CSV_QUOTE = "'"
# What XML 1.0 cannot carry (an .xlsx is XML), and lone surrogates (not UTF-8 at all).
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula (or an error value) instead of as text."""
    return bool(text) and (text[0] in FORMULA_LEADS or text in ERROR_VALUES)


def csv_text(text: str) -> str:
    """A text field for a CSV file that Excel and WPS open as text."""
    return CSV_QUOTE + text if looks_like_formula(text) else text


def writable(text: str) -> bool:
    """Whether an .xlsx cell can hold ``text`` as it is."""
    return _UNWRITABLE.search(text) is None


def sheet_text(text: str) -> str:
    """``text`` as an .xlsx cell can hold it: each character XML forbids shown as U+FFFD."""
    return text if writable(text) else _UNWRITABLE.sub(REPLACEMENT, text)
