"""stored files shared by the PCs of one PostgreSQL database

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24

Attachments, signed letters and seal/signature images are files in a PC's
data folder. With several PCs on one PostgreSQL server their bytes also go
into ``shared_files``, and another PC fetches a missing file from there.
The table exists on SQLite too (one schema for both) but stays empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shared_files",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("stored_name", sa.String(length=128), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "stored_name", name=op.f("pk_shared_files")),
    )


def downgrade() -> None:
    op.drop_table("shared_files")
