"""The key figures of a period and the ``Drill`` that names the cases behind each number.

Plain dataclasses, filled by ``reports.statistics``: counts, and the rates
computed from them (办结率, 按期率, 满意率, 回访率 ...) the same way for every
report, screen, workbook and PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from receptionapp.domain.periods import Period
from receptionapp.reports.numbers import rate
from receptionapp.reports.rule_figures import RuleFigures


@dataclass(frozen=True)
class Drill:
    """Which cases stand behind a number: a measure of ``definitions``, maybe within one group."""

    period: Period
    measure: str
    dimension: str = ""  # "", "channel", "source", "region", "category"
    value: str = ""  # the group, or the measure's argument (a satisfaction, a level ...)
    title: str = ""


@dataclass(frozen=True)
class KeyFigures(RuleFigures):
    period: Period
    received: int
    closed: int
    on_time: int
    late: int
    no_completion: int
    repeat: int
    skipped_level: int
    collective: int
    collective_people: int
    extended: int
    supervisions: dict[str, int]  # forms per level
    satisfaction: dict[str, int]  # closings per satisfaction value
    decisions: dict[str, int]  # closings per decision value, "" without a 办结单
    followed_up: int = 0  # closings whose 回访 reached the petitioner
    follow_up: dict[str, int] = field(default_factory=dict)  # those per CallSatisfaction value
    major: int = 0  # marked major (重大信访信息快报)

    @property
    def still_open(self) -> int:
        return self.received - self.closed

    @property
    def closing_rate(self) -> float | None:
        return rate(self.closed, self.received)

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.on_time + self.late)

    @property
    def satisfaction_rate(self) -> float | None:
        s = self.satisfaction
        good = s.get("satisfied", 0) + s.get("basic", 0)
        return rate(good, good + s.get("unsatisfied", 0))

    @property
    def follow_up_rate(self) -> float | None:
        """回访率: closings whose 回访 reached the petitioner, of all closings."""
        return rate(self.followed_up, self.closed)

    @property
    def follow_up_satisfaction_rate(self) -> float | None:
        """回访满意率: (满意 + 基本满意) of the 回访 that reached the petitioner."""
        good = self.follow_up.get("satisfied", 0) + self.follow_up.get("basic", 0)
        return rate(good, self.followed_up)

    @property
    def supervision_total(self) -> int:
        return sum(self.supervisions.values())

    def drill(self, measure: str, value: str = "", title: str = "") -> Drill:
        return Drill(self.period, measure, value=value, title=title)
