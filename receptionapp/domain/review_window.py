"""The petitioner's time to ask for 复查 (or 复核) after a served reply (条例 arts. 35, 36).

The reply letter says the petitioner may ask the body one level up for 复查
within 30 days of receiving it; the rule (code ``review_request``, admin-edited,
counted from the day the reply was served) gives the last day. A 复查申请
registered after that day is late: the clerk is told beside the field and may
still register it (the office decides), and the case records it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from receptionapp.domain.deadlines import Due


@dataclass(frozen=True)
class ReviewWindow:
    """Until when a 复查 (after a 复查意见: 复核) may be asked for, from the served reply."""

    served_on: dt.date
    until: Due
    length_text: str  # "30日", as the rule counts
    what: str = "复查"  # 复核 after a 复查意见

    def late(self, received_on: dt.date) -> bool:
        return received_on > self.until.date

    def days_late(self, received_on: dt.date) -> int:
        return max(0, (received_on - self.until.date).days)

    @property
    def until_text(self) -> str:
        return f"{self.until.date:%Y-%m-%d}" + ("（暂定）" if self.until.provisional else "")

    def timely_text(self) -> str:
        """The case page's line: until when the petitioner may still ask."""
        return (
            f"信访人可于{self.until_text}前申请{self.what}"
            f"（答复意见书{self.served_on:%Y-%m-%d}送达，{self.length_text}内）"
        )

    def note(self, received_on: dt.date) -> str:
        """The note beside the registration form's field: in time, or late and by how much."""
        if self.late(received_on):
            return (
                f"已超过申请{self.what}期限（答复送达后{self.length_text}，至{self.until_text}），"
                f"逾期{self.days_late(received_on)}日；仍可登记，将记为逾期申请，由办公室决定是否受理"
            )
        return f"在申请{self.what}期限内（至{self.until_text}）"


def served_on_problem(served_on: dt.date | None, received: dt.datetime | None) -> str | None:
    """Why the reply's service date cannot be right (None: not given, or fine)."""
    if served_on is None or received is None:
        return None
    if served_on > received.date():
        return "答复送达日期不能晚于收到复查申请的日期"
    if served_on.year < 2000:
        return "答复送达日期不合理，请核对"
    return None
