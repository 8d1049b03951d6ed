"""Reporting periods: reading what people type, describing it, the same period a year earlier."""

from __future__ import annotations

import datetime as dt

import pytest

from receptionapp.domain.periods import (
    PeriodError,
    PeriodKind,
    month_period,
    parse_period,
    quarter_period,
    range_period,
    year_period,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2026-09", PeriodKind.MONTH, D(2026, 9, 1), D(2026, 9, 30)),
        ("2026-9", PeriodKind.MONTH, D(2026, 9, 1), D(2026, 9, 30)),
        ("2026年9月", PeriodKind.MONTH, D(2026, 9, 1), D(2026, 9, 30)),
        ("202602", PeriodKind.MONTH, D(2026, 2, 1), D(2026, 2, 28)),
        ("2028-02", PeriodKind.MONTH, D(2028, 2, 1), D(2028, 2, 29)),
        ("2026-12", PeriodKind.MONTH, D(2026, 12, 1), D(2026, 12, 31)),
        ("2026Q3", PeriodKind.QUARTER, D(2026, 7, 1), D(2026, 9, 30)),
        ("2026q1", PeriodKind.QUARTER, D(2026, 1, 1), D(2026, 3, 31)),
        ("2026-Q4", PeriodKind.QUARTER, D(2026, 10, 1), D(2026, 12, 31)),
        ("2026年第三季度", PeriodKind.QUARTER, D(2026, 7, 1), D(2026, 9, 30)),
        ("2026年第2季度", PeriodKind.QUARTER, D(2026, 4, 1), D(2026, 6, 30)),
        ("2026", PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31)),
        ("2026年", PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31)),
        (" 2026年度 ", PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31)),
        ("2026-01-01..2026-03-31", PeriodKind.RANGE, D(2026, 1, 1), D(2026, 3, 31)),
        ("2026/1/5~2026/2/4", PeriodKind.RANGE, D(2026, 1, 5), D(2026, 2, 4)),
        ("2026年1月5日至2026年2月4日", PeriodKind.RANGE, D(2026, 1, 5), D(2026, 2, 4)),
        ("2026-03-01..2026-03-01", PeriodKind.RANGE, D(2026, 3, 1), D(2026, 3, 1)),
    ],
)
def test_parse(text: str, kind: PeriodKind, start: dt.date, end: dt.date) -> None:
    period = parse_period(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert parse_period(period.code) == period


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请填写统计期间"),
        ("2026-13", "月份应在1至12之间"),
        ("2026Q5", "无法识别"),
        ("1850", "年份应在"),
        ("2026-03-31..2026-01-01", "结束日期不能早于开始日期"),
        ("2026-02-30..2026-03-01", "不是有效的日期"),
        ("明年", "无法识别"),
        ("2026-01-01..下月", "不是日期"),
        ("2000-01-01..2030-01-01", "不能超过20年"),
    ],
)
def test_bad_periods_get_a_chinese_message(text: str, message: str) -> None:
    with pytest.raises(PeriodError, match=message):
        parse_period(text)


def test_labels_and_codes() -> None:
    assert month_period(2026, 9).label == "2026年9月"
    assert quarter_period(2026, 3).label == "2026年第三季度"
    assert year_period(2026).label == "2026年"
    assert range_period(D(2026, 1, 1), D(2026, 3, 31)).label == "2026年1月1日至2026年3月31日"
    assert quarter_period(2026, 3).code == "2026Q3"
    assert quarter_period(2026, 3).days == 92


def test_previous_year() -> None:
    assert month_period(2026, 9).previous_year() == month_period(2025, 9)
    assert quarter_period(2026, 1).previous_year() == quarter_period(2025, 1)
    assert year_period(2026).previous_year() == year_period(2025)
    leap = range_period(D(2028, 2, 10), D(2028, 2, 29)).previous_year()
    assert (leap.start, leap.end, leap.kind) == (D(2027, 2, 10), D(2027, 2, 28), PeriodKind.RANGE)
    # February of a leap year as a month keeps its whole month a year earlier.
    assert month_period(2028, 2).previous_year().end == D(2027, 2, 28)


def test_months() -> None:
    assert [m.code for m in quarter_period(2026, 4).months()] == ["2026-10", "2026-11", "2026-12"]
    assert len(year_period(2026).months()) == 12
    span = range_period(D(2025, 12, 15), D(2026, 2, 3)).months()
    assert [m.code for m in span] == ["2025-12", "2026-01", "2026-02"]
    assert month_period(2026, 9).contains(D(2026, 9, 30)) and not month_period(2026, 9).contains(
        D(2026, 10, 1)
    )
