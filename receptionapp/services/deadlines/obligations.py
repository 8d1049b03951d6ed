"""Obligations: every deadline of a case, created from a rule version, done, extended, recomputed.

``plan_obligation`` computes an obligation's row from the rules in force,
without a database: the workflow services add what it gives inside their own
transaction (``add_obligations``: registration, 批示,
交办, 督办 ...) and demo data writes the same rows in bulk. A step closes
obligations with a ``Closing``. A case's ``due_date`` is kept
equal to its nearest open obligation, so the register can filter overdue
cases with an index. When the calendar changes, ``recompute_open`` moves
the open deadlines and writes the change into each case's timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Unit
from receptionapp.db.models_workflow import Assignment, DeadlineRuleRow, Extension, Obligation, Supervision
from receptionapp.domain.deadlines import Calendar, Due, default_calendar, limited_due
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.hotline import capped
from receptionapp.domain.rules import DeadlineRule, ObligationKind, StartEvent, pick_rule
from receptionapp.domain.supervision import days_left_text
from receptionapp.domain.units import UnitRef
from receptionapp.domain.workflow import ObligationStatus
from receptionapp.services import audit
from receptionapp.services.context import Actor


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
    start: dt.date,
    length: int,
    unit: str,
    extension_days: int = 0,
    calendar: Calendar | None = None,
    fixed: dt.date | None = None,
) -> Due:
    """The due date of an obligation: the rule's count (or the ``fixed`` date an outside body set),
    then its extension counted on from there."""
    calendar = calendar or default_calendar()
    due = limited_due(calendar.due_date(start, length, unit), fixed)
    if extension_days:
        extended = calendar.due_date(due.date, extension_days, unit)
        return Due(extended.date, due.provisional or extended.provisional)
    return due


def plan_due(
    rules: Iterable[DeadlineRule],
    channel: str,
    route: str | None,
    kind: ObligationKind,
    start: dt.date,
    unit_kind: str | None = None,
    length: int | None = None,
    received_on: dt.date | None = None,
    calendar: Calendar | None = None,
) -> tuple[DeadlineRule, dt.date, Due] | None:
    """The rule version, start day and due date an obligation would get; None when no rule applies.

    ``start`` is the day of the step that opens the obligation; a rule that
    counts from the receipt of the matter starts at ``received_on`` instead.
    """
    rule = pick_rule(rules, kind, channel, route, unit_kind)
    if rule is None or rule.id is None:
        return None
    if rule.start_event is StartEvent.RECEIPT and received_on is not None:
        start = received_on
    due = compute_due(start, rule.length if length is None else length, rule.unit.value, calendar=calendar)
    return rule, start, due


def obligation_label(kind: ObligationKind, unit: str | None = None) -> str:
    """How an obligation is named: the kind, and the unit that owes it."""
    return f"{kind.label}（{unit}）" if unit is not None else kind.label


@dataclass(frozen=True)
class Planned:
    """An obligation to open: its rule, and its row's columns but the id and the case and form it belongs to."""

    rule: DeadlineRule | None  # None: an obligation of the office's own (plan_office_obligation)
    values: dict[str, Any]

    @property
    def due(self) -> Due:
        return Due(self.values["due_date"], self.values["provisional"])


def plan_obligation(
    rules: Iterable[DeadlineRule],
    kind: ObligationKind,
    *,
    channel: str,
    route: str | None,
    start: dt.date,
    received_on: dt.date,
    at: dt.datetime,
    unit: UnitRef | None = None,
    length: int | None = None,
    label: str | None = None,
    calendar: Calendar | None = None,
    fixed: dt.date | None = None,
) -> Planned | None:
    """The obligation of ``kind`` the rules give a case of this channel and route; None when none applies.

    ``fixed``: the date an outside body set (the 12345 centre's 时限), which replaces the rule's count.
    Pure: the services pass ``rules_in_force``, demo data its cached rules and calendar.
    """
    planned = plan_due(
        rules, channel, route, kind, start, unit.kind if unit else None, length, received_on, calendar
    )
    if planned is None:
        return None
    rule, start, due = planned
    due = limited_due(due, fixed)
    values = {
        "kind": kind.value,
        "rule_id": rule.id,
        "label": label or obligation_label(kind, unit.name if unit else None),
        "unit_id": unit.id if unit else None,
        "start_date": start,
        "length": rule.length if length is None else length,
        "unit": rule.unit.value,
        "extension_days": 0,
        "fixed_due": fixed,
        "due_date": due.date,
        "provisional": due.provisional,
        "status": ObligationStatus.OPEN.value,
        "done_at": None,
        "done_note": "",
        "created_at": at,
    }
    return Planned(rule, values)


