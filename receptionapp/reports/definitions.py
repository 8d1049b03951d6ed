"""What every number of a report counts — the words and the SQL, side by side, in one place.

Each measure (收到, 办结, 按期, 重复访 ...) is a condition on ``Case`` for a
period, written once here; the statistics count with it, the drill-down lists
the cases behind a number with the very same condition, and ``notes`` prints
the definitions into the notes of every report (screen, Excel, PDF). A
report is counted as of the last day of its period, so the same period gives
the same figures whenever it is printed. "On time" is never recomputed: it
is the flag ``services.workflow.closing.complete`` stored on the 办结单 using
``domain.completion.closing_deadline``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, FromClause, and_, exists, or_, outerjoin, select

from receptionapp.db.models import Case
from receptionapp.db.models_aftercare import FollowUp, MajorReport
from receptionapp.db.models_workflow import Completion, Extension, Obligation, Supervision
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.channels import Channel
from receptionapp.domain.periods import Period, chinese_date
from receptionapp.domain.workflow import Route
from receptionapp.services.cases.listing import CLOSED_STATUSES
from receptionapp.services.workflow.hotline import ANSWER_KINDS

# CLOSED_STATUSES is the register's "已办结" filter: the reports count the same cases as closed.
NOT_CLOSED_STATUSES = tuple(s.value for s in CaseStatus if s.value not in CLOSED_STATUSES)
DIRECT_SOURCE = "群众直接反映"


@dataclass(frozen=True)
class Window:
    """The period as datetimes: received in [start, end), counted as of ``cutoff`` (exclusive)."""

    start: dt.datetime
    end: dt.datetime
    cutoff: dt.datetime

    @classmethod
    def of(cls, period: Period) -> Window:
        start = dt.datetime.combine(period.start, dt.time())
        end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
        return cls(start, end, end)

    @property
    def last_day(self) -> dt.date:
        return (self.cutoff - dt.timedelta(days=1)).date()


# ---------------------------------------------------------------- the conditions


def case_source() -> FromClause:
    """What every count and drill-down selects from: cases with their 办结单, if any.

    ``completions.case_id`` is unique, so the outer join never repeats a case.
    """
    return outerjoin(Case, Completion, Completion.case_id == Case.id)


def received(w: Window) -> ColumnElement[bool]:
    """收到: received in the period, not voided."""
    return and_(Case.status != CaseStatus.VOIDED.value, Case.received_at >= w.start, Case.received_at < w.end)


# Each measure below is ``received(w)`` and a part; the counts put ``received`` in
# the WHERE clause and sum the parts, the drill-down uses the whole condition.


def closed_part(w: Window) -> ColumnElement[bool]:
    """办结: closed (or archived) by the period's last day."""
    return and_(Case.status.in_(CLOSED_STATUSES), Case.closed_at.is_not(None), Case.closed_at < w.cutoff)


def open_part(w: Window) -> ColumnElement[bool]:
    """未办结: not closed by the period's last day (closed + open = received)."""
    return or_(Case.status.not_in(CLOSED_STATUSES), Case.closed_at.is_(None), Case.closed_at >= w.cutoff)


def on_time_part(w: Window) -> ColumnElement[bool]:
    return and_(closed_part(w), Completion.on_time.is_(True))


def late_part(w: Window) -> ColumnElement[bool]:
    return and_(closed_part(w), Completion.on_time.is_(False))


def no_completion_part(w: Window) -> ColumnElement[bool]:
    """Closed without a 办结单 (closed before the 办结单 existed): on time unknown."""
    return and_(closed_part(w), Completion.id.is_(None))


def satisfaction_part(w: Window, value: str) -> ColumnElement[bool]:
    """Closed with this satisfaction; "unknown" also takes closings without a 办结单."""
    if value == "unknown":
        return and_(closed_part(w), or_(Completion.id.is_(None), Completion.satisfaction == "unknown"))
    return and_(closed_part(w), Completion.satisfaction == value)


def decision_part(w: Window, value: str) -> ColumnElement[bool]:
    """Closed with this decision; "" for closings without a 办结单."""
    if not value:
        return no_completion_part(w)
    return and_(closed_part(w), Completion.decision == value)


def repeat_part(w: Window) -> ColumnElement[bool]:
    return Case.is_repeat.is_(True)


