"""A whole leader-received case for the paper tests: a collective visit through every paper to the archive.

Three representatives, two with rare characters in their names (王𠇔, 李䶮), book the
reception day of Wednesday 14 October 2026 with a scanned letter attached;
the leader receives them, instructs, the office assigns the matter to a
division and to the school complained about (whose 交办单 hides the
petitioners), urges the school after its deadline, both reply, and the case
is closed and archived.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from receptionapp.db.database import Database
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction, ServiceMethod
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.reception import Booking, ConversationInput
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.workflow import Route
from receptionapp.paths import DataPaths
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import obligations
from receptionapp.services.reception import rota
from receptionapp.services.reception.conversation import record_conversation
from receptionapp.services.reception.visits import book, call_visitor, finish_visit, prereview
from receptionapp.services.workflow import closing
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.instruction import instruct
from receptionapp.services.workflow.supervision import supervise
from tests.conftest import make_registration, travel, unit_id

D = dt.date
REPRESENTATIVES = (
    PetitionerInput(
        name="王𠇔",
        gender=Gender.MALE,
        id_number="11010519491231002X",
        phone="13812345678",
        address="城东区解放路12号3单元402室",
        relation=Relation.PARENT,
        is_representative=True,
    ),
    PetitionerInput(
        name="李䶮",
        gender=Gender.FEMALE,
        id_number="330106198805061246",
        phone="0571-87001234",
        address="城东区建国北路88号",
        relation=Relation.PARENT,
        is_representative=True,
    ),
    PetitionerInput(
        name="赵晓",
        gender=Gender.FEMALE,
        id_number="330102199203150021",
        phone="13900001111",
        address="城东区凤起路6号",
        relation=Relation.PARENT,
        is_representative=True,
    ),
)
PROBLEM = "市第一中学以资料费名义向高一学生每人收取300元，未开具正式票据。王𠇔的孩子因未交费被点名批评。"
DEMAND = "退还违规收取的费用并查处相关责任人。"
TALK = "王𠇔：学校三月份让每个学生交三百元资料费，没有公示。\n李䶮：希望退钱，以后不要再收。"
RESPONSE = "学校收费必须有依据、要公示、要开票。请基础教育处会同学校核实，依规处理。"
INSTRUCTION = "请基础教育处牵头调查核实，依法依规处理，按期书面报告办理结果。"
SUMMARY = "经查，学校收取资料费无依据，已责令全额退还184,500元，并对相关责任人作出处理。"


@dataclass(frozen=True)
class PaperCase:
    case_id: int
    number: str
    division_assignment: int
    school_assignment: int
    supervision: int
    archive_number: str


def build_closed_case(db: Database, people: dict[str, Actor], paths: DataPaths, scan: Path) -> PaperCase:
    office, leader, clerk = people["office"], people["leader"], people["clerk"]
    [day] = rota.plan_days(db, office, D(2026, 10, 12), 1, [leader.id])
    booked_at = dt.datetime(2026, 10, 7, 10, 0)
    booked = book(
        db,
        clerk,
        day.id,
        make_registration(
            petitioners=list(REPRESENTATIVES),
            head_count=6,
            received_at=booked_at,
            unit="市第一中学",
            problem=PROBLEM,
            demand=DEMAND,
        ),
        Booking.PHONE,
        attachments=[scan],
        attachment_folder=paths.attachments,
        now=booked_at,
    )
    prereview(db, office, booked.visit_id, True, "属我局职责，安排10月14日领导接访。")
    with travel(dt.datetime(2026, 10, 14, 14, 35)):  # the reception is held on its day
        call_visitor(db, leader, booked.visit_id)
        record_conversation(
            db,
            leader,
            booked.case_id,
            ConversationInput(
                attendees="基础教育处处长、办公室王主任、法律顾问赵堃",
                started_at=dt.datetime(2026, 10, 14, 14, 40),
                ended_at=dt.datetime(2026, 10, 14, 15, 20),
                statement=TALK,
                response=RESPONSE,
            ),
            visit_id=booked.visit_id,
            now=dt.datetime(2026, 10, 14, 15, 30),
        )
        finish_visit(db, leader, booked.visit_id)
        case_id = booked.case_id
        instruct(db, leader, case_id, Route.ACCEPT, INSTRUCTION, on=D(2026, 10, 14))
    division = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 10, 15))
    school = assign(
        db,
        office,
        case_id,
        unit_id(db, "市第一中学"),
        requirement="请王𠇔所在班级的班主任配合核实，13812345678为家长联系电话。",
        on=D(2026, 10, 15),
    )
    assert school.conceal_identity and not division.conceal_identity
    [late] = [
        o
        for o in obligations.case_obligations(db, case_id, today=D(2026, 11, 13))
        if o.kind is ObligationKind.UNIT_REPLY and o.unit == "市第一中学"
    ]
    supervised = supervise(
        db,
        office,
        case_id,
        level=SupervisionLevel.URGE,
        reason=SupervisionReason.OVERDUE,
        content="该事项已超过办理期限，请于5个工作日内报送办理结果。",
        obligation_id=late.id,
        on=D(2026, 11, 13),
    )
    record_reply(db, office, division.id, "经调查，情况属实，已责令学校退费。", on=D(2026, 11, 10))
    record_reply(db, office, school.id, "已全额退还资料费。", on=D(2026, 11, 16))
    closing.complete(
        db,
        office,
        case_id,
        CompletionInput(
            decision=Decision.SUPPORT,
            summary=SUMMARY,
            service=ServiceMethod.REGISTERED_MAIL,
            mail_number="XA123456789CN",
            served_on=D(2026, 11, 19),
            satisfaction=Satisfaction.SATISFIED,
            closed_on=D(2026, 11, 20),
        ),
    )
    archive_number = closing.archive(db, office, case_id, on=D(2026, 11, 21))
    return PaperCase(case_id, booked.number, division.id, school.id, supervised.id, archive_number)
