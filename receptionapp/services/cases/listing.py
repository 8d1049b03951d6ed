"""The case register: filter, count and page through cases.

Rows are plain dataclasses so the Qt models never hold live ORM objects.
The register pages through the newest-first order with a keyset (the last
row's received time and id), which stays fast at any depth.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import CompoundSelect, Select, and_, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, Person, Petitioner, Region
from receptionapp.db.search import driven_by_index, index_match, many_matches, search_condition
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.channels import Channel
from receptionapp.domain.confidentiality import redact, secrets_of
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import SEES_VOIDED
from receptionapp.domain.textsearch import searchable_length
from receptionapp.services import access
from receptionapp.services.context import Actor, ServiceError

OPEN_STATUSES = tuple(s.value for s in CaseStatus if s.is_open)


# The register counts matches only this far ("1000+ 件"): an exact count of tens of
# thousands of matches costs more than finding the first page of them.
COUNT_CAP = 1000


CLOSED_STATUSES = (CaseStatus.CLOSED.value, CaseStatus.ARCHIVED.value)

Ts = TypeVarTuple("Ts")


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
    mark: str | None = None  # one of MARKS: 越级访 ...


# The register's 标记 filter: value → (label, condition on the case).
MARKS: dict[str, tuple[str, Any]] = {
    "skipped_level": ("越级访", Case.skipped_level.is_(True)),
    "skipped_level_cleared": ("已取消越级标记", Case.skipped_level_note != ""),
    "review_late": ("逾期复查申请", Case.review_late.is_(True)),
}


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
    session: Session, stmt: Select[*Ts], flt: CaseFilter, actor: Actor | None = None, walk: bool = False
) -> Select[*Ts]:
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
    if flt.mark:
        stmt = stmt.where(MARKS[flt.mark][1])
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
        matching: Select[int] | CompoundSelect[int] | None = None
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


def _rows(session: Session, found: Sequence[Any], today: dt.date) -> list[CaseRow]:
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


def case_numbers(
    db: Database, status: str | None = None, limit: int | None = None, mark: str | None = None
) -> list[str]:
    """Case numbers newest first, for the headless ``list-cases`` command (``mark``: one of MARKS)."""
    with db.read() as session:
        stmt = select(Case.number).order_by(Case.received_at.desc(), Case.id.desc())
        stmt = _filtered(session, stmt, CaseFilter(status=status, mark=mark))
        if limit:
            stmt = stmt.limit(limit)
        return list(session.scalars(stmt))
