"""Tables of the workflow: calendar, deadline rules, obligations, reception day and the forms.

An ``Obligation`` is one deadline of a case (受理告知, a unit's reply, 办理期限
...), created from a ``DeadlineRuleRow`` version that it keeps. The reception
day has its rota (``ReceptionDay``) and queue (``ReceptionVisit``); the
four forms and one record are ``Assignment`` (交办单), ``Supervision``
(督办单), ``Completion`` (办结单), ``Conversation`` (接谈记录) and the
registration itself; a leader's 批示 is an ``Instruction``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from receptionapp.db.base import Base, now
from receptionapp.domain.workflow import AssignmentStatus, ObligationStatus


class HolidayYearRow(Base):
    """A year whose holiday arrangement the admin entered in full (no longer provisional)."""

    __tablename__ = "holiday_years"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    notice: Mapped[str] = mapped_column(String(200), default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class HolidayDay(Base):
    """One admin entry: this date is a day off (False) or a working day (True)."""

    __tablename__ = "holiday_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    year: Mapped[int] = mapped_column(Integer, index=True)
    note: Mapped[str] = mapped_column(String(100), default="")


class DeadlineRuleRow(Base):
    """One version of a deadline rule; editing a rule adds a version and retires the old one."""

    __tablename__ = "deadline_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(100))
    start_event: Mapped[str] = mapped_column(String(32))
    length: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(24))
    route: Mapped[str | None] = mapped_column(String(16))
    unit_kind: Mapped[str | None] = mapped_column(String(16))  # a UnitKind; None: any unit
    max_extension: Mapped[int] = mapped_column(Integer, default=0)
    basis: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("deadline_rules.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Obligation(Base):
    """A deadline of a case: what is due, by whom, from when, under which rule version."""

    __tablename__ = "obligations"
    __table_args__ = (
        Index("ix_obligations_status_due", "status", "due_date"),
        # The on-time rate per unit reads the obligations due in a period, of any status.
        Index("ix_obligations_due_date", "due_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    # None: an obligation of the office's own whose length a setting gives (回访, 快报), not a rule.
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("deadline_rules.id"))
    label: Mapped[str] = mapped_column(String(100))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignments.id"))
    # The 督办单 whose answer this obligation awaits. No foreign key: supervisions
    # already refer to obligations, and a cycle would complicate table creation.
    supervision_id: Mapped[int | None] = mapped_column(Integer, index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    length: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(16))
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    # A date an outside body set (the 12345 centre's 时限): it replaces the rule's count, and
    # a change of the calendar does not move it (domain.deadlines.limited_due); migration 0018.
    fixed_due: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=ObligationStatus.OPEN.value)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    done_note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Extension(Base):
    """延期: one extension of an obligation, approved by a leader, with its reason."""

    __tablename__ = "extensions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    obligation_id: Mapped[int] = mapped_column(ForeignKey("obligations.id"), unique=True)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    old_due: Mapped[dt.date] = mapped_column(Date)
    new_due: Mapped[dt.date] = mapped_column(Date)
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class ReceptionDay(Base):
    """A leaders' reception day on the rota: who receives, when and where."""

    __tablename__ = "reception_days"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    nominal_day: Mapped[dt.date] = mapped_column(Date)
    leader_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    substitute_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(100), default="信访接待室")
    note: Mapped[str] = mapped_column(String(200), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class ReceptionVisit(Base):
    """One visitor in a reception day's queue: an appointment or a walk-in."""

    __tablename__ = "reception_visits"
    __table_args__ = (UniqueConstraint("reception_day_id", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    reception_day_id: Mapped[int] = mapped_column(ForeignKey("reception_days.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    is_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    booking: Mapped[str] = mapped_column(String(16), default="in_person")
    booked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    position: Mapped[int] = mapped_column(Integer)
    prereview: Mapped[str] = mapped_column(String(16), default="pending")
    prereview_reason: Mapped[str] = mapped_column(Text, default="")
    prereview_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    arrived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    called_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The day the visitor was booked for before a calendar change moved the reception day:
    # set until the office has told them the new day (a call), then cleared.
    moved_from: Mapped[dt.date | None] = mapped_column(Date)
    # The 初审's 处室 to attend (names, "、"-joined) and whether the legal adviser joins.
    prereview_divisions: Mapped[str] = mapped_column(String(200), default="", server_default="")
    legal_adviser: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Conversation(Base):
    """接谈记录: the record of the leader's talk with the petitioner."""

    __tablename__ = "conversations"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("reception_visits.id"))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    leader_name: Mapped[str] = mapped_column(String(64))
    attendees: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    statement: Mapped[str] = mapped_column(Text, default="")  # what the petitioner said
    response: Mapped[str] = mapped_column(Text, default="")  # what the leader answered
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Instruction(Base):
    """批示: the leader's decision that puts the matter in one of the five routes."""

    __tablename__ = "instructions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    leader_name: Mapped[str] = mapped_column(String(64))
    route: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    refusal_code: Mapped[str] = mapped_column(String(32), default="")
    # 有权处理机关: where a refused or transferred petitioner is told to go.
    authority: Mapped[str] = mapped_column(String(100), default="")
    instructed_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Assignment(Base):
    """交办单: the matter sent to a division, county bureau or school, with the deadline."""

    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    instruction_id: Mapped[int | None] = mapped_column(ForeignKey("instructions.id"))
    instruction_text: Mapped[str] = mapped_column(Text, default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    conceal_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(16), default=AssignmentStatus.OPEN.value)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_on: Mapped[dt.date | None] = mapped_column(Date)
    reply_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # Withdrawn (status "withdrawn") when a new 批示 changed the route: when, and what the unit is told.
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Supervision(Base):
    """督办单: an urging of a unit about an obligation, with its own deadline and the answer."""

    __tablename__ = "supervisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    obligation_id: Mapped[int | None] = mapped_column(ForeignKey("obligations.id"))
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignments.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(16))
    requested_by: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Completion(Base):
    """办结单: the result, how the reply was served, satisfaction, archive number."""

    __tablename__ = "completions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    decision: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    service: Mapped[str] = mapped_column(String(16))
    mail_number: Mapped[str] = mapped_column(String(32), default="")
    served_on: Mapped[dt.date] = mapped_column(Date)
    receipt_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    satisfaction: Mapped[str] = mapped_column(String(16), default="unknown")
    closed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # None: not computable (an imported ledger row that gives no deadline).
    on_time: Mapped[bool | None] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    archive_number: Mapped[str] = mapped_column(String(32), default="")
    archived_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class KeyPetitioner(Base):
    """重点信访人: a person the bureau follows closely, each assigned to a leader (包案)."""

    __tablename__ = "key_petitioners"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), unique=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    since: Mapped[dt.date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    status_note: Mapped[str] = mapped_column(Text, default="")
    # Set when the follow-up ends (the row stays, inactive; migration 0011).
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Outreach(Base):
    """A leader's 下访: a visit out to a school, county or unit to receive and settle cases there."""

    __tablename__ = "outreach_visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200))
    leader_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")  # the cases handled, what was decided
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class OutreachCase(Base):
    """A case registered at (or handled on) a 下访."""

    __tablename__ = "outreach_cases"
    outreach_id: Mapped[int] = mapped_column(ForeignKey("outreach_visits.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True, index=True)
    linked_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    linked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
