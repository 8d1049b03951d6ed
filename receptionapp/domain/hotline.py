"""12345 工单: the hotline centre's own time limit, and the yearly 续报率 (seed 004, 第十一条).

A 12345 交办（反馈）单 is answered within 5 working days; when the matter is
urgent the 12345 受理中心 names its own limit on the form (情况紧急的，按受理中心
明确的时限反馈), and that date replaces the rule's count: it is the date the
centre wrote, whatever the calendar says. A 工单 whose answer is extended is
"续报"; the bureau's yearly 续报率 (share of the year's 工单 extended) must
stay at or under 2 %: an extension that would take the year over needs a
leader's own approval.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# 本局全年续报率不得超过2% (seed 004, 第十一条), in percent.
EXTENSION_RATE_CAP = 2.0
# A centre's limit further off than this is a typing error, not an urgent 工单.
LIMIT_MAX_DAYS = 90


def limit_problem(limit: dt.date | None, received: dt.datetime | None) -> str | None:
    """Why the centre's limit cannot be right (None: none given, or fine)."""
    if limit is None or received is None:
        return None
    if limit < received.date():
        return "受理中心时限不能早于收到工单的日期"
    if (limit - received.date()).days > LIMIT_MAX_DAYS:
        return f"受理中心时限距收到工单超过{LIMIT_MAX_DAYS}天，请核对"
    return None


def capped(due: dt.date, limit: dt.date | None) -> dt.date | None:
    """The date a division's answer to a 工单 is due by instead of ``due``: the centre's limit when earlier."""
    return limit if limit is not None and limit < due else None


@dataclass(frozen=True)
class ExtensionRate:
    """续报率 of one year: of the 工单 received that year, how many had their answer extended."""

    year: int
    forms: int
    extended: int
    cap: float = EXTENSION_RATE_CAP

    @property
    def rate(self) -> float | None:
        return round(100 * self.extended / self.forms, 1) if self.forms else None

    def after(self, already_extended: bool = False) -> float:
        """The rate once one more 工单 is extended (the same, when this one already was)."""
        more = 0 if already_extended else 1
        return round(100 * (self.extended + more) / max(self.forms, 1), 1)

    def needs_leader(self, already_extended: bool = False) -> bool:
        """Whether this extension takes the year over the cap: a leader must approve it himself."""
        return self.after(already_extended) > self.cap

    def text(self, already_extended: bool = False) -> str:
        """The sentence shown where an extension is asked for."""
        now = "—" if self.rate is None else f"{self.rate:.1f}%"
        sentence = (
            f"{self.year}年12345工单{self.forms}件，已续报{self.extended}件，续报率{now}"
            f"（不得超过{self.cap:g}%）；本次续报后为{self.after(already_extended):.1f}%"
        )
        if self.needs_leader(already_extended):
            sentence += f"，超过{self.cap:g}%，须由领导本人批准"
        return sentence
