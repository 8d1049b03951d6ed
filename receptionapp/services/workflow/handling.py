"""Everything done on a case after registration, read back as plain rows for the case page.

The 批示, 交办单 with their replies, 督办单, 延期, 接谈记录 and the 办结单,
the case's deadlines, and the actions the current user may take next (the
workflow's allowed steps intersected with the user's role).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Unit, User
from receptionapp.db.models_workflow import (
    Assignment,
    Completion,
    Conversation,
    Extension,
    Instruction,
    Obligation,
    Supervision,
)
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.completion import Decision, Satisfaction, ServiceMethod
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.roles import action_roles
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.workflow import Action, AssignmentStatus, ObligationStatus, Route, allowed_actions
from receptionapp.services import access
from receptionapp.services.context import Actor
from receptionapp.services.deadlines.obligations import ObligationView, case_obligations


@dataclass(frozen=True)
class InstructionView:
    id: int
    leader: str
    route: Route
    text: str
    refusal: str
    authority: str
    on: dt.date


@dataclass(frozen=True)
class AssignmentView:
    id: int
    number: str
    unit_id: int
    unit: str
    instruction_text: str
    requirement: str
    conceal_identity: bool
    issued_on: dt.date
    due_date: dt.date
    open: bool
    reply: str
    replied_on: dt.date | None
    provisional: bool = False  # the deadline depends on a year whose calendar is not entered
    withdrawn_on: dt.date | None = None  # withdrawn when a new 批示 changed the route
    withdrawal_reason: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None

    @property
    def late(self) -> bool | None:
        if self.replied_on is None:
            return None
        return self.replied_on > self.due_date


@dataclass(frozen=True)
class SupervisionView:
    id: int
    number: str
    level: SupervisionLevel
    reason: SupervisionReason
    requested_by: str
    unit: str
    content: str
    issued_on: dt.date
    due_date: dt.date
    answer: str
    answered_on: dt.date | None
    provisional: bool = False


@dataclass(frozen=True)
class ExtensionView:
    obligation: str
    days: int
    reason: str
    old_due: dt.date
    new_due: dt.date
    approved_by: str
    approved_at: dt.datetime


@dataclass(frozen=True)
class ConversationView:
    id: int
    leader: str
    attendees: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    statement: str
    response: str
    recorded_by: str


@dataclass(frozen=True)
class CompletionView:
    decision: Decision
    summary: str
    service: ServiceMethod
    mail_number: str
    served_on: dt.date
    receipt_signed: bool
    satisfaction: Satisfaction
    closed_on: dt.date
    on_time: bool | None  # None: an imported case whose ledger did not say
    archive_number: str
    archived_on: dt.date | None
    closed_by: str


@dataclass
class Handling:
    case_id: int
    number: str
    status: CaseStatus
    route: Route | None
    instructions: list[InstructionView] = field(default_factory=list)
    assignments: list[AssignmentView] = field(default_factory=list)
    supervisions: list[SupervisionView] = field(default_factory=list)
    extensions: list[ExtensionView] = field(default_factory=list)
    conversations: list[ConversationView] = field(default_factory=list)
    completion: CompletionView | None = None
    obligations: list[ObligationView] = field(default_factory=list)
    actions: set[Action] = field(default_factory=set)

    @property
    def open_assignments(self) -> list[AssignmentView]:
        return [a for a in self.assignments if a.open]

    @property
    def open_obligations(self) -> list[ObligationView]:
        return [o for o in self.obligations if o.status == ObligationStatus.OPEN]


def handling(
    db: Database, case_id: int, actor: Actor | None = None, today: dt.date | None = None
) -> Handling:
    """What was done on the case, as ``actor`` may see it (services.access: scope, hidden identity)."""
    with db.read() as session:
        case = access.load_case(session, case_id, actor)
        secrets = access.hidden_secrets(session, actor, case)
        users = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
        units = {uid: name for uid, name in session.execute(select(Unit.id, Unit.name))}
        route = Route(case.route) if case.route else None
        result = Handling(case.id, case.number, CaseStatus(case.status), route)
        # Which form deadlines are provisional: the obligation behind each 交办单 and 督办单 knows.
        provisional_forms = {
            (kind, assignment_id, supervision_id)
            for kind, assignment_id, supervision_id in session.execute(
                select(Obligation.kind, Obligation.assignment_id, Obligation.supervision_id).where(
                    Obligation.case_id == case_id, Obligation.provisional
                )
            )
        }
        provisional_assignments = {
            a for k, a, _ in provisional_forms if k == ObligationKind.UNIT_REPLY.value and a
        }
        provisional_supervisions = {
            v for k, _, v in provisional_forms if k == ObligationKind.SUPERVISION_ANSWER.value and v
        }
        for i in session.scalars(
            select(Instruction).where(Instruction.case_id == case_id).order_by(Instruction.id)
        ):
            refusal = ""
            if i.refusal_code:
                try:
                    refusal = RefusalReason(i.refusal_code).rule.label
                except ValueError:
                    refusal = i.refusal_code
            result.instructions.append(
                InstructionView(
                    i.id, i.leader_name, Route(i.route), i.text, refusal, i.authority, i.instructed_on
                )
            )
        for a in session.scalars(
            select(Assignment).where(Assignment.case_id == case_id).order_by(Assignment.id)
        ):
            result.assignments.append(
                AssignmentView(
                    a.id,
                    a.number,
                    a.unit_id,
                    units.get(a.unit_id, ""),
                    a.instruction_text,
                    a.requirement,
                    a.conceal_identity,
                    a.issued_on,
                    a.due_date,
                    a.status == AssignmentStatus.OPEN,
                    a.reply,
                    a.replied_on,
                    a.id in provisional_assignments,
                    a.withdrawn_on if a.status == AssignmentStatus.WITHDRAWN else None,
                    a.withdrawal_reason,
                )
            )
        for s in session.scalars(
            select(Supervision).where(Supervision.case_id == case_id).order_by(Supervision.id)
        ):
            result.supervisions.append(
                SupervisionView(
                    s.id,
                    s.number,
                    SupervisionLevel(s.level),
                    SupervisionReason(s.reason),
                    s.requested_by,
                    units.get(s.unit_id or 0, "办公室"),
                    s.content,
                    s.issued_on,
                    s.due_date,
                    s.answer,
                    s.answered_on,
                    s.id in provisional_supervisions,
                )
            )
        labels = {
            o.id: o.label for o in session.scalars(select(Obligation).where(Obligation.case_id == case_id))
        }
        for e in session.scalars(
            select(Extension).where(Extension.case_id == case_id).order_by(Extension.id)
        ):
            result.extensions.append(
                ExtensionView(
                    labels.get(e.obligation_id, ""),
                    e.days,
                    e.reason,
                    e.old_due,
                    e.new_due,
                    users.get(e.approved_by_id, ""),
                    e.approved_at,
                )
            )
        for c in session.scalars(
            select(Conversation).where(Conversation.case_id == case_id).order_by(Conversation.started_at)
        ):
            result.conversations.append(
                ConversationView(
                    c.id,
                    c.leader_name,
                    c.attendees,
                    c.started_at,
                    c.ended_at,
                    c.statement,
                    c.response,
                    users.get(c.recorded_by_id, ""),
                )
            )
        done = session.scalar(select(Completion).where(Completion.case_id == case_id))
        if done is not None:
            result.completion = CompletionView(
                Decision(done.decision),
                done.summary,
                ServiceMethod(done.service),
                done.mail_number,
                done.served_on,
                done.receipt_signed,
                Satisfaction(done.satisfaction),
                done.closed_on,
                done.on_time,
                done.archive_number,
                done.archived_on,
                users.get(done.closed_by_id, ""),
            )
    result.obligations = case_obligations(db, case_id, today)
    if actor is not None:
        roles = action_roles()
        possible = allowed_actions(result.status, route, len(result.open_assignments))
        result.actions = {a for a in possible if actor.role in roles[a.value]}
        if not any(o.max_extension > 0 and not o.extended for o in result.open_obligations):
            result.actions.discard(Action.EXTEND)
    return access.redact_fields(result, secrets)
