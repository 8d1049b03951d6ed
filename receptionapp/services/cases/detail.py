"""One case read whole for its page: petitioners, attachments, timeline and the same person's earlier cases."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, Person, Petitioner, User
from receptionapp.domain.case import CaseStatus, ReviewStage
from receptionapp.domain.channels import Channel
from receptionapp.domain.confidentiality import MASK, secrets_of
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import SEES_VOIDED
from receptionapp.domain.validation import normalize, normalize_id_number, normalize_phone
from receptionapp.services import access
from receptionapp.services.context import Actor, NotFound


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    gender: Gender
    id_number: str
    phone: str
    address: str
    relation: Relation
    is_representative: bool


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    stored_name: str
    sha256: str
    size: int
    added_at: dt.datetime


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    user: str
    action: str
    summary: str
    details: dict[str, Any]


@dataclass(frozen=True)
class PriorCase:
    id: int
    number: str
    received_at: dt.datetime
    channel: Channel
    status: CaseStatus
    review_stage: ReviewStage
    problem: str

    @property
    def warning(self) -> str | None:
        if self.review_stage is ReviewStage.FINAL_REVIEW:
            return f"{self.number} 已复核终结：无新的事实和理由的，原则上不再受理"
        if self.status.is_open:
            return f"{self.number} 仍在办理中（{self.status.label}）：同一事项请勿重复登记受理"
        return None


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    channel: Channel
    status: CaseStatus
    received_at: dt.datetime
    registered_by: str
    category: str
    region: str
    unit_name: str
    head_count: int
    is_collective: bool
    is_repeat: bool
    skipped_level: bool
    is_appointment: bool
    problem: str
    demand: str
    source_body: str
    source_ref: str
    letter_pages: int | None
    note: str
    review_stage: ReviewStage
    due_date: dt.date | None
    due_provisional: bool
    void_reason: str
    voided_at: dt.datetime | None
    version: int
    petition_type: PetitionType = PetitionType.APPEAL
    confidential: bool = False
    # The petitioners' identity is masked for this reader (services.access).
    identity_hidden: bool = False
    # Why the office cleared the 越级 mark (domain.skipped_level); empty when it did not.
    skipped_level_note: str = ""
    hotline_limit: dt.date | None = None  # the 12345 centre's 时限 for the 工单's answer
    review_served_on: dt.date | None = None  # a 复查申请: when the reply under review was served
    review_late: bool = False  # … and the request came after the petitioner's 30 days
    petitioners: list[PersonView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    other_cases: list[PriorCase] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    # 首问负责制: who first received the visitor (older cases: the registering clerk).
    first_receiver: str = ""


def _prior(
    session: Session, person_ids: list[int], exclude: int | None, visible: ColumnElement[bool]
) -> list[PriorCase]:
    """The other cases of these people that the reader may see (``access.visible_filter``)."""
    if not person_ids:
        return []
    stmt = (
        select(Case)
        .where(Case.id.in_(select(Petitioner.case_id).where(Petitioner.person_id.in_(person_ids))))
        .where(Case.status != CaseStatus.VOIDED.value, visible)
        .order_by(Case.received_at.desc())
        .limit(200)
    )
    if exclude is not None:
        stmt = stmt.where(Case.id != exclude)
    return [
        PriorCase(
            c.id,
            c.number,
            c.received_at,
            Channel(c.channel),
            CaseStatus(c.status),
            ReviewStage(c.review_stage),
            c.problem[:80].replace("\n", " "),
        )
        for c in session.scalars(stmt)
    ]


def _user_name(session: Session, user_id: int | None) -> str:
    return (session.scalar(select(User.display_name).where(User.id == user_id)) or "") if user_id else ""


def get_case(
    db: Database, case_id: int, actor: Actor | None = None, *, view: str | None = "查看"
) -> CaseDetail:
    """The whole case as ``actor`` may see it (services.access); opening a confidential one is audited.

    ``view`` names the opening in the audit log; None when the caller records it itself.
    """
    with db.read() as session:
        c = access.load_case(session, case_id)
        if c.status == CaseStatus.VOIDED.value and actor and actor.role not in SEES_VOIDED:
            raise NotFound("该事项已作废，只有管理员和办公室可以查看")
        access.ensure_visible(session, actor, c.id)
        hidden = not access.sees_identity(session, actor, c)
        links = list(c.petitioners)
        people = [
            PersonView(
                link.person.id,
                link.person.name,
                Gender(link.person.gender),
                link.person.id_number or "",
                link.person.phone,
                link.person.address,
                Relation(link.person.relation),
                link.is_representative,
            )
            for link in links
        ]
        timeline = [
            TimelineEntry(e.at, e.user_name, e.action, e.summary, json.loads(e.details or "{}"))
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)
            )
        ]
        detail = CaseDetail(
            id=c.id,
            number=c.number,
            channel=Channel(c.channel),
            status=CaseStatus(c.status),
            received_at=c.received_at,
            registered_by=c.registered_by.display_name,
            category=c.category.name,
            region=c.region.name,
            unit_name=c.unit_name,
            head_count=c.head_count,
            is_collective=c.is_collective,
            is_repeat=c.is_repeat,
            skipped_level=c.skipped_level,
            is_appointment=c.is_appointment,
            problem=c.problem,
            demand=c.demand,
            source_body=c.source_body,
            source_ref=c.source_ref,
            letter_pages=c.letter_pages,
            note=c.note,
            review_stage=ReviewStage(c.review_stage),
            due_date=c.due_date,
            due_provisional=c.due_provisional,
            void_reason=c.void_reason,
            voided_at=c.voided_at,
            version=c.version,
            petition_type=PetitionType(c.petition_type),
            confidential=c.confidential,
            identity_hidden=hidden,
            skipped_level_note=c.skipped_level_note,
            hotline_limit=c.hotline_limit,
            review_served_on=c.review_served_on,
            review_late=c.review_late,
            petitioners=people,
            attachments=[
                AttachmentView(a.id, a.filename, a.stored_name, a.sha256, a.size, a.added_at)
                for a in c.attachments
            ],
            # Another case of the same person would tell who raised this one.
            other_cases=[]
            if hidden
            else _prior(session, [p.id for p in people], c.id, access.visible_filter(actor)),
            timeline=timeline,
            first_receiver=_user_name(session, c.first_receiver_id) or c.registered_by.display_name,
        )
    if hidden:
        detail = mask_detail(detail)
    if c.confidential and actor is not None and view:
        with db.write() as session:
            access.record_view(session, actor, c, what=view, masked=hidden)
    return detail


def mask_detail(detail: CaseDetail) -> CaseDetail:
    """The case with its petitioners' identity replaced by "（保密）", in every field and text."""
    secrets = secrets_of((p.name, p.id_number, p.phone, p.address) for p in detail.petitioners)
    people = [
        dataclasses.replace(p, name=MASK, id_number=MASK, phone=MASK, address=MASK)
        for p in detail.petitioners
    ]
    return dataclasses.replace(access.redact_fields(detail, secrets), petitioners=people)


def prior_cases(
    db: Database,
    id_number: str = "",
    name: str = "",
    phone: str = "",
    exclude: int | None = None,
    actor: Actor | None = None,
) -> list[PriorCase]:
    """Earlier cases of the person with this ID number, or this name and phone.

    Confidential cases are left out unless ``actor`` may see who raised them
    (without an actor: left out, since the caller is a registration form).
    """
    id_number = normalize_id_number(id_number)
    name, phone = normalize(name), normalize_phone(phone)
    with db.read() as session:
        conditions = []
        if len(id_number) == 18:
            conditions.append(Person.id_number == id_number)
        if name and len(phone) >= 7:
            conditions.append(and_(Person.name == name, Person.phone == phone))
        if not conditions:
            return []
        person_ids = list(session.scalars(select(Person.id).where(or_(*conditions)).limit(50)))
        visible = access.visible_filter(actor) if actor else Case.confidential.is_(False)
        return _prior(session, person_ids, exclude, visible)
