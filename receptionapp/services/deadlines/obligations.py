"""Obligations: every deadline of a case, created from a rule version, done, extended, recomputed.

``open_obligation`` is called by the workflow services inside their own
transaction (registration, 批示, 交办, 督办 ...). A case's ``due_date`` is kept
equal to its nearest open obligation, so the register can filter overdue
cases with an index. When the calendar changes, ``recompute_open`` moves
the open deadlines and writes the change into each case's timeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Unit
from receptionapp.db.models_workflow import Assignment, DeadlineRuleRow, Extension, Obligation, Supervision
from receptionapp.domain.deadlines import Calendar, Due, default_calendar
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.rules import DeadlineRule, ObligationKind, StartEvent, pick_rule
from receptionapp.domain.supervision import days_left_text
from receptionapp.services import audit
from receptionapp.services.context import Actor

OPEN, DONE, CANCELLED = "open", "done", "cancelled"
STATUS_LABELS = {OPEN: "未完成", DONE: "已完成", CANCELLED: "已撤销"}


def rule_of(row: DeadlineRuleRow) -> DeadlineRule:
    return DeadlineRule(
        code=ObligationKind(row.code),
        name=row.name,
        start_event=StartEvent(row.start_event),
        length=row.length,
        unit=DayUnit(row.unit),
        channel=row.channel,
        route=row.route,
        unit_kind=row.unit_kind,
        max_extension=row.max_extension,
        basis=row.basis,
        id=row.id,
        version=row.version,
    )


def rules_in_force(session: Session) -> list[DeadlineRule]:
    return [rule_of(r) for r in session.scalars(select(DeadlineRuleRow).where(DeadlineRuleRow.active))]


def compute_due(
    start: dt.date, length: int, unit: str, extension_days: int = 0, calendar: Calendar | None = None
) -> Due:
    calendar = calendar or default_calendar()
    due = calendar.due_date(start, length, unit)
    if extension_days:
        extended = calendar.due_date(due.date, extension_days, unit)
        return Due(extended.date, due.provisional or extended.provisional)
    return due


def plan(
    session: Session,
    channel: str,
    route: str | None,
    kind: ObligationKind,
    start: dt.date,
    unit_kind: str | None = None,
    length: int | None = None,
    received_on: dt.date | None = None,
) -> tuple[DeadlineRule, dt.date, Due] | None:
    """The rule version, start day and due date an obligation would get; None when no rule applies.

    ``start`` is the day of the step that opens the obligation; a rule that
    counts from the receipt of the matter starts at ``received_on`` instead.
    """
    rule = pick_rule(rules_in_force(session), kind, channel, route, unit_kind)
    if rule is None or rule.id is None:
        return None
    if rule.start_event is StartEvent.RECEIPT and received_on is not None:
        start = received_on
    return rule, start, compute_due(start, rule.length if length is None else length, rule.unit.value)


def open_obligation(
    session: Session,
    case: Case,
    kind: ObligationKind,
    start: dt.date,
    *,
    unit: Unit | None = None,
    route: str | None = None,
    assignment_id: int | None = None,
    supervision_id: int | None = None,
    length: int | None = None,
    label: str | None = None,
    refresh: bool = True,
) -> Obligation | None:
    """Add the obligation the rules give for this case; None when no rule applies."""
    planned = plan(
        session,
        case.channel,
        route or case.route,
        kind,
        start,
        unit.kind if unit else None,
        length,
        case.received_at.date(),
    )
    if planned is None:
        return None
    rule, start, due = planned
    assert rule.id is not None
    obligation = Obligation(
        case_id=case.id,
        kind=kind.value,
        rule_id=rule.id,
        label=label or (f"{kind.label}（{unit.name}）" if unit else kind.label),
        unit_id=unit.id if unit else None,
        assignment_id=assignment_id,
        supervision_id=supervision_id,
        start_date=start,
        length=rule.length if length is None else length,
        unit=rule.unit.value,
        extension_days=0,
        due_date=due.date,
        provisional=due.provisional,
        status=OPEN,
    )
    session.add(obligation)
    session.flush()
    if refresh:
        refresh_case_due(session, case)
    return obligation


def close_obligations(
    session: Session,
    case: Case,
    *,
    kinds: tuple[ObligationKind, ...] | None = None,
    assignment_id: int | None = None,
    supervision_id: int | None = None,
    status: str = DONE,
    note: str = "",
    at: dt.datetime | None = None,
) -> list[Obligation]:
    """Mark the matching open obligations of ``case`` done (or cancelled)."""
    stmt = select(Obligation).where(Obligation.case_id == case.id, Obligation.status == OPEN)
    if kinds is not None:
        stmt = stmt.where(Obligation.kind.in_([k.value for k in kinds]))
    if assignment_id is not None:
        stmt = stmt.where(Obligation.assignment_id == assignment_id)
    if supervision_id is not None:
        stmt = stmt.where(Obligation.supervision_id == supervision_id)
    closed = list(session.scalars(stmt))
    moment = at or dt.datetime.now().replace(microsecond=0)
    for obligation in closed:
        obligation.status = status
        obligation.done_at = moment
        obligation.done_note = note[:200]
    session.flush()
    refresh_case_due(session, case)
    return closed


def refresh_case_due(session: Session, case: Case) -> None:
    """The case's due date is its nearest open obligation (None when nothing is open)."""
    row = session.execute(
        select(Obligation.due_date, Obligation.provisional)
        .where(Obligation.case_id == case.id, Obligation.status == OPEN)
        .order_by(Obligation.due_date)
        .limit(1)
    ).first()
    new_due, provisional = (row[0], bool(row[1])) if row else (None, False)
    if case.due_date != new_due or case.due_provisional != provisional:
        case.due_date = new_due
        case.due_provisional = provisional


