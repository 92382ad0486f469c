"""protocol approvals: the approval history of workshop protocols

Revision ID: 0005_protocol_approvals
Revises: 0004_stakeholders
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_protocol_approvals'
down_revision: str | None = '0004_stakeholders'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('protocol_approvals',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=False),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_by', sa.String(length=200), nullable=False),
    sa.Column('withdrawal_reason', sa.Text(), nullable=False),
    sa.Column('task_states', sa.Text(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_protocol_approvals_district_id_districts')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_protocol_approvals_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protocol_approvals'))
    )
    with op.batch_alter_table('protocol_approvals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_protocol_approvals_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_protocol_approvals_workshop_id'), ['workshop_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('protocol_approvals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_protocol_approvals_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_protocol_approvals_district_id'))
    op.drop_table('protocol_approvals')
