"""withdrawn 交办单 and appointments moved with their reception day

Revision ID: 0017
Revises: 0012
Create Date: 2026-12-03

A 交办单 is withdrawn when the leader changes the 批示's route before the
unit replied: the day and the reason told to the unit are kept on it. A
planned reception day moves when a year's holiday calendar arrives; each
appointment on it keeps the day it was booked for until the office has told
the visitor the new one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assignments", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("withdrawal_reason", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("reception_visits", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("moved_from", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reception_visits", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("moved_from")
    with op.batch_alter_table("assignments", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("withdrawal_reason")
        batch_op.drop_column("withdrawn_on")
