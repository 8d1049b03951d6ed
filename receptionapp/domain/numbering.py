"""Readable case and form numbers: 来访〔2026〕0042号, 交办〔2026〕0001号.

The sequence restarts every year and runs per channel, so the number shows
both the channel and the year. Uniqueness under concurrent saves is the
database's job (a counter row updated inside the saving transaction and a
unique index on the number); this module only formats and parses.
"""

from __future__ import annotations

import re

from receptionapp.domain.channels import Channel

_PATTERN = re.compile(r"^(?P<word>\S{2})〔(?P<year>\d{4})〕(?P<seq>\d{4,})号$")


def format_case_number(channel: Channel, year: int, seq: int) -> str:
    return f"{channel.number_word}〔{year}〕{seq:04d}号"


# The papers with a yearly number of their own (counted in ``case_counters`` under ``form:<kind>``).
FORM_WORDS = {"assignment": "交办", "supervision": "督办", "archive": "信档"}


def form_counter_key(kind: str) -> str:
    """The ``case_counters`` key of a form's yearly sequence, beside the channels' keys."""
    return f"form:{kind}"


def format_form_number(kind: str, year: int, seq: int) -> str:
    """交办〔2026〕0001号 for the first 交办单 of 2026; ``kind`` is a key of FORM_WORDS."""
    return f"{FORM_WORDS[kind]}〔{year}〕{seq:04d}号"


def parse_case_number(text: str) -> tuple[Channel, int, int] | None:
    """Inverse of ``format_case_number``; also accepts [] or () for 〔〕."""
    value = text.strip().replace("[", "〔").replace("]", "〕")
    value = value.replace("(", "〔").replace(")", "〕").replace("（", "〔").replace("）", "〕")
    match = _PATTERN.match(value)
    if not match:
        return None
    for channel in Channel:
        if channel.number_word == match["word"]:
            return channel, int(match["year"]), int(match["seq"])
    return None
