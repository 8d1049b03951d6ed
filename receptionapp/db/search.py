"""The case search index: pair-of-characters terms per case (see domain.textsearch).

Both backends keep a table ``case_search`` written in the same transaction as
the case. On SQLite it is an FTS5 table (rowid = case id). On PostgreSQL it
holds ``case_id``, a ``tsvector`` of the terms under a GIN index and the
normalised ``body`` that phrases of three or more characters are rechecked
against (migration 0008). Any other backend falls back to a substring scan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    column,
    exists,
    inspect,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from receptionapp.db.models import Case, Person, Petitioner
from receptionapp.domain.confidentiality import redact, secrets_of
from receptionapp.domain.textsearch import fts_query, index_terms, pg_query, search_body, tsvector_literal
from receptionapp.domain.validation import search_text

_PG_UPSERT = text(
    "INSERT INTO case_search(case_id, terms, body) VALUES (:id, CAST(:terms AS tsvector), :body) "
    "ON CONFLICT (case_id) DO UPDATE SET terms = excluded.terms, body = excluded.body"
)
_SQLITE_INSERT = text("INSERT INTO case_search(rowid, terms) VALUES (:id, :terms)")


def index_row(dialect: str, case_id: int, raw: str) -> dict[str, object]:
    """The index row of one case for this backend."""
    if dialect == "postgresql":
        return {"id": case_id, "terms": tsvector_literal(raw), "body": search_body(raw)}
    return {"id": case_id, "terms": index_terms(raw)}


def write_index_rows(connection: Connection | Session, dialect: str, rows: list[dict[str, object]]) -> None:
    if rows:
        connection.execute(_PG_UPSERT if dialect == "postgresql" else _SQLITE_INSERT, rows)


def compose_text(
    fields: Iterable[str | None], people: Iterable[Iterable[str | None]], *, confidential: bool = False
) -> str:
    """The searchable text of a case from its own fields and its people's name, ID number, phone.

    A confidential case's text leaves its people out, and takes their details
    (``people`` then includes the address) out of its own fields too.
    """
    parts = [p for p in fields if p]
    if confidential:
        secrets = secrets_of(people)
        return "\n".join(redact(part, secrets, " ") for part in parts)
    for person in people:
        parts.extend(p for p in person if p)
    return "\n".join(parts)


# The case's own columns that its search text holds, in order.
TEXT_COLUMNS = ("number", "problem", "demand", "unit_name", "source_body", "source_ref", "note")


def case_text(case: Case, persons: Iterable[Person]) -> str:
    """Everything a clerk may search a case by, as one string.

    A confidential case is indexed without its petitioners (nor their details
    in its texts), so their name, ID number or phone finds it only through
    ``services.access.identity_search``, for those allowed to see them.
    """
    values = {column: getattr(case, column) for column in (*TEXT_COLUMNS, "confidential")}
    return row_text(values, [(p.name, p.id_number, p.phone, p.address) for p in persons])


def row_text(values: Mapping[str, Any], people: Iterable[tuple[str, str | None, str, str]]) -> str:
    """``case_text`` of a case row's column values and its people's (name, ID number, phone, address)."""
    fields = [values[column] for column in TEXT_COLUMNS]
    if values["confidential"]:
        return compose_text(fields, people, confidential=True)
    return compose_text(fields, (p[:3] for p in people))


_ALL_TEXT = text(
    "SELECT c.id, c.number, c.problem, c.demand, c.unit_name, c.source_body, c.source_ref, c.note "
    "FROM cases c ORDER BY c.id"
)
_ALL_PEOPLE = text(
    "SELECT pt.case_id, p.name, p.id_number, p.phone, p.address FROM petitioners pt "
    "JOIN persons p ON p.id = pt.person_id ORDER BY pt.case_id, pt.position"
)


def rebuild_index(connection: Connection) -> int:
    """Recompute every case's terms (after the term scheme changed); returns the case count.

    Raw SQL on purpose: migrations call it with the schema of their own time.
    """
    dialect = connection.dialect.name
    if dialect not in ("sqlite", "postgresql") or not inspect(connection).has_table("case_search"):
        return 0
    people: dict[int, list[tuple[str, str, str, str]]] = {}
    for case_id, name, id_number, phone, address in connection.execute(_ALL_PEOPLE):
        people.setdefault(case_id, []).append((name, id_number, phone, address))
    confidential: set[int] = set()
    if any(column["name"] == "confidential" for column in inspect(connection).get_columns("cases")):
        # Confidential cases are indexed without their petitioners (see case_text); migration 0010.
        confidential = set(connection.execute(text("SELECT id FROM cases WHERE confidential")).scalars())
    connection.execute(text("DELETE FROM case_search"))
    batch: list[dict[str, object]] = []
    count = 0
    for case_id, *fields in connection.execute(_ALL_TEXT):
        persons = people.get(case_id, [])
        if case_id in confidential:
            raw = compose_text(fields, persons, confidential=True)
        else:
            raw = compose_text(fields, [person[:3] for person in persons])
        batch.append(index_row(dialect, case_id, raw))
        if len(batch) >= 5000:
            write_index_rows(connection, dialect, batch)
            count += len(batch)
            batch = []
    write_index_rows(connection, dialect, batch)
    return count + len(batch)


def index_case(session: Session, case: Case, persons: Iterable[Person]) -> None:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case.id})
    elif dialect != "postgresql":
        return
    write_index_rows(session, dialect, [index_row(dialect, case.id, case_text(case, persons))])


def index_many(session: Session, rows: Iterable[tuple[int, str]]) -> None:
    """Bulk insert of (case id, raw text) for new cases (demo data, imports)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        params = [(case_id, index_terms(raw)) for case_id, raw in rows]
        if params:
            # Straight to the driver's executemany: SQLAlchemy's per-row parameter handling
            # costs as much as the terms themselves on a 50,000-case import.
            session.connection().exec_driver_sql(
                "INSERT INTO case_search(rowid, terms) VALUES (?, ?)", params
            )
    elif dialect == "postgresql":
        write_index_rows(session, dialect, [index_row(dialect, case_id, raw) for case_id, raw in rows])


