"""初审 a week ahead with the 处室 and the legal adviser to attend; 首问负责制; leaders' 下访

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03

The office's 初审 of an appointment names the 处室 whose heads attend the
reception and whether the legal adviser (法律顾问) joins (seed 004, 定点接访
实施方案 三(三)); the leader's day list and the papers show them.

首问负责制: a case names the first staff member who received the visitor
(``first_receiver_id``; empty on older cases, which count their clerk).

下访: a leader's visit out (date, place, leader, what was handled), and the
cases registered or handled there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        # Many tables reference cases: the column is added in place, so it names a user without a
        # foreign key (SQLite cannot add one without copying the table).
        batch_op.add_column(sa.Column("first_receiver_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("reception_visits", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("prereview_divisions", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("legal_adviser", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


    op.create_table(
        "outreach_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["leader_id"], ["users.id"], name=op.f("fk_outreach_visits_leader_id_users")),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_outreach_visits_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_visits")),
    )
    with op.batch_alter_table("outreach_visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_visits_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_outreach_visits_leader_id"), ["leader_id"], unique=False)
    op.create_table(
        "outreach_cases",
        sa.Column("outreach_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("linked_by_id", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_outreach_cases_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["linked_by_id"], ["users.id"], name=op.f("fk_outreach_cases_linked_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["outreach_id"], ["outreach_visits.id"], name=op.f("fk_outreach_cases_outreach_id_outreach_visits")
        ),
        sa.PrimaryKeyConstraint("outreach_id", "case_id", name=op.f("pk_outreach_cases")),
    )
    with op.batch_alter_table("outreach_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_cases_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outreach_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_cases_case_id"))
    op.drop_table("outreach_cases")
    with op.batch_alter_table("outreach_visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_visits_leader_id"))
        batch_op.drop_index(batch_op.f("ix_outreach_visits_day"))
    op.drop_table("outreach_visits")
    with op.batch_alter_table("reception_visits", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("legal_adviser")
        batch_op.drop_column("prereview_divisions")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("first_receiver_id")
