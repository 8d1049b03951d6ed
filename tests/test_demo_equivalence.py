"""Demo data is what the services make of the same events.

``receptionapp demo-data`` writes its rows in bulk, through the row builders
the workflow services use. This test generates demo cases into one database,
replays the very same events case by case through the real services
(register_case / book / add_walk_in, prereview, call_visitor, finish_visit,
record_conversation, instruct, assign, supervise, record_reply, extend,
record_notice, complete, archive) into a fresh database, each at its moment
(time_machine), and requires every case to come out the same: the case row,
its people, the reception visit and talk, the 批示, 交办单, 督办单, 延期 and
办结单 with their numbers and dates, every obligation with its due date and
status, and every audit entry with its summary and details. Row ids differ
between the two databases; rows refer to one another by their place in the
case and to users, units and rules by name.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import time_machine
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, Region, Unit, User
from receptionapp.db.models_aftercare import FollowUp, MajorReport
from receptionapp.db.models_workflow import (
    Assignment,
    Completion,
    Conversation,
    DeadlineRuleRow,
    Extension,
    Instruction,
    Obligation,
    ReceptionDay,
    ReceptionVisit,
    Supervision,
)
from receptionapp.demo.generate import generate_demo_cases, plan_rota
from receptionapp.demo.script import (
    Archive,
    Assign,
    CaseScript,
    Complete,
    Event,
    Extend,
    FollowUpCall,
    Instruct,
    MarkMajor,
    MoveVisit,
    Notice,
    Prereview,
    Register,
    Reply,
    ReportSent,
    Supervise,
    Talk,
)
from receptionapp.demo.staff import Staff, ensure_demo_staff
from receptionapp.domain.channels import Channel
from receptionapp.domain.reception import VisitState
from receptionapp.domain.roles import Role
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.units import UnitKind
from receptionapp.domain.workflow import Route
from receptionapp.paths import DataPaths
from receptionapp.services.admin import setup
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.cases.intake import register_case
from receptionapp.services.context import Actor
from receptionapp.services.reception import conversation, visits
from receptionapp.services.workflow import (
    assignment,
    closing,
    extension,
    follow_up,
    instruction,
    major,
    notices,
    supervision,
)

# The demo office as of a fixed moment, so the same cases come out whatever the day of the run.
NOW = dt.datetime(2026, 11, 20, 16, 0)
CASES, SEED, DAYS = 153, 41, 240  # 148 simulated, 2 booked, 3 registered on 下访
TABLES = {
    "instructions": Instruction,
    "assignments": Assignment,
    "obligations": Obligation,
    "supervisions": Supervision,
    "extensions": Extension,
    "completions": Completion,
    "conversations": Conversation,
    "visits": ReceptionVisit,
    "follow_ups": FollowUp,
    "major_reports": MajorReport,
}
# Columns naming a row of the same case: compared as that row's place among the case's rows.
SIBLINGS = {
    "instruction_id": "instructions",
    "assignment_id": "assignments",
    "supervision_id": "supervisions",
    "obligation_id": "obligations",
    "visit_id": "visits",
}
ENTITIES = {
    "instruction": "instructions",
    "assignment": "assignments",
    "supervision": "supervisions",
    "obligation": "obligations",
    "completion": "completions",
    "conversation": "conversations",
    "reception_visit": "visits",
    "follow_up": "follow_ups",
    "major_report": "major_reports",
}
USER_COLUMNS = {
    "leader_id",
    "registered_by_id",
    "recorded_by_id",
    "issued_by_id",
    "reply_recorded_by_id",
    "approved_by_id",
    "closed_by_id",
    "prereview_by_id",
    "first_receiver_id",
    "user_id",
    "caller_id",
    "marked_by_id",
    "sent_by_id",
}


def travel(moment: dt.datetime) -> Any:
    # A naive moment is the office's local time.
    return time_machine.travel(moment.astimezone(), tick=False)


def fresh(folder: Path) -> tuple[Database, Actor]:
    db = open_database(DataPaths(folder).ensure())
    return db, setup.initialize(db, "示例市教育局", "admin", "系统管理员", "admin12345")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The demo database and the events of its cases; the services' database after replaying them."""
    demo, demo_admin = fresh(tmp_path_factory.mktemp("demo"))
    replayed, admin = fresh(tmp_path_factory.mktemp("replayed"))
    scripts: list[CaseScript] = []
    with travel(NOW):
        generate_demo_cases(demo, demo_admin, CASES, seed=SEED, days=DAYS, scripts=scripts)
        staff = ensure_demo_staff(replayed, admin)
        plan_rota(replayed, staff, NOW.date() - dt.timedelta(days=DAYS), NOW.date() + dt.timedelta(days=28))
    Replay(replayed, staff).cases(scripts)
    yield demo, replayed, scripts
    demo.dispose()
    replayed.dispose()


