"""Charts of a report (Qt Charts): shares as horizontal bars, the monthly trend as lines.

Clicking a bar or a point of the trend calls back with the ``Drill`` of
that number, the same as clicking it in a table.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter

from receptionapp.domain.periods import Period
from receptionapp.reports.statistics import Drill, MonthPoint, ShareTable

OnDrill = Callable[[Drill], object]  # what it returns is not used
BAR = QColor("#1e88e5")
RECEIVED = QColor("#1e88e5")
CLOSED = QColor("#43a047")


def _view(chart: QChart) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(360, 260)
    return view


def count_axis(maximum: int) -> QValueAxis:
    """A value axis from 0 with whole-number ticks: 1, 2 or 5 times a power of ten apart."""
    step = 1
    while step * 5 < maximum:
        for factor in (2, 5, 10):
            if step * factor * 5 >= maximum or factor == 10:
                step = step * factor if factor != 10 else step * 10
                break
    axis = QValueAxis()
    top = max(step, math.ceil(maximum * 1.1 / step) * step)
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def month_label(month: Period, first: bool) -> str:
    """1月 … 12月; the first point and every January also name the year."""
    if first or month.start.month == 1:
        return f"{month.start.year}年{month.start.month}月"
    return f"{month.start.month}月"


def share_bars(table: ShareTable, on_drill: OnDrill) -> QChartView:
    """One bar per group (top to bottom in table order), labelled with the count."""
    rows = list(reversed(table.rows))
    bars = QBarSet("件数")
    bars.setColor(BAR)
    bars.append([float(r.count) for r in rows])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.clicked.connect(lambda index: on_drill(rows[index].drill))
    chart = QChart()
    chart.setTitle(f"按{table.title}（件）")
    chart.addSeries(series)
    chart.legend().hide()
    axis_y = QBarCategoryAxis()
    axis_y.append([r.label for r in rows])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = count_axis(max((r.count for r in rows), default=0))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    return _view(chart)


def trend_lines(points: list[MonthPoint], on_drill: OnDrill) -> QChartView:
    """Cases received and closed per month; a click on a point lists that month's cases."""
    chart = QChart()
    chart.setTitle("月度趋势（件）")
    axis_x = QBarCategoryAxis()
    axis_x.append([month_label(p.month, i == 0) for i, p in enumerate(points)])
    axis_y = count_axis(max([p.received for p in points] + [p.closed for p in points] + [1]))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for name, color, measure, values in (
        ("收到", RECEIVED, "received", [p.received for p in points]),
        ("当月办结", CLOSED, "closed_during", [p.closed for p in points]),
    ):
        series = QLineSeries()
        series.setName(name)
        series.setColor(color)
        series.setPointsVisible(True)
        for i, value in enumerate(values):
            series.append(QPointF(i, value))
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

        def clicked(point: QPointF, measure: str = measure, name: str = name) -> None:
            i = min(max(round(point.x()), 0), len(points) - 1)
            month = points[i].month
            on_drill(Drill(month, measure, title=f"{month.label}{name}"))

        series.clicked.connect(clicked)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart)
