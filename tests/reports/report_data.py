"""Varied cases made through the services, for the statistics tests.

Cases over 2025 and 2026 in every channel, some collective, repeat or
skipped-level, decided, assigned, answered, supervised, extended, closed
with each decision and satisfaction (some late), archived, voided; a few
closed the old way without a 办结单; two key petitioners with their leader.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Unit
from receptionapp.db.models_workflow import KeyPetitioner, Obligation
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction, ServiceMethod
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.roles import Role
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.validation import id_check_char
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake
from receptionapp.services.cases.editing import void_case
from receptionapp.services.context import Actor
from receptionapp.services.workflow import closing, steps
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.extension import extend
from receptionapp.services.workflow.instruction import instruct
from receptionapp.services.workflow.supervision import supervise
from tests.conftest import make_registration

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 18)
CATEGORIES = ("办学管理", "教育收费", "教师待遇", "师德师风", "招生考试", "其他")
REGIONS = ("市直属", "城东区", "城西区", "北山县", "南湖县")
SOURCES = ("省教育厅", "市信访局", "市长信箱")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"


def _person(rng: random.Random, index: int) -> PetitionerInput:
    first17 = (
        f"330102{rng.randint(1960, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{index % 1000:03d}"
    )
    return PetitionerInput(
        name=rng.choice(SURNAMES)
        + "测试"
        + "甲乙丙丁戊己庚辛壬癸"[index % 10]
        + "子丑寅卯辰巳午未申酉"[index // 10 % 10],
        id_number=first17 + id_check_char(first17),
        phone=f"139{index:08d}",
        address=f"城东路{index}号",
    )


def _received(rng: random.Random) -> dt.datetime:
    start = dt.date(2025, 1, 2)
    day = start + dt.timedelta(days=rng.randrange((TODAY - start).days - 3))
    return dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.randrange(60)))


def generate(db: Database, admin: Actor, leader: Actor, count: int = 140, seed: int = 7) -> None:
    rng = random.Random(seed)
    with db.read() as session:
        divisions = list(session.scalars(select(Unit.id).where(Unit.kind == "division")))[:4]
    people: list[PetitionerInput] = []
    for i in range(count):
        channel = rng.choice(list(Channel))
        received = _received(rng)
        if people and rng.random() < 0.15:
            person = rng.choice(people)
        else:
            person = _person(rng, i)
            people.append(person)
        extra: dict[str, object] = {}
        if channel is Channel.FORWARDED:
            extra = {"source_body": rng.choice(SOURCES), "source_ref": f"转〔{received.year}〕{i}号"}
        elif channel is Channel.HOTLINE:
            extra = {"source_body": "12345政务服务便民热线", "source_ref": f"12345-{i}"}
        petitioners = [person]
        head = 1
        if channel.is_in_person and rng.random() < 0.15:
            head = rng.randint(5, 12)
            rep = PetitionerInput(
                name=person.name, id_number=person.id_number, phone=person.phone,
                address=person.address, is_representative=True,
            )  # fmt: skip
            # The group elects 3 to 5 representatives (seed 004): two more beside the first.
            others = [
                PetitionerInput(name=other, phone=f"1390000{i:03d}{k}", is_representative=True)
                for k, other in enumerate(("陈立", "周雯"))
            ]
            petitioners = [rep, *others]
        data = make_registration(
            channel=channel,
            received_at=received,
            person=petitioners[0],
            petitioners=petitioners,
            head_count=head,
            category=rng.choice(CATEGORIES),
            region=rng.choice(REGIONS),
            skipped_level=rng.random() < 0.1,
            **extra,
        )
        case_id = intake.register_case(db, admin, data, now=NOW).id
        _progress(db, admin, leader, case_id, received.date(), rng, divisions)
    # Closed before the 办结单 existed: status and date only, no completion row.
    with db.write() as session:
        old = list(session.scalars(select(Case).where(Case.status == "registered").limit(4)))
        for c in old:
            c.status = "closed"
            c.closed_at = c.received_at + dt.timedelta(days=9)
        persons = list(session.scalars(select(Person).order_by(Person.id).limit(2)))
        for person, note in zip(persons, ("稳控中，每月走访", "已息诉罢访"), strict=False):
            session.add(
                KeyPetitioner(
                    person_id=person.id, leader_id=leader.id, reason="多次重复来访",
                    since=dt.date(2025, 6, 1), status_note=note,
                )
            )  # fmt: skip


def _day_after(rng: random.Random, day: dt.date, most: int) -> dt.date:
    return min(TODAY, day + dt.timedelta(days=rng.randint(0, most)))


def _progress(
    db: Database,
    admin: Actor,
    leader: Actor,
    case_id: int,
    received: dt.date,
    rng: random.Random,
    units: list[int],
) -> None:
    roll = rng.random()
    if roll < 0.12:
        return  # registered only
    if roll < 0.17:
        void_case(db, admin, case_id, "重复登记，予以作废")
        return
    route = rng.choice([Route.ACCEPT, Route.ACCEPT, Route.TRANSFER, Route.NOT_ACCEPT])
    on = _day_after(rng, received, 5)
    instruct(
        db, admin, case_id, route, "请依规办理。", leader_id=leader.id, on=on,
        refusal_code=RefusalReason.NOT_EDUCATION.value if route is Route.NOT_ACCEPT else "",
        authority="市人力资源和社会保障局" if route is Route.NOT_ACCEPT else "",
    )  # fmt: skip
    if route is not Route.NOT_ACCEPT:
        sent = assign(db, admin, case_id, rng.choice(units), on=on)
        if rng.random() < 0.3:
            with db.read() as session:
                obligation = session.scalar(
                    select(Obligation.id).where(
                        Obligation.case_id == case_id, Obligation.kind == "unit_reply"
                    )
                )
            level = rng.choice(list(SupervisionLevel))
            supervise(
                db, admin, case_id, level=level, reason=SupervisionReason.OVERDUE,
                content="请抓紧办理并报送结果。", obligation_id=obligation, on=_day_after(rng, on, 30),
            )  # fmt: skip
        if route is Route.ACCEPT and rng.random() < 0.2:
            with db.read() as session:
                handling = session.scalar(
                    select(Obligation.id).where(Obligation.case_id == case_id, Obligation.kind == "handling")
                )
            extend(db, admin, handling, 30, "情况复杂，需进一步调查核实。", approved_by_id=leader.id)
        if rng.random() < 0.2:
            return  # still with the unit
        replied = _day_after(rng, on, 40)
        record_reply(db, admin, sent.id, "经调查核实，已按规定处理。", on=replied)
        on = replied
    if rng.random() < 0.1:
        return  # replied, not closed yet
    closed_on = _day_after(rng, on, 25)
    decision = Decision.NOT_ACCEPTED if route is Route.NOT_ACCEPT else rng.choice(list(Decision)[:3])
    closing.complete(
        db,
        admin,
        case_id,
        CompletionInput(
            decision=decision,
            summary="经查，已依法依规作出处理并书面答复。",
            service=ServiceMethod.IN_PERSON,
            receipt_signed=True,
            served_on=closed_on,
            satisfaction=rng.choice(list(Satisfaction)),
            closed_on=closed_on,
        ),
    )
    if rng.random() < 0.3:
        closing.archive(db, admin, case_id, on=_day_after(rng, closed_on, 10))


def make_leader(db: Database) -> Actor:
    from receptionapp.db.models import User
    from receptionapp.services.admin.passwords import hash_password

    with db.write() as session:
        user = User(
            username="leader", display_name="李局长", password_hash=hash_password("secret123"), role="leader"
        )
        session.add(user)
        session.flush()
        return Actor(user.id, "leader", "李局长", Role.LEADER)


def freeze_today(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The services check dates against today; the generated data lives before TODAY."""
    monkeypatch.setattr(steps, "today", lambda: TODAY)
