"""index for counting closings by date

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

The statistics count the cases closed in each month of a period; an index
on (closed_at, status) answers that without reading the table.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_closed_status", ["closed_at", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_closed_status")
