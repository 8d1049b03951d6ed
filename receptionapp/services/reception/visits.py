"""The reception day's visitors: appointments with the office's 初审, walk-ins, and the queue.

The rota itself is in ``services.reception.rota``. Appointments are booked
ahead and reviewed by the office (初审); walk-ins queue after them. Every
visitor's matter is a registered case (channel 领导接访), so the talk, the
批示 and everything after follow the normal workflow.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Petitioner
from receptionapp.db.models_workflow import KeyPetitioner, ReceptionDay, ReceptionVisit
from receptionapp.domain.case import CaseStatus, RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.confidentiality import MASK, secrets_of
from receptionapp.domain.prereview import PREREVIEW_LEAD_DAYS, LateBooking, attendance_text
from receptionapp.domain.reception import Booking, DayPhase, PreReview, VisitState, day_phase
from receptionapp.domain.roles import CAN_BOOK, CAN_PROCESS, CAN_RECORD_TALK
from receptionapp.domain.workflow import Route
from receptionapp.services import access, audit
from receptionapp.services.access import load_case
from receptionapp.services.cases.intake import Registered, register_case
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require
from receptionapp.services.reception.held import held_moment
from receptionapp.services.reception.prereview import booking_window, check_divisions
from receptionapp.services.workflow.steps import Step, update

WALK_IN_BASE = 1000  # walk-ins queue after every appointment


def queue_span(appointment: bool) -> tuple[int, int]:
    """The positions (exclusive bounds) of appointments, and of the walk-ins after them."""
    return (0, WALK_IN_BASE) if appointment else (WALK_IN_BASE, 10**9)


def queue_step(
    day: dt.date, *, last: int | None, appointment: bool, booking: Booking, at: dt.datetime
) -> Step:
    """A visitor's place on a reception day after the ``last`` one of their kind (None: first)."""
    position = (last or queue_span(appointment)[0]) + 1
    row = {
        "is_appointment": appointment,
        "booking": booking.value,
        "booked_at": at,
        "position": position,
        "prereview": PreReview.PENDING.value if appointment else PreReview.ACCEPTED.value,
        "prereview_reason": "",
        "prereview_by_id": None,
        "prereview_divisions": "",
        "legal_adviser": False,
        "state": VisitState.WAITING.value,
        "arrived_at": None if appointment else at,
        "called_at": None,
        "finished_at": None,
    }
    if appointment:
        summary = f"{booking.label}：{day:%Y-%m-%d}领导接访，第{position}位"
    elif booking is Booking.IN_PERSON:
        summary = f"现场来访，排在{day:%Y-%m-%d}预约来访之后"
    else:
        # A late appointment (less than a week ahead): a 临时来访, not yet arrived.
        row["arrived_at"] = None
        summary = f"{booking.label}不足{PREREVIEW_LEAD_DAYS}天，作为临时来访排在{day:%Y-%m-%d}预约来访之后"
    return Step(row, audit.Entry("queue", "reception_visit", summary))


def prereview_step(
    accepted: bool, reason: str, by_id: int, divisions: str = "", legal_adviser: bool = False
) -> Step:
    """The office's 初审 of an appointment: accepted, it waits for the day with the 处室 (and the
    legal adviser) to attend; declined, with the reason."""
    result = PreReview.ACCEPTED if accepted else PreReview.DECLINED
    row = {
        "prereview": result.value,
        "prereview_reason": reason,
        "prereview_by_id": by_id,
        "state": VisitState.WAITING.value if accepted else VisitState.DECLINED.value,
        "prereview_divisions": divisions if accepted else "",
        "legal_adviser": legal_adviser if accepted else False,
    }
    attending = attendance_text(divisions, legal_adviser) if accepted else ""
    summary = (
        f"初审：{result.label}" + (f"。{reason}" if reason else "") + (f"。{attending}" if attending else "")
    )
    return Step(row, audit.Entry("prereview", "reception_visit", summary))


def visit_step(
    to: VisitState, *, arrived_at: dt.datetime | None, at: dt.datetime, late_reason: str = ""
) -> Step:
    """A visitor called in (``arrived_at``: when they came, if known), or done, or absent, at ``at``
    on the reception day; ``late_reason``: why it is entered after the day, for the record."""
    row: dict[str, object] = {"state": to.value}
    if to is VisitState.IN_TALK:
        row.update(called_at=at, arrived_at=arrived_at or at)
    elif to in (VisitState.DONE, VisitState.ABSENT):
        row["finished_at"] = at
    summary = f"接访：{to.label}"
    details: dict[str, object] = {}
    if late_reason:
        summary += f"（{at:%Y-%m-%d %H:%M}，事后补录。理由：{late_reason}）"
        details = {"at": at, "late_reason": late_reason}
    return Step(row, audit.Entry("visit", "reception_visit", summary, details))


