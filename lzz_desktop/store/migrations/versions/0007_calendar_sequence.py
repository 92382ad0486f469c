"""workshops carry an iCalendar SEQUENCE, raised when their time or place changes

Revision ID: 0007_calendar_sequence
Revises: 0006_sync_refusals
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007_calendar_sequence'
down_revision: str | None = '0006_sync_refusals'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.add_column(sa.Column('calendar_sequence', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_column('calendar_sequence')
