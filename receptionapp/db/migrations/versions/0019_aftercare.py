"""回访 calls after 办结, 重大信访信息快报, and obligations of the office's own

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

``follow_ups`` holds every 回访 call (reached or not); ``major_reports`` marks
a case major, with the 快报 and when and to whom it was sent. The 回访 and
快报 deadlines are obligations whose length a setting gives, not a deadline
rule: ``obligations.rule_id`` may be empty (the table is copied to change
that on SQLite).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("called_on", sa.Date(), nullable=False),
        sa.Column("caller_id", sa.Integer(), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("satisfaction", sa.String(length=16), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_follow_ups_case_id_cases")),
        sa.ForeignKeyConstraint(["caller_id"], ["users.id"], name=op.f("fk_follow_ups_caller_id_users")),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_follow_ups_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_called_on"), ["called_on"], unique=False)

    op.create_table(
        "major_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.String(length=64), nullable=False),
        sa.Column("other", sa.String(length=100), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("head_count", sa.Integer(), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("marked_by_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_to", sa.String(length=100), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_major_reports_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["marked_by_id"], ["users.id"], name=op.f("fk_major_reports_marked_by_id_users")
        ),
        sa.ForeignKeyConstraint(["sent_by_id"], ["users.id"], name=op.f("fk_major_reports_sent_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_major_reports")),
        sa.UniqueConstraint("case_id", name=op.f("uq_major_reports_case_id")),
    )

    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.alter_column("rule_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # An obligation without a rule cannot go back to a schema that requires one: they were the office's own.
    op.execute("DELETE FROM obligations WHERE rule_id IS NULL")
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.alter_column("rule_id", existing_type=sa.Integer(), nullable=False)
    op.drop_table("major_reports")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_called_on"))
        batch_op.drop_index(batch_op.f("ix_follow_ups_case_id"))
    op.drop_table("follow_ups")