@dataclass(frozen=True)
class Booked:
    visit_id: int
    case_id: int
    number: str
    position: int
    registered: Registered | None = None


def _open_day(session: Session, day_id: int) -> ReceptionDay:
    row = session.get(ReceptionDay, day_id)
    if row is None:
        raise NotFound("找不到该接访日")
    if row.cancelled:
        raise ServiceError(f"{row.day:%Y-%m-%d}的接访已取消")
    return row


def book(
    db: Database,
    actor: Actor,
    day_id: int,
    data: RegistrationInput,
    booking: Booking,
    *,
    attachments: list[Path] | None = None,
    attachment_folder: Path | None = None,
    now: dt.datetime | None = None,
    late: LateBooking | None = None,
) -> Booked:
    """An appointment (预约): the matter is registered now and queued for the day, awaiting 初审.

    Made less than a week before the day it cannot get the 初审 (seed 004): ``late`` says whether it
    goes to the following reception day or queues as a 临时来访 after the appointments; without it the
    booking is refused with both offers.
    """
    require(actor, CAN_BOOK, "预约领导接访")
    today = (now or dt.datetime.now()).date()
    window = booking_window(db, day_id, today)
    if window.day < today:
        raise ServiceError("不能预约已经过去的接访日")
    appointment = True
    if not window.in_time:
        if late is None:
            raise ValidationFailed({"reception_day": window.message})
        if late is LateBooking.NEXT_DAY:
            if window.following_id is None:
                raise ServiceError(window.message)
            day_id = window.following_id
        else:
            appointment = False
    data.channel = Channel.LEADER_RECEPTION
    data.is_appointment = appointment
    return _register_and_queue(
        db, actor, day_id, data, attachments, attachment_folder, now, appointment=appointment, booking=booking
    )


def add_walk_in(
    db: Database,
    actor: Actor,
    day_id: int,
    data: RegistrationInput,
    *,
    attachments: list[Path] | None = None,
    attachment_folder: Path | None = None,
    now: dt.datetime | None = None,
) -> Booked:
    """A walk-in on the day: registered and queued after every appointment.

    Only on the day itself: a day to come takes appointments, and a past day
    has no one standing at the door (its visitors are completed for the record).
    """
    require(actor, CAN_BOOK, "登记现场来访")
    with db.read() as session:
        day = _open_day(session, day_id)
        phase = day_phase(day.day, (now or dt.datetime.now()).date())
        if phase is DayPhase.PLANNED:
            raise ServiceError(f"现场来访只能登记在当天的接访日；{day.day:%Y-%m-%d}的接访请登记为预约")
        if phase is DayPhase.PAST:
            raise ServiceError(
                f"{day.day:%Y-%m-%d}的接访日已经过去，不能再排入现场来访；当天未登记的来访请按“来访”登记并在备注中说明"
            )
    data.channel = Channel.LEADER_RECEPTION
    data.is_appointment = False
    return _register_and_queue(
        db,
        actor,
        day_id,
        data,
        attachments,
        attachment_folder,
        now,
        appointment=False,
        booking=Booking.IN_PERSON,
    )


def _register_and_queue(
    db: Database,
    actor: Actor,
    day_id: int,
    data: RegistrationInput,
    attachments: list[Path] | None,
    attachment_folder: Path | None,
    now: dt.datetime | None,
    *,
    appointment: bool,
    booking: Booking,
) -> Booked:
    """The case and its place on the day in one transaction: a day cancelled meanwhile saves neither."""
    queued: list[Booked] = []

    def queue(session: Session, case: Case) -> None:
        queued.append(
            _queue_in(session, actor, day_id, case.id, case.number, appointment=appointment, booking=booking)
        )

    registered = register_case(db, actor, data, attachments, attachment_folder, now=now, then=queue)
    return dataclasses.replace(queued[0], registered=registered)


def queue_existing(db: Database, actor: Actor, day_id: int, case_id: int, booking: Booking) -> Booked:
    """Put an already registered open matter on a reception day (e.g. a letter writer who asks to be heard)."""
    require(actor, CAN_BOOK, "预约领导接访")
    with db.read() as session:
        case = load_case(session, case_id)
        if not CaseStatus(case.status).is_open:
            raise ServiceError("只有未办结的事项可以安排接访")
        number = case.number
    return _queue(db, actor, day_id, case_id, number, appointment=True, booking=booking)


