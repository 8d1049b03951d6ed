"""ledger import: batches, imported cases, saved mappings; completions.on_time may be unknown

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sheet', sa.String(length=100), nullable=False),
    sa.Column('encoding', sa.String(length=16), nullable=False),
    sa.Column('mapping_name', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by_id', sa.Integer(), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('imported_count', sa.Integer(), nullable=False),
    sa.Column('skipped_count', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['imported_by_id'], ['users.id'], name=op.f('fk_import_batches_imported_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    with op.batch_alter_table('import_batches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batches_sha256'), ['sha256'], unique=False)

    op.create_table('import_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_import_mappings_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mappings')),
    sa.UniqueConstraint('name', name=op.f('uq_import_mappings_name'))
    )
    op.create_table('imported_cases',
    sa.Column('case_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('source_row', sa.Integer(), nullable=False),
    sa.Column('original_number', sa.String(length=64), nullable=False),
    sa.Column('raw', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'], name=op.f('fk_imported_cases_batch_id_import_batches')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_imported_cases_case_id_cases')),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_imported_cases'))
    )
    with op.batch_alter_table('imported_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_imported_cases_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_imported_cases_original_number'), ['original_number'], unique=False)

    # An imported 办结 whose deadline the ledger does not give is neither on time nor late.
    with op.batch_alter_table('completions', schema=None) as batch_op:
        batch_op.alter_column('on_time',
               existing_type=sa.BOOLEAN(),
               nullable=True)


def downgrade() -> None:
    # The older schema cannot say "unknown"; it only ever defaulted to on time.
    op.execute("UPDATE completions SET on_time = TRUE WHERE on_time IS NULL")
    with op.batch_alter_table('completions', schema=None) as batch_op:
        batch_op.alter_column('on_time',
               existing_type=sa.BOOLEAN(),
               nullable=False)

    with op.batch_alter_table('imported_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_imported_cases_original_number'))
        batch_op.drop_index(batch_op.f('ix_imported_cases_batch_id'))

    op.drop_table('imported_cases')
    op.drop_table('import_mappings')
    with op.batch_alter_table('import_batches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batches_sha256'))

    op.drop_table('import_batches')