def search_condition(session: Session, query: str, walk: bool = False) -> ColumnElement[bool] | None:
    """A WHERE condition on ``Case`` for the search box text, or None if nothing to search.

    ``walk`` (SQLite, see ``many_matches``): written so that SQLite cannot look
    the matches up by primary key and walks the received-time index instead.
    """
    query = search_text(query)
    match = fts_query(query)
    if match is None:
        return None
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        ids = (
            select(text("rowid"))
            .select_from(text("case_search"))
            .where(text("case_search MATCH :match").bindparams(match=match))
        )
        return (Case.id + 0).in_(ids) if walk else Case.id.in_(ids)
    if dialect == "postgresql":
        return Case.id.in_(pg_matching_ids(query))
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


def many_matches(session: Session, query: str, cap: int) -> bool:
    """Whether the search box text matches more than ``cap`` cases (SQLite; cheap: stops at cap + 1).

    The register then walks the received-time index newest first and checks
    each case against the matches, which finds a page of 200 in a few
    thousand steps; for fewer matches sorting them all is quicker.
    """
    match = fts_query(search_text(query))
    if match is None or session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(
        text("SELECT count(*) FROM (SELECT rowid FROM case_search WHERE case_search MATCH :m LIMIT :n)"),
        {"m": match, "n": cap + 1},
    ).scalar_one()
    return int(found) > cap


def driven_by_index(session: Session, stmt: Select[Any], query: str) -> Select[Any] | None:
    """``stmt`` (on ``Case``) joined to the SQLite index's matches, or None on other backends.

    The index then hands out matches one by one, so a ``LIMIT`` stops it
    early (``Case.id IN (...)`` collects every match first).
    """
    match = fts_query(search_text(query))
    if match is None or session.get_bind().dialect.name != "sqlite":
        return None
    return stmt.join(_FTS, _FTS.c.rowid == Case.id).where(
        text("case_search MATCH :match").bindparams(match=match)
    )


def index_match(query: str) -> ColumnElement[bool]:
    """Whether the SQLite index matches ``query`` for this one case (correlated: cheap per row)."""
    match = fts_query(search_text(query))
    assert match is not None
    return exists(
        select(_FTS.c.rowid)
        .where(_FTS.c.rowid == Case.id)
        .where(text("case_search MATCH :match_one").bindparams(match_one=match))
    )


_FTS = table("case_search", column("rowid"))


def pg_matching_ids(query: str) -> Select[Any]:
    """The ids of matching cases: every pair through the GIN index, long phrases rechecked."""
    parsed = pg_query(query)
    assert parsed is not None
    conditions = [text("terms @@ CAST(:tsq AS tsquery)").bindparams(tsq=parsed.tsquery)]
    for i, phrase in enumerate(parsed.phrases):
        # Phrases hold only CJK characters: nothing to escape for LIKE.
        conditions.append(text(f"body LIKE :phrase{i}").bindparams(**{f"phrase{i}": f"%{phrase}%"}))
    return select(text("case_id")).select_from(text("case_search")).where(and_(*conditions))
