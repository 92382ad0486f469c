"""guests at a workshop carry a sector

Revision ID: 0012_guest_sector
Revises: 0011_events_milestones
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012_guest_sector'
down_revision: str | None = '0011_events_milestones'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'guest_sector',
                sa.Enum('POLITICS', 'ADMINISTRATION', 'CIVIL_SOCIETY', 'MIGRANTS', 'BUSINESS', name='sector', native_enum=False, length=40),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_column('guest_sector')