def skipped_level_part(w: Window) -> ColumnElement[bool]:
    return Case.skipped_level.is_(True)


def skipped_transfer_part(w: Window) -> ColumnElement[bool]:
    """越级访 found by a 批示 of route 2 (转交办理: the matter belongs to a unit below)."""
    return and_(Case.skipped_level.is_(True), Case.route == Route.TRANSFER.value)


def skipped_cleared_part(w: Window) -> ColumnElement[bool]:
    """越级 marks the office cleared with a reason (not counted as 越级访)."""
    return Case.skipped_level_note != ""


def hotline_part(w: Window) -> ColumnElement[bool]:
    return Case.channel == Channel.HOTLINE.value


def hotline_extended_part(w: Window) -> ColumnElement[bool]:
    """A 12345 工单 whose answer was extended (续报) by the period's end."""
    answer = select(Extension.id).join(Obligation, Obligation.id == Extension.obligation_id)
    return and_(
        hotline_part(w),
        exists(
            answer.where(
                Extension.case_id == Case.id,
                Extension.approved_at < w.cutoff,
                Obligation.kind.in_(ANSWER_KINDS),
            )
        ),
    )


def collective_part(w: Window) -> ColumnElement[bool]:
    return Case.is_collective.is_(True)


def extended_part(w: Window) -> ColumnElement[bool]:
    return exists(select(Extension.id).where(Extension.case_id == Case.id, Extension.approved_at < w.cutoff))


def supervised_part(w: Window, level: str = "") -> ColumnElement[bool]:
    """督办单 counted: issued by the period's last day (about a case received in the period)."""
    conditions = [Supervision.case_id == Case.id, Supervision.issued_on <= w.last_day]
    if level:
        conditions.append(Supervision.level == level)
    return exists(select(Supervision.id).where(*conditions))


def follow_up_part(w: Window, value: str = "") -> ColumnElement[bool]:
    """回访: closed, and a 回访 call reached the petitioner by the period's last day (with this satisfaction)."""
    conditions = [FollowUp.case_id == Case.id, FollowUp.reached.is_(True), FollowUp.called_on <= w.last_day]
    if value:
        conditions.append(FollowUp.satisfaction == value)
    return and_(closed_part(w), exists(select(FollowUp.id).where(*conditions)))


def followed_up_part(w: Window) -> ColumnElement[bool]:
    return follow_up_part(w)


def major_part(w: Window) -> ColumnElement[bool]:
    """重大信访事项: marked major by the period's last day."""
    return exists(
        select(MajorReport.id).where(MajorReport.case_id == Case.id, MajorReport.marked_at < w.cutoff)
    )


PARTS: dict[str, Callable[[Window], ColumnElement[bool]]] = {
    "closed": closed_part,
    "open": open_part,
    "on_time": on_time_part,
    "late": late_part,
    "no_completion": no_completion_part,
    "repeat": repeat_part,
    "skipped_level": skipped_level_part,
    "skipped_transfer": skipped_transfer_part,
    "skipped_cleared": skipped_cleared_part,
    "hotline": hotline_part,
    "hotline_extended": hotline_extended_part,
    "collective": collective_part,
    "extended": extended_part,
    "followed_up": followed_up_part,
    "major": major_part,
}
ARGUMENT_PARTS: dict[str, Callable[[Window, str], ColumnElement[bool]]] = {
    "satisfaction": satisfaction_part,
    "decision": decision_part,
    "supervised": supervised_part,
    "follow_up": follow_up_part,
}


def measure(name: str, w: Window, value: str = "") -> ColumnElement[bool]:
    """The whole condition of a measure: received in the period and its part."""
    if name == "received":
        return received(w)
    if name == "closed_during":
        return closed_during(w)
    if name in PARTS:
        return and_(received(w), PARTS[name](w))
    if name in ARGUMENT_PARTS:
        return and_(received(w), ARGUMENT_PARTS[name](w, value))
    raise ValueError(f"unknown measure {name!r}")


def closed_during(w: Window) -> ColumnElement[bool]:
    """办结 in the period, whenever received (the trend's second line).

    Written as "not any other status" so that SQLite walks the (closed_at, status)
    index instead of the far less selective status index.
    """
    return and_(Case.closed_at >= w.start, Case.closed_at < w.end, Case.status.not_in(NOT_CLOSED_STATUSES))