def _queue(
    db: Database, actor: Actor, day_id: int, case_id: int, number: str, *, appointment: bool, booking: Booking
) -> Booked:
    with db.write() as session:
        return _queue_in(session, actor, day_id, case_id, number, appointment=appointment, booking=booking)


def _queue_in(
    session: Session,
    actor: Actor,
    day_id: int,
    case_id: int,
    number: str,
    *,
    appointment: bool,
    booking: Booking,
) -> Booked:
    day = _open_day(session, day_id)
    if session.scalar(
        select(ReceptionVisit.id).where(
            ReceptionVisit.reception_day_id == day.id, ReceptionVisit.case_id == case_id
        )
    ):
        raise ServiceError(f"{number}已在{day.day:%Y-%m-%d}的接访名单中")
    low, high = queue_span(appointment)
    last = session.scalar(
        select(func.max(ReceptionVisit.position)).where(
            ReceptionVisit.reception_day_id == day.id,
            ReceptionVisit.position > low,
            ReceptionVisit.position < high,
        )
    )
    step = queue_step(day.day, last=last, appointment=appointment, booking=booking, at=now())
    visit = ReceptionVisit(reception_day_id=day.id, case_id=case_id, **step.row)
    session.add(visit)
    session.flush()
    audit.record_entry(session, actor, step.entry, visit.id, case_id=case_id)
    return Booked(visit.id, case_id, number, visit.position)


def prereview(
    db: Database,
    actor: Actor,
    visit_id: int,
    accepted: bool,
    reason: str = "",
    *,
    divisions: Sequence[str] = (),
    legal_adviser: bool = False,
) -> None:
    """The office's 初审 of an appointment: the 处室 to attend and whether the legal adviser joins;
    a refusal needs a reason the leader will see."""
    require(actor, CAN_PROCESS, "初审预约")
    reason = reason.strip()
    with db.write() as session:
        attending = check_divisions(session, accepted, reason, divisions)
        visit = session.get(ReceptionVisit, visit_id)
        if visit is None:
            raise NotFound("找不到该预约")
        if not visit.is_appointment:
            raise ServiceError("现场来访无需初审")
        if visit.state not in (VisitState.WAITING.value, VisitState.DECLINED.value):
            raise ServiceError("已接谈的来访不能再初审")
        step = prereview_step(accepted, reason, actor.id, attending, legal_adviser)
        update(visit, step.row)
        audit.record_entry(session, actor, step.entry, visit.id, case_id=visit.case_id)


@dataclass(frozen=True)
class QueueEntry:
    visit_id: int
    case_id: int
    number: str
    names: str
    representatives: str
    head_count: int
    is_collective: bool
    is_repeat: bool
    is_key_petitioner: bool
    prior_cases: int
    category: str
    problem: str
    demand: str
    is_appointment: bool
    booking: Booking
    prereview: PreReview
    prereview_reason: str
    state: VisitState
    position: int
    route: Route | None
    moved_from: dt.date | None = None  # the day booked before a calendar change moved it: call them
    divisions: str = ""  # the 处室 the 初审 asked to attend
    legal_adviser: bool = False

    @property
    def is_temporary(self) -> bool:
        """A late appointment queued as 临时来访 after the appointments."""
        return not self.is_appointment and self.booking is not Booking.IN_PERSON

    @property
    def order_label(self) -> str:
        if self.is_appointment:
            return f"预约{self.position}"
        return f"{'临时' if self.is_temporary else '现场'}{self.position - WALK_IN_BASE}"

    @property
    def attendance(self) -> str:
        return attendance_text(self.divisions, self.legal_adviser)


