"""index on the obligations' due date

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24

The board's on-time rate per unit reads the obligations due in a period
whatever their status; without an index on due_date alone it read all of
them (0.3 s with 200,000 cases at every start).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.create_index("ix_obligations_due_date", ["due_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.drop_index("ix_obligations_due_date")
