"""The case register: find cases, read one whole, edit or void it.

Rows are plain dataclasses so the Qt models never hold live ORM objects.
The register pages through the newest-first order with a keyset (the last
row's received time and id), which stays fast at any depth.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, Category, Person, Petitioner, Region
from receptionapp.db.search import (
    driven_by_index,
    index_case,
    index_match,
    many_matches,
    search_condition,
)
from receptionapp.domain.case import CaseStatus, ReviewStage
from receptionapp.domain.channels import Channel
from receptionapp.domain.confidentiality import MASK, redact, secrets_of
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import CAN_REGISTER, CAN_VOID, SEES_VOIDED
from receptionapp.domain.textsearch import searchable_length
from receptionapp.domain.validation import (
    MAX_SHORT_TEXT,
    normalize,
    normalize_id_number,
    normalize_phone,
    validate_text,
)
from receptionapp.services import access, audit
from receptionapp.services.conflicts import stale_message
from receptionapp.services.context import (
    Actor,
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    require,
)
from receptionapp.services.reference import lookup_id

OPEN_STATUSES = tuple(s.value for s in CaseStatus if s.is_open)
# The register counts matches only this far ("1000+ 件"): an exact count of tens of
# thousands of matches costs more than finding the first page of them.
COUNT_CAP = 1000
CLOSED_STATUSES = (CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value)


@dataclass
class CaseFilter:
    """What the register's quick filters and search box ask for."""

    text: str = ""
    channel: Channel | None = None
    status: str | None = None  # a CaseStatus value, or "open" / "overdue" / "closed"
    category: str | None = None
    region: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_voided: bool = False
    today: dt.date | None = None
    petition_type: PetitionType | None = None


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    channel: Channel
    status: CaseStatus
    received_at: dt.datetime
    names: str
    category: str
    region: str
    problem: str
    due_date: dt.date | None
    due_provisional: bool
    is_repeat: bool
    is_collective: bool
    overdue: bool
    petition_type: PetitionType = PetitionType.APPEAL
    confidential: bool = False  # then ``names`` is "（保密）" for everyone (services.access)

    @property
    def sort_key(self) -> tuple[dt.datetime, int]:
        return (self.received_at, self.id)


