"""Leaders' 下访 in the demo office: every other month each leader goes out to a school or county,
receives a visitor there, and the matter registered on the spot is linked to the 下访.

Through the services (``reception.outreach``, ``cases.intake``), like the coming day's appointments:
these cases are not part of the simulated, replayed ones.
"""

from __future__ import annotations

import datetime as dt

from receptionapp.db.database import Database
from receptionapp.demo.staff import Staff
from receptionapp.demo.texts import TextGenerator
from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.leader_receptions import OutreachInput
from receptionapp.domain.roles import Role
from receptionapp.services.cases.intake import register_case
from receptionapp.services.reception.outreach import link_case, record_outreach

PLACES = ("城东区实验小学", "城西区教育局", "市第一中学", "城南区第二中学")


def demo_outreach(db: Database, staff: Staff, today: dt.date, count: int, seed: int = 1) -> int:
    """``count`` 下访 in the last months, the leaders in turn, each with one matter registered there."""
    gen = TextGenerator(seed)
    office = staff.actor(staff.office, Role.OFFICE)
    clerk = staff.actor(staff.clerk, Role.CLERK)
    done = 0
    for i in range(count):
        leader_id, leader = staff.leaders[i % len(staff.leaders)]
        day = today - dt.timedelta(days=20 + 61 * i)
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        place = PLACES[i % len(PLACES)]
        person = gen.person()
        problem, demand, _school = gen.problem("招生考试")
        case = register_case(
            db,
            clerk,
            RegistrationInput(
                channel=Channel.VISIT,
                received_at=dt.datetime.combine(day, dt.time(10, 30)),
                petitioners=[PetitionerInput(name=person["name"], phone=person["phone"])],
                category="招生考试",
                region="城东区",
                unit=place if "学" in place else "",
                problem=problem,
                demand=demand,
                note=f"{leader}下访时在{place}接待",
            ),
        )
        summary = f"{leader}到{place}下访，接待来访群众1批1人，当场登记{case.number}，责成有关处室核实处理。"
        outreach_id = record_outreach(
            db, office, OutreachInput(day=day, place=place, leader_id=leader_id, summary=summary), today
        )
        link_case(db, office, outreach_id, case.number)
        done += 1
    return done
