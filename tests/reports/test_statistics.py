"""The statistics against an independent count in Python over generated data."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, Region
from receptionapp.db.models_workflow import Completion, Extension, Supervision
from receptionapp.domain.periods import Period, parse_period, quarter_period
from receptionapp.reports import definitions as defs
from receptionapp.reports.numbers import rate, shares
from receptionapp.reports.statistics import Drill, Report, build_report, drill_case_ids
from tests.reports import report_data
from tests.reports.conftest import PERIODS


def facts(db: Database) -> dict[str, object]:
    """Everything the independent count needs, read with plain selects."""
    with db.read() as session:
        regions = dict(session.execute(select(Region.id, Region.name)).all())
        categories = dict(session.execute(select(Category.id, Category.name)).all())
        rows = session.execute(
            select(
                Case.id, Case.status, Case.received_at, Case.closed_at, Case.channel, Case.source_body,
                Case.region_id, Case.category_id, Case.is_repeat, Case.skipped_level, Case.is_collective,
                Case.head_count,
            )
        ).all()  # fmt: skip
        completions = {c.case_id: c for c in session.scalars(select(Completion))}
        extensions = [(e.case_id, e.approved_at) for e in session.scalars(select(Extension))]
        supervisions = [(s.case_id, s.level, s.issued_on) for s in session.scalars(select(Supervision))]
    return {
        "rows": rows, "regions": regions, "categories": categories, "completions": completions,
        "extensions": extensions, "supervisions": supervisions,
    }  # fmt: skip


def python_count(f: dict[str, object], period: Period) -> dict[str, object]:
    end = period.end
    got = [r for r in f["rows"] if r.status != "voided" and period.start <= r.received_at.date() <= end]  # type: ignore[attr-defined]
    ids = {r.id for r in got}
    closed = [
        r for r in got if r.status in ("closed", "archived") and r.closed_at and r.closed_at.date() <= end
    ]
    comp = f["completions"]
    with_comp = [comp[r.id] for r in closed if r.id in comp]  # type: ignore[index,operator]
    return {
        "received": len(got),
        "closed": len(closed),
        "on_time": sum(1 for c in with_comp if c.on_time),
        "late": sum(1 for c in with_comp if not c.on_time),
        "no_completion": len(closed) - len(with_comp),
        "satisfaction": Counter(c.satisfaction for c in with_comp)
        + Counter({"unknown": len(closed) - len(with_comp)}),
        "repeat": sum(r.is_repeat for r in got),
        "skipped": sum(r.skipped_level for r in got),
        "collective": sum(r.is_collective for r in got),
        "collective_people": sum(r.head_count for r in got if r.is_collective),
        "extended": len({cid for cid, at in f["extensions"] if cid in ids and at.date() <= end}),  # type: ignore[attr-defined]
        "supervisions": Counter(level for cid, level, on in f["supervisions"] if cid in ids and on <= end),  # type: ignore[attr-defined]
        "channel": Counter(r.channel for r in got),
        "source": Counter(r.source_body for r in got),
        "region": Counter(f["regions"][r.region_id] for r in got),  # type: ignore[index]
        "category": Counter(f["categories"][r.category_id] for r in got),  # type: ignore[index]
        "closed_ids": {r.id for r in closed},
        "ids": ids,
    }


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.code)
def test_counts_match_an_independent_count(
    report_db: Database, reports: dict[str, Report], period: Period
) -> None:
    report = reports[period.code]
    expected = python_count(facts(report_db), period)
    fig = report.figures
    assert expected["received"] > 5, "the generated data should fill every test period"
    assert fig.received == expected["received"]
    assert fig.closed == expected["closed"]
    assert (fig.on_time, fig.late, fig.no_completion) == (
        expected["on_time"], expected["late"], expected["no_completion"],
    )  # fmt: skip
    assert fig.on_time + fig.late + fig.no_completion == fig.closed
    assert fig.still_open == fig.received - fig.closed
    sat = expected["satisfaction"]
    assert fig.satisfaction == {k: sat.get(k, 0) for k in ("satisfied", "basic", "unsatisfied", "unknown")}
    assert sum(fig.satisfaction.values()) == fig.closed
    assert sum(fig.decisions.values()) == fig.closed
    assert fig.repeat == expected["repeat"]
    assert fig.skipped_level == expected["skipped"]
    assert (fig.collective, fig.collective_people) == (expected["collective"], expected["collective_people"])
    assert fig.extended == expected["extended"]
    assert {k: v for k, v in fig.supervisions.items() if v} == dict(expected["supervisions"])
    assert fig.closing_rate == rate(fig.closed, fig.received)

    by_label = {
        "channel": {r.label: r.count for r in report.channels.rows},
        "region": {r.label: r.count for r in report.regions.rows if r.count},
        "category": {r.label: r.count for r in report.categories.rows if r.count},
    }
    from receptionapp.domain.channels import Channel

    assert {Channel(k).label: v for k, v in expected["channel"].items()} == {
        k: v for k, v in by_label["channel"].items() if v
    }
    assert by_label["region"] == dict(expected["region"])
    assert by_label["category"] == dict(expected["category"])
    sources = {
        ("" if r.label == defs.DIRECT_SOURCE else r.label): r.count for r in report.sources.rows if r.count
    }
    assert sources == dict(expected["source"])

    for table in report.share_tables:
        assert table.total == sum(r.count for r in table.rows) == fig.received
        assert table.closed == sum(r.closed for r in table.rows) == fig.closed
        assert abs(sum(r.percent for r in table.rows) - 100) < 0.1 + 1e-9


def test_every_number_drills_to_its_cases(report_db: Database, reports: dict[str, Report]) -> None:
    period = quarter_period(2026, 3)
    report = reports[period.code]
    expected = python_count(facts(report_db), period)
    fig = report.figures
    assert set(drill_case_ids(report_db, fig.drill("received"))) == expected["ids"]
    assert set(drill_case_ids(report_db, fig.drill("closed"))) == expected["closed_ids"]
    assert set(drill_case_ids(report_db, fig.drill("open"))) == expected["ids"] - expected["closed_ids"]
    pairs = [
        ("on_time", "", fig.on_time), ("late", "", fig.late), ("no_completion", "", fig.no_completion),
        ("repeat", "", fig.repeat), ("skipped_level", "", fig.skipped_level),
        ("collective", "", fig.collective), ("extended", "", fig.extended),
        *[("satisfaction", k, v) for k, v in fig.satisfaction.items()],
        *[("decision", k, v) for k, v in fig.decisions.items()],
    ]  # fmt: skip
    for measure, value, count in pairs:
        assert len(drill_case_ids(report_db, fig.drill(measure, value))) == count, (measure, value)
    for table in report.share_tables:
        for row in table.rows:
            assert len(drill_case_ids(report_db, row.drill)) == row.count, (table.title, row.label)
            assert len(drill_case_ids(report_db, row.closed_drill)) == row.closed
    for point in report.trend:
        assert len(drill_case_ids(report_db, Drill(point.month, "received"))) == point.received
        assert len(drill_case_ids(report_db, Drill(point.month, "closed_during"))) == point.closed


def test_trend_and_comparison(reports: dict[str, Report]) -> None:
    quarter = reports["2026Q3"]
    assert [p.month.code for p in quarter.trend][-3:] == ["2026-07", "2026-08", "2026-09"]
    assert len(quarter.trend) == 12
    assert sum(p.received for p in quarter.trend[-3:]) == quarter.figures.received
    assert quarter.previous.period == quarter_period(2025, 3)
    assert (
        quarter.previous.received
        == reports["2025"].trend[6].received
        + reports["2025"].trend[7].received
        + reports["2025"].trend[8].received
    )
    year = reports["2026"]
    assert len(year.trend) == 12 and year.previous.received == reports["2025"].figures.received


def test_key_petitioners_and_units(report_db: Database, reports: dict[str, Report]) -> None:
    year = reports["2026"]
    assert [(k.leader, k.status_note) for k in year.key_petitioners] == [
        ("李局长", "稳控中，每月走访"),
        ("李局长", "已息诉罢访"),
    ]
    for row in year.key_petitioners:
        assert len(drill_case_ids(report_db, row.drill)) == row.cases_in_period <= row.cases_total
    assert year.units and all(u.done == u.on_time + u.late_done for u in year.units)
    for unit in year.units:
        assert drill_case_ids(report_db, unit.drill)


def test_an_empty_period_has_zeros_not_errors(report_db: Database) -> None:
    report = build_report(report_db, parse_period("2010-01"), today=report_data.TODAY)
    assert report.figures.received == 0 and report.figures.closing_rate is None
    assert all(r.percent == 0 for r in report.categories.rows)


def test_shares_add_up_to_a_hundred() -> None:
    assert shares([1, 1, 1]) == [33.4, 33.3, 33.3]
    assert shares([0, 0]) == [0.0, 0.0]
    assert shares([2, 1]) == [66.7, 33.3]
    assert sum(shares([7, 13, 29, 1, 50, 3])) == pytest.approx(100)
    for counts in ([1] * 7, [3, 3, 3, 3, 3, 3, 3], [999, 1, 1], [5, 0, 0, 5]):
        assert round(sum(shares(counts)), 6) == 100
    assert rate(1, 3) == 33.3 and rate(2, 3) == 66.7 and rate(1, 8) == 12.5 and rate(0, 0) is None


def test_definitions_are_printed_in_the_notes() -> None:
    notes = defs.notes(quarter_period(2026, 3), made_on=dt.date(2026, 10, 8))
    assert notes[0] == "统计期间：2026年第三季度（2026年7月1日至2026年9月30日）。"
    assert any(line.startswith("按期办结：") for line in notes)
    assert any("最大余数法" in line for line in notes)
    assert "制表日期：2026年10月8日。" in notes
