"""Readable case numbers: 来访〔2026〕0042号.

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
