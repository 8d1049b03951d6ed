"""越级访: a visitor who skipped the level responsible for the matter.

A leader's 批示 of route 2 (转交办理) says the matter belongs to a school or
county bureau below the bureau and the petitioner went past it: the case is
marked 越级 and counted so in the statistics, unless the office has cleared
the mark with a reason (the petitioner had been to the unit first, say).
"""

from __future__ import annotations

from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Route

CLEAR_REASON_MIN = 4
CLEAR_REASON_MAX = 500


def marks_skipped_level(route: Route, cleared: bool) -> bool:
    """Whether a 批示 of ``route`` marks the case 越级 (not when the office cleared the mark)."""
    return route is Route.TRANSFER and not cleared


def clear_reason_problem(reason: str) -> str | None:
    """Why ``reason`` does not do as the reason the 越级 mark is cleared; None when it does."""
    reason = reason.strip()
    if len(reason) < CLEAR_REASON_MIN:
        return f"请写明不属越级访的理由（至少{CLEAR_REASON_MIN}个字），将记入操作日志"
    return validate_text(reason, limit=CLEAR_REASON_MAX, label="理由")
