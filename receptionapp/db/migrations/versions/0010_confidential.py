"""petition type and confidentiality of cases; conflicts of interest (recusals)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26

Every case gets its 信访类型 (existing cases: 申诉求决, the usual type, which
the office can correct) and a confidentiality mark (off for existing cases:
none was a 检举控告 by record). ``recusals`` holds the conflicts of interest
(回避) the office records for staff.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Many tables reference cases: add the columns in place rather than copy the table.
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("petition_type", sa.String(length=16), server_default="appeal", nullable=False)
        )
        batch_op.add_column(sa.Column("confidential", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index(batch_op.f("ix_cases_confidential"), ["confidential"], unique=False)

    op.create_table(
        "recusals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("person_name", sa.String(length=64), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_recusals_created_by_id_users")),
        sa.ForeignKeyConstraint(["ended_by_id"], ["users.id"], name=op.f("fk_recusals_ended_by_id_users")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_recusals_unit_id_units")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_recusals_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recusals")),
    )
    with op.batch_alter_table("recusals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recusals_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("recusals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recusals_user_id"))
    op.drop_table("recusals")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_confidential"))
        batch_op.drop_column("confidential")
        batch_op.drop_column("petition_type")
