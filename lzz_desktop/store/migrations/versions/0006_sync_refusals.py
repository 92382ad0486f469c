"""sync refusals and quarantine: refused outbox entries stay visible, conflicts name both sides,
pulled records that cannot be applied are set aside; actors indexed by organisation

Revision ID: 0006_sync_refusals
Revises: 0005_protocol_approvals
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_sync_refusals'
down_revision: str | None = '0005_protocol_approvals'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refused_reason', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('refused_detail', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('theirs_by', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('theirs_at', sa.String(length=40), nullable=False, server_default=''))
    op.create_table('sync_quarantine',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_quarantine'))
    )
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_quarantine_record_id'), ['record_id'], unique=False)
    # The search triggers look up an organisation's members on every change of an actor.
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_organisation_id'), ['organisation_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_organisation_id'))
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_quarantine_record_id'))
    op.drop_table('sync_quarantine')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_column('theirs_at')
        batch_op.drop_column('theirs_by')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('refused_detail')
        batch_op.drop_column('refused_reason')
