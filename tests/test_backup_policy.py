"""Backup rotation (7 daily, 4 weekly, 12 monthly) and when a backup is due."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from receptionapp.domain.backup_policy import Retention, backup_due, backups_to_keep

NOW = dt.datetime(2026, 11, 25, 18, 0)


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour)


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([]) == set()


def test_one_backup_a_day_for_a_year_and_a_half() -> None:
    days = [dt.datetime(2025, 6, 1, 9) + dt.timedelta(days=i) for i in range(543)]  # to 2026-11-25
    keep = backups_to_keep(days)
    newest = days[-1]
    assert newest == at("2026-11-25")
    daily = {newest - dt.timedelta(days=i) for i in range(7)}
    assert daily <= keep
    # Weekly: the newest of the 4 most recent ISO weeks (Sundays of earlier weeks).
    assert {at("2026-11-22"), at("2026-11-15"), at("2026-11-08")} <= keep
    # Monthly: the last day of each of the 12 most recent months.
    months = [at("2026-10-31"), at("2026-09-30"), at("2026-01-31"), at("2025-12-31")]
    assert set(months) <= keep
    assert at("2025-11-30") not in keep  # the 13th month back
    # 11-25 is the newest day, week and month; 11-22 (a Sunday) is both a day and a week.
    assert len(keep) == 7 + 2 + 11
    assert min(keep) == at("2025-12-31")


def test_several_backups_a_day_keep_the_newest_of_each_day() -> None:
    stamps = [at("2026-11-25", h) for h in (8, 12, 17)] + [at("2026-11-24", h) for h in (8, 16)]
    assert backups_to_keep(stamps) == {at("2026-11-25", 17), at("2026-11-24", 16)}


def test_days_with_backups_count_not_calendar_days() -> None:
    # The PC was off for three weeks: the six days of work before it are all kept.
    before = [at("2026-10-27") + dt.timedelta(days=i) for i in range(6)]
    after = [at("2026-11-25")]
    keep = backups_to_keep(before + after)
    assert set(before) <= keep and set(after) <= keep


def test_custom_retention() -> None:
    stamps = [at("2026-11-25") - dt.timedelta(days=i) for i in range(30)]
    assert backups_to_keep(stamps, Retention(daily=2, weekly=0, monthly=0)) == set(stamps[:2])
    assert backups_to_keep(stamps, Retention(daily=0, weekly=0, monthly=0)) == {stamps[0]}


@given(
    st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2027, 1, 1)), max_size=80)
)
def test_rotation_properties(stamps: list[dt.datetime]) -> None:
    keep = backups_to_keep(stamps)
    assert keep <= set(stamps)
    if stamps:
        assert max(stamps) in keep
    assert len(keep) <= 1 + 7 + 4 + 12
    # Keeping is stable: rotating what was kept keeps all of it.
    assert backups_to_keep(keep) == keep
    # Each kept day holds exactly one backup, its newest.
    for stamp in keep:
        same_day = [s for s in stamps if s.date() == stamp.date()]
        assert stamp == max(same_day)


def test_backup_due() -> None:
    assert backup_due(None, NOW, at_start=True)
    assert backup_due(None, NOW, at_start=False)
    assert not backup_due(NOW - dt.timedelta(minutes=20), NOW, at_start=True)
    assert backup_due(NOW - dt.timedelta(hours=2), NOW, at_start=True)
    assert not backup_due(NOW - dt.timedelta(hours=17), NOW, at_start=False)  # same day
    assert backup_due(at("2026-11-24", 23), at("2026-11-25", 0), at_start=False)  # after midnight
    assert backup_due(NOW + dt.timedelta(days=3), NOW, at_start=False)  # a future stamp