# ---------------------------------------------------------------- the words


@dataclass(frozen=True)
class Definition:
    term: str
    text: str


DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "收到",
        "收到日期在统计期间内登记的信访事项，已作废的不计。每件事项计一件（集体访计一件，另列人数）。",
    ),
    Definition(
        "办结",
        "本期收到的事项中，截至统计期末已办结或已归档的（以办结单的办结日期为准）；期末以后办结的仍计为未办结。",
    ),
    Definition("办结率", "办结件数 ÷ 收到件数。"),
    Definition("未办结", "本期收到的事项中截至统计期末尚未办结的，未办结 = 收到 − 办结。"),
    Definition(
        "按期办结",
        "办结时在办结单上一次认定，以后不再改变：办结日期不晚于办结期限的为按期。办结期限为："
        "12345热线单以热线答复期限为准；予以受理的复查申请以复查意见期限为准，其他予以受理的以办理期限（含批准的延期）为准；"
        "转交办理、督促办理、复核终结的以承办单位最晚的回复期限为准；其余以受理告知期限为准。",
    ),
    Definition(
        "按期率",
        "按期办结件数 ÷ 有办结单的办结件数。没有办结单的办结事项（系统启用前办结的）列为“未记录”，不计入分母。",
    ),
    Definition(
        "满意率",
        "办结单记录的信访人评价中，（满意 + 基本满意）÷ 已评价件数；未评价和无办结单的不计入分母。",
    ),
    Definition(
        "回访",
        "本期收到并已办结的事项中，截至统计期末经电话等方式回访、联系上信访人的件数；未联系上的回访不计。",
    ),
    Definition("回访率", "回访（联系上）件数 ÷ 办结件数。"),
    Definition(
        "回访满意率",
        "回访时信访人的评价中，（满意 + 基本满意）÷ 回访（联系上）件数；与办结单记录的满意率分别统计。",
    ),
    Definition(
        "重大信访事项", "本期收到的事项中，截至统计期末标记为重大信访事项、报送重大信访信息快报的件数。"
    ),
    Definition("重复访", "登记时，信访人此前已有未作废的信访事项。"),
    Definition("越级访", "登记时标明越过有权处理的下级单位、直接向本局反映的事项。"),
    Definition("集体访", "来访人数5人以上的来访（含领导接访）；人数为这些事项登记的来访人数之和。"),
    Definition("延期", "本期收到的事项中，截至统计期末经领导批准延长期限的件数。"),
    Definition(
        "督办单",
        "截至统计期末，就本期收到的事项发出的督办单份数，按催办、督办、通报分列；一件事项可有多份。",
    ),
    Definition(
        "来源",
        "上级转办、12345热线等登记了转办机关的，按转办机关统计；没有转办机关的，计为“群众直接反映”。",
    ),
    Definition("占比", "各项件数占合计的百分比，按最大余数法保留一位小数，各项之和为100%。"),
    Definition("上年同期", "上一年的同一期间，按相同口径、以上年同期期末为截止日统计。"),
    Definition(
        "月度趋势",
        "每月收到的件数（口径同“收到”），以及当月办结的件数（办结日期在当月的，不论何时收到）。",
    ),
    Definition(
        "承办单位按期情况",
        "回复期限在统计期间内的各承办单位的期限：已完成的、其中按期完成的、超期完成的，以及截至制表日仍未完成且已超期的。",
    ),
    Definition("重点信访人", "在重点信访人名单中、尚在跟踪的信访人，及其包案领导、工作状态和本期事项数。"),
)


def definition(term: str) -> str:
    for item in DEFINITIONS:
        if item.term == term:
            return item.text
    raise KeyError(term)


def notes(period: Period, made_on: dt.date | None = None) -> list[str]:
    """The notes every report prints: the period, its cutoff and each definition."""
    lines = [
        f"统计期间：{period.label}（{period.range_text}）。",
        f"统计截止日：{chinese_date(period.end)}（统计期末）。",
    ]
    if made_on is not None:
        lines.append(f"制表日期：{chinese_date(made_on)}。")
    lines += [f"{item.term}：{item.text}" for item in DEFINITIONS]
    return lines
