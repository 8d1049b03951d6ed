"""What happens to one demo case, as the events a person would enter, each at its moment.

The office simulation (``demo.office``) decides the events; ``demo.rows``
turns them into rows with the workflow's own row builders, and the demo
equivalence test replays the same events through the services. An event
names what it acts on the way a person would (the case's open 交办单, its
办理期限), never by a row id, so a replay into another database finds it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from receptionapp.domain.aftercare import FollowUpInput, MajorInput
from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.completion import CompletionInput
from receptionapp.domain.reception import Booking, ConversationInput, VisitState
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.units import UnitRef
from receptionapp.domain.workflow import Route

# A user of the demo office: (id, display name).
Who = tuple[int, str]


@dataclass(eq=False, slots=True)
class Someone:
    """A petitioner of the demo office; ``id`` is set once their person row is written."""

    details: PetitionerInput
    id: int | None = None


@dataclass(slots=True)
class Event:
    at: dt.datetime
    by: Who


@dataclass(frozen=True, slots=True)
class Visit:
    """A matter raised at a leaders' reception day: booked ahead (初审 by the office) or walked in."""

    day: dt.date
    appointment: bool
    booking: Booking


@dataclass(slots=True)
class Register(Event):
    """登记 (with ``visit``: booked or queued for a reception day in the same step)."""

    data: RegistrationInput
    people: tuple[Someone, ...]
    visit: Visit | None = None
    first_receiver: Who | None = None  # 首问责任人 when not the clerk (also ``data.first_receiver_id``)


@dataclass(slots=True)
class Prereview(Event):
    """The office accepts an appointment (初审), naming the 处室 to attend and the legal adviser."""

    divisions: tuple[str, ...] = ()
    legal_adviser: bool = False


@dataclass(slots=True)
class MoveVisit(Event):
    """The visitor is called in, or the talk is over."""

    to: VisitState


@dataclass(slots=True)
class Talk(Event):
    """The 接谈记录 of the reception."""

    data: ConversationInput
    leader: Who


@dataclass(slots=True)
class Instruct(Event):
    route: Route
    text: str
    leader: Who
    on: dt.date
    refusal_code: str = ""
    authority: str = ""


@dataclass(slots=True)
class Assign(Event):
    unit: UnitRef
    on: dt.date
    requirement: str


@dataclass(slots=True)
class Supervise(Event):
    """A 督办单 about the reply deadline of the case's open 交办单."""

    on: dt.date
    level: SupervisionLevel
    reason: SupervisionReason
    content: str


@dataclass(slots=True)
class Reply(Event):
    """The unit's reply to the case's open 交办单."""

    on: dt.date
    text: str


@dataclass(slots=True)
class Extend(Event):
    """A leader extends the case's 办理期限."""

    days: int
    reason: str
    approver: Who


@dataclass(slots=True)
class Notice(Event):
    """A notice went out; a county bureau's own 受理告知 (``unit_accept``) is of the case's open 交办单."""

    kind: str  # a key of services.workflow.notices.NOTICE_KINDS
    on: dt.date


@dataclass(slots=True)
class Complete(Event):
    data: CompletionInput


@dataclass(slots=True)
class Archive(Event):
    on: dt.date


@dataclass(slots=True)
class FollowUpCall(Event):
    """A 回访 call after 办结 by ``caller`` (``data.caller_id`` is the caller's id)."""

    data: FollowUpInput
    caller: Who


@dataclass(slots=True)
class MarkMajor(Event):
    """The case is marked major: its 快报 is due the same day."""

    data: MajorInput


@dataclass(slots=True)
class ReportSent(Event):
    """The case's 快报 went to the leaders."""

    sent_at: dt.datetime
    to: str


@dataclass(slots=True)
class CaseScript:
    """The events of one case; ``ordered`` gives them by moment (events at one moment keep their order)."""

    events: list[Event] = field(default_factory=list)

    def add(self, event: Event) -> Event:
        self.events.append(event)
        return event

    def ordered(self) -> list[Event]:
        return sorted(self.events, key=lambda e: e.at)
