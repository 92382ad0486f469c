"""districts carry the consultancy that accompanies them (Kompetus, Ramboll …)

Revision ID: 0010_district_consultancy
Revises: 0009_consent_review
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_district_consultancy'
down_revision: str | None = '0009_consent_review'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consultancy', sa.String(length=200), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.drop_column('consultancy')
