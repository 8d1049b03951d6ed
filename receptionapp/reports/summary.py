"""The report's opening paragraphs in words (总体情况), written from the figures.

Each sentence states a figure with the same words the definitions use, so
the text, the tables and the notes never disagree. The sentences avoid a
closing bracket before punctuation: reportlab's Chinese line breaking can
leave that punctuation at the start of a line.
"""

from __future__ import annotations

from receptionapp.domain.hotline import EXTENSION_RATE_CAP
from receptionapp.domain.periods import chinese_date
from receptionapp.domain.supervision import SupervisionLevel
from receptionapp.reports.numbers import percent_text, rate
from receptionapp.reports.statistics import Report, ShareTable

TOP = 3


def _change(now: int, before: int) -> str:
    if now == before:
        return "与上年同期持平"
    word = "增加" if now > before else "减少"
    share = rate(abs(now - before), before)
    trend = "上升" if now > before else "下降"
    return f"比上年同期{word}{abs(now - before)}件" + (f"、{trend}{percent_text(share)}" if share else "")


def _top(table: ShareTable) -> str:
    rows = sorted((r for r in table.rows if r.count), key=lambda r: -r.count)[:TOP]
    return "、".join(f"{r.label}{r.count}件占{percent_text(r.percent)}" for r in rows)


def summary_paragraphs(report: Report) -> list[str]:
    fig, prev = report.figures, report.previous
    period = report.period
    if fig.received == 0:
        return [f"{period.label}（{period.range_text}）未收到信访事项。"]
    channels = "、".join(f"{r.label}{r.count}件" for r in report.channels.rows if r.count)
    paragraphs = [
        f"{period.label}共收到信访事项{fig.received}件，"
        f"{_change(fig.received, prev.received)}。其中{channels}。"
    ]
    paragraphs.append(
        f"截至{chinese_date(period.end)}，已办结{fig.closed}件，办结率{percent_text(fig.closing_rate)}；"
        f"未办结{fig.still_open}件。有办结单的办结事项中，按期办结{fig.on_time}件，"
        f"按期率{percent_text(fig.on_time_rate)}；信访人满意率{percent_text(fig.satisfaction_rate)}。"
        f"办结后回访并联系上信访人{fig.followed_up}件，回访率{percent_text(fig.follow_up_rate)}，"
        f"回访满意率{percent_text(fig.follow_up_satisfaction_rate)}。"
    )
    levels = "、".join(f"{level.label}{fig.supervisions.get(level.value, 0)}份" for level in SupervisionLevel)
    paragraphs.append(
        f"重复访{fig.repeat}件，越级访{fig.skipped_level}件，集体访{fig.collective}件共"
        f"{fig.collective_people}人次；标记重大信访事项{fig.major}件；经批准延期{fig.extended}件；发出督办单{fig.supervision_total}份，"
        f"其中{levels}。"
    )
    if fig.hotline:
        paragraphs.append(
            f"收到12345工单{fig.hotline}件，续报{fig.hotline_extended}件，"
            f"续报率{percent_text(fig.hotline_extension_rate)}（本局规定全年不超过{EXTENSION_RATE_CAP:g}%）。"
        )
    paragraphs.append(
        f"反映较多的问题类别是{_top(report.categories)}；涉及较多的区县是{_top(report.regions)}。"
    )
    if report.key_petitioners:
        active = sum(1 for k in report.key_petitioners if k.cases_in_period)
        paragraphs.append(
            f"列入重点的信访人{len(report.key_petitioners)}人，均已明确包案领导；本期有{active}人反映事项。"
        )
    return paragraphs