def plan_office_obligation(
    kind: ObligationKind,
    *,
    start: dt.date,
    length: int,
    at: dt.datetime,
    label: str | None = None,
    calendar: Calendar | None = None,
) -> Planned:
    """An obligation of the office's own (``OFFICE_KINDS``: 回访, 快报), ``length`` working days from ``start``.

    Its length is a setting, not a deadline rule, so the row names no rule; 0 is the same day.
    """
    due = compute_due(start, length, DayUnit.WORKING_DAYS.value, calendar=calendar)
    values = {
        "kind": kind.value,
        "rule_id": None,
        "label": label or kind.label,
        "unit_id": None,
        "start_date": start,
        "length": length,
        "unit": DayUnit.WORKING_DAYS.value,
        "extension_days": 0,
        "fixed_due": None,
        "due_date": due.date,
        "provisional": due.provisional,
        "status": ObligationStatus.OPEN.value,
        "done_at": None,
        "done_note": "",
        "created_at": at,
    }
    return Planned(None, values)


def add_obligations(
    session: Session,
    case: Case,
    planned: Sequence[Planned],
    *,
    assignment_id: int | None = None,
    supervision_id: int | None = None,
    refresh: bool = True,
) -> list[Obligation]:
    """Add planned obligations to ``case`` (of the 交办单 or 督办单 they belong to)."""
    if not planned:
        return []
    rows = [
        Obligation(case_id=case.id, assignment_id=assignment_id, supervision_id=supervision_id, **p.values)
        for p in planned
    ]
    session.add_all(rows)
    session.flush()
    if refresh:
        refresh_case_due(session, case)
    return rows


def unit_ref(unit: Unit) -> UnitRef:
    return UnitRef(unit.id, unit.name, unit.kind)


@dataclass(frozen=True)
class Closing:
    """Which open obligations of a case a step settles, and how: done (or cancelled), when, with what note.

    No filter closes every open obligation (办结); ``kinds`` those of some kinds,
    ``assignment_id`` / ``supervision_id`` those of one 交办单 / 督办单.
    """

    at: dt.datetime
    note: str = ""
    status: ObligationStatus = ObligationStatus.DONE
    kinds: tuple[ObligationKind, ...] | None = None
    assignment_id: int | None = None
    supervision_id: int | None = None

    def matches(self, kind: str, assignment_id: int | None, supervision_id: int | None) -> bool:
        """Whether an open obligation with these columns is one this closing settles."""
        return (
            (self.kinds is None or kind in self.kinds)
            and (self.assignment_id is None or assignment_id == self.assignment_id)
            and (self.supervision_id is None or supervision_id == self.supervision_id)
        )

    @property
    def values(self) -> dict[str, Any]:
        """The columns a settled obligation gets."""
        return {"status": self.status, "done_at": self.at, "done_note": self.note[:200]}


def close(session: Session, case: Case, closing: Closing) -> list[Obligation]:
    """Settle the open obligations of ``case`` that ``closing`` names; returns them."""
    open_rows = session.scalars(
        select(Obligation)
        .where(Obligation.case_id == case.id, Obligation.status == ObligationStatus.OPEN)
        .order_by(Obligation.id)
    )
    closed = [o for o in open_rows if closing.matches(o.kind, o.assignment_id, o.supervision_id)]
    for obligation in closed:
        for column, value in closing.values.items():
            setattr(obligation, column, value)
    session.flush()
    refresh_case_due(session, case)
    return closed


