"""Demo cases as rows: every event through the workflow's own row builders, written in bulk.

``Rows.apply`` takes a case's events in order and, for each, calls the row
builder the service of that step calls (``registration_step``,
``instruction_step``, ``assignment_step`` ...), then does with the values
what the service does with them: add the row, change the case, open and
settle its obligations, keep its due date, add the audit entry. The ids and
the yearly numbers are handed out here, in memory; ``write`` inserts a
batch in one transaction (``db.bulk.insert_rows``: the ORM's bulk path
costs seconds per batch), appends its audit entries with
``audit.append_many`` (chained like ``audit.record``) and moves the
numbering counters on, so the app numbers on from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from receptionapp.db.bulk import insert_rows
from receptionapp.db.database import Database
from receptionapp.db.models import CaseCounter
from receptionapp.db.postgres import reset_sequences
from receptionapp.db.search import index_many, row_text
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
from receptionapp.demo.setting import TABLE_MODELS, Setting
from receptionapp.domain.numbering import form_counter_key, format_form_number
from receptionapp.domain.prereview import divisions_text
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.units import UnitRef
from receptionapp.domain.workflow import AssignmentStatus, ObligationStatus
from receptionapp.services import audit
from receptionapp.services.cases.intake import person_values, registration_step
from receptionapp.services.deadlines.obligations import Closing, Planned, nearest_due
from receptionapp.services.reception.conversation import conversation_step
from receptionapp.services.reception.visits import prereview_step, queue_step, visit_step
from receptionapp.services.workflow.assignment import assignment_step, conceals, reply_step
from receptionapp.services.workflow.closing import archive_step, completion_step
from receptionapp.services.workflow.extension import Extended, extension_step
from receptionapp.services.workflow.follow_up import follow_up_step
from receptionapp.services.workflow.instruction import instruction_step
from receptionapp.services.workflow.major import major_step, sent_step
from receptionapp.services.workflow.notices import UNIT_ACCEPT, notice_step
from receptionapp.services.workflow.steps import CaseFacts, Step
from receptionapp.services.workflow.supervision import Urged, supervision_step

Row = dict[str, Any]


@dataclass
class Batch:
    """Rows of one transaction, per table, with the search texts and the audit entries in order."""

    rows: dict[str, list[Row]] = field(default_factory=lambda: {k: [] for k in TABLE_MODELS})
    search: list[tuple[int, str]] = field(default_factory=list)
    entries: list[Row] = field(default_factory=list)


@dataclass(slots=True)
class _State:
    """One case's rows while its events are applied."""

    case: Row
    obligations: list[Row] = field(default_factory=list)
    instruction: tuple[int, str] | None = None
    assignments: list[Row] = field(default_factory=list)
    supervisions: list[Row] = field(default_factory=list)
    completion: Row | None = None
    visit: Row | None = None
    major: Row | None = None

    @property
    def id(self) -> int:
        return int(self.case["id"])

    def facts(self) -> CaseFacts:
        c = self.case
        return CaseFacts(
            c["channel"],
            c["route"],
            c["status"],
            c["received_at"].date(),
            c["review_stage"],
            c["unit_name"],
            c["confidential"],
            c["skipped_level"],
            bool(c["skipped_level_note"]),
            c["hotline_limit"],
        )

    def open_assignment(self) -> Row:
        return [a for a in self.assignments if a["status"] == AssignmentStatus.OPEN][-1]

    def open_obligation(self, kind: ObligationKind, **links: int) -> Row:
        return next(
            o
            for o in self.obligations
            if o["kind"] == kind.value
            and o["status"] == ObligationStatus.OPEN
            and all(o[k] == v for k, v in links.items())
        )


