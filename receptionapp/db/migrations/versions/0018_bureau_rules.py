"""越级 marks, the 12345 centre's time limit and late 复查 requests

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

A 批示 of route 2 marks a case 越级; the office may clear the mark with a
reason (``cases.skipped_level_note``). An urgent 12345 工单 carries the date the
hotline centre set (``cases.hotline_limit``), and the obligation that date
governs keeps it (``obligations.fixed_due``), so a new calendar does not move it.
A 复查申请 records when the reply under review was served and whether it came
after the petitioner's 30 days (``cases.review_served_on``, ``cases.review_late``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("skipped_level_note", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("hotline_limit", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("review_served_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("review_late", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("obligations", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("fixed_due", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("obligations", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("fixed_due")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("review_late")
        batch_op.drop_column("review_served_on")
        batch_op.drop_column("hotline_limit")
        batch_op.drop_column("skipped_level_note")
