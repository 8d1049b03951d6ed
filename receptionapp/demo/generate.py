"""A lived-in demo office: ``receptionapp demo-data``.

Cases are spread over the last three years across every channel, category,
region and state, and each one has lived its life: the leaders' reception
days with their queues and 接谈记录, 批示 in all five routes, 交办单 with
the rule deadlines, late replies with 督办单, extensions, notices, 办结单
with service and satisfaction, archive numbers, and a timeline of audit
entries. The demo is a client of the services: the rota is planned by the
rota service, the office (``demo.office``) decides what happens to each
case, and ``demo.rows`` builds every row with the row builders the
workflow services use, so demo data is what the app would have produced
(tests/test_demo_equivalence.py replays it through the services). Rows
are written in bulk (Core inserts, one transaction per batch), so 200,000
cases take minutes, not hours.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from receptionapp.db.database import Database
from receptionapp.demo.key_petitioners import mark_key_petitioners
from receptionapp.demo.office import Office
from receptionapp.demo.rows import Batch, Rows
from receptionapp.demo.script import CaseScript
from receptionapp.demo.setting import load_setting
from receptionapp.demo.staff import Staff, ensure_demo_staff
from receptionapp.demo.texts import TextGenerator
from receptionapp.domain.channels import Channel
from receptionapp.domain.roles import Role
from receptionapp.paths import DataPaths
from receptionapp.services.context import Actor
from receptionapp.services.reception import rota
from receptionapp.services.reception.visits import book, prereview

BATCH = 5000
CHANNEL_WEIGHTS = {
    Channel.VISIT: 30,
    Channel.LEADER_RECEPTION: 6,
    Channel.LETTER: 18,
    Channel.PHONE: 16,
    Channel.ONLINE: 14,
    Channel.HOTLINE: 12,
    Channel.FORWARDED: 4,
}
MAX_ROTA_WEEKS = 53  # what the rota service plans at once

Progress = Callable[[int, int], None]


def generate_demo_cases(
    db: Database,
    actor: Actor,
    count: int,
    seed: int = 20261122,
    progress: Progress | None = None,
    paths: DataPaths | None = None,
    days: int = 3 * 365,
    scripts: list[CaseScript] | None = None,
) -> int:
    """Add ``count`` synthetic cases received over the last ``days`` days, with their whole history.

    Returns how many were written. A short span gives a busy office: most
    recent cases are still open (the benchmarks' 20,000 open cases). With
    ``paths`` (the data folder) the most recent closed cases also get their
    final signed letters, about one in a hundred cases, at most a dozen.
    ``scripts`` receives each simulated case's events (the equivalence test
    replays them through the services).
    """
    latest = dt.datetime.now().replace(microsecond=0)
    today = latest.date()
    staff = ensure_demo_staff(db, actor)
    start = today - dt.timedelta(days=max(days, 1))
    plan_rota(db, staff, start, today + dt.timedelta(days=28))
    setting = load_setting(db)
    office = Office(setting, staff, seed, latest)
    rows = Rows(setting)
    # Two of the cases are appointments booked for the coming reception day.
    booked = 2 if count >= 20 else 0
    # Three more are matters registered on leaders' 下访.
    outreach = 3 if count >= 50 else 0
    simulated = count - booked - outreach
    moments = receipt_moments(office.rng, start, latest, simulated)
    channels, weights = list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values())
    done = 0
    while done < simulated:
        batch = Batch()
        for moment in moments[done : done + BATCH]:
            script = office.case(moment, office.rng.choices(channels, weights)[0])
            rows.apply(batch, script)
            if scripts is not None:
                scripts.append(script)
        rows.write(db, batch)
        done += len(batch.rows["cases"])
        if progress:
            progress(done, count)
    repeaters = [someone.id for someone in office.repeaters if someone.id is not None]
    mark_key_petitioners(db, staff, repeaters, today)
    if booked:
        done += book_next_reception_day(db, staff, seed, booked)
    if outreach:
        from receptionapp.demo.outreach import demo_outreach

        done += demo_outreach(db, staff, today, outreach, seed)
    if paths is not None:
        from receptionapp.demo.letters import sign_recent_letters

        sign_recent_letters(db, actor, staff, paths, count // 100)
    return done


def receipt_moments(rng: random.Random, start: dt.date, latest: dt.datetime, count: int) -> list[dt.datetime]:
    """``count`` moments in office hours from ``start`` up to ``latest``, in order."""
    span = (latest.date() - start).days
    moments: list[dt.datetime] = []
    while len(moments) < count:
        day = start + dt.timedelta(days=rng.randrange(span + 1))
        moment = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randrange(60)))
        if moment <= latest:
            moments.append(moment)
    moments.sort()
    return moments


def plan_rota(db: Database, staff: Staff, first: dt.date, last: dt.date) -> None:
    """The leaders' reception days from ``first`` to ``last``, planned by the office with the rota service."""
    office = staff.actor(staff.office, Role.OFFICE)
    leaders = [leader_id for leader_id, _name in staff.leaders]
    while first <= last:
        weeks = min(MAX_ROTA_WEEKS, (last - first).days // 7 + 1)
        rota.plan_days(db, office, first, weeks, leaders)
        first += dt.timedelta(weeks=weeks)


def book_next_reception_day(db: Database, staff: Staff, seed: int = 1, count: int = 2) -> int:
    """Appointments for the coming reception days: the first a week ahead, reviewed (初审) with the 处室
    and the legal adviser to attend; the next made too late for the coming day, so queued there as 临时."""
    from receptionapp.domain.case import PetitionerInput, RegistrationInput
    from receptionapp.domain.prereview import LateBooking, in_time_for_prereview
    from receptionapp.domain.reception import Booking
    from receptionapp.services.reception.prereview import divisions

    today = dt.date.today()
    upcoming = [d for d in rota.upcoming_days(db, today, 4) if not d.cancelled]
    ahead = next((d for d in upcoming if in_time_for_prereview(today, d.day)), None)
    if not upcoming or ahead is None:
        return 0
    rng = random.Random(seed)
    gen = TextGenerator(seed)
    clerk = staff.actor(staff.clerk, Role.CLERK)
    office = staff.actor(staff.office, Role.OFFICE)
    attending = divisions(db)[:1]
    booked = 0
    for i in range(count):
        in_time = i % 2 == 0
        person = gen.person()
        problem, demand, school = gen.problem("招生考试")
        data = RegistrationInput(
            received_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=rng.randint(5, 600)),
            petitioners=[
                PetitionerInput(name=person["name"], phone=person["phone"], address=person["address"])
            ],
            category="招生考试",
            region="城东区",
            unit=school,
            problem=problem,
            demand=demand,
        )
        day = ahead if in_time else upcoming[0]
        late = None if in_time_for_prereview(today, day.day) else LateBooking.TEMPORARY
        result = book(db, clerk, day.id, data, Booking.PHONE, late=late)
        if in_time:
            prereview(db, office, result.visit_id, True, divisions=attending, legal_adviser=True)
        booked += 1
    return booked
