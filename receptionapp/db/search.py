"""The case search index: pair-of-characters terms per case (see domain.textsearch).

On SQLite the terms live in the FTS5 table ``case_search`` (rowid = case id),
written in the same transaction as the case. Other backends fall back to a
substring match on the main text columns until they get an index of their own.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, or_, select, text
from sqlalchemy.orm import Session

from receptionapp.db.models import Case, Person, Petitioner
from receptionapp.domain.textsearch import fts_query, index_terms


def case_text(case: Case, persons: Iterable[Person]) -> str:
    """Everything a clerk may search a case by, as one string."""
    parts = [
        case.number,
        case.problem,
        case.demand,
        case.unit_name,
        case.source_body,
        case.source_ref,
        case.note,
    ]
    for person in persons:
        parts.extend([person.name, person.id_number or "", person.phone])
    return "\n".join(p for p in parts if p)


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
    session.execute(
        text("INSERT INTO case_search(rowid, terms) VALUES (:id, :terms)"),
        [{"id": case_id, "terms": index_terms(raw)} for case_id, raw in rows],
    )


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on ``Case`` for the search box text, or None if nothing to search."""
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
