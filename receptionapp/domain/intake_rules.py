"""The first deadline a new case gets: the written notice of acceptance (受理告知).

条例 art. 23 gives 15 days; the bureau's local rule for letters is 15 working
days (seed 004); a 12345 hotline form is answered within 5 working days.
Configurable rules per bureau arrive with the deadline rules table.
"""

from __future__ import annotations

from dataclasses import dataclass

from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Unit


@dataclass(frozen=True)
class IntakeRule:
    name: str
    length: int
    unit: Unit


def intake_rule(channel: Channel) -> IntakeRule:
    if channel is Channel.HOTLINE:
        return IntakeRule("12345热线答复", 5, Unit.WORKING_DAYS)
    return IntakeRule("受理告知", 15, Unit.WORKING_DAYS)