def nearest_due(dues: Iterable[tuple[dt.date, bool]]) -> tuple[dt.date | None, bool]:
    """A case's due date from its open obligations' (due date, provisional): the nearest one.

    Provisional when any obligation due that day is.
    """
    nearest: dt.date | None = None
    provisional = False
    for due, tentative in dues:
        if nearest is None or due < nearest:
            nearest, provisional = due, tentative
        elif due == nearest:
            provisional = provisional or tentative
    return nearest, provisional


def refresh_case_due(session: Session, case: Case) -> None:
    """The case's due date is its nearest open obligation (None when nothing is open)."""
    rows = session.execute(
        select(Obligation.due_date, Obligation.provisional).where(
            Obligation.case_id == case.id, Obligation.status == ObligationStatus.OPEN
        )
    )
    new_due, provisional = nearest_due((due, bool(tentative)) for due, tentative in rows)
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
    for obligation in session.scalars(select(Obligation).where(Obligation.status == ObligationStatus.OPEN)):
        due = compute_due(
            obligation.start_date,
            obligation.length,
            obligation.unit,
            obligation.extension_days,
            calendar,
            obligation.fixed_due,
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
    assignment_id: int | None = None  # the 交办单 it belongs to (a unit's reply or acceptance notice)
    day_unit: str = "working_days"  # how its extension counts (domain.deadlines.Unit)

    @property
    def status_label(self) -> str:
        return ObligationStatus(self.status).label

    @property
    def on_time(self) -> bool | None:
        if self.status != ObligationStatus.DONE or self.done_at is None:
            return None
        return self.done_at.date() <= self.due_date

    @property
    def when_text(self) -> str:
        if self.status == ObligationStatus.OPEN and self.days_left is not None:
            return days_left_text(self.days_left, self.provisional)
        if self.on_time is None:
            return self.status_label
        return "按期完成" if self.on_time else "超期完成"


def _basis(o: Obligation, rule: DeadlineRuleRow | None) -> str:
    """What a deadline is counted by: its rule version, or the office's own setting."""
    if rule is not None:
        return f"{rule.name}：{o.length}{DayUnit(o.unit).label}（第{rule.version}版）"
    if o.length == 0:
        return f"{o.label}：当日报送"
    return f"{o.label}：办结后{o.length}{DayUnit(o.unit).label}内（系统设置）"


def case_obligations(db: Database, case_id: int, today: dt.date | None = None) -> list[ObligationView]:
    today = today or dt.date.today()
    calendar = default_calendar()
    with db.read() as session:
        rows = session.execute(
            select(Obligation, DeadlineRuleRow, Unit.name)
            .outerjoin(DeadlineRuleRow, DeadlineRuleRow.id == Obligation.rule_id)
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
                rule=f"12345受理中心时限：{o.fixed_due:%Y-%m-%d}" if o.fixed_due else _basis(o, rule),
                due_date=o.due_date,
                provisional=o.provisional,
                status=o.status,
                done_at=o.done_at,
                extension_days=o.extension_days,
                max_extension=rule.max_extension if rule is not None else 0,
                extended=o.id in extended,
                days_left=calendar.days_left(today, o.due_date)
                if o.status == ObligationStatus.OPEN
                else None,
                assignment_id=o.assignment_id,
                day_unit=o.unit,
            )
            for o, rule, unit_name in rows
        ]


def open_count(session: Session, case_id: int, kinds: tuple[ObligationKind, ...]) -> int:
    return int(
        session.scalar(
            select(func.count(Obligation.id)).where(
                Obligation.case_id == case_id,
                Obligation.status == ObligationStatus.OPEN,
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
        planned = plan_due(
            rules_in_force(session),
            case.channel,
            case.route,
            kind,
            start,
            unit_kind,
            None,
            case.received_at.date(),
        )
        if planned is None:
            return None
        rule, _start, due = planned
        if kind is ObligationKind.UNIT_REPLY and (limit := capped(due.date, case.hotline_limit)):
            due = limited_due(due, limit)  # an urgent 12345 工单: by the centre's date
        return rule, due
