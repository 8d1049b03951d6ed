"""The report laid out as titled tables of cells — the one layout the screen, Excel and PDF share.

``report_tables`` turns a ``Report`` into ``Table`` objects: the key figures
with the same period of last year, the shares by channel, source, region
and category, the results and satisfaction of closed cases, the monthly
trend, the units and the key petitioners. A ``Cell`` keeps the number as a
number (Excel writes it as one), knows how to show itself, and carries the
``Drill`` that lists the cases behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from receptionapp.domain.aftercare import CallSatisfaction
from receptionapp.domain.completion import Decision, Satisfaction
from receptionapp.domain.leader_receptions import RULE
from receptionapp.domain.supervision import SupervisionLevel
from receptionapp.reports.numbers import percent_text, rate, shares
from receptionapp.reports.statistics import Drill, KeyFigures, Report, ShareTable


@dataclass(frozen=True)
class Cell:
    value: int | float | str | None
    kind: str = "text"  # text, count, percent (value in percent), points (percentage points)
    drill: Drill | None = None

    @property
    def text(self) -> str:
        if self.value is None:
            return "—"
        if self.kind == "percent":
            return percent_text(float(self.value))
        if self.kind == "points":
            return f"{float(self.value):+.1f}个百分点"
        return str(self.value)

    @property
    def is_number(self) -> bool:
        return self.kind in ("count", "percent", "points") and self.value is not None


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    has_total: bool = False  # the last row is the total
    note: str = ""
    widths: list[int] = field(default_factory=list)  # relative column widths in characters


def _t(value: str) -> Cell:
    return Cell(value)


def _n(value: int, drill: Drill | None = None) -> Cell:
    return Cell(value, "count", drill)


def _p(value: float | None) -> Cell:
    return Cell(value, "percent")


def _change(now: int, before: int) -> list[Cell]:
    return [_n(now - before), _p(rate(now - before, before) if before else None)]


def _figure_rows(cur: KeyFigures, prev: KeyFigures) -> list[list[Cell]]:
    rows: list[list[Cell]] = []

    def count(label: str, now: int, before: int, measure: str, value: str = "") -> None:
        rows.append(
            [
                _t(label),
                _n(now, cur.drill(measure, value, f"{label}（{cur.period.label}）") if measure else None),
                _n(
                    before, prev.drill(measure, value, f"{label}（{prev.period.label}）") if measure else None
                ),
                *_change(now, before),
            ]
        )

    def ratio(label: str, now: float | None, before: float | None) -> None:
        diff = None if now is None or before is None else round(now - before, 1)
        rows.append([_t(label), _p(now), _p(before), Cell(diff, "points"), _p(None)])

    count("收到", cur.received, prev.received, "received")
    count("办结", cur.closed, prev.closed, "closed")
    ratio("办结率", cur.closing_rate, prev.closing_rate)
    count("未办结", cur.still_open, prev.still_open, "open")
    count("按期办结", cur.on_time, prev.on_time, "on_time")
    count("超期办结", cur.late, prev.late, "late")
    count("办结未记录是否按期", cur.no_completion, prev.no_completion, "no_completion")
    ratio("按期率", cur.on_time_rate, prev.on_time_rate)
    ratio("满意率", cur.satisfaction_rate, prev.satisfaction_rate)
    count("回访（联系上）", cur.followed_up, prev.followed_up, "followed_up")
    for level in CallSatisfaction:
        count(
            f"　其中{level.label}",
            cur.follow_up.get(level.value, 0),
            prev.follow_up.get(level.value, 0),
            "follow_up",
            level.value,
        )
    ratio("回访率", cur.follow_up_rate, prev.follow_up_rate)
    ratio("回访满意率", cur.follow_up_satisfaction_rate, prev.follow_up_satisfaction_rate)
    count("重复访", cur.repeat, prev.repeat, "repeat")
    count("越级访", cur.skipped_level, prev.skipped_level, "skipped_level")
    count("　其中转交办理认定", cur.skipped_transfer, prev.skipped_transfer, "skipped_transfer")
    count("越级标记经核实取消", cur.skipped_cleared, prev.skipped_cleared, "skipped_cleared")
    count("集体访（件）", cur.collective, prev.collective, "collective")
    count("集体访（人次）", cur.collective_people, prev.collective_people, "collective")
    count("延期", cur.extended, prev.extended, "extended")
    count("12345工单", cur.hotline, prev.hotline, "hotline")
    count("　其中续报", cur.hotline_extended, prev.hotline_extended, "hotline_extended")
    ratio("12345续报率", cur.hotline_extension_rate, prev.hotline_extension_rate)
    count("重大信访事项", cur.major, prev.major, "major")
    count("督办单（份）", cur.supervision_total, prev.supervision_total, "supervised")
    for level in SupervisionLevel:
        count(
            f"　其中{level.label}",
            cur.supervisions.get(level.value, 0),
            prev.supervisions.get(level.value, 0),
            "supervised",
            level.value,
        )
    return rows


def _share(table: ShareTable) -> Table:
    rows = [
        [_t(r.label), _n(r.count, r.drill), _p(r.percent), _n(r.closed, r.closed_drill), _p(r.closing_rate)]
        for r in table.rows
    ]
    total_percent = 100.0 if table.total else 0.0
    rows.append(
        [
            _t("合计"),
            _n(table.total, table.drill),
            _p(total_percent),
            _n(table.closed, table.closed_drill),
            _p(table.closing_rate),
        ]
    )
    return Table(
        key=table.dimension,
        title=f"按{table.title}统计",
        columns=[table.title, "件数", "占比", "办结", "办结率"],
        rows=rows,
        has_total=True,
        widths=[22, 10, 10, 10, 10],
    )


def _breakdown(
    key: str,
    title: str,
    what: str,
    fig: KeyFigures,
    measure: str,
    items: list[tuple[str, str]],
    counts: dict[str, int],
) -> Table:
    numbers = [counts.get(value, 0) for value, _ in items]
    percents = shares(numbers)
    rows = [
        [_t(label), _n(n, fig.drill(measure, value, f"{what}：{label}")), _p(p)]
        for (value, label), n, p in zip(items, numbers, percents, strict=True)
    ]
    total = sum(numbers)
    rows.append(
        [_t("合计"), _n(total, fig.drill("closed", title="已办结（合计）")), _p(100.0 if total else 0.0)]
    )
    return Table(key, title, [what, "件数", "占比"], rows, has_total=True, widths=[22, 10, 10])


def report_tables(report: Report) -> list[Table]:
    fig = report.figures
    tables = [
        Table(
            "summary",
            "主要指标",
            ["指标", report.period.label, f"上年同期（{report.previous.period.label}）", "增减", "增减幅度"],
            _figure_rows(fig, report.previous),
            widths=[18, 12, 19, 17, 9],
        ),
        *(_share(t) for t in report.share_tables),
        _breakdown(
            "decision",
            "办结事项的处理结果",
            "处理结果",
            fig,
            "decision",
            [(d.value, d.label) for d in Decision] + [("", "无办结单")],
            fig.decisions,
        ),
        _breakdown(
            "satisfaction",
            "办结事项的满意度",
            "满意度",
            fig,
            "satisfaction",
            [
                (s.value, s.label if s is not Satisfaction.UNKNOWN else "未评价（含无办结单）")
                for s in Satisfaction
            ],
            fig.satisfaction,
        ),
        Table(
            "trend",
            "月度趋势",
            ["月份", "收到", "当月办结"],
            [
                [
                    _t(p.month.label),
                    _n(p.received, Drill(p.month, "received", title=f"{p.month.label}收到")),
                    _n(p.closed, Drill(p.month, "closed_during", title=f"{p.month.label}办结")),
                ]
                for p in report.trend
            ],
            widths=[14, 10, 10],
        ),
        Table(
            "units",
            "承办单位按期情况",
            ["承办单位", "已完成", "按期完成", "超期完成", "超期未完成", "按期率"],
            [
                [
                    _t(u.unit),
                    _n(u.done, u.drill),
                    _n(u.on_time),
                    _n(u.late_done),
                    _n(u.open_overdue),
                    _p(u.rate),
                ]
                for u in report.units
            ],
            widths=[24, 9, 9, 9, 10, 9],
        ),
        Table(
            "key_petitioners",
            "重点信访人",
            ["姓名", "包案领导", "列为重点", "工作状态", "本期事项", "累计事项"],
            [
                [
                    _t(k.name),
                    _t(k.leader),
                    _t(f"{k.since:%Y-%m-%d}"),
                    _t(k.status_note or k.reason),
                    _n(k.cases_in_period, k.drill),
                    _n(k.cases_total),
                ]
                for k in report.key_petitioners
            ],
            widths=[12, 12, 12, 30, 9, 9],
        ),
        leader_table(report),
    ]
    return tables


def leader_table(report: Report) -> Table:
    """Each leader's 定点接访 per month against seed 004's once a month, and the 下访 beside them."""
    months, rows = report.leaders
    short = lambda r: "、".join(f"{m}月" for _y, m in r.short(months)) or "—"  # noqa: E731
    return Table(
        "leaders",
        "领导接访情况",
        ["领导", *(f"{m}月" for _y, m in months), "定点接访合计", "下访", "未达每月一次"],
        [
            [
                _t(r.leader),
                *(_n(n) if n is not None else _t("—") for n in r.receptions),
                _n(r.total),
                _n(r.outreach),
                _t(short(r)),
            ]
            for r in rows
        ],
        note=f"据《定点接访实施方案》，{RULE}。“—”为尚未到期的月份。",
        widths=[12, *(6 for _m in months), 12, 6, 16],
    )