class Rows:
    """Applies demo events with the services' row builders; hands out ids and yearly numbers."""

    def __init__(self, setting: Setting) -> None:
        self.setting = setting
        self.rules, self.calendar = setting.rules, setting.calendar
        self.regions = {name: rid for rid, name in setting.regions}
        self.units = {u.id: u for u, _region in setting.units}
        # Each demo person's first case and who received it (首问负责制).
        self.receivers: dict[int, tuple[int, tuple[int, str]]] = {}
        self.handlers: dict[type[Event], Callable[[Batch, _State, Any], None]] = {
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

    def take(self, table: str) -> int:
        value = self.setting.next_id[table]
        self.setting.next_id[table] = value + 1
        return value

    def number(self, key: str, year: int) -> int:
        counters = self.setting.counters
        counters[(key, year)] = counters.get((key, year), 0) + 1
        return counters[(key, year)]

    def form_number(self, kind: str, year: int) -> str:
        return format_form_number(kind, year, self.number(form_counter_key(kind), year))

    def apply(self, batch: Batch, script: CaseScript) -> None:
        """Add the rows of one case's events, in the order they happened."""
        first, *rest = script.ordered()
        assert isinstance(first, Register)
        state = self.register(batch, first)
        for event in rest:
            self.handlers[type(event)](batch, state, event)

    # ------------------------------------------------------------ what every step does with its rows

    def add(self, batch: Batch, table: str, state: _State | None, values: Mapping[str, Any]) -> Row:
        row = dict(values)
        row["id"] = self.take(table)
        if state is not None:
            row["case_id"] = state.id
        batch.rows[table].append(row)
        return row

    def open(
        self,
        batch: Batch,
        state: _State,
        planned: Iterable[Planned],
        assignment_id: int | None = None,
        supervision_id: int | None = None,
    ) -> None:
        """Add the obligations a step opens, linked to its 交办单 or 督办单."""
        for p in planned:
            row = self.add(batch, "obligations", state, p.values)
            row["assignment_id"], row["supervision_id"] = assignment_id, supervision_id
            state.obligations.append(row)

    def waiting(self, state: _State, closing: Closing) -> list[Row]:
        """The case's open obligations ``closing`` settles."""
        return [
            o
            for o in state.obligations
            if o["status"] == ObligationStatus.OPEN
            and closing.matches(o["kind"], o["assignment_id"], o["supervision_id"])
        ]

    def close(self, state: _State, closing: Closing) -> None:
        for o in self.waiting(state, closing):
            o.update(closing.values)

    def change(self, state: _State, changes: Mapping[str, Any], at: dt.datetime) -> None:
        """Change the case row as a save of the case would (a real change moves ``updated_at``)."""
        row = state.case
        for column, value in changes.items():
            if row[column] != value:
                row[column] = value
                row["updated_at"] = at

    def settle(self, batch: Batch, state: _State, event: Event, step: Step, entity_id: int) -> None:
        """The common end of a step: the case's changes, the settled deadlines, due date, audit entry."""
        for closing in step.closes:
            self.close(state, closing)
        self.change(state, step.case, event.at)
        due, provisional = nearest_due(
            (o["due_date"], o["provisional"])
            for o in state.obligations
            if o["status"] == ObligationStatus.OPEN
        )
        self.change(state, {"due_date": due, "due_provisional": provisional}, event.at)
        self.entry(batch, event, step.entry, entity_id, state)

    def entry(
        self, batch: Batch, event: Event, entry: audit.Entry, entity_id: int | None, state: _State
    ) -> None:
        batch.entries.append(audit.entry_row(event.at, event.by, entry, entity_id, state.id))

    # ------------------------------------------------------------ 登记 and the reception day

    def register(self, batch: Batch, e: Register) -> _State:
        data = e.data
        assert data.received_at is not None
        people = [person_values(p, e.at) for p in data.petitioners]
        is_repeat = any(someone.id is not None for someone in e.people)
        # 首问负责制: the one named, else who received the first case of one of these people.
        known = [self.receivers[s.id] for s in e.people if s.id is not None and s.id in self.receivers]
        routed = min(known, default=None)
        receiver = e.first_receiver or (routed[1] if routed else None)
        for someone, values in zip(e.people, people, strict=True):
            if someone.id is None:
                someone.id = self.add(batch, "persons", None, values)["id"]
        step = registration_step(
            self.rules,
            data,
            seq=self.number(data.channel.value, data.received_at.year),
            category_id=self.setting.categories[data.category],
            region_id=self.regions[data.region],
            registered_by_id=e.by[0],
            people=[(int(s.id or 0), v["name"]) for s, v in zip(e.people, people, strict=True)],
            is_repeat=is_repeat,
            at=e.at,
            calendar=self.calendar,
            first_receiver=receiver,
        )
        state = _State(self.add(batch, "cases", None, step.case))
        for someone in e.people:
            self.receivers.setdefault(int(someone.id or 0), (state.id, receiver or e.by))
        self.open(batch, state, step.obligations)
        batch.rows["petitioners"].extend({"case_id": state.id, **values} for values in step.petitioners)
        found = [(v["name"], v["id_number"], v["phone"], v["address"]) for v in people]
        batch.search.append((state.id, row_text(state.case, found)))
        self.entry(batch, e, step.entry, state.id, state)
        if e.visit is not None:
            self.queue(batch, state, e)
        return state

    def queue(self, batch: Batch, state: _State, e: Register) -> None:
        assert e.visit is not None
        day_id = self.setting.rota[e.visit.day][0]
        end = (day_id, e.visit.appointment)
        step = queue_step(
            e.visit.day,
            last=self.setting.queue_ends.get(end),
            appointment=e.visit.appointment,
            booking=e.visit.booking,
            at=e.at,
        )
        state.visit = self.add(batch, "visits", state, {"reception_day_id": day_id, **step.row})
        self.setting.queue_ends[end] = state.visit["position"]
        self.entry(batch, e, step.entry, state.visit["id"], state)

    def prereview(self, batch: Batch, state: _State, e: Prereview) -> None:
        assert state.visit is not None
        step = prereview_step(True, "", e.by[0], divisions_text(e.divisions), e.legal_adviser)
        state.visit.update(step.row)
        self.entry(batch, e, step.entry, state.visit["id"], state)

    def move_visit(self, batch: Batch, state: _State, e: MoveVisit) -> None:
        assert state.visit is not None
        step = visit_step(e.to, arrived_at=state.visit["arrived_at"], at=e.at)
        state.visit.update(step.row)
        self.entry(batch, e, step.entry, state.visit["id"], state)

    def talk(self, batch: Batch, state: _State, e: Talk) -> None:
        visit_id = state.visit["id"] if state.visit else None
        step = conversation_step(e.data, leader=e.leader, visit_id=visit_id, recorded_by_id=e.by[0], at=e.at)
        row = self.add(batch, "conversations", state, step.row)
        self.entry(batch, e, step.entry, row["id"], state)

    # ------------------------------------------------------------ 批示, 交办, 督办, 回复, 延期

    def instruct(self, batch: Batch, state: _State, e: Instruct) -> None:
        step = instruction_step(
            self.rules,
            state.facts(),
            e.route,
            e.text,
            leader=e.leader,
            on=e.on,
            refusal_code=e.refusal_code,
            authority=e.authority,
            recorded_by_id=e.by[0],
            at=e.at,
            calendar=self.calendar,
        )
        row = self.add(batch, "instructions", state, step.row)
        state.instruction = (row["id"], row["text"])
        self.change(state, step.case, e.at)
        self.open(batch, state, step.opens)
        self.settle(batch, state, e, step, row["id"])

    def assign(self, batch: Batch, state: _State, e: Assign) -> None:
        facts = state.facts()
        step = assignment_step(
            self.rules,
            facts,
            e.unit,
            number=self.form_number("assignment", e.on.year),
            on=e.on,
            instruction=state.instruction,
            instruction_text="",
            requirement=e.requirement,
            conceal_identity=conceals(facts, e.unit.name),
            issued_by_id=e.by[0],
            at=e.at,
            calendar=self.calendar,
        )
        assert step is not None, e.unit
        row = self.add(batch, "assignments", state, step.row)
        state.assignments.append(row)
        self.open(batch, state, step.opens, assignment_id=row["id"])
        self.settle(batch, state, e, step, row["id"])

    def supervise(self, batch: Batch, state: _State, e: Supervise) -> None:
        assignment = state.open_assignment()
        urged = state.open_obligation(ObligationKind.UNIT_REPLY, assignment_id=assignment["id"])
        unit: UnitRef | None = self.units.get(urged["unit_id"])
        step = supervision_step(
            self.rules,
            state.facts(),
            number=self.form_number("supervision", e.on.year),
            on=e.on,
            level=e.level,
            reason=e.reason,
            content=e.content,
            requested_by="",
            obligation=Urged(urged["id"], urged["label"], urged["assignment_id"]),
            unit=unit,
            days=None,
            issued_by_id=e.by[0],
            at=e.at,
            calendar=self.calendar,
        )
        row = self.add(batch, "supervisions", state, step.row)
        state.supervisions.append(row)
        self.open(batch, state, step.opens, supervision_id=row["id"])
        self.settle(batch, state, e, step, row["id"])

    def reply(self, batch: Batch, state: _State, e: Reply) -> None:
        a = state.open_assignment()
        answered = [
            s for s in state.supervisions if s["assignment_id"] == a["id"] and s["answered_on"] is None
        ]
        step = reply_step(
            state.facts(),
            assignment_id=a["id"],
            number=a["number"],
            unit_name=self.units[a["unit_id"]].name,
            due_date=a["due_date"],
            reply=e.text,
            on=e.on,
            recorded_by_id=e.by[0],
            others_open=sum(1 for x in state.assignments if x["status"] == AssignmentStatus.OPEN) - 1,
            supervisions=[s["id"] for s in answered],
        )
        a.update(step.row)
        for supervision in answered:
            supervision.update(step.target)
        self.settle(batch, state, e, step, a["id"])

    def extend(self, batch: Batch, state: _State, e: Extend) -> None:
        o = state.open_obligation(ObligationKind.HANDLING)
        extended = Extended(
            o["id"], o["label"], o["start_date"], o["length"], o["unit"], o["due_date"], o["fixed_due"]
        )
        step = extension_step(
            self.rules,
            state.facts(),
            extended,
            days=e.days,
            reason=e.reason,
            approver=e.approver,
            recorded_by_id=e.by[0],
            today=e.at.date(),
            at=e.at,
            calendar=self.calendar,
        )
        o.update(step.target)
        self.add(batch, "extensions", state, step.row)
        self.open(batch, state, step.opens)
        self.settle(batch, state, e, step, o["id"])

    # ------------------------------------------------------------ notices, 办结, 归档

    def notice(self, batch: Batch, state: _State, e: Notice) -> None:
        if e.kind == UNIT_ACCEPT:
            a = state.open_assignment()
            step = notice_step(e.kind, e.on, unit=self.units[a["unit_id"]].name, assignment_id=a["id"])
        else:
            step = notice_step(e.kind, e.on)
        if not self.waiting(state, step.closes[0]):
            raise ValueError(f"no deadline waits for this notice: {e}")  # the service refuses it too
        self.settle(batch, state, e, step, state.id)

    def complete(self, batch: Batch, state: _State, e: Complete) -> None:
        dues = [
            (o["kind"], o["due_date"]) for o in state.obligations if o["status"] != ObligationStatus.CANCELLED
        ]
        step = completion_step(
            state.facts(),
            e.data,
            dues=dues,
            closed_by_id=e.by[0],
            at=e.at,
            follow_up_days=self.setting.follow_up_days,
            calendar=self.calendar,
        )
        state.completion = self.add(batch, "completions", state, step.row)
        self.open(batch, state, step.opens)
        self.settle(batch, state, e, step, state.completion["id"])

    def archive(self, batch: Batch, state: _State, e: Archive) -> None:
        assert state.completion is not None
        step = archive_step(self.form_number("archive", e.on.year), e.on)
        state.completion.update(step.row)
        self.settle(batch, state, e, step, state.id)

    # ------------------------------------------------------------ 回访 and 快报

    def follow_up(self, batch: Batch, state: _State, e: FollowUpCall) -> None:
        step = follow_up_step(e.data, e.caller, recorded_by_id=e.by[0], at=e.at)
        row = self.add(batch, "follow_ups", state, step.row)
        self.settle(batch, state, e, step, row["id"])

    def mark_major(self, batch: Batch, state: _State, e: MarkMajor) -> None:
        head_count = state.case["head_count"]
        step = major_step(
            e.data, head_count=head_count, marked_by_id=e.by[0], at=e.at, calendar=self.calendar
        )
        state.major = self.add(batch, "major_reports", state, step.row)
        self.open(batch, state, step.opens)
        self.settle(batch, state, e, step, state.major["id"])

    def report_sent(self, batch: Batch, state: _State, e: ReportSent) -> None:
        assert state.major is not None
        step = sent_step(e.sent_at, e.to, sent_by_id=e.by[0])
        state.major.update(step.row)
        self.settle(batch, state, e, step, state.major["id"])

    # ------------------------------------------------------------ writing

    def write(self, db: Database, batch: Batch) -> None:
        """One transaction: the rows, their search terms and audit entries, the counters moved on."""
        with db.write() as session:
            for table, model in TABLE_MODELS.items():
                if batch.rows[table]:
                    insert_rows(session.connection(), model.__table__, batch.rows[table])
            index_many(session, batch.search)
            audit.append_many(session, batch.entries)
            for (key, year), last in self.setting.counters.items():
                counter = session.get(CaseCounter, (key, year))
                if counter is None:
                    session.add(CaseCounter(channel=key, year=year, last=last))
                else:
                    counter.last = max(counter.last, last)
            # The ids above were chosen here: PostgreSQL's sequences must move past them.
            session.flush()
            reset_sequences(session.connection())
