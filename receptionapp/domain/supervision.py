"""When to urge: the three levels of supervision and the thresholds that suggest them.

An obligation one working day before its deadline suggests a reminder
(催办), on the first working day after it a supervision form (督办), and
five working days late a report to the leader (通报). The thresholds are
settings the admin edits; ``suggest`` is the one place that applies them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SupervisionLevel(StrEnum):
    REMIND = "remind"  # 催办
    URGE = "urge"  # 督办
    NOTIFY = "notify"  # 通报

    @property
    def label(self) -> str:
        return {"remind": "催办", "urge": "督办", "notify": "通报"}[self.value]

    @property
    def rank(self) -> int:
        return list(SupervisionLevel).index(self)


class SupervisionReason(StrEnum):
    NEAR_DEADLINE = "near_deadline"
    OVERDUE = "overdue"
    LEADER_REQUEST = "leader_request"

    @property
    def label(self) -> str:
        return {"near_deadline": "临近期限", "overdue": "已超期", "leader_request": "领导要求"}[self.value]


@dataclass(frozen=True)
class Thresholds:
    """Working days: remind this many before the deadline, urge / notify this many after."""

    remind_before: int = 1
    urge_after: int = 1
    notify_after: int = 5

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not 0 <= self.remind_before <= 30:
            errors["remind_before"] = "催办提前天数应在0至30之间"
        if not 1 <= self.urge_after <= 30:
            errors["urge_after"] = "督办天数应在1至30之间"
        if not self.urge_after <= self.notify_after <= 90:
            errors["notify_after"] = "通报天数应不少于督办天数，且不超过90"
        return errors


def suggest(days_left: int, thresholds: Thresholds = Thresholds()) -> SupervisionLevel | None:
    """The level an obligation with ``days_left`` working days (negative: late) calls for."""
    if days_left <= -thresholds.notify_after:
        return SupervisionLevel.NOTIFY
    if days_left <= -thresholds.urge_after:
        return SupervisionLevel.URGE
    if days_left <= thresholds.remind_before:
        return SupervisionLevel.REMIND
    return None


def days_left_text(days_left: int, provisional: bool = False) -> str:
    """How a person reads the distance to a deadline, in working days."""
    mark = "（暂定）" if provisional else ""
    if days_left > 0:
        return f"剩{days_left}个工作日{mark}"
    if days_left == 0:
        return f"今日到期{mark}"
    return f"超期{-days_left}个工作日{mark}"
