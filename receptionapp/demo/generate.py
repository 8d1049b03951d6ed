"""A lived-in demo office: ``receptionapp demo-data``.

Cases are spread over the last three years across every channel, category,
region and state, and each one has lived its life: the leaders' reception
days with their queues and 接谈记录, 批示 in all five routes, 交办单 with
the rule deadlines, late replies with 督办单, extensions, 办结单 with
service and satisfaction, archive numbers, and a timeline of audit entries.
Rows are written in bulk (Core inserts, one transaction per batch), so
200,000 cases take a few minutes, not hours. The state machine and the
deadline rules are the app's own, so demo data is what the app would have
produced.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import func, insert, select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, CaseCounter, Category, Person, Petitioner, Region, Unit
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
from receptionapp.db.postgres import reset_sequences
from receptionapp.db.search import compose_text, index_many
from receptionapp.demo.key_petitioners import mark_key_petitioners
from receptionapp.demo.staff import Staff, ensure_demo_staff
from receptionapp.demo.texts import TextGenerator
from receptionapp.domain.channels import FORWARDING_BODIES, Channel
from receptionapp.domain.completion import closing_deadline
from receptionapp.domain.deadlines import default_calendar
from receptionapp.domain.numbering import format_case_number
from receptionapp.domain.reception import Schedule, free_reception_date, nominal_days
from receptionapp.domain.rules import DeadlineRule, ObligationKind, pick_rule
from receptionapp.domain.workflow import Route
from receptionapp.paths import DataPaths
from receptionapp.services.audit import content_hash, last_hash
from receptionapp.services.cases.intake import intake_obligations
from receptionapp.services.context import Actor
from receptionapp.services.deadlines.obligations import rule_of
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
ROUTE_WEIGHTS = {
    Route.ACCEPT: 45,
    Route.TRANSFER: 30,
    Route.URGE: 10,
    Route.FINAL: 5,
    Route.NOT_ACCEPT: 10,
}
DECISIONS_ACCEPTED = (("support", 45), ("explain", 40), ("reject", 15))
DECISIONS_UNITS = (("explain", 50), ("support", 35), ("reject", 15))
SATISFACTION = (("satisfied", 55), ("basic", 30), ("unsatisfied", 10), ("unknown", 5))
# In an order that satisfies the foreign keys.
TABLE_MODELS: dict[str, type[Any]] = {
    "persons": Person,
    "cases": Case,
    "petitioners": Petitioner,
    "visits": ReceptionVisit,
    "conversations": Conversation,
    "instructions": Instruction,
    "assignments": Assignment,
    "obligations": Obligation,
    "supervisions": Supervision,
    "extensions": Extension,
    "completions": Completion,
}

Progress = Callable[[int, int], None]


@dataclass
class _Batch:
    """Rows of one transaction, per table, plus the audit events in order."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {k: [] for k in TABLE_MODELS})
    search: list[tuple[int, str]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


class _Office:
    """Simulates the office's work on each demo case with the app's own rules and calendar."""

    def __init__(self, db: Database, actor: Actor, staff: Staff, seed: int, today: dt.date) -> None:
        self.db, self.actor, self.staff, self.today = db, actor, staff, today
        self.gen = TextGenerator(seed)
        self.rng = self.gen.rng
        self.calendar = default_calendar()
        with db.read() as session:
            self.rules: list[DeadlineRule] = [
                rule_of(r) for r in session.scalars(select(DeadlineRuleRow).where(DeadlineRuleRow.active))
            ]
            self.categories = {name: cid for name, cid in session.execute(select(Category.name, Category.id))}
            self.regions = [(rid, name) for rid, name in session.execute(select(Region.id, Region.name))]
            self.units = [
                (uid, name, kind, region)
                for uid, name, kind, region in session.execute(
                    select(Unit.id, Unit.name, Unit.kind, Unit.region_id)
                )
            ]
            self.counters = {(c.channel, c.year): c.last for c in session.scalars(select(CaseCounter))}
            self.next_id = {
                name: (session.scalar(select(func.max(model.id))) or 0) + 1
                for name, model in TABLE_MODELS.items()
                if name != "petitioners"
            }
            self.next_id["reception_days"] = (session.scalar(select(func.max(ReceptionDay.id))) or 0) + 1
        self.divisions = [(i, n) for i, n, k, _r in self.units if k == "division" and n != "办公室"]
        self.county_of = {r: (i, n) for i, n, k, r in self.units if k == "county_bureau"}
        self.schools = [(i, n) for i, n, k, _r in self.units if k == "school"]
        self.kind_of = {i: k for i, _n, k, _r in self.units}
        self.repeaters: list[int] = []
        self.names_of: dict[int, tuple[str, str, str]] = {}
        self.reception_days: dict[dt.date, tuple[int, int, str]] = {}  # day -> (id, leader id, name)
        self.queue_positions: dict[int, list[int]] = {}

    # ------------------------------------------------------------ helpers

    def take(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def number(self, key: str, year: int) -> int:
        self.counters[(key, year)] = self.counters.get((key, year), 0) + 1
        return self.counters[(key, year)]

    def weighted(self, pairs: tuple[tuple[str, int], ...]) -> str:
        return self.rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]

    def workdays_after(self, start: dt.date, days: int) -> dt.date:
        return _due(self.calendar, start, days, "working_days")[0]

    def rule(
        self, kind: ObligationKind, channel: str, route: str | None, unit_kind: str | None
    ) -> DeadlineRule:
        found = pick_rule(self.rules, kind, channel, route, unit_kind)
        assert found is not None and found.id is not None, kind
        return found

    # ------------------------------------------------------------ the reception days

    def plan_reception_days(self, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
        schedule = Schedule()
        rows = []
        weeks = (last - first).days // 7 + 2
        for i, nominal in enumerate(nominal_days(first, weeks, schedule.weekday)):
            day = free_reception_date(nominal, self.calendar, schedule.move, set(self.reception_days))
            if day is None or day > last:
                continue
            leader_id, leader = self.staff.leaders[i % len(self.staff.leaders)]
            day_id = self.take("reception_days")
            self.reception_days[day] = (day_id, leader_id, leader)
            rows.append(
                {
                    "id": day_id,
                    "day": day,
                    "nominal_day": nominal,
                    "leader_id": leader_id,
                    "substitute_id": None,
                    "starts": schedule.start,
                    "ends": schedule.end,
                    "place": schedule.place,
                    "note": "因节假日调整" if day != nominal else "",
                    "cancelled": False,
                    "created_at": dt.datetime.combine(nominal - dt.timedelta(days=30), dt.time(9)),
                }
            )
        return rows

    def reception_day_before(self, moment: dt.datetime) -> dt.date | None:
        for back in range(0, 14):
            day = moment.date() - dt.timedelta(days=back)
            if day in self.reception_days:
                return day
        return None

    # ------------------------------------------------------------ one case

    def event(
        self,
        batch: _Batch,
        at: dt.datetime,
        who: tuple[int, str],
        action: str,
        entity: str,
        entity_id: int | None,
        case_id: int,
        summary: str,
        details: dict[str, Any] | None = None,
    ) -> None:
        batch.events.append(
            {
                "at": at,
                "user_id": who[0],
                "user_name": who[1],
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "case_id": case_id,
                "summary": summary,
                "details": json.dumps({"demo": True, **(details or {})}, ensure_ascii=False, default=str),
            }
        )

    def obligation(
        self,
        batch: _Batch,
        case_id: int,
        kind: ObligationKind,
        rule: DeadlineRule,
        start: dt.date,
        *,
        done_on: dt.date | None,
        unit: tuple[int, str] | None = None,
        cancelled: bool = False,
        assignment_id: int | None = None,
        supervision_id: int | None = None,
        extension_days: int = 0,
        label: str | None = None,
    ) -> dict[str, Any]:
        due, provisional = _due(self.calendar, start, rule.length, rule.unit.value)
        if extension_days:
            due, extra = _due(self.calendar, due, extension_days, rule.unit.value)
            provisional = provisional or extra
        finished = done_on is not None and done_on <= self.today
        row = {
            "id": self.take("obligations"),
            "case_id": case_id,
            "kind": kind.value,
            "rule_id": rule.id,
            "label": label or (f"{kind.label}（{unit[1]}）" if unit else kind.label),
            "unit_id": unit[0] if unit else None,
            "assignment_id": assignment_id,
            "supervision_id": supervision_id,
            "start_date": start,
            "length": rule.length,
            "unit": rule.unit.value,
            "extension_days": extension_days,
            "due_date": due,
            "provisional": provisional,
            "status": ("cancelled" if cancelled else "done") if finished else "open",
            "done_at": dt.datetime.combine(done_on, dt.time(16, 0)) if finished and done_on else None,
            "done_note": "",
            "created_at": dt.datetime.combine(start, dt.time(9, 0)),
        }
        batch.rows["obligations"].append(row)
        return row

    def simulate(self, batch: _Batch, received: dt.datetime, channel: Channel) -> None:
        rng, gen, staff = self.rng, self.gen, self.staff
        clerk, office = staff.clerk, staff.office
        category = rng.choice(list(self.categories))
        region_id, _region = rng.choice(self.regions)
        problem, demand, school = gen.problem(category)
        visit_day: dt.date | None = None
        if channel is Channel.LEADER_RECEPTION:
            visit_day = self.reception_day_before(received)
            if visit_day is None:
                channel = Channel.VISIT
            else:
                received = dt.datetime.combine(visit_day, dt.time(14, 30)) + dt.timedelta(
                    minutes=rng.randrange(140)
                )
        seq = self.number(channel.value, received.year)
        number = format_case_number(channel, received.year, seq)
        case_id = self.take("cases")
        head_count = rng.randint(5, 30) if channel.is_in_person and rng.random() < 0.04 else 1
        people_ids, is_repeat = self.people(batch, head_count)
        received_on = received.date()

        # 批示, 交办, replies, 督办, 办结 — each happens only if its day has come.
        route = Route(rng.choices(list(ROUTE_WEIGHTS), list(ROUTE_WEIGHTS.values()))[0])
        instructed_on = self.workdays_after(received_on, rng.randint(0, 3))
        if channel is Channel.LEADER_RECEPTION:
            instructed_on = received_on
        leader = self.reception_days[visit_day][1:] if visit_day else rng.choice(staff.leaders)
        decided = instructed_on <= self.today and (self.today - received_on).days >= 1
        unit = self.pick_unit(route, region_id) if route.needs_assignment else None
        if route is Route.FINAL and rng.random() < 0.5:
            unit = None  # 复核终结 and implemented: nothing to assign
        assignment_id: int | None = None
        issued_on = self.workdays_after(instructed_on, rng.randint(0, 2))
        assigned = decided and unit is not None and issued_on <= self.today
        reply_on: dt.date | None = None
        # Now and then a unit has not answered a recent matter at all.
        stuck = rng.random() < 0.02 and (self.today - received.date()).days < 90
        notice_on = received_on + dt.timedelta(days=rng.randint(2, 16))
        closed_on: dt.date | None = None
        obligations: list[dict[str, Any]] = []

        self.event(
            batch,
            received,
            clerk,
            "register",
            "case",
            case_id,
            case_id,
            f"登记{channel.label}（演示数据）" + ("（重复访）" if is_repeat else ""),
            {"number": number},
        )
        if visit_day:
            self.reception(batch, case_id, visit_day, received, problem, route, unit)

        if decided:
            text = gen.instruction(route.value, unit[1] if unit else "有关单位")
            row_id = self.take("instructions")
            batch.rows["instructions"].append(
                {
                    "id": row_id,
                    "case_id": case_id,
                    "leader_id": leader[0],
                    "leader_name": leader[1],
                    "route": route.value,
                    "text": text,
                    "refusal_code": "not_education" if route is Route.NOT_ACCEPT else "",
                    "authority": "市人力资源和社会保障局" if route is Route.NOT_ACCEPT else "",
                    "instructed_on": instructed_on,
                    "recorded_by_id": office[0],
                    "recorded_at": dt.datetime.combine(instructed_on, dt.time(16, 30)),
                }
            )
            self.event(
                batch,
                dt.datetime.combine(instructed_on, dt.time(16, 30)),
                office,
                "instruct",
                "instruction",
                row_id,
                case_id,
                f"{leader[1]}批示（{route.number}. {route.label}）：{text}",
            )

        if assigned and unit is not None:
            assignment_id = self.take("assignments")
            unit_kind = self.kind_of[unit[0]]
            reply_rule = self.rule(ObligationKind.UNIT_REPLY, channel.value, route.value, unit_kind)
            reply_due = _due(self.calendar, issued_on, reply_rule.length, reply_rule.unit.value)[0]
            spread = max(1, int(rng.gauss(0.65, 0.25) * reply_rule.length))
            reply_on = None if stuck else self.workdays_after(issued_on, spread)
            replied = reply_on is not None and reply_on <= self.today
            obligations.append(
                self.obligation(
                    batch,
                    case_id,
                    ObligationKind.UNIT_REPLY,
                    reply_rule,
                    issued_on,
                    done_on=reply_on,
                    unit=unit,
                    assignment_id=assignment_id,
                )
            )
            if unit_kind == "county_bureau":
                rule = self.rule(ObligationKind.UNIT_ACCEPTANCE, channel.value, route.value, unit_kind)
                obligations.append(
                    self.obligation(
                        batch,
                        case_id,
                        ObligationKind.UNIT_ACCEPTANCE,
                        rule,
                        issued_on,
                        done_on=self.workdays_after(issued_on, rng.randint(3, 16)),
                        unit=unit,
                        assignment_id=assignment_id,
                    )
                )
            a_number = f"交办〔{issued_on.year}〕{self.number('form:assignment', issued_on.year):04d}号"
            reply_text = gen.reply() if replied else ""
            batch.rows["assignments"].append(
                {
                    "id": assignment_id,
                    "case_id": case_id,
                    "number": a_number,
                    "unit_id": unit[0],
                    "instruction_id": self.next_id["instructions"] - 1,
                    "instruction_text": text,
                    "requirement": f"请于{reply_due:%Y年%m月%d日}前报送办理结果",
                    "conceal_identity": unit[1] in problem,
                    "issued_on": issued_on,
                    "due_date": reply_due,
                    "issued_by_id": office[0],
                    "status": "replied" if replied else "open",
                    "reply": reply_text,
                    "replied_on": reply_on if replied else None,
                    "reply_recorded_by_id": office[0] if replied else None,
                    "created_at": dt.datetime.combine(issued_on, dt.time(10, 0)),
                }
            )
            self.event(
                batch,
                dt.datetime.combine(issued_on, dt.time(10, 0)),
                office,
                "assign",
                "assignment",
                assignment_id,
                case_id,
                f"交办{unit[1]}（{a_number}），期限{reply_due:%Y-%m-%d}",
            )
            self.supervisions(batch, case_id, unit, assignment_id, obligations[0], reply_on, channel)
            if replied and reply_on:
                self.event(
                    batch,
                    dt.datetime.combine(reply_on, dt.time(15, 0)),
                    office,
                    "reply",
                    "assignment",
                    assignment_id,
                    case_id,
                    f"{unit[1]}回复{a_number}"
                    + ("（超期）" if reply_on > reply_due else "")
                    + f"：{reply_text}",
                )
                closed_on = self.workdays_after(reply_on, rng.randint(1, 10))
        elif decided and unit is None:
            closed_on = self.workdays_after(instructed_on, rng.randint(1, 8))

        # The first deadlines: the written notice (or the hotline reply), the objection.
        first_kind = intake_obligations(channel)[0]
        first_rule = self.rule(first_kind, channel.value, None, None)
        closes_with_case = first_kind is ObligationKind.HOTLINE_REPLY
        if closed_on is not None:
            notice_on = min(notice_on, closed_on)
        obligations.append(
            self.obligation(
                batch,
                case_id,
                first_kind,
                first_rule,
                received_on,
                done_on=closed_on if closes_with_case else (notice_on if decided else None),
            )
        )
        if channel is Channel.FORWARDED:
            rule = self.rule(ObligationKind.FORWARD_OBJECTION, channel.value, None, None)
            refused = route is Route.NOT_ACCEPT
            obligations.append(
                self.obligation(
                    batch,
                    case_id,
                    ObligationKind.FORWARD_OBJECTION,
                    rule,
                    received_on,
                    done_on=instructed_on if decided else None,
                    cancelled=not refused,
                )
            )
        if decided and route is Route.ACCEPT:
            rule = self.rule(ObligationKind.HANDLING, channel.value, route.value, None)
            extend = rng.random() < 0.03
            handling = self.obligation(
                batch,
                case_id,
                ObligationKind.HANDLING,
                rule,
                instructed_on,
                done_on=closed_on,
                extension_days=30 if extend else 0,
            )
            obligations.append(handling)
            if extend:
                self.extension(batch, case_id, handling, instructed_on, channel)

        # 办结 and 归档.
        status = "registered"
        if assigned:
            status = "replied" if reply_on and reply_on <= self.today else "in_progress"
        closed = closed_on is not None and closed_on <= self.today
        if closed and closed_on is not None:
            status = self.complete(batch, case_id, channel, route, closed_on, obligations)
        open_dues = [(o["due_date"], o["provisional"]) for o in obligations if o["status"] == "open"]
        first_due = min(open_dues) if open_dues else (None, False)
        batch.rows["cases"].append(
            {
                "id": case_id,
                "number": number,
                "channel": channel.value,
                "year": received.year,
                "seq": seq,
                "status": status,
                "received_at": received,
                "registered_by_id": clerk[0],
                "category_id": self.categories[category],
                "region_id": region_id,
                "unit_name": school,
                "head_count": head_count,
                "is_collective": head_count >= 5,
                "is_repeat": is_repeat,
                "skipped_level": rng.random() < 0.05,
                "is_appointment": bool(visit_day) and rng.random() < 0.6,
                "problem": problem,
                "demand": demand,
                "source_body": self.source_body(channel),
                "source_ref": self.source_ref(channel, received),
                "letter_pages": rng.randint(1, 6) if channel is Channel.LETTER else None,
                "note": "",
                "review_stage": "final_review" if route is Route.FINAL else "none",
                "route": route.value if decided else None,
                "decided_on": instructed_on if decided else None,
                "due_date": first_due[0],
                "due_provisional": first_due[1],
                "closed_at": dt.datetime.combine(closed_on, dt.time(17, 0)) if closed and closed_on else None,
                "void_reason": "",
                "created_at": received,
                "updated_at": received,
                "version": 1,
            }
        )
        for position, person_id in enumerate(dict.fromkeys(people_ids)):
            batch.rows["petitioners"].append(
                {
                    "case_id": case_id,
                    "person_id": person_id,
                    "position": position,
                    "is_representative": head_count >= 5,
                }
            )
        case = batch.rows["cases"][-1]
        people_text = [self.names_of.get(pid, ("", "", "")) for pid in people_ids]
        batch.search.append(
            (
                case_id,
                compose_text(
                    (number, problem, demand, school, case["source_body"], case["source_ref"]), people_text
                ),
            )
        )

    def people(self, batch: _Batch, head_count: int) -> tuple[list[int], bool]:
        rng = self.rng
        ids: list[int] = []
        is_repeat = False
        for _ in range(rng.randint(2, 4) if head_count >= 5 else 1):
            if self.repeaters and rng.random() < 0.12:
                ids.append(rng.choice(self.repeaters))
                is_repeat = True
                continue
            person = self.gen.person()
            person["id"] = self.take("persons")
            batch.rows["persons"].append(person)
            self.names_of[person["id"]] = (person["name"], person["id_number"] or "", person["phone"])
            ids.append(person["id"])
            if rng.random() < 0.05:
                self.repeaters.append(person["id"])
        return ids, is_repeat

    def pick_unit(self, route: Route, region_id: int) -> tuple[int, str]:
        if route is Route.ACCEPT or region_id not in self.county_of:
            if route is not Route.ACCEPT and self.schools and self.rng.random() < 0.5:
                return self.rng.choice(self.schools)
            return self.rng.choice(self.divisions)
        return self.county_of[region_id]

    def source_body(self, channel: Channel) -> str:
        if channel is Channel.FORWARDED:
            return self.rng.choice(FORWARDING_BODIES[:4])
        return "12345政务服务便民热线" if channel is Channel.HOTLINE else ""

    def source_ref(self, channel: Channel, received: dt.datetime) -> str:
        if channel is Channel.FORWARDED:
            return f"转〔{received.year}〕{self.rng.randint(1, 999)}号"
        if channel is Channel.HOTLINE:
            return f"12345-{received:%Y%m%d}-{self.rng.randint(1000, 9999)}"
        return ""

    def reception(
        self,
        batch: _Batch,
        case_id: int,
        day: dt.date,
        at: dt.datetime,
        problem: str,
        route: Route,
        unit: tuple[int, str] | None,
    ) -> None:
        day_id, leader_id, leader = self.reception_days[day]
        appointment = self.rng.random() < 0.6
        taken = self.queue_positions.setdefault(day_id, [0, 1000])
        taken[0 if appointment else 1] += 1
        visit_id = self.take("visits")
        batch.rows["visits"].append(
            {
                "id": visit_id,
                "reception_day_id": day_id,
                "case_id": case_id,
                "is_appointment": appointment,
                "booking": self.rng.choice(("phone", "online", "writing")) if appointment else "in_person",
                "booked_at": at - dt.timedelta(days=7) if appointment else at,
                "position": taken[0 if appointment else 1],
                "prereview": "accepted",
                "prereview_reason": "",
                "prereview_by_id": self.staff.office[0] if appointment else None,
                "state": "done",
                "arrived_at": at,
                "called_at": at,
                "finished_at": at + dt.timedelta(minutes=20),
            }
        )
        talk_id = self.take("conversations")
        batch.rows["conversations"].append(
            {
                "id": talk_id,
                "case_id": case_id,
                "visit_id": visit_id,
                "leader_id": leader_id,
                "leader_name": leader,
                "attendees": f"{leader}、办公室{self.staff.office[1]}"
                + (f"、{unit[1]}负责人" if unit else ""),
                "started_at": at,
                "ended_at": at + dt.timedelta(minutes=20),
                "statement": problem,
                "response": f"{route.label}：{route.description}",
                "recorded_by_id": self.staff.office[0],
                "recorded_at": at + dt.timedelta(minutes=25),
            }
        )
        self.event(
            batch,
            at + dt.timedelta(minutes=25),
            self.staff.office,
            "talk",
            "conversation",
            talk_id,
            case_id,
            f"{leader}接谈：{problem[:60]}",
        )

    def supervisions(
        self,
        batch: _Batch,
        case_id: int,
        unit: tuple[int, str],
        assignment_id: int,
        reply: dict[str, Any],
        reply_on: dt.date | None,
        channel: Channel,
    ) -> None:
        due = reply["due_date"]
        for level, after in (("urge", 1), ("notify", 5)):
            issued = self.workdays_after(due, after)
            if issued > self.today or (reply_on is not None and reply_on <= issued):
                return
            sup_id = self.take("supervisions")
            rule = self.rule(ObligationKind.SUPERVISION_ANSWER, channel.value, None, self.kind_of[unit[0]])
            answer = self.obligation(
                batch,
                case_id,
                ObligationKind.SUPERVISION_ANSWER,
                rule,
                issued,
                done_on=reply_on,
                unit=unit,
                supervision_id=sup_id,
                label=f"{'督办' if level == 'urge' else '通报'}回复（{unit[1]}）",
            )
            number = f"督办〔{issued.year}〕{self.number('form:supervision', issued.year):04d}号"
            answered = reply_on is not None and reply_on <= self.today
            batch.rows["supervisions"].append(
                {
                    "id": sup_id,
                    "case_id": case_id,
                    "number": number,
                    "obligation_id": reply["id"],
                    "assignment_id": assignment_id,
                    "unit_id": unit[0],
                    "level": level,
                    "reason": "overdue",
                    "requested_by": "",
                    "content": f"该事项已超过办理期限{after}个工作日，请抓紧办理并报送结果。",
                    "issued_on": issued,
                    "due_date": answer["due_date"],
                    "issued_by_id": self.staff.office[0],
                    "answer": "已报送办理回复" if answered else "",
                    "answered_on": reply_on if answered else None,
                    "created_at": dt.datetime.combine(issued, dt.time(9, 30)),
                }
            )
            self.event(
                batch,
                dt.datetime.combine(issued, dt.time(9, 30)),
                self.staff.office,
                "supervise",
                "supervision",
                sup_id,
                case_id,
                f"{'督办' if level == 'urge' else '通报'}（{number}）：{unit[1]}",
            )

    def extension(
        self, batch: _Batch, case_id: int, handling: dict[str, Any], start: dt.date, channel: Channel
    ) -> None:
        old_due = _due(self.calendar, start, handling["length"], handling["unit"])[0]
        approved = old_due - dt.timedelta(days=self.rng.randint(3, 10))
        if approved > self.today:
            handling["extension_days"] = 0
            handling["due_date"] = old_due
            return
        leader = self.rng.choice(self.staff.leaders)
        batch.rows["extensions"].append(
            {
                "id": self.take("extensions"),
                "case_id": case_id,
                "obligation_id": handling["id"],
                "days": 30,
                "reason": "涉及多个部门，需进一步调查核实",
                "old_due": old_due,
                "new_due": handling["due_date"],
                "approved_by_id": leader[0],
                "recorded_by_id": self.staff.office[0],
                "approved_at": dt.datetime.combine(approved, dt.time(11, 0)),
            }
        )
        rule = self.rule(ObligationKind.EXTENSION_NOTICE, channel.value, None, None)
        self.obligation(
            batch,
            case_id,
            ObligationKind.EXTENSION_NOTICE,
            rule,
            approved,
            done_on=approved + dt.timedelta(days=self.rng.randint(1, 3)),
        )
        self.event(
            batch,
            dt.datetime.combine(approved, dt.time(11, 0)),
            self.staff.office,
            "extend",
            "obligation",
            handling["id"],
            case_id,
            f"{leader[1]}批准延期：办理期限延长30日，期限由{old_due:%Y-%m-%d}改为{handling['due_date']:%Y-%m-%d}",
        )

    def complete(
        self,
        batch: _Batch,
        case_id: int,
        channel: Channel,
        route: Route,
        closed_on: dt.date,
        obligations: list[dict[str, Any]],
    ) -> str:
        rng = self.rng
        for row in obligations:
            if row["status"] == "open":
                row["status"] = "done"
                row["done_at"] = dt.datetime.combine(closed_on, dt.time(17, 0))
        if route is Route.NOT_ACCEPT:
            decision = "not_accepted"
        else:
            decision = self.weighted(DECISIONS_ACCEPTED if route is Route.ACCEPT else DECISIONS_UNITS)
        if channel is Channel.HOTLINE:
            service = "hotline"
        elif channel is Channel.ONLINE and rng.random() < 0.5:
            service = "online"
        elif channel.is_in_person and rng.random() < 0.6:
            service = "in_person"
        else:
            service = "registered_mail"
        deadline = closing_deadline(
            channel.value,
            route.value,
            [(o["kind"], o["due_date"]) for o in obligations if o["status"] != "cancelled"],
        )
        archived = (self.today - closed_on).days > 60 and rng.random() < 0.9
        archive_on = closed_on + dt.timedelta(days=rng.randint(20, 60))
        archive_number = ""
        if archived:
            archive_number = f"信档〔{archive_on.year}〕{self.number('form:archive', archive_on.year):04d}号"
        completion_id = self.take("completions")
        summary = self.gen.completion(decision)
        satisfaction = self.weighted(SATISFACTION)
        batch.rows["completions"].append(
            {
                "id": completion_id,
                "case_id": case_id,
                "decision": decision,
                "summary": summary,
                "service": service,
                "mail_number": f"XA{rng.randrange(10**9):09d}CN" if service == "registered_mail" else "",
                "served_on": closed_on,
                "receipt_signed": service == "in_person",
                "satisfaction": satisfaction,
                "closed_on": closed_on,
                "on_time": deadline is None or closed_on <= deadline,
                "note": "",
                "archive_number": archive_number,
                "archived_on": archive_on if archived else None,
                "closed_by_id": self.staff.office[0],
                "created_at": dt.datetime.combine(closed_on, dt.time(17, 0)),
            }
        )
        self.event(
            batch,
            dt.datetime.combine(closed_on, dt.time(17, 0)),
            self.staff.office,
            "complete",
            "completion",
            completion_id,
            case_id,
            f"办结：{summary}",
        )
        if archived:
            self.event(
                batch,
                dt.datetime.combine(archive_on, dt.time(10, 0)),
                self.staff.office,
                "archive",
                "case",
                case_id,
                case_id,
                f"归档，档案号{archive_number}",
            )
            return "archived"
        return "closed"

    # ------------------------------------------------------------ writing

    def write(self, batch: _Batch, reception_days: list[dict[str, Any]]) -> None:
        with self.db.write() as session:
            # Core inserts (executemany): the ORM's bulk path costs seconds per batch here.
            if reception_days:
                session.execute(insert(ReceptionDay.__table__), reception_days)
            for table, model in TABLE_MODELS.items():
                if batch.rows[table]:
                    session.execute(insert(model.__table__), batch.rows[table])
            index_many(session, batch.search)
            prev = last_hash(session)
            batch.events.sort(key=lambda e: (e["case_id"], e["at"]))
            for row in batch.events:
                row["prev_hash"] = prev
                row["hash"] = prev = content_hash(
                    prev,
                    row["at"],
                    row["user_id"],
                    row["user_name"],
                    row["action"],
                    row["entity"],
                    row["entity_id"],
                    row["case_id"],
                    row["summary"],
                    row["details"],
                )
            if batch.events:
                session.execute(insert(AuditEntry.__table__), batch.events)
            for (key, year), last in self.counters.items():
                counter = session.get(CaseCounter, (key, year))
                if counter is None:
                    session.add(CaseCounter(channel=key, year=year, last=last))
                else:
                    counter.last = max(counter.last, last)
            # The ids above were chosen here: PostgreSQL's sequences must move past them.
            session.flush()
            reset_sequences(session.connection())


@lru_cache(maxsize=200_000)
def _due_cached(start: dt.date, length: int, unit: str, calendar_id: int) -> tuple[dt.date, bool]:
    due = default_calendar().due_date(start, length, unit)
    return due.date, due.provisional


def _due(calendar: Any, start: dt.date, length: int, unit: str) -> tuple[dt.date, bool]:
    return _due_cached(start, length, unit, id(calendar))


def generate_demo_cases(
    db: Database,
    actor: Actor,
    count: int,
    seed: int = 20261122,
    progress: Progress | None = None,
    paths: DataPaths | None = None,
    days: int = 3 * 365,
) -> int:
    """Add ``count`` synthetic cases received over the last ``days`` days, with their whole history.

    Returns how many were written. A short span gives a busy office: most
    recent cases are still open (the benchmarks' 20,000 open cases). With
    ``paths`` (the data folder) the most recent closed cases also get their
    final signed letters, about one in a hundred cases, at most a dozen.
    """
    today = dt.date.today()
    staff = ensure_demo_staff(db, actor)
    office = _Office(db, actor, staff, seed, today)
    rng = office.rng
    start = today - dt.timedelta(days=max(days, 1))
    latest = dt.datetime.now().replace(microsecond=0)
    span = (today - start).days
    # Two of the cases are appointments booked for the coming reception day.
    booked = 2 if count >= 20 else 0
    simulated = count - booked
    moments: list[dt.datetime] = []
    while len(moments) < simulated:
        day = start + dt.timedelta(days=rng.randrange(span + 1))
        moment = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randrange(60)))
        if moment <= latest:
            moments.append(moment)
    moments.sort()
    with db.read() as session:
        office.reception_days.update(
            {d.day: (d.id, d.leader_id, "") for d in session.scalars(select(ReceptionDay))}
        )
    planned = office.plan_reception_days(start, today + dt.timedelta(days=28))
    channels = list(CHANNEL_WEIGHTS)
    weights = list(CHANNEL_WEIGHTS.values())
    done = 0
    while done < simulated:
        size = min(BATCH, simulated - done)
        batch = _Batch()
        for received in moments[done : done + size]:
            office.simulate(batch, received, rng.choices(channels, weights)[0])
        office.write(batch, planned)
        planned = []
        done += size
        if progress:
            progress(done, count)
    mark_key_petitioners(db, staff, office.repeaters, office.today)
    if booked:
        done += book_next_reception_day(db, staff, seed, booked)
    if paths is not None:
        from receptionapp.demo.letters import sign_recent_letters

        sign_recent_letters(db, actor, staff, paths, count // 100)
    return done


def book_next_reception_day(db: Database, staff: Staff, seed: int = 1, count: int = 2) -> int:
    """Two appointments for the coming reception day: one reviewed, one awaiting 初审."""
    import random

    from receptionapp.domain.case import PetitionerInput, RegistrationInput
    from receptionapp.domain.reception import Booking
    from receptionapp.domain.roles import Role
    from receptionapp.services.reception import rota

    upcoming = [d for d in rota.upcoming_days(db, dt.date.today(), 4) if not d.cancelled]
    if not upcoming:
        return 0
    day = upcoming[0]
    rng = random.Random(seed)
    gen = TextGenerator(seed)
    clerk = staff.actor(staff.clerk, Role.CLERK)
    office = staff.actor(staff.office, Role.OFFICE)
    booked = 0
    for i in range(count):
        review = i % 2 == 0
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
        result = book(db, clerk, day.id, data, Booking.PHONE)
        if review:
            prereview(db, office, result.visit_id, True)
        booked += 1
    return booked
