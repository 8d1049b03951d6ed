"""Which backups to keep and when the next one is due: pure rules, no files.

Rotation keeps the newest backup of each of the last 7 days that have one,
of each of the last 4 weeks (ISO weeks) and of each of the last 12 months,
and always the newest of all. Counting "days that have a backup" rather than
calendar days means a PC switched off for a fortnight still keeps its last
seven days of work, not nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

# A backup at start is skipped when one was made this recently (a clerk restarting the app).
START_GRACE = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(stamp: dt.datetime) -> Hashable:
    return stamp.date()


def _week(stamp: dt.datetime) -> Hashable:
    iso = stamp.isocalendar()
    return (iso.year, iso.week)


def _month(stamp: dt.datetime) -> Hashable:
    return (stamp.year, stamp.month)


def backups_to_keep(stamps: Iterable[dt.datetime], retention: Retention | None = None) -> set[dt.datetime]:
    """The backup times to keep; every other one may be removed."""
    policy = retention or Retention()
    ordered = sorted(set(stamps), reverse=True)
    keep: set[dt.datetime] = set(ordered[:1])
    buckets: list[tuple[int, Callable[[dt.datetime], Hashable]]] = [
        (policy.daily, _day),
        (policy.weekly, _week),
        (policy.monthly, _month),
    ]
    for count, bucket_of in buckets:
        seen: set[Hashable] = set()
        for stamp in ordered:
            bucket = bucket_of(stamp)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(bucket)
            keep.add(stamp)  # the first seen in a bucket is its newest
    return keep


def backup_due(last: dt.datetime | None, now: dt.datetime, *, at_start: bool) -> bool:
    """At start: unless one was made within the hour. While running: once per calendar day."""
    if last is None or last > now:
        # No backup yet, or one stamped in the future (the clock was wrong): make one now.
        return True
    if at_start:
        return now - last >= START_GRACE
    return last.date() < now.date()
