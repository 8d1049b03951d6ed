"""Figures of the bureau's own rules in the monthly and quarterly report: 越级 from route 2, 12345 续报率.

Kept beside ``figures.KeyFigures`` (which takes them in as a base) so the
report's main module stays readable; each figure is a part of
``definitions.PARTS`` and drills down to its cases like every other.
"""

from __future__ import annotations

from dataclasses import dataclass

from receptionapp.domain.hotline import EXTENSION_RATE_CAP
from receptionapp.reports.numbers import rate

# The parts of ``definitions.PARTS`` counted into these figures.
RULE_FIGURES = ("skipped_transfer", "skipped_cleared", "hotline", "hotline_extended")


@dataclass(frozen=True, kw_only=True)
class RuleFigures:
    skipped_transfer: int = 0  # 越级访 found by a 批示 of route 2 (转交办理)
    skipped_cleared: int = 0  # 越级 marks the office cleared with a reason
    hotline: int = 0  # 12345 工单 received
    hotline_extended: int = 0  # … whose answer was extended (续报)

    @property
    def hotline_extension_rate(self) -> float | None:
        """续报率: the share of the period's 工单 extended (the bureau keeps the year's at or under 2 %)."""
        return rate(self.hotline_extended, self.hotline)

    @property
    def hotline_over_cap(self) -> bool:
        extension_rate = self.hotline_extension_rate
        return extension_rate is not None and extension_rate > EXTENSION_RATE_CAP
