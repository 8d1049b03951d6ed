"""when and why a key petitioner's follow-up ended

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24

A person leaves the 重点信访人 list with a reason (息诉罢访, moved away ...);
the row stays, inactive, with the day and the reason, so the list can show
who was followed and why it ended.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("key_petitioners", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("ended_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("end_reason", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("key_petitioners", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("end_reason")
        batch_op.drop_column("ended_on")