def sync_form_deadline(session: Session, obligation: Obligation) -> None:
    """Copy a moved deadline onto the form that states it: the 交办单's reply date, the 督办单's answer date."""
    if obligation.kind == ObligationKind.UNIT_REPLY.value and obligation.assignment_id:
        assignment = session.get(Assignment, obligation.assignment_id)
        if assignment is not None:
            assignment.due_date = obligation.due_date
    elif obligation.kind == ObligationKind.SUPERVISION_ANSWER.value and obligation.supervision_id:
        supervision = session.get(Supervision, obligation.supervision_id)
        if supervision is not None:
            supervision.due_date = obligation.due_date


def recompute_open(session: Session, actor: Actor | None, calendar: Calendar, reason: str) -> int:
    """Move every open obligation to the due date ``calendar`` gives; returns how many moved."""
    moved_by_case: dict[int, list[str]] = {}
    for obligation in session.scalars(select(Obligation).where(Obligation.status == OPEN)):
        due = compute_due(
            obligation.start_date, obligation.length, obligation.unit, obligation.extension_days, calendar
        )
        if due.date == obligation.due_date and due.provisional == obligation.provisional:
            continue
        if due.date != obligation.due_date:
            moved_by_case.setdefault(obligation.case_id, []).append(
                f"{obligation.label}期限由{obligation.due_date:%Y-%m-%d}改为{due.date:%Y-%m-%d}"
                + ("（暂定）" if due.provisional else "")
            )
        else:
            moved_by_case.setdefault(obligation.case_id, []).append(
                f"{obligation.label}期限{due.date:%Y-%m-%d}" + ("仍为暂定" if due.provisional else "已确定")
            )
        obligation.due_date = due.date
        obligation.provisional = due.provisional
        sync_form_deadline(session, obligation)
    session.flush()
    for case_id, changes in moved_by_case.items():
        case = session.get(Case, case_id)
        assert case is not None
        refresh_case_due(session, case)
        audit.record(
            session, actor, "recompute", "case", case_id, f"{reason}：" + "；".join(changes), case_id=case_id
        )
    return sum(len(v) for v in moved_by_case.values())


# ---------------------------------------------------------------- views


@dataclass(frozen=True)
class ObligationView:
    id: int
    kind: ObligationKind
    label: str
    unit: str
    start_date: dt.date
    rule: str
    due_date: dt.date
    provisional: bool
    status: str
    done_at: dt.datetime | None
    extension_days: int
    max_extension: int
    extended: bool
    days_left: int | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def on_time(self) -> bool | None:
        if self.status != DONE or self.done_at is None:
            return None
        return self.done_at.date() <= self.due_date

    @property
    def when_text(self) -> str:
        if self.status == OPEN and self.days_left is not None:
            return days_left_text(self.days_left, self.provisional)
        if self.on_time is None:
            return self.status_label
        return "按期完成" if self.on_time else "超期完成"


def case_obligations(db: Database, case_id: int, today: dt.date | None = None) -> list[ObligationView]:
    today = today or dt.date.today()
    calendar = default_calendar()
    with db.read() as session:
        rows = session.execute(
            select(Obligation, DeadlineRuleRow, Unit.name)
            .join(DeadlineRuleRow, DeadlineRuleRow.id == Obligation.rule_id)
            .outerjoin(Unit, Unit.id == Obligation.unit_id)
            .where(Obligation.case_id == case_id)
            .order_by(Obligation.id)
        ).all()
        extended = set(session.scalars(select(Extension.obligation_id).where(Extension.case_id == case_id)))
        return [
            ObligationView(
                id=o.id,
                kind=ObligationKind(o.kind),
                label=o.label,
                unit=unit_name or "办公室",
                start_date=o.start_date,
                rule=f"{rule.name}：{o.length}{DayUnit(o.unit).label}（第{rule.version}版）",
                due_date=o.due_date,
                provisional=o.provisional,
                status=o.status,
                done_at=o.done_at,
                extension_days=o.extension_days,
                max_extension=rule.max_extension,
                extended=o.id in extended,
                days_left=calendar.days_left(today, o.due_date) if o.status == OPEN else None,
            )
            for o, rule, unit_name in rows
        ]


def open_count(session: Session, case_id: int, kinds: tuple[ObligationKind, ...]) -> int:
    return int(
        session.scalar(
            select(func.count(Obligation.id)).where(
                Obligation.case_id == case_id,
                Obligation.status == OPEN,
                Obligation.kind.in_([k.value for k in kinds]),
            )
        )
        or 0
    )


def preview_due(
    db: Database, case_id: int, kind: ObligationKind, start: dt.date, unit_kind: str | None = None
) -> tuple[DeadlineRule, Due] | None:
    """The rule and due date an obligation of ``kind`` would get now (for a form's preview)."""
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            return None
        planned = plan(
            session, case.channel, case.route, kind, start, unit_kind, None, case.received_at.date()
        )
        return (planned[0], planned[2]) if planned else None
