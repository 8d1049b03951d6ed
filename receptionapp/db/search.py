"""The case search index: pair-of-characters terms per case (see domain.textsearch).

On SQLite the terms live in the FTS5 table ``case_search`` (rowid = case id),
written in the same transaction as the case. Other backends fall back to a
substring match on the main text columns until they get an index of their own.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, Connection, or_, select, text
from sqlalchemy.orm import Session

from receptionapp.db.models import Case, Person, Petitioner
from receptionapp.domain.textsearch import fts_query, index_terms
from receptionapp.domain.validation import without_lone_surrogates


def compose_text(fields: Iterable[str | None], people: Iterable[Iterable[str | None]]) -> str:
    """The searchable text of a case from its own fields and its people's name, ID number, phone."""
    parts = [p for p in fields if p]
    for person in people:
        parts.extend(p for p in person if p)
    return "\n".join(parts)


def case_text(case: Case, persons: Iterable[Person]) -> str:
    """Everything a clerk may search a case by, as one string."""
    fields = (
        case.number,
        case.problem,
        case.demand,
        case.unit_name,
        case.source_body,
        case.source_ref,
        case.note,
    )
    return compose_text(fields, ((p.name, p.id_number, p.phone) for p in persons))


_ALL_TEXT = text(
    "SELECT c.id, c.number, c.problem, c.demand, c.unit_name, c.source_body, c.source_ref, c.note "
    "FROM cases c ORDER BY c.id"
)
_ALL_PEOPLE = text(
    "SELECT pt.case_id, p.name, p.id_number, p.phone FROM petitioners pt "
    "JOIN persons p ON p.id = pt.person_id ORDER BY pt.case_id, pt.position"
)


def rebuild_index(connection: Connection) -> int:
    """Recompute every case's terms (after the term scheme changed); returns the case count.

    Raw SQL on purpose: migrations call it with the schema of their own time.
    """
    if connection.dialect.name != "sqlite":
        return 0
    people: dict[int, list[tuple[str, str, str]]] = {}
    for case_id, name, id_number, phone in connection.execute(_ALL_PEOPLE):
        people.setdefault(case_id, []).append((name, id_number, phone))
    connection.execute(text("DELETE FROM case_search"))
    batch: list[dict[str, object]] = []
    count = 0
    insert = text("INSERT INTO case_search(rowid, terms) VALUES (:id, :terms)")
    for case_id, *fields in connection.execute(_ALL_TEXT):
        batch.append({"id": case_id, "terms": index_terms(compose_text(fields, people.get(case_id, [])))})
        if len(batch) >= 5000:
            connection.execute(insert, batch)
            count += len(batch)
            batch = []
    if batch:
        connection.execute(insert, batch)
        count += len(batch)
    return count


def index_case(session: Session, case: Case, persons: Iterable[Person]) -> None:
    if session.get_bind().dialect.name != "sqlite":
        return
    terms = index_terms(case_text(case, persons))
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case.id})
    session.execute(
        text("INSERT INTO case_search(rowid, terms) VALUES (:id, :terms)"), {"id": case.id, "terms": terms}
    )


def index_many(session: Session, rows: Iterable[tuple[int, str]]) -> None:
    """Bulk insert of (case id, raw text) for new cases (demo data, imports)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    params = [(case_id, index_terms(raw)) for case_id, raw in rows]
    if params:
        # Straight to the driver's executemany: SQLAlchemy's per-row parameter handling
        # costs as much as the terms themselves on a 50,000-case import.
        session.connection().exec_driver_sql("INSERT INTO case_search(rowid, terms) VALUES (?, ?)", params)


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on ``Case`` for the search box text, or None if nothing to search."""
    query = without_lone_surrogates(query)
    match = fts_query(query)
    if match is None:
        return None
    if session.get_bind().dialect.name == "sqlite":
        ids = (
            select(text("rowid"))
            .select_from(text("case_search"))
            .where(text("case_search MATCH :match").bindparams(match=match))
        )
        return Case.id.in_(ids)
    pattern = f"%{query.strip()}%"
    people = (
        select(Petitioner.case_id)
        .join(Person, Person.id == Petitioner.person_id)
        .where(or_(Person.name.like(pattern), Person.id_number.like(pattern), Person.phone.like(pattern)))
    )
    return or_(
        Case.number.like(pattern),
        Case.problem.like(pattern),
        Case.demand.like(pattern),
        Case.unit_name.like(pattern),
        Case.id.in_(people),
    )
