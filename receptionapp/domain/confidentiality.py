"""Hiding a petitioner's identity: the mark shown instead, and text with the identity taken out.

A confidential case (a 检举控告, or one the office marked) shows ``MASK`` in
place of its petitioners' name, ID number, phone and address to everyone
without the right to see them; free texts (the problem, a talk, a timeline
entry) get the same details replaced wherever they occur. Who has the right
is decided in ``services.access``; this module only does the text work.
"""

from __future__ import annotations

from collections.abc import Iterable

MASK = "（保密）"
LOCK = "【保密】"
# Shorter strings would take out ordinary words: a one-character surname is not a secret on its own.
MIN_SECRET_LENGTH = 2


def secrets_of(people: Iterable[Iterable[str | None]]) -> list[str]:
    """The strings to take out of texts (names, ID numbers, phones, addresses), longest first."""
    found = {value.strip() for person in people for value in person if value and value.strip()}
    # Longest first, so an address is replaced whole before a name inside it.
    return sorted((s for s in found if len(s) >= MIN_SECRET_LENGTH), key=lambda s: (-len(s), s))


def redact(text: str, secrets: Iterable[str], mask: str = MASK) -> str:
    """``text`` with every secret replaced by ``mask``."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, mask)
    return text


def names_unit(concerned: str, unit_name: str) -> bool:
    """Whether the free text "涉及单位" of a case names ``unit_name`` (either contains the other)."""
    concerned, unit_name = concerned.strip(), unit_name.strip()
    return bool(concerned and unit_name) and (concerned in unit_name or unit_name in concerned)
