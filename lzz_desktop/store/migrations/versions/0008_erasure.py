"""erasures: that a record was erased for good (Art. 17 DSGVO) — who, when, which record

Revision ID: 0008_erasure
Revises: 0007_calendar_sequence
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008_erasure'
down_revision: str | None = '0007_calendar_sequence'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'erasures',
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('entity', sa.String(length=50), nullable=False),
        sa.Column('district_id', sa.String(length=36), nullable=True),
        sa.Column('erased_by', sa.String(length=200), nullable=False),
        sa.Column('erased_at', sa.DateTime(), nullable=False),
        sa.Column('pending', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('record_id', name=op.f('pk_erasures')),
    )


def downgrade() -> None:
    op.drop_table('erasures')
