"""PostgreSQL search index

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25

On PostgreSQL the case search terms live in ``case_search``: the pair terms
as a tsvector under a GIN index, and the normalised body that phrases of three
or more characters are rechecked against (receptionapp.db.search). SQLite
keeps its FTS5 table from 0001; nothing changes there.
"""

from collections.abc import Sequence

from alembic import op

from receptionapp.db.search import rebuild_index

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE case_search ("
        " case_id INTEGER NOT NULL CONSTRAINT pk_case_search PRIMARY KEY"
        " CONSTRAINT fk_case_search_case_id_cases REFERENCES cases (id),"
        " terms TSVECTOR NOT NULL,"
        " body TEXT NOT NULL)"
    )
    op.execute("CREATE INDEX ix_case_search_terms ON case_search USING gin (terms)")
    rebuild_index(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS case_search")