class Replay:
    """The events of demo cases entered through the services, each at its moment."""

    def __init__(self, db: Database, staff: Staff) -> None:
        self.db, self.staff = db, staff
        with db.read() as session:
            self.days = {
                day: day_id for day, day_id in session.execute(select(ReceptionDay.day, ReceptionDay.id))
            }
        self.handlers: dict[type[Event], Callable[[int, Any], None]] = {
            Prereview: self.prereview,
            MoveVisit: self.move_visit,
            Talk: self.talk,
            Instruct: self.instruct,
            Assign: self.assign,
            Supervise: self.supervise,
            Reply: self.reply,
            Extend: self.extend,
            Notice: self.notice,
            Complete: self.complete,
            Archive: self.archive,
            FollowUpCall: self.follow_up,
            MarkMajor: self.mark_major,
            ReportSent: self.report_sent,
        }

    def actor(self, event: Event) -> Actor:
        role = Role.CLERK if event.by == self.staff.clerk else Role.OFFICE
        return self.staff.actor(event.by, role)

    def cases(self, scripts: list[CaseScript]) -> None:
        for script in scripts:
            first, *rest = script.ordered()
            assert isinstance(first, Register)
            with travel(first.at):
                case_id = self.register(first)
            for event in rest:
                with travel(event.at):
                    self.handlers[type(event)](case_id, event)

    def register(self, e: Register) -> int:
        if e.visit is None:
            return register_case(self.db, self.actor(e), e.data).id
        day_id = self.days[e.visit.day]
        if e.visit.appointment:
            return visits.book(self.db, self.actor(e), day_id, e.data, e.visit.booking).case_id
        return visits.add_walk_in(self.db, self.actor(e), day_id, e.data).case_id

    def visit_id(self, case_id: int) -> int:
        with self.db.read() as session:
            return int(
                session.scalar(select(ReceptionVisit.id).where(ReceptionVisit.case_id == case_id)) or 0
            )

    def prereview(self, case_id: int, e: Prereview) -> None:
        visits.prereview(
            self.db,
            self.actor(e),
            self.visit_id(case_id),
            True,
            divisions=e.divisions,
            legal_adviser=e.legal_adviser,
        )

    def move_visit(self, case_id: int, e: MoveVisit) -> None:
        move = visits.call_visitor if e.to is VisitState.IN_TALK else visits.finish_visit
        move(self.db, self.actor(e), self.visit_id(case_id))

    def talk(self, case_id: int, e: Talk) -> None:
        conversation.record_conversation(
            self.db, self.actor(e), case_id, e.data, visit_id=self.visit_id(case_id)
        )

    def instruct(self, case_id: int, e: Instruct) -> None:
        instruction.instruct(
            self.db,
            self.actor(e),
            case_id,
            e.route,
            e.text,
            leader_id=e.leader[0],
            on=e.on,
            refusal_code=e.refusal_code,
            authority=e.authority,
        )

    def assign(self, case_id: int, e: Assign) -> None:
        assignment.assign(self.db, self.actor(e), case_id, e.unit.id, requirement=e.requirement, on=e.on)

    def open_assignment(self, case_id: int) -> int:
        with self.db.read() as session:
            return int(
                session.scalar(
                    select(Assignment.id)
                    .where(Assignment.case_id == case_id, Assignment.status == "open")
                    .order_by(Assignment.id.desc())
                )
                or 0
            )

    def open_obligation(self, case_id: int, kind: ObligationKind, **links: int) -> int:
        with self.db.read() as session:
            stmt = select(Obligation.id).where(
                Obligation.case_id == case_id, Obligation.kind == kind.value, Obligation.status == "open"
            )
            for column, value in links.items():
                stmt = stmt.where(getattr(Obligation, column) == value)
            return int(session.scalar(stmt) or 0)

    def supervise(self, case_id: int, e: Supervise) -> None:
        urged = self.open_obligation(
            case_id, ObligationKind.UNIT_REPLY, assignment_id=self.open_assignment(case_id)
        )
        supervision.supervise(
            self.db,
            self.actor(e),
            case_id,
            level=e.level,
            reason=e.reason,
            content=e.content,
            obligation_id=urged,
            on=e.on,
        )

    def reply(self, case_id: int, e: Reply) -> None:
        assignment.record_reply(self.db, self.actor(e), self.open_assignment(case_id), e.text, on=e.on)

    def extend(self, case_id: int, e: Extend) -> None:
        handling = self.open_obligation(case_id, ObligationKind.HANDLING)
        extension.extend(self.db, self.actor(e), handling, e.days, e.reason, approved_by_id=e.approver[0])

    def notice(self, case_id: int, e: Notice) -> None:
        assignment = self.open_assignment(case_id) if e.kind == notices.UNIT_ACCEPT else None
        notices.record_notice(self.db, self.actor(e), case_id, e.kind, on=e.on, assignment_id=assignment)

    def complete(self, case_id: int, e: Complete) -> None:
        closing.complete(self.db, self.actor(e), case_id, e.data)

    def archive(self, case_id: int, e: Archive) -> None:
        closing.archive(self.db, self.actor(e), case_id, on=e.on)

    def follow_up(self, case_id: int, e: FollowUpCall) -> None:
        follow_up.record_follow_up(self.db, self.actor(e), case_id, e.data)

    def mark_major(self, case_id: int, e: MarkMajor) -> None:
        major.mark_major(self.db, self.actor(e), case_id, e.data)

    def report_sent(self, case_id: int, e: ReportSent) -> None:
        major.record_sent(self.db, self.actor(e), case_id, e.sent_at, e.to)


