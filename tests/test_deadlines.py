"""Deadlines under the official Chinese calendar: holidays off, 调休 weekends on, start day not counted."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receptionapp.domain import deadlines
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Calendar, Due, Unit, due_date

D = dt.date
WORK = Unit.WORKING_DAYS
CAL = Unit.CALENDAR_DAYS


@pytest.fixture
def cal() -> Calendar:
    return Calendar()


def test_the_package_knows_2026_but_not_2027() -> None:
    # The facts the tests below rely on (chinesecalendar 1.11.0).
    assert not chinese_calendar.is_workday(D(2026, 10, 1))
    assert not chinese_calendar.is_workday(D(2026, 10, 7))
    assert chinese_calendar.is_workday(D(2026, 10, 8))
    assert chinese_calendar.is_workday(D(2026, 10, 10))  # Saturday, 调休
    assert D(2026, 10, 10).weekday() == 5
    assert chinese_calendar.is_workday(D(2026, 9, 20))  # Sunday, 调休
    assert D(2026, 9, 20).weekday() == 6
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(D(2027, 3, 1))


def test_fifteen_working_days_across_national_day(cal: Calendar) -> None:
    assert cal.due_date(D(2026, 9, 28), 15, WORK) == Due(D(2026, 10, 23), False)
    assert due_date(D(2026, 9, 28), 15, "working_days") == Due(D(2026, 10, 23), False)


def test_start_on_a_holiday_gets_no_extra_day(cal: Calendar) -> None:
    # chinesecalendar's find_workday counts the next working day as day 0: one day too many.
    assert chinese_calendar.find_workday(1, D(2026, 10, 1)) == D(2026, 10, 9)
    assert cal.due_date(D(2026, 10, 1), 1, WORK).date == D(2026, 10, 8)
    assert cal.due_date(D(2026, 10, 4), 1, WORK).date == D(2026, 10, 8)
    assert cal.due_date(D(2026, 10, 7), 1, WORK).date == D(2026, 10, 8)
    assert cal.due_date(D(2026, 10, 1), 2, WORK).date == D(2026, 10, 9)


def test_start_day_is_not_counted(cal: Calendar) -> None:
    assert cal.due_date(D(2026, 11, 16), 1, WORK).date == D(2026, 11, 17)  # Monday → Tuesday
    assert cal.due_date(D(2026, 11, 20), 1, WORK).date == D(2026, 11, 23)  # Friday → Monday
    assert cal.due_date(D(2026, 11, 21), 1, WORK).date == D(2026, 11, 23)  # Saturday → Monday
    assert cal.due_date(D(2026, 11, 16), 5, WORK).date == D(2026, 11, 23)


def test_adjusted_saturday_counts_as_a_working_day(cal: Calendar) -> None:
    assert cal.is_workday(D(2026, 10, 10))
    assert cal.due_date(D(2026, 10, 9), 1, WORK).date == D(2026, 10, 10)
    assert cal.due_date(D(2026, 10, 9), 2, WORK).date == D(2026, 10, 12)
    assert cal.due_date(D(2026, 9, 19), 1, WORK).date == D(2026, 9, 20)  # Sunday 调休
    # An ordinary Saturday is not.
    assert not cal.is_workday(D(2026, 10, 17))
    assert cal.due_date(D(2026, 10, 16), 1, WORK).date == D(2026, 10, 19)


def test_zero_length_is_the_start_day_and_negative_is_refused(cal: Calendar) -> None:
    assert cal.due_date(D(2026, 10, 1), 0, WORK).date == D(2026, 10, 1)
    with pytest.raises(ValueError):
        cal.due_date(D(2026, 10, 1), -1, WORK)
    with pytest.raises(ValueError):
        cal.due_date(D(2026, 10, 1), 3, "fortnights")


def test_calendar_days(cal: Calendar) -> None:
    assert cal.due_date(D(2026, 9, 28), 2, CAL) == Due(D(2026, 9, 30), False)
    # Ends on 1 October, a holiday: moves to the next working day.
    assert cal.due_date(D(2026, 9, 26), 5, CAL) == Due(D(2026, 10, 8), False)
    # Ends on an ordinary Sunday: Monday.
    assert cal.due_date(D(2026, 11, 1), 14, CAL).date == D(2026, 11, 16)
    # Ends on the 调休 Saturday: stays there.
    assert cal.due_date(D(2026, 9, 30), 10, CAL).date == D(2026, 10, 10)
    # Starting on a holiday changes nothing: N days after the start day.
    assert cal.due_date(D(2026, 10, 2), 30, CAL).date == D(2026, 11, 2)  # 1 Nov is a Sunday


def test_next_workday(cal: Calendar) -> None:
    assert cal.next_workday(D(2026, 10, 9)) == (D(2026, 10, 9), False)
    assert cal.next_workday(D(2026, 10, 1)) == (D(2026, 10, 8), False)
    assert cal.next_workday(D(2027, 1, 2)) == (D(2027, 1, 4), True)


def test_working_days_between(cal: Calendar) -> None:
    assert cal.working_days_between(D(2026, 9, 28), D(2026, 10, 23)) == 15
    assert cal.working_days_between(D(2026, 10, 23), D(2026, 9, 28)) == -15
    assert cal.working_days_between(D(2026, 10, 1), D(2026, 10, 7)) == 0
    assert cal.working_days_between(D(2026, 10, 1), D(2026, 10, 1)) == 0


def test_unknown_year_is_weekends_and_fixed_holidays_only_and_provisional(cal: Calendar) -> None:
    assert not cal.is_known(D(2027, 5, 3))
    assert cal.is_known(D(2026, 5, 3))
    # Friday 1 January 2027 is 元旦 before the year is announced: a day off, the deadline provisional.
    assert not cal.is_workday(D(2027, 1, 1))
    assert not cal.is_workday(D(2027, 1, 2))
    assert cal.due_date(D(2027, 1, 1), 1, WORK) == Due(D(2027, 1, 4), True)
    assert cal.due_date(D(2026, 12, 31), 1, WORK) == Due(D(2027, 1, 4), True)
    # A movable holiday (春节 2027) is not known: weekdays work until the admin enters the year.
    assert cal.is_workday(D(2027, 2, 10))
    assert cal.due_date(D(2027, 5, 3), 5, WORK) == Due(D(2027, 5, 10), True)
    assert cal.due_date(D(2027, 5, 3), 13, CAL) == Due(D(2027, 5, 17), True)  # Sunday 16th → Monday


@pytest.mark.parametrize(
    ("day", "weekday"),
    [
        (D(2028, 5, 1), 0),  # 劳动节 on a Monday
        (D(2028, 10, 2), 0),  # 国庆 on Monday and Tuesday
        (D(2028, 10, 3), 1),
        (D(2029, 1, 1), 0),  # 元旦 on a Monday
        (D(2029, 10, 3), 2),  # 国庆 on a Wednesday
        (D(2030, 5, 1), 2),  # 劳动节 on a Wednesday
    ],
)
def test_fixed_date_holidays_of_unknown_years_are_days_off(cal: Calendar, day: dt.date, weekday: int) -> None:
    assert day.weekday() == weekday and not cal.is_known(day)
    assert not cal.is_workday(day)
    # A deadline counted over it skips it, and stays provisional.
    before = day - dt.timedelta(days=1 if weekday else 3)
    due = cal.due_date(before, 1, WORK)
    assert due.date > day and due.provisional
    assert cal.working_days_between(before, day) == 0
    # The admin's entry wins (a year might make one a working day).
    assert Calendar(overrides={day: True}).is_workday(day)


def test_fixed_date_rule_agrees_with_every_year_the_package_knows() -> None:
    for year in range(2004, 2027):
        for month, day in deadlines.FIXED_HOLIDAYS:
            assert not chinese_calendar.is_workday(D(year, month, day)), (year, month, day)


def test_crossing_into_an_unknown_year_is_provisional(cal: Calendar) -> None:
    assert cal.due_date(D(2026, 12, 17), 5, WORK) == Due(D(2026, 12, 24), False)
    # 1 January 2027 (元旦) is a day off even before 2027 is entered.
    assert cal.due_date(D(2026, 12, 29), 3, WORK) == Due(D(2027, 1, 4), True)
    assert cal.due_date(D(2026, 12, 20), 15, WORK) == Due(D(2027, 1, 11), True)
    assert cal.due_date(D(2026, 12, 20), 10, CAL) == Due(D(2026, 12, 30), False)
    assert cal.due_date(D(2026, 12, 30), 2, CAL).provisional
    assert cal.due_date(D(2026, 12, 22), 10, CAL) == Due(D(2027, 1, 4), True)  # 1 Jan off, then weekend


def test_overrides_win_over_package_and_weekends() -> None:
    cal = Calendar(
        overrides={
            D(2026, 10, 12): False,  # an extra day off on a Monday
            D(2026, 10, 11): True,  # a Sunday made a working day
            D(2026, 10, 10): False,  # the package's 调休 Saturday cancelled
        }
    )
    assert not cal.is_workday(D(2026, 10, 12))
    assert cal.is_workday(D(2026, 10, 11))
    assert cal.due_date(D(2026, 10, 9), 1, WORK).date == D(2026, 10, 11)
    assert cal.due_date(D(2026, 10, 9), 2, WORK).date == D(2026, 10, 13)
    assert cal.due_date(D(2026, 10, 7), 5, CAL).date == D(2026, 10, 13)  # Monday 12th is off


def test_admin_entered_year_is_not_provisional() -> None:
    new_year = {D(2027, 1, 1): False, D(2027, 1, 2): False, D(2027, 1, 3): False}
    cal = Calendar(overrides=new_year, known_years=frozenset({2027}))
    assert cal.is_known(D(2027, 6, 1))
    assert cal.due_date(D(2026, 12, 31), 1, WORK) == Due(D(2027, 1, 4), False)
    assert cal.due_date(D(2026, 12, 30), 2, CAL) == Due(D(2027, 1, 4), False)
    # Overrides alone do not make a year known.
    assert Calendar(overrides=new_year).due_date(D(2026, 12, 31), 1, WORK) == Due(D(2027, 1, 4), True)


def test_set_default_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadlines, "_default", deadlines._default)
    assert due_date(D(2026, 11, 16), 1, WORK).date == D(2026, 11, 17)
    deadlines.set_default_calendar({D(2026, 11, 17): False}, [2027])
    assert deadlines.default_calendar().known_years == frozenset({2027})
    assert due_date(D(2026, 11, 16), 1, WORK).date == D(2026, 11, 18)
    assert not due_date(D(2027, 3, 1), 1, WORK).provisional


def test_default_rules_pick_the_most_specific() -> None:
    from receptionapp.domain.rules import ObligationKind, pick_rule
    from receptionapp.services.cases.intake import intake_obligations
    from receptionapp.services.deadlines.rules import default_rules

    rules = default_rules()

    def first(channel: Channel):  # the rule of a new case's first obligation
        rule = pick_rule(rules, intake_obligations(channel)[0], channel.value)
        assert rule is not None
        return rule.length, rule.unit

    assert first(Channel.HOTLINE) == (5, WORK)
    assert first(Channel.LETTER) == (15, WORK)  # the bureau's own rule for letters
    for channel in (
        Channel.VISIT,
        Channel.PHONE,
        Channel.ONLINE,
        Channel.FORWARDED,
        Channel.LEADER_RECEPTION,
    ):
        assert first(channel) == (15, CAL)  # 条例 art. 23
    reply = {
        k: pick_rule(rules, ObligationKind.UNIT_REPLY, "visit", "accept", k)
        for k in ("division", "county_bureau")
    }
    assert (reply["division"].length, reply["county_bureau"].length) == (20, 30)
    handling = pick_rule(rules, ObligationKind.HANDLING, "letter", "accept")
    assert (handling.length, handling.unit, handling.max_extension) == (60, CAL, 30)


# ---------------------------------------------------------------- properties

starts = st.dates(min_value=D(2005, 1, 1), max_value=D(2027, 12, 31))
lengths = st.integers(min_value=1, max_value=80)
CALENDAR = Calendar()


@settings(max_examples=300)
@given(starts, lengths)
def test_working_day_due_date_is_a_working_day(start: dt.date, length: int) -> None:
    due = CALENDAR.due_date(start, length, WORK)
    assert due.date > start
    assert CALENDAR.is_workday(due.date)
    if due.date.year <= 2026:
        assert chinese_calendar.is_workday(due.date)
    assert CALENDAR.working_days_between(start, due.date) == length
    # The day before the due date still leaves one working day to go.
    assert CALENDAR.working_days_between(start, due.date - dt.timedelta(days=1)) == length - 1
    assert due.provisional == (due.date.year > 2026)


@settings(max_examples=300)
@given(starts, st.integers(min_value=0, max_value=80))
def test_calendar_day_due_date_is_the_first_working_day_from_n_days_on(start: dt.date, length: int) -> None:
    due = CALENDAR.due_date(start, length, CAL)
    nominal = start + dt.timedelta(days=length)
    assert due.date >= nominal
    assert CALENDAR.is_workday(due.date)
    day = nominal
    while day < due.date:
        assert not CALENDAR.is_workday(day)
        day += dt.timedelta(days=1)


@settings(max_examples=300)
@given(starts, lengths, st.integers(min_value=0, max_value=30), st.sampled_from([WORK, CAL]))
def test_more_days_never_give_an_earlier_date(start: dt.date, length: int, extra: int, unit: Unit) -> None:
    shorter = CALENDAR.due_date(start, length, unit).date
    longer = CALENDAR.due_date(start, length + extra, unit).date
    assert longer >= shorter
    if unit is WORK and extra:
        assert longer > shorter


@settings(max_examples=200)
@given(starts, lengths)
def test_later_start_never_gives_an_earlier_date(start: dt.date, length: int) -> None:
    for unit in (WORK, CAL):
        today = CALENDAR.due_date(start, length, unit).date
        tomorrow = CALENDAR.due_date(start + dt.timedelta(days=1), length, unit).date
        assert tomorrow >= today


@settings(max_examples=200)
@given(st.dictionaries(starts, st.booleans(), max_size=20), starts, lengths)
def test_overrides_take_precedence(overrides: dict[dt.date, bool], start: dt.date, length: int) -> None:
    cal = Calendar(overrides)
    for day, work in overrides.items():
        assert cal.is_workday(day) is work
    due = cal.due_date(start, length, WORK)
    assert cal.is_workday(due.date)
    assert cal.working_days_between(start, due.date) == length


COUNTER = CALENDAR.counter(D(2005, 1, 1), D(2027, 12, 31))


@settings(max_examples=200, deadline=None)
@given(starts, st.integers(min_value=-400, max_value=400))
def test_counter_agrees_with_walking_the_calendar(a: dt.date, offset: int) -> None:
    b = a + dt.timedelta(days=offset)
    assert COUNTER.between(a, b) == CALENDAR.working_days_between(a, b)


def test_spring_festival_2026(cal: Calendar) -> None:
    # 2026: off 15–23 Feb, Saturday 14 Feb and 28 Feb worked.
    assert cal.is_workday(D(2026, 2, 14)) and cal.is_workday(D(2026, 2, 28))
    assert not cal.is_workday(D(2026, 2, 23))
    assert cal.due_date(D(2026, 2, 13), 1, WORK).date == D(2026, 2, 14)
    assert cal.due_date(D(2026, 2, 14), 1, WORK).date == D(2026, 2, 24)
    assert cal.due_date(D(2026, 2, 16), 5, WORK).date == D(2026, 2, 28)  # 24, 25, 26, 27, 28
    assert cal.days_left(D(2026, 2, 24), D(2026, 2, 13)) == -2  # 14 Feb and 24 Feb
