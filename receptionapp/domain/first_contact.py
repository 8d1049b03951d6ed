"""首问负责制: the first staff member who received a visitor stays responsible for that person.

Seed 004 (随机接访: 坚持人群来访首问负责制): whoever first received a
person (the registering clerk unless the office names someone else) is
recorded on the case; when the same person comes again, the new case is
routed to that 首问责任人, as long as they still work here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class EarlierContact:
    """One earlier case of the person, in registration order: its 首问责任人 (None: its clerk)."""

    first_receiver_id: int | None
    registered_by_id: int

    @property
    def receiver_id(self) -> int:
        return self.first_receiver_id or self.registered_by_id


def responsible(earlier: Iterable[EarlierContact], active: set[int]) -> int | None:
    """The 首问责任人 of a person: who received their first case, if still active; else the next one's."""
    return next((c.receiver_id for c in earlier if c.receiver_id in active), None)


def first_receiver(chosen: int | None, routed: int | None, clerk: int) -> int:
    """The new case's 首问责任人: the one chosen, else the person's own, else the registering clerk."""
    return chosen or routed or clerk