def _filtered(
    session: Session, stmt: Select[Any], flt: CaseFilter, actor: Actor | None = None, walk: bool = False
) -> Select[Any]:
    today = flt.today or dt.date.today()
    scope = access.case_scope(actor)
    if scope is not None:
        stmt = stmt.where(scope)
    if flt.text.strip():
        cond = search_condition(session, flt.text, walk)
        if cond is not None:
            stmt = stmt.where(access.search_scope(actor, flt.text, cond))
    if flt.petition_type is not None:
        stmt = stmt.where(Case.petition_type == flt.petition_type.value)
    if flt.channel is not None:
        stmt = stmt.where(Case.channel == flt.channel.value)
    if flt.status == "open":
        stmt = stmt.where(Case.status.in_(OPEN_STATUSES))
    elif flt.status == "overdue":
        stmt = stmt.where(Case.status.in_(OPEN_STATUSES), Case.due_date < today)
    elif flt.status == "closed":
        stmt = stmt.where(Case.status.in_(CLOSED_STATUSES))
    elif flt.status:
        stmt = stmt.where(Case.status == flt.status)
    if not flt.include_voided and flt.status != CaseStatus.VOIDED.value:
        stmt = stmt.where(Case.status != CaseStatus.VOIDED.value)
    if flt.category:
        stmt = stmt.where(
            Case.category_id == select(Category.id).where(Category.name == flt.category).scalar_subquery()
        )
    if flt.region:
        stmt = stmt.where(
            Case.region_id == select(Region.id).where(Region.name == flt.region).scalar_subquery()
        )
    if flt.date_from:
        stmt = stmt.where(Case.received_at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to:
        stmt = stmt.where(
            Case.received_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        )
    return stmt


def _check_filter(actor: Actor | None, flt: CaseFilter) -> None:
    if (
        (flt.include_voided or flt.status == CaseStatus.VOIDED.value)
        and actor
        and actor.role not in SEES_VOIDED
    ):
        raise ServiceError("只有管理员和办公室可以查看已作废的事项")


def register_filter(text: str, **fields: Any) -> CaseFilter:
    """The register's filter for what was typed in the search box (too little to search: no text)."""
    text = text.strip()
    searchable = searchable_length(text) >= 2 or text.isdigit()
    return CaseFilter(text=text if searchable else "", **fields)


def count_cases(db: Database, flt: CaseFilter, actor: Actor | None = None, cap: int | None = None) -> int:
    """How many cases match; with ``cap``, counting stops there and ``cap + 1`` means "more than cap"."""
    _check_filter(actor, flt)
    with db.read() as session:
        if cap is None:
            return int(session.scalar(_filtered(session, select(func.count(Case.id)), flt, actor)) or 0)
        matching: Select[Any] | CompoundSelect | None = None
        if flt.text.strip():
            rest = _filtered(session, select(Case.id), dataclasses.replace(flt, text=""), actor)
            matching = driven_by_index(session, rest, flt.text)
            # Confidential cases found by their petitioner, for those who may (services.access).
            by_person = access.identity_matches(actor, flt.text)
            if matching is not None and by_person is not None:
                extra = rest.where(by_person, ~index_match(flt.text))
                matching = union_all(matching, extra)
        if matching is None:
            matching = _filtered(session, select(Case.id), flt, actor)
        first = matching.limit(cap + 1).subquery()
        return int(session.scalar(select(func.count()).select_from(first)) or 0)


def list_cases(
    db: Database,
    flt: CaseFilter,
    limit: int = 200,
    after: tuple[dt.datetime, int] | None = None,
    actor: Actor | None = None,
) -> list[CaseRow]:
    """One page of the register, newest first, starting after the ``after`` row."""
    _check_filter(actor, flt)
    today = flt.today or dt.date.today()
    with db.read() as session:
        stmt = _row_select().order_by(Case.received_at.desc(), Case.id.desc()).limit(limit)
        if after is not None:
            at, case_id = after
            stmt = stmt.where(or_(Case.received_at < at, and_(Case.received_at == at, Case.id < case_id)))
        # Sorting tens of thousands of matches costs ~100 ms; walking the index a few ms.
        walk = bool(flt.text.strip()) and many_matches(session, flt.text, COUNT_CAP)
        return _rows(session, session.execute(_filtered(session, stmt, flt, actor, walk)).all(), today)


def case_rows(
    db: Database, ids: list[int], today: dt.date | None = None, actor: Actor | None = None
) -> list[CaseRow]:
    """Register rows for these case ids, in the given order (a report's drill-down lists)."""
    with db.read() as session:
        scope = access.case_scope(actor)
        found: dict[int, Any] = {}
        for start in range(0, len(ids), 900):
            stmt = _row_select().where(Case.id.in_(ids[start : start + 900]))
            if scope is not None:
                stmt = stmt.where(scope)
            found.update((r[0], r) for r in session.execute(stmt))
        return _rows(session, [found[i] for i in ids if i in found], today or dt.date.today())


# The category's and the region's names come by a join to aliases: a category or region
# filter's own subquery (``_filtered``) must not correlate with them.
_CATEGORY, _REGION = aliased(Category), aliased(Region)
_ROW_COLUMNS = (
    Case.id,
    Case.number,
    Case.channel,
    Case.status,
    Case.received_at,
    _CATEGORY.name,
    _REGION.name,
    func.substr(Case.problem, 1, 120),
    Case.due_date,
    Case.due_provisional,
    Case.is_repeat,
    Case.is_collective,
    Case.petition_type,
    Case.confidential,
)


def _row_select() -> Select[Any]:
    """The register's columns of a case, in one query with the names of its category and region."""
    return (
        select(*_ROW_COLUMNS)
        .outerjoin(_CATEGORY, _CATEGORY.id == Case.category_id)
        .outerjoin(_REGION, _REGION.id == Case.region_id)
    )


def _rows(session: Session, found: list[Any], today: dt.date) -> list[CaseRow]:
    """Register rows from ``_row_select`` results (in their order) and the cases' petitioners."""
    if not found:
        return []
    names: dict[int, list[str]] = {}
    identities: dict[int, list[tuple[str, str | None, str, str]]] = {}
    for case_id, name, id_number, phone, address in session.execute(
        select(Petitioner.case_id, Person.name, Person.id_number, Person.phone, Person.address)
        .join(Person, Person.id == Petitioner.person_id)
        .where(Petitioner.case_id.in_([r[0] for r in found]))
        .order_by(Petitioner.case_id, Petitioner.position)
    ):
        names.setdefault(case_id, []).append(name)
        identities.setdefault(case_id, []).append((name, id_number, phone, address))
    # Plain columns, not ORM objects: a page of 200 rows is built in a few milliseconds.
    rows = []
    for (case_id, number, channel, status_value, received_at, category, region, problem, due_date,
         provisional, is_repeat, is_collective, petition_type, confidential) in found:  # fmt: skip
        status = CaseStatus(status_value)
        people = names.get(case_id, [])
        label = "、".join(people[:3]) + (f"等{len(people)}人" if len(people) > 3 else "")
        # A list shows no confidential identity, to anyone (services.access).
        if confidential:
            problem = redact(problem or "", secrets_of(identities.get(case_id, [])))
        rows.append(
            CaseRow(
                id=case_id,
                number=number,
                channel=Channel(channel),
                status=status,
                received_at=received_at,
                names=access.masked_names(label, bool(confidential)),
                category=category or "",
                region=region or "",
                problem=(problem or "").replace("\n", " "),
                due_date=due_date,
                due_provisional=bool(provisional),
                is_repeat=bool(is_repeat),
                is_collective=bool(is_collective),
                overdue=status.is_open and due_date is not None and due_date < today,
                petition_type=PetitionType(petition_type),
                confidential=bool(confidential),
            )
        )
    return rows


def case_numbers(db: Database, status: str | None = None, limit: int | None = None) -> list[str]:
    """Case numbers newest first, for the headless ``list-cases`` command."""
    with db.read() as session:
        stmt = select(Case.number).order_by(Case.received_at.desc(), Case.id.desc())
        stmt = _filtered(session, stmt, CaseFilter(status=status))
        if limit:
            stmt = stmt.limit(limit)
        return list(session.scalars(stmt))


# ---------------------------------------------------------------- one case


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
    petitioners: list[PersonView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    other_cases: list[PriorCase] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)


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


def get_case(
    db: Database, case_id: int, actor: Actor | None = None, *, view: str | None = "查看"
) -> CaseDetail:
    """The whole case as ``actor`` may see it (services.access); opening a confidential one is audited.

    ``view`` names the opening in the audit log; None when the caller records it itself.
    """
    with db.read() as session:
        c = session.get(Case, case_id)
        if c is None:
            raise NotFound("找不到该信访事项")
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


# ---------------------------------------------------------------- changes

EDITABLE_FIELDS = {
    "problem": "反映问题",
    "demand": "诉求",
    "unit_name": "涉及单位",
    "note": "备注",
    "source_body": "转办机关",
    "source_ref": "文号",
    "skipped_level": "越级访",
    "category": "问题类别",
    "region": "所属区县",
    "petition_type": "信访类型",
}


def update_case(
    db: Database, actor: Actor, case_id: int, expected_version: int, changes: dict[str, Any]
) -> int:
    """Edit registration fields; returns the new version. ConcurrentChange if stale."""
    require(actor, CAN_REGISTER, "修改登记信息")
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    errors = {}
    for key in ("problem", "demand", "note"):
        if key in changes:
            problem = validate_text(str(changes[key]), label=EDITABLE_FIELDS[key])
            if problem:
                errors[key] = problem
    if "problem" in changes and not str(changes["problem"]).strip():
        errors["problem"] = "请填写反映的问题"
    if errors:
        raise ValidationFailed(errors)
    try:
        with db.write() as session:
            c = session.get(Case, case_id)
            if c is None:
                raise NotFound("找不到该信访事项")
            if c.status == CaseStatus.VOIDED.value:
                raise ServiceError("已作废的事项不能修改")
            if not CaseStatus(c.status).is_open:
                raise ServiceError(f"该事项{CaseStatus(c.status).label}，登记信息不能再修改")
            if not access.sees_identity(session, actor, c):
                raise PermissionDenied("保密事项的登记信息只能由办公室或管理员修改")
            if c.version != expected_version:
                raise ConcurrentChange(stale_message(session, case_id, expected_version, EDITABLE_FIELDS))
            diff: dict[str, list[Any]] = {}
            # One edit is one UPDATE: no flush while reading the old names below.
            with session.no_autoflush:
                _apply_changes(session, c, changes, diff)
            if not diff:
                return c.version
            made_confidential = "petition_type" in diff and not c.confidential
            if made_confidential and PetitionType(c.petition_type).confidential_by_default:
                c.confidential = True
            else:
                made_confidential = False
            session.flush()
            index_case(session, c, [link.person for link in c.petitioners])
            audit.record(
                session,
                actor,
                "edit",
                "case",
                c.id,
                "修改：" + "、".join(EDITABLE_FIELDS[k] for k in diff),
                case_id=c.id,
                details=diff,
            )
            if made_confidential:
                audit.record(
                    session, actor, "confidential", "case", c.id, "改为检举控告，自动列为保密事项",
                    case_id=c.id, details={"confidential": [False, True]},
                )  # fmt: skip
            return c.version
    except StaleDataError as error:
        # On PostgreSQL the other save can commit after our version check: the
        # UPDATE ... WHERE version = ? then matches no row.
        raise ConcurrentChange(_stale_after_race(db, case_id, expected_version)) from error


def _apply_changes(session: Session, c: Case, changes: dict[str, Any], diff: dict[str, list[Any]]) -> None:
    """Set the changed fields on ``c`` and record ``[old, new]`` per field in ``diff``."""
    for key, value in changes.items():
        if key == "petition_type":
            kind, old_kind = PetitionType(value), PetitionType(c.petition_type)
            if kind is not old_kind:
                diff[key] = [old_kind.label, kind.label]
                c.petition_type = kind.value
            continue
        if key in ("category", "region"):
            model = Category if key == "category" else Region
            current = getattr(c, key)
            new_id = lookup_id(session, model, str(value), key, keep=current.id)
            if new_id != current.id:
                diff[key] = [current.name, value]
                setattr(c, f"{key}_id", new_id)
            continue
        old = getattr(c, key)
        if isinstance(old, str):
            value = str(value).strip()
        if old != value:
            diff[key] = [old, value]
            setattr(c, key, value)


def _stale_after_race(db: Database, case_id: int, seen_version: int) -> str:
    """The same message when the other save committed between our check and our UPDATE."""
    with db.read() as session:
        return stale_message(session, case_id, seen_version, EDITABLE_FIELDS)


def void_case(db: Database, actor: Actor, case_id: int, reason: str) -> None:
    """Void a mistaken case: it stays, marked, visible to the admin and office."""
    require(actor, CAN_VOID, "作废信访事项")
    reason = reason.strip()
    if len(reason) < 4:
        raise ValidationFailed({"reason": "请写明作废原因（至少4个字）"})
    bad = validate_text(reason, limit=MAX_SHORT_TEXT * 10, label="作废原因")
    if bad:
        raise ValidationFailed({"reason": bad})
    with db.write() as session:
        c = session.get(Case, case_id)
        if c is None:
            raise NotFound("找不到该信访事项")
        if c.status == CaseStatus.VOIDED.value:
            raise ServiceError("该事项已经作废")
        if not CaseStatus(c.status).is_open:
            raise ServiceError(f"该事项{CaseStatus(c.status).label}，不能作废")
        old_status = c.status
        c.status = CaseStatus.VOIDED.value
        c.void_reason = reason
        c.voided_at = now()
        c.voided_by_id = actor.id
        audit.record(
            session,
            actor,
            "void",
            "case",
            c.id,
            f"作废：{reason}",
            case_id=c.id,
            details={"status": [old_status, c.status]},
        )
