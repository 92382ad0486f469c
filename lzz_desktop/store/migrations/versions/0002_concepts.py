"""concept versions

Revision ID: 0002_concepts
Revises: 0001
Create Date: 2026-11-24 22:20:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002_concepts'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('concept_versions',
    sa.Column('concept_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('template_key', sa.String(length=100), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['concept_id'], ['concepts.id'], name=op.f('fk_concept_versions_concept_id_concepts')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_concept_versions_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concept_versions'))
    )
    with op.batch_alter_table('concept_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concept_versions_concept_id'), ['concept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_concept_versions_district_id'), ['district_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('concept_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concept_versions_district_id'))
        batch_op.drop_index(batch_op.f('ix_concept_versions_concept_id'))
    op.drop_table('concept_versions')