def queue(db: Database, day_id: int, actor: Actor | None = None) -> list[QueueEntry]:
    """The day's visitors in order: appointments (by booking), then walk-ins (by arrival).

    A list: a confidential case's visitors show as "（保密）" (services.access);
    a handler sees only his unit's cases.
    """
    from receptionapp.db.models import Category

    with db.read() as session:
        stmt = (
            select(ReceptionVisit, Case, Category.name)
            .join(Case, Case.id == ReceptionVisit.case_id)
            .join(Category, Category.id == Case.category_id)
            .where(ReceptionVisit.reception_day_id == day_id)
            .order_by(ReceptionVisit.position)
        )
        scope = access.case_scope(actor)
        rows = session.execute(stmt if scope is None else stmt.where(scope)).all()
        case_ids = [c.id for _v, c, _n in rows]
        people: dict[int, list[tuple[int, str, bool]]] = {}
        for case_id, person_id, name, rep in session.execute(
            select(Petitioner.case_id, Person.id, Person.name, Petitioner.is_representative)
            .join(Person, Person.id == Petitioner.person_id)
            .where(Petitioner.case_id.in_(case_ids))
            .order_by(Petitioner.case_id, Petitioner.position)
        ):
            people.setdefault(case_id, []).append((person_id, name, bool(rep)))
        person_ids = {pid for links in people.values() for pid, _n, _r in links}
        keys = set(
            session.scalars(
                select(KeyPetitioner.person_id).where(
                    KeyPetitioner.person_id.in_(person_ids), KeyPetitioner.active
                )
            )
        )
        prior: dict[int, int] = {}
        for case_id in case_ids:
            ids = [pid for pid, _n, _r in people.get(case_id, [])]
            prior[case_id] = int(
                session.scalar(
                    select(func.count(func.distinct(Petitioner.case_id)))
                    .join(Case, Case.id == Petitioner.case_id)
                    .where(
                        Petitioner.person_id.in_(ids),
                        Petitioner.case_id != case_id,
                        Case.status != CaseStatus.VOIDED.value,
                    )
                )
                or 0
            )
        result = []
        for visit, case, category in rows:
            links = people.get(case.id, [])
            entry = QueueEntry(
                visit_id=visit.id,
                case_id=case.id,
                number=case.number,
                names="、".join(n for _p, n, _r in links[:3])
                + (f"等{len(links)}人" if len(links) > 3 else ""),
                representatives="、".join(n for _p, n, r in links if r),
                head_count=case.head_count,
                is_collective=case.is_collective,
                is_repeat=case.is_repeat,
                is_key_petitioner=any(p in keys for p, _n, _r in links),
                prior_cases=prior.get(case.id, 0),
                category=category,
                problem=case.problem,
                demand=case.demand,
                is_appointment=visit.is_appointment,
                booking=Booking(visit.booking),
                prereview=PreReview(visit.prereview),
                prereview_reason=visit.prereview_reason,
                state=VisitState(visit.state),
                position=visit.position,
                route=Route(case.route) if case.route else None,
                moved_from=visit.moved_from,
                divisions=visit.prereview_divisions,
                legal_adviser=visit.legal_adviser,
            )
            if case.confidential:
                names = [n for _p, n, _r in links]
                entry = dataclasses.replace(
                    access.redact_fields(entry, secrets_of([names])),
                    names=MASK,
                    representatives=MASK if entry.representatives else "",
                )
            result.append(entry)
        return result


def _move_visit(
    db: Database,
    actor: Actor,
    visit_id: int,
    to: VisitState,
    allowed_from: set[VisitState],
    confirm_reason: str,
    at: dt.datetime | None,
) -> None:
    require(actor, CAN_RECORD_TALK, "安排接谈")
    with db.write() as session:
        visit = session.get(ReceptionVisit, visit_id)
        if visit is None:
            raise NotFound("找不到该来访")
        current = VisitState(visit.state)
        if current not in allowed_from:
            raise ServiceError(f"该来访当前为“{current.label}”，不能改为“{to.label}”")
        if to is VisitState.IN_TALK and visit.prereview == PreReview.PENDING.value:
            raise ServiceError("该预约尚未初审")
        day = session.get(ReceptionDay, visit.reception_day_id)
        assert day is not None
        moment, reason = held_moment(day, to, visit.called_at, confirm_reason, at)
        step = visit_step(to, arrived_at=visit.arrived_at, at=moment, late_reason=reason)
        update(visit, step.row)
        audit.record_entry(session, actor, step.entry, visit.id, case_id=visit.case_id)


def call_visitor(
    db: Database, actor: Actor, visit_id: int, *, confirm_reason: str = "", at: dt.datetime | None = None
) -> None:
    """Call the visitor in, on the reception day (after it, for the record with ``confirm_reason``)."""
    _move_visit(db, actor, visit_id, VisitState.IN_TALK, {VisitState.WAITING}, confirm_reason, at)


def finish_visit(
    db: Database, actor: Actor, visit_id: int, *, confirm_reason: str = "", at: dt.datetime | None = None
) -> None:
    _move_visit(db, actor, visit_id, VisitState.DONE, {VisitState.IN_TALK}, confirm_reason, at)


def mark_absent(
    db: Database, actor: Actor, visit_id: int, *, confirm_reason: str = "", at: dt.datetime | None = None
) -> None:
    _move_visit(db, actor, visit_id, VisitState.ABSENT, {VisitState.WAITING}, confirm_reason, at)
