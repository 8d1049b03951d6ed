"""Realistic synthetic cases for a lived-in office: ``receptionapp demo-data``.

Cases are spread over the last three years across every channel, category,
region and status, with Chinese names (a few with rare characters), valid
ID numbers, plausible texts, repeat petitioners and overdue matters. Rows
are written in bulk (Core inserts, one transaction per batch), so 200,000
cases take a couple of minutes, not hours.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, CaseCounter, Category, Person, Petitioner, Region, Unit
from receptionapp.db.postgres import reset_sequences
from receptionapp.db.search import compose_text, index_many
from receptionapp.domain.channels import FORWARDING_BODIES, Channel
from receptionapp.domain.deadlines import due_date
from receptionapp.domain.intake_rules import intake_rule
from receptionapp.domain.numbering import format_case_number
from receptionapp.domain.validation import id_check_char
from receptionapp.resources import resource
from receptionapp.services.audit import content_hash, last_hash
from receptionapp.services.context import Actor

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
AREA_CODES = ("330102", "330105", "330106", "330108", "330110", "330122", "330127", "330182")

Progress = Callable[[int, int], None]


@dataclass
class _Texts:
    surnames: list[str]
    given: list[str]
    rare: list[str]
    streets: list[str]
    schools: list[str]
    problems: dict[str, list[str]]
    demands: list[str]


def _load_texts() -> _Texts:
    raw = json.loads(resource("demo", "texts.json").read_text(encoding="utf-8"))
    surnames = [*raw["surnames"], *raw["compound_surnames"]]
    given = list(raw["given"])
    return _Texts(
        surnames, given, raw["rare_given"], raw["streets"], raw["schools"], raw["problems"], raw["demands"]
    )


def fake_id_number(rng: random.Random, born: dt.date, male: bool) -> str:
    serial = rng.randrange(0, 100) * 10 + (
        rng.choice((1, 3, 5, 7, 9)) if male else rng.choice((0, 2, 4, 6, 8))
    )
    first17 = f"{rng.choice(AREA_CODES)}{born:%Y%m%d}{serial:03d}"
    return first17 + id_check_char(first17)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.texts = _load_texts()

    def name(self) -> str:
        rng = self.rng
        given = rng.choice(self.texts.given) + (rng.choice(self.texts.given) if rng.random() < 0.6 else "")
        if rng.random() < 0.01:
            given = given[:1] + rng.choice(self.texts.rare)
        return rng.choice(self.texts.surnames) + given

    def person(self) -> dict[str, object]:
        rng = self.rng
        male = rng.random() < 0.5
        born = dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
        has_id = rng.random() < 0.8
        return {
            "name": self.name(),
            "gender": "male" if male else "female",
            "id_number": fake_id_number(rng, born, male) if has_id else None,
            "phone": f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}",
            "address": f"{rng.choice(self.texts.streets)}{rng.randint(1, 300)}号{rng.randint(1, 30)}幢",
            "relation": rng.choice(("parent", "parent", "parent", "teacher", "student", "retired", "other")),
            "created_at": now(),
        }

    def problem(self, category: str) -> tuple[str, str, str]:
        rng = self.rng
        school = rng.choice(self.texts.schools)
        templates = self.texts.problems.get(category) or self.texts.problems["其他"]
        text = rng.choice(templates).format(
            school=school, money=rng.choice((150, 280, 300, 600, 1200, 3500)), years=rng.randint(3, 30)
        )
        return text, rng.choice(self.texts.demands), school


def generate_demo_cases(
    db: Database, actor: Actor, count: int, seed: int = 20261122, progress: Progress | None = None
) -> int:
    """Add ``count`` synthetic cases; returns how many were written."""
    gen = _Generator(seed)
    rng = gen.rng
    today = dt.date.today()
    start = today - dt.timedelta(days=3 * 365)
    with db.read() as session:
        categories = dict(session.execute(select(Category.name, Category.id)).all())
        regions = list(session.execute(select(Region.id, Region.name)).all())
        units = list(session.scalars(select(Unit.name).where(Unit.kind == "school")))
        counters = {(c.channel, c.year): c.last for c in session.scalars(select(CaseCounter))}
        next_case_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        next_person_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
    channels = list(CHANNEL_WEIGHTS)
    weights = list(CHANNEL_WEIGHTS.values())
    # Dates first, sorted, so numbers grow with time inside each channel and year.
    # Office hours only, never later than now.
    latest = dt.datetime.now().replace(microsecond=0)
    span = (today - start).days
    moments: list[dt.datetime] = []
    while len(moments) < count:
        day = start + dt.timedelta(days=rng.randrange(span + 1))
        moment = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randrange(60)))
        if moment <= latest:
            moments.append(moment)
    moments.sort()
    repeaters: list[int] = []
    names_of: dict[int, tuple[str, str, str]] = {}
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        persons: list[dict[str, object]] = []
        cases: list[dict[str, object]] = []
        links: list[dict[str, object]] = []
        search_rows: list[tuple[int, str]] = []
        audits: list[dict[str, object]] = []
        for received in moments[done : done + size]:
            channel = rng.choices(channels, weights)[0]
            key = (channel.value, received.year)
            counters[key] = counters.get(key, 0) + 1
            category = rng.choice(list(categories))
            region_id, _region_name = rng.choice(regions)
            problem, demand, school = gen.problem(category)
            head_count = 1
            if channel.is_in_person and rng.random() < 0.04:
                head_count = rng.randint(5, 30)
            people_ids: list[int] = []
            is_repeat = False
            for _ in range(rng.randint(2, 4) if head_count >= 5 else 1):
                if repeaters and rng.random() < 0.12:
                    people_ids.append(rng.choice(repeaters))
                    is_repeat = True
                    continue
                person = gen.person()
                person["id"] = next_person_id
                persons.append(person)
                names_of[next_person_id] = (
                    str(person["name"]),
                    str(person["id_number"] or ""),
                    str(person["phone"]),
                )
                people_ids.append(next_person_id)
                if rng.random() < 0.05:
                    repeaters.append(next_person_id)
                next_person_id += 1
            age = (today - received.date()).days
            if age > 120:
                status = rng.choices(["closed", "archived", "in_progress"], [55, 40, 5])[0]
            elif age > 30:
                status = rng.choices(["closed", "in_progress", "registered"], [60, 35, 5])[0]
            else:
                status = rng.choices(["registered", "in_progress", "closed"], [45, 40, 15])[0]
            rule = intake_rule(channel)
            due = due_date(received.date(), rule.length, rule.unit)
            number = format_case_number(channel, received.year, counters[key])
            case_id = next_case_id
            next_case_id += 1
            source_body = rng.choice(FORWARDING_BODIES[:4]) if channel is Channel.FORWARDED else ""
            source_ref = ""
            if channel is Channel.FORWARDED:
                source_ref = f"转〔{received.year}〕{rng.randint(1, 999)}号"
            elif channel is Channel.HOTLINE:
                source_ref = f"12345-{received:%Y%m%d}-{rng.randint(1000, 9999)}"
                source_body = "12345政务服务便民热线"
            unit_name = rng.choice(units) if units and rng.random() < 0.3 else school
            cases.append(
                {
                    "id": case_id,
                    "number": number,
                    "channel": channel.value,
                    "year": received.year,
                    "seq": counters[key],
                    "status": status,
                    "received_at": received,
                    "registered_by_id": actor.id,
                    "category_id": categories[category],
                    "region_id": region_id,
                    "unit_name": unit_name,
                    "head_count": head_count,
                    "is_collective": head_count >= 5,
                    "is_repeat": is_repeat,
                    "skipped_level": rng.random() < 0.05,
                    "is_appointment": channel is Channel.LEADER_RECEPTION,
                    "problem": problem,
                    "demand": demand,
                    "source_body": source_body,
                    "source_ref": source_ref,
                    "note": "",
                    "review_stage": "final_review" if rng.random() < 0.01 else "none",
                    "due_date": due.date,
                    "due_provisional": due.provisional,
                    "closed_at": received + dt.timedelta(days=rng.randint(5, 60))
                    if status in ("closed", "archived")
                    else None,
                    "void_reason": "",
                    "created_at": received,
                    "updated_at": received,
                    "version": 1,
                }
            )
            for position, person_id in enumerate(dict.fromkeys(people_ids)):
                links.append(
                    {
                        "case_id": case_id,
                        "person_id": person_id,
                        "position": position,
                        "is_representative": head_count >= 5,
                    }
                )
            people_text = [names_of.get(pid, ("", "", "")) for pid in people_ids]
            search_rows.append(
                (
                    case_id,
                    compose_text((number, problem, demand, unit_name, source_body, source_ref), people_text),
                )
            )
            audits.append(
                {
                    "at": received,
                    "user_id": actor.id,
                    "user_name": actor.display_name,
                    "action": "register",
                    "entity": "case",
                    "entity_id": case_id,
                    "case_id": case_id,
                    "summary": f"登记{channel.label}（演示数据）" + ("（重复访）" if is_repeat else ""),
                    "details": json.dumps({"number": number, "demo": True}, ensure_ascii=False),
                }
            )
        with db.write() as session:
            if persons:
                session.execute(insert(Person), persons)
            session.execute(insert(Case), cases)
            session.execute(insert(Petitioner), links)
            index_many(session, search_rows)
            prev = last_hash(session)
            for row in audits:
                row["prev_hash"] = prev
                row["hash"] = prev = content_hash(
                    prev,
                    row["at"],  # type: ignore[arg-type]
                    actor.id,
                    actor.display_name,
                    "register",
                    "case",
                    row["entity_id"],  # type: ignore[arg-type]
                    row["case_id"],  # type: ignore[arg-type]
                    str(row["summary"]),
                    str(row["details"]),
                )
            session.execute(insert(AuditEntry), audits)
            for (channel_value, year), last in counters.items():
                counter = session.get(CaseCounter, (channel_value, year))
                if counter is None:
                    session.add(CaseCounter(channel=channel_value, year=year, last=last))
                else:
                    counter.last = max(counter.last, last)
            # The ids above were chosen here: PostgreSQL's sequences must move past them.
            reset_sequences(session.connection())
        done += size
        if progress:
            progress(done, count)
    return done
