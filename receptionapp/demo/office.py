"""The demo office at work: what happens to each case, and when.

For every case the office decides the events a person would enter — the
登记 (or the booking for a leaders' reception day), the talk, the 批示 in
one of the five routes, the 交办单, late replies and their 督办单, an
extension now and then, the notices, the 办结单 and the archive number —
each at its moment, and only if that moment has come. It decides what
happens, never what the rows hold: ``demo.rows`` builds them with the
workflow's row builders. The deadlines it reads come from the same rules
and calendar, so a late reply is late by the app's own count.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from receptionapp.demo.aftercare import AftercareOffice
from receptionapp.demo.script import (
    Archive,
    Assign,
    CaseScript,
    Complete,
    Extend,
    Instruct,
    MoveVisit,
    Notice,
    Prereview,
    Register,
    Reply,
    Someone,
    Supervise,
    Talk,
    Visit,
    Who,
)
from receptionapp.demo.setting import Setting
from receptionapp.demo.staff import Staff
from receptionapp.demo.texts import TextGenerator
from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import (
    FORWARDING_BODIES,
    HOTLINE_BODY,
    OTHER_BODY,
    Channel,
    fixed_source_body,
)
from receptionapp.domain.completion import CompletionInput, Decision, Satisfaction, ServiceMethod
from receptionapp.domain.people import COLLECTIVE_VISIT_MIN, Gender, Relation
from receptionapp.domain.reception import Booking, ConversationInput, VisitState
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.units import UnitKind, UnitRef
from receptionapp.domain.workflow import Route
from receptionapp.services.cases.intake import intake_obligations
from receptionapp.services.deadlines.obligations import plan_due
from receptionapp.services.workflow.notices import UNIT_ACCEPT, intake_notice

ROUTE_WEIGHTS = {
    Route.ACCEPT: 45,
    Route.TRANSFER: 30,
    Route.URGE: 10,
    Route.FINAL: 5,
    Route.NOT_ACCEPT: 10,
}
DECISIONS_ACCEPTED = ((Decision.SUPPORT, 45), (Decision.EXPLAIN, 40), (Decision.REJECT, 15))
DECISIONS_UNITS = ((Decision.EXPLAIN, 50), (Decision.SUPPORT, 35), (Decision.REJECT, 15))
SATISFACTION = (
    (Satisfaction.SATISFIED, 55),
    (Satisfaction.BASIC, 30),
    (Satisfaction.UNSATISFIED, 10),
    (Satisfaction.UNKNOWN, 5),
)
BOOKINGS = (Booking.PHONE, Booking.ONLINE, Booking.WRITING)
# The bodies that forward matters down to the bureau (not 12345, which is its own channel).
SENDERS = tuple(body for body in FORWARDING_BODIES if body not in (HOTLINE_BODY, OTHER_BODY))
REFUSAL = (RefusalReason.NOT_EDUCATION.value, "市人力资源和社会保障局")
EXTENSION_REASON = "涉及多个部门，需进一步调查核实"
_T = TypeVar("_T")


def _minutes(n: int) -> dt.timedelta:
    return dt.timedelta(minutes=n)


@dataclass(slots=True)
class _Case:
    """One case while the office decides its course."""

    script: CaseScript
    channel: Channel
    received: dt.datetime  # when it was registered (for an appointment: booked)
    region_id: int
    problem: str
    visit: Visit | None = None
    talk_at: dt.datetime | None = None
    route: Route = Route.ACCEPT
    unit: UnitRef | None = None
    leader: Who = (0, "")
    instructed_on: dt.date = dt.date.min
    instructed_at: dt.datetime = dt.datetime.min
    decided: bool = False
    extended_on: dt.date | None = None
    closed_on: dt.date | None = None

    @property
    def received_on(self) -> dt.date:
        return self.received.date()


class Office:
    """Decides the course of each demo case with the bureau's rules and calendar."""

    def __init__(self, setting: Setting, staff: Staff, seed: int, latest: dt.datetime) -> None:
        self.setting, self.staff, self.latest = setting, staff, latest
        self.today = latest.date()
        self.gen = TextGenerator(seed)
        self.rng = self.gen.rng
        self.calendar = setting.calendar
        self.thresholds = setting.thresholds
        self.categories = list(setting.categories)
        units = [u for u, _region in setting.units]
        self.divisions = [u for u in units if u.kind == UnitKind.DIVISION and u.name != "办公室"]
        self.schools = [u for u in units if u.kind == UnitKind.SCHOOL]
        self.county_of = {
            r: u for u, r in setting.units if u.kind == UnitKind.COUNTY_BUREAU and r is not None
        }
        self.repeaters: list[Someone] = []
        self.aftercare = AftercareOffice(setting, staff.office, seed, latest)

    def happened(self, at: dt.datetime) -> bool:
        return at <= self.latest

    def workdays_after(self, start: dt.date, days: int) -> dt.date:
        return self.calendar.workdays_after(start, days)

    def due(
        self, c: _Case, kind: ObligationKind, start: dt.date, unit: UnitRef | None = None
    ) -> tuple[dt.date, int]:
        """The due date the rules give an obligation of ``kind`` of this decided case opened on
        ``start``, and the rule's length."""
        planned = plan_due(
            self.setting.rules,
            c.channel.value,
            c.route.value,
            kind,
            start,
            unit.kind if unit else None,
            received_on=c.received_on,
            calendar=self.calendar,
        )
        assert planned is not None, kind
        return planned[2].date, planned[0].length

    # ------------------------------------------------------------ one case

    def case(self, moment: dt.datetime, channel: Channel) -> CaseScript:
        """The course of a case received at ``moment`` through ``channel``."""
        c = self.intake(moment, channel)
        self.aftercare.major(c.script, c.problem)
        self.decide(c)
        if c.visit is not None:
            self.reception(c)
        if c.decided and c.unit is not None:
            self.assign(c)
        elif c.decided:
            c.closed_on = self.workdays_after(c.instructed_on, self.rng.randint(1, 8))
        self.notices(c)
        if c.closed_on is not None:
            self.close(c, c.closed_on)
        return c.script

    def intake(self, moment: dt.datetime, channel: Channel) -> _Case:
        rng = self.rng
        category = rng.choice(self.categories)
        region_id, region = rng.choice(self.setting.regions)
        problem, demand, school = self.gen.problem(category)
        visit, received, talk_at = None, moment, None
        if channel is Channel.LEADER_RECEPTION:
            visit, received, talk_at = self.visit(moment)
            if visit is None:
                channel = Channel.VISIT
        head_count = rng.randint(5, 30) if channel.is_in_person and rng.random() < 0.04 else 1
        people = self.people(head_count)
        collective = channel.is_in_person and head_count >= COLLECTIVE_VISIT_MIN
        data = RegistrationInput(
            channel=channel,
            received_at=received,
            petitioners=[
                dataclasses.replace(p.details, is_representative=True) if collective else p.details
                for p in people
            ],
            head_count=head_count,
            category=category,
            region=region,
            unit=school,
            problem=problem,
            demand=demand,
            source_body=self.source_body(channel),
            source_ref=self.source_ref(channel, received),
            letter_pages=rng.randint(1, 6) if channel is Channel.LETTER else None,
            is_appointment=visit is not None and visit.appointment,
            skipped_level=rng.random() < 0.05,
            hotline_limit=self.hotline_limit(channel, received),
        )
        # 首问负责制: the office itself receives collective visits, and the visitors it will see again.
        regular = any(p.id is None and p in self.repeaters for p in people)
        first = self.staff.office if channel is Channel.VISIT and (collective or regular) else None
        data.first_receiver_id = first[0] if first else None
        script = CaseScript()
        script.add(Register(received, self.staff.clerk, data, tuple(people), visit, first))
        return _Case(script, channel, received, region_id, problem, visit, talk_at)

    def visit(self, moment: dt.datetime) -> tuple[Visit | None, dt.datetime, dt.datetime | None]:
        """A leaders' reception day on or before ``moment``: booked a week ahead, or walked in."""
        day = self.reception_day_before(moment)
        if day is None:
            return None, moment, None
        talk_at = dt.datetime.combine(day, dt.time(14, 30)) + _minutes(self.rng.randrange(140))
        if not self.happened(talk_at):
            return None, moment, None
        if self.rng.random() < 0.6:
            booked = dt.datetime.combine(day - dt.timedelta(days=7), dt.time(self.rng.randint(9, 16)))
            booked += _minutes(self.rng.randrange(60))
            return Visit(day, True, self.rng.choice(BOOKINGS)), booked, talk_at
        return Visit(day, False, Booking.IN_PERSON), talk_at, talk_at

    def reception_day_before(self, moment: dt.datetime) -> dt.date | None:
        for back in range(0, 14):
            day = moment.date() - dt.timedelta(days=back)
            if day in self.setting.rota:
                return day
        return None

    def people(self, head_count: int) -> list[Someone]:
        rng = self.rng
        people: list[Someone] = []
        for _ in range(rng.randint(3, 5) if head_count >= COLLECTIVE_VISIT_MIN else 1):
            if self.repeaters and rng.random() < 0.12:
                known = rng.choice(self.repeaters)
                if known not in people:
                    people.append(known)
                continue
            someone = Someone(self.new_person())
            people.append(someone)
            if rng.random() < 0.05:
                self.repeaters.append(someone)
        return people

    def new_person(self) -> PetitionerInput:
        made = self.gen.person()
        id_number = made["id_number"] or ""
        if id_number in self.setting.id_numbers:
            id_number = ""  # the ID number is someone else's: the app would take them for that person
        elif id_number:
            self.setting.id_numbers.add(id_number)
        return PetitionerInput(
            name=made["name"],
            gender=Gender(made["gender"]),
            id_number=id_number,
            phone=made["phone"],
            address=made["address"],
            relation=Relation(made["relation"]),
        )

    def source_body(self, channel: Channel) -> str:
        fixed = fixed_source_body(channel)
        return self.rng.choice(SENDERS) if fixed is None else fixed

    def hotline_limit(self, channel: Channel, received: dt.datetime) -> dt.date | None:
        """An urgent 工单 now and then: the 12345 centre wants the answer within a few days."""
        if channel is not Channel.HOTLINE or self.rng.random() >= 0.3:
            return None
        return received.date() + dt.timedelta(days=self.rng.randint(1, 3))

    def source_ref(self, channel: Channel, received: dt.datetime) -> str:
        if channel is Channel.FORWARDED:
            return f"转〔{received.year}〕{self.rng.randint(1, 999)}号"
        if channel is Channel.HOTLINE:
            return f"12345-{received:%Y%m%d}-{self.rng.randint(1000, 9999)}"
        return ""

    # ------------------------------------------------------------ 批示 and reception

    def decide(self, c: _Case) -> None:
        """The leader's 批示: its route, unit and day; a forwarded refusal's objection the same day."""
        rng = self.rng
        c.route = Route(rng.choices(list(ROUTE_WEIGHTS), list(ROUTE_WEIGHTS.values()))[0])
        c.instructed_on = self.workdays_after(c.received_on, rng.randint(0, 3))
        earliest = c.received
        if c.visit is not None and c.talk_at is not None:
            c.instructed_on, earliest = c.visit.day, c.talk_at + _minutes(25)
            c.leader = self.setting.rota[c.visit.day][1]
        else:
            c.leader = rng.choice(self.staff.leaders)
        c.instructed_at = max(dt.datetime.combine(c.instructed_on, dt.time(16, 30)), earliest + _minutes(5))
        c.decided = self.happened(c.instructed_at) and (self.today - c.received_on).days >= 1
        c.unit = self.pick_unit(c.route, c.region_id) if c.route.needs_assignment else None
        if c.route is Route.FINAL and rng.random() < 0.5:
            c.unit = None  # 复核终结 and implemented: nothing to assign
        if not c.decided:
            return
        text = self.gen.instruction(c.route.value, c.unit.name if c.unit else "有关单位")
        refusal, authority = REFUSAL if c.route is Route.NOT_ACCEPT else ("", "")
        c.script.add(
            Instruct(
                c.instructed_at,
                self.staff.office,
                c.route,
                text,
                c.leader,
                c.instructed_on,
                refusal,
                authority,
            )
        )
        if c.channel is Channel.FORWARDED and c.route is Route.NOT_ACCEPT:
            at = c.instructed_at + _minutes(5)
            c.script.add(Notice(at, self.staff.office, "objection", c.instructed_on))
        if c.route is Route.ACCEPT and rng.random() < 0.03:
            self.extend(c)

    def pick_unit(self, route: Route, region_id: int) -> UnitRef:
        if route is Route.ACCEPT or region_id not in self.county_of:
            if route is not Route.ACCEPT and self.schools and self.rng.random() < 0.5:
                return self.rng.choice(self.schools)
            return self.rng.choice(self.divisions)
        return self.county_of[region_id]

    def reception(self, c: _Case) -> None:
        """The day of the reception: 初审 of a booking, the call, the talk and its record."""
        assert c.visit is not None and c.talk_at is not None
        office, at = self.staff.office, c.talk_at
        if c.visit.appointment:
            # The 处室 that will handle it attends; the legal adviser joins when a refusal is likely.
            divisions = (c.unit.name,) if c.unit is not None and c.unit.kind == UnitKind.DIVISION else ()
            legal = c.route in (Route.NOT_ACCEPT, Route.FINAL)
            c.script.add(Prereview(c.received + dt.timedelta(hours=1), office, divisions, legal))
        c.script.add(MoveVisit(at, office, VisitState.IN_TALK))
        c.script.add(MoveVisit(at + _minutes(20), office, VisitState.DONE))
        leader_id, leader = c.leader
        talk = ConversationInput(
            leader_id=leader_id,
            attendees=f"{leader}、办公室{office[1]}" + (f"、{c.unit.name}负责人" if c.unit else ""),
            started_at=at,
            ended_at=at + _minutes(20),
            statement=c.problem,
            response=f"{c.route.label}：{c.route.description}",
        )
        c.script.add(Talk(at + _minutes(25), office, talk, c.leader))

    # ------------------------------------------------------------ 交办, 督办, 延期

    def assign(self, c: _Case) -> None:
        """The 交办单, the unit's reply (late now and then, never for a few), the 督办单 of late ones."""
        assert c.unit is not None
        rng, office = self.rng, self.staff.office
        issued_on = self.workdays_after(c.instructed_on, rng.randint(0, 2))
        at = max(dt.datetime.combine(issued_on, dt.time(10, 0)), c.instructed_at + _minutes(5))
        if not self.happened(at):
            return
        due, length = self.due(c, ObligationKind.UNIT_REPLY, issued_on, c.unit)
        requirement = f"请于{due:%Y年%m月%d日}前报送办理结果"
        c.script.add(Assign(at, office, c.unit, issued_on, requirement))
        # Now and then a unit has not answered a recent matter at all.
        stuck = rng.random() < 0.02 and (self.today - c.received_on).days < 90
        reply_on = (
            None if stuck else self.workdays_after(issued_on, max(1, int(rng.gauss(0.65, 0.25) * length)))
        )
        if reply_on is not None and c.extended_on is not None:
            # Extended: the matter needed more time, the answer comes after the approval.
            reply_on = max(reply_on, self.workdays_after(c.extended_on, rng.randint(1, 10)))
        if c.unit.kind == UnitKind.COUNTY_BUREAU:
            self.unit_accepts(c, issued_on, reply_on)
        self.supervise(c, due, reply_on)
        if reply_on is None or not self.happened(dt.datetime.combine(reply_on, dt.time(15, 0))):
            return
        c.script.add(Reply(dt.datetime.combine(reply_on, dt.time(15, 0)), office, reply_on, self.gen.reply()))
        c.closed_on = self.workdays_after(reply_on, rng.randint(1, 10))

    def unit_accepts(self, c: _Case, issued_on: dt.date, reply_on: dt.date | None) -> None:
        """A county bureau tells the petitioner it accepts the matter, and the office records it (unless the reply came first)."""
        told_on = self.workdays_after(issued_on, self.rng.randint(3, 16))
        told_at = dt.datetime.combine(told_on, dt.time(11, 0))
        if self.happened(told_at) and (reply_on is None or told_on < reply_on):
            c.script.add(Notice(told_at, self.staff.office, UNIT_ACCEPT, told_on))

    def supervise(self, c: _Case, due: dt.date, reply_on: dt.date | None) -> None:
        """督办 the working day after the reply deadline, 通报 some days later, while no reply came."""
        levels = (
            (SupervisionLevel.URGE, self.thresholds.urge_after),
            (SupervisionLevel.NOTIFY, self.thresholds.notify_after),
        )
        for level, after in levels:
            issued = self.workdays_after(due, after)
            at = dt.datetime.combine(issued, dt.time(9, 30))
            if not self.happened(at) or (reply_on is not None and reply_on <= issued):
                return
            content = f"该事项已超过办理期限{after}个工作日，请抓紧办理并报送结果。"
            c.script.add(Supervise(at, self.staff.office, issued, level, SupervisionReason.OVERDUE, content))

    def extend(self, c: _Case) -> None:
        """A leader extends the 办理期限 by 30 days some days before it runs out."""
        old_due = self.due(c, ObligationKind.HANDLING, c.instructed_on)[0]
        approved = old_due - dt.timedelta(days=self.rng.randint(3, 10))
        at = dt.datetime.combine(approved, dt.time(11, 0))
        if not self.happened(at):
            return
        approver = self.rng.choice(self.staff.leaders)
        c.script.add(Extend(at, self.staff.office, 30, EXTENSION_REASON, approver))
        c.extended_on = approved

    # ------------------------------------------------------------ notices, 办结, 归档

    def notices(self, c: _Case) -> None:
        """The written notice of the decision (a 12345 form is answered by its 办结), the 延期告知."""
        rng, office = self.rng, self.staff.office
        if c.extended_on is not None:
            on = c.extended_on + dt.timedelta(days=rng.randint(1, 3))
            if c.closed_on is None or on <= c.closed_on:
                at = dt.datetime.combine(on, dt.time(12, 0))
                if self.happened(at):
                    c.script.add(Notice(at, office, "extension", on))
        notice_on = c.received_on + dt.timedelta(days=rng.randint(2, 16))
        if not c.decided or intake_obligations(c.channel)[0] is not ObligationKind.INTAKE_NOTICE:
            return
        notice_on = max(notice_on, c.instructed_on)
        if c.closed_on is not None:
            notice_on = min(notice_on, c.closed_on)
        at = max(dt.datetime.combine(notice_on, dt.time(12, 0)), c.instructed_at + _minutes(10))
        if self.happened(at):
            c.script.add(Notice(at, office, intake_notice(c.route), notice_on))

    def close(self, c: _Case, closed_on: dt.date) -> None:
        """The 办结单 (how the reply went out, how satisfied the petitioner was); the archive number later."""
        rng = self.rng
        at = dt.datetime.combine(closed_on, dt.time(17, 0))
        if not self.happened(at):
            return
        if c.route is Route.NOT_ACCEPT:
            decision = Decision.NOT_ACCEPTED
        else:
            decision = self.weighted(DECISIONS_ACCEPTED if c.route is Route.ACCEPT else DECISIONS_UNITS)
        service = self.service(c.channel)
        data = CompletionInput(
            decision=decision,
            summary=self.gen.completion(decision.value),
            service=service,
            mail_number=f"XA{rng.randrange(10**9):09d}CN" if service is ServiceMethod.REGISTERED_MAIL else "",
            served_on=closed_on,
            receipt_signed=service is ServiceMethod.IN_PERSON,
            satisfaction=self.weighted(SATISFACTION),
            closed_on=closed_on,
        )
        c.script.add(Complete(at, self.staff.office, data))
        self.aftercare.follow_up(c.script, closed_on)
        if (self.today - closed_on).days > 60 and rng.random() < 0.9:
            archive_on = closed_on + dt.timedelta(days=rng.randint(20, 60))
            c.script.add(
                Archive(dt.datetime.combine(archive_on, dt.time(10, 0)), self.staff.office, archive_on)
            )

    def service(self, channel: Channel) -> ServiceMethod:
        rng = self.rng
        if channel is Channel.HOTLINE:
            return ServiceMethod.HOTLINE
        if channel is Channel.ONLINE and rng.random() < 0.5:
            return ServiceMethod.ONLINE
        if channel.is_in_person and rng.random() < 0.6:
            return ServiceMethod.IN_PERSON
        return ServiceMethod.REGISTERED_MAIL

    def weighted(self, pairs: tuple[tuple[_T, int], ...]) -> _T:
        return self.rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]