class Snapshot:
    """A case's rows in one database, with ids turned into what they stand for."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.read() as session:
            self.users = dict(session.execute(select(User.id, User.username)).all())
            self.units = dict(session.execute(select(Unit.id, Unit.name)).all())
            self.categories = dict(session.execute(select(Category.id, Category.name)).all())
            self.regions = dict(session.execute(select(Region.id, Region.name)).all())
            self.days = dict(session.execute(select(ReceptionDay.id, ReceptionDay.day)).all())
            self.rules = {
                rid: (code, version)
                for rid, code, version in session.execute(
                    select(DeadlineRuleRow.id, DeadlineRuleRow.code, DeadlineRuleRow.version)
                )
            }

    def of(self, number: str) -> dict[str, Any]:
        """Everything about one case, as stored: the raw column values (dates as their stored text)."""
        with self.db.read() as session:
            connection = session.connection()

            def raw(sql: str, *params: Any) -> list[dict[str, Any]]:
                return [dict(r) for r in connection.exec_driver_sql(sql, params).mappings()]

            [case] = raw("SELECT * FROM cases WHERE number = ?", number)
            tables = {
                name: raw(f"SELECT * FROM {model.__tablename__} WHERE case_id = ? ORDER BY id", case["id"])
                for name, model in TABLES.items()
            }
            people = raw(
                "SELECT p.*, pt.position, pt.is_representative FROM persons p "
                "JOIN petitioners pt ON pt.person_id = p.id WHERE pt.case_id = ? ORDER BY pt.position",
                case["id"],
            )
            entries = raw("SELECT * FROM audit_log WHERE case_id = ? ORDER BY id", case["id"])
        places = {name: {row["id"]: i for i, row in enumerate(rows)} for name, rows in tables.items()}
        persons = {row["id"]: i for i, row in enumerate(people)}
        result = {name: [self.row(row, places) for row in rows] for name, rows in tables.items()}
        result["case"] = [self.row(case, places, skip=("version",))]
        result["people"] = [self.row(row, places) for row in people]
        result["audit"] = [self.entry(row, places, persons) for row in entries]
        return result

    def row(
        self, row: dict[str, Any], places: dict[str, dict[int, int]], skip: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for column, value in row.items():
            if column in ("id", "case_id", "prev_hash", "hash", *skip):
                continue
            if value is not None and column in SIBLINGS:
                value = ("#", places[SIBLINGS[column]][value])
            elif value is not None and column in USER_COLUMNS:
                value = self.users[value]
            elif column in ("unit_id", "rule_id", "category_id", "region_id", "reception_day_id"):
                lookup = {
                    "unit_id": self.units,
                    "rule_id": self.rules,
                    "category_id": self.categories,
                    "region_id": self.regions,
                    "reception_day_id": self.days,
                }[column]
                value = lookup.get(value, value)
            out[column] = value
        return out

    def entry(
        self, row: dict[str, Any], places: dict[str, dict[int, int]], persons: dict[int, int]
    ) -> dict[str, Any]:
        out = self.row(row, places)
        table = ENTITIES.get(row["entity"])
        out["entity_id"] = ("#", places[table][row["entity_id"]]) if table else row["entity"]
        details = json.loads(row["details"])
        if "petitioners" in details:
            details["petitioners"] = [persons[p] for p in details["petitioners"]]
        out["details"] = details
        return out


def numbers(scripts: list[CaseScript], db: Database) -> list[str]:
    """The case numbers of the scripted cases, in order (the booked appointments of demo-data are not scripted)."""
    with db.read() as session:
        ordered = list(session.scalars(select(Case.number).order_by(Case.id)))
    return ordered[: len(scripts)]


def test_demo_events_cover_the_workflow(office: Any) -> None:
    """The replayed demo cases go through every channel, route and step the demo office knows."""
    _demo, _replayed, scripts = office
    events = [e for s in scripts for e in s.events]
    kinds = Counter(type(e).__name__ for e in events)
    assert {e.data.channel for e in events if isinstance(e, Register)} == set(Channel)
    assert {e.route for e in events if isinstance(e, Instruct)} == set(Route)
    assert {e.unit.kind for e in events if isinstance(e, Assign)} >= {UnitKind.COUNTY_BUREAU, UnitKind.SCHOOL}
    assert {e.level.value for e in events if isinstance(e, Supervise)} == {"urge", "notify"}
    assert {e.kind for e in events if isinstance(e, Notice)} == set(notices.NOTICE_KINDS)
    assert {e.visit.appointment for e in events if isinstance(e, Register) and e.visit} == {True, False}
    assert any(e.data.head_count >= 5 for e in events if isinstance(e, Register))
    visits_of = Counter(p.id for e in events if isinstance(e, Register) for p in e.people)
    assert max(visits_of.values()) > 1, "someone comes again (重复访)"
    assert kinds["Extend"] and kinds["Archive"] and kinds["Prereview"] and kinds["Talk"]
    registered = [e for e in events if isinstance(e, Register)]
    assert any(e.first_receiver for e in registered), "the office receives someone first (首问)"
    first_seen: dict[int, Register] = {}
    routed = 0
    for e in registered:  # in the order they were registered
        known = [first_seen[p.id] for p in e.people if p.id in first_seen]
        routed += bool(e.first_receiver is None and any(k.first_receiver for k in known))
        for p in e.people:
            first_seen.setdefault(int(p.id or 0), e)
    assert routed, "a later contact goes to the person's 首问责任人"
    reviews = [e for e in events if isinstance(e, Prereview)]
    assert any(e.divisions for e in reviews) and any(e.legal_adviser for e in reviews), (
        "初审 names who attends"
    )
    closed = sum(1 for s in scripts if any(isinstance(e, Complete) for e in s.events))
    archived = sum(1 for s in scripts if any(isinstance(e, Archive) for e in s.events))
    assert 0 < archived < closed < len(scripts)
    calls = [e for e in events if isinstance(e, FollowUpCall)]
    assert {e.data.reached for e in calls} == {True, False}, "回访: reached, and tried again"
    assert kinds["MarkMajor"] and kinds["ReportSent"], "重大信访信息快报, marked and sent"


def test_demo_transfers_count_as_skipping_a_level(office: Any) -> None:
    """Route 2 (转交办理) in the demo office marks the visit 越级, as the 批示 does in the services."""
    demo, _replayed, _scripts = office
    with demo.read() as session:
        transferred = list(
            session.scalars(select(Case.skipped_level).where(Case.route == Route.TRANSFER.value))
        )
    assert transferred and all(transferred)


def test_demo_has_urgent_hotline_forms_due_on_the_centres_date(office: Any) -> None:
    """Some 12345 工单 carry the centre's 时限: their answer is due that day, not after 5 working days."""
    demo, _replayed, _scripts = office
    with demo.read() as session:
        urgent = session.execute(
            select(Case.hotline_limit, Obligation.due_date, Obligation.fixed_due)
            .join(Obligation, Obligation.case_id == Case.id)
            .where(Case.hotline_limit.is_not(None), Obligation.kind == ObligationKind.HOTLINE_REPLY.value)
        ).all()
    assert urgent and all(limit == due == fixed for limit, due, fixed in urgent)


def test_demo_cases_are_what_the_services_make_of_their_events(office: Any) -> None:
    demo, replayed, scripts = office
    expected, got = Snapshot(replayed), Snapshot(demo)
    demo_numbers, replayed_numbers = numbers(scripts, demo), numbers(scripts, replayed)
    assert demo_numbers == replayed_numbers
    for number in demo_numbers:
        made, wanted = got.of(number), expected.of(number)
        for part in wanted:
            assert made[part] == wanted[part], f"{number}: {part}"


def test_the_demo_office_has_leaders_outreach_with_cases(office: Any) -> None:
    """下访: the leaders went out in turn, each time with a matter registered on the spot."""
    from receptionapp.services.reception.outreach import list_outreach

    demo, _replayed, _scripts = office
    visits = list_outreach(demo)
    assert len(visits) == 3 and len({v.leader for v in visits}) > 1
    assert all(len(v.cases) == 1 for v in visits)
