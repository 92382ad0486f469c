"""stages, milestones and programme events across districts

Revision ID: 0011_events_milestones
Revises: 0010_district_consultancy
Create Date: 2026-12-04 04:29:09.180327
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011_events_milestones'
down_revision: str | None = '0010_district_consultancy'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('programme_events',
    sa.Column('kind', sa.Enum('FORUM', 'LEARNING_JOURNEY', 'EXPERT_EVENT', 'CONFERENCE', name='eventkind', native_enum=False, length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('phase_id', sa.String(length=36), nullable=True),
    sa.Column('district_ids', sa.String(length=4000), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('host_municipality', sa.String(length=300), nullable=False),
    sa.Column('host_country', sa.String(length=100), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('speakers', sa.Text(), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('agreements', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['phase_id'], ['programme_phases.id'], name=op.f('fk_programme_events_phase_id_programme_phases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_events'))
    )
    op.create_table('event_learnings',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['programme_events.id'], name=op.f('fk_event_learnings_event_id_programme_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_learnings'))
    )
    with op.batch_alter_table('event_learnings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_learnings_event_id'), ['event_id'], unique=False)

    op.create_table('event_participants',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('from_district_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['programme_events.id'], name=op.f('fk_event_participants_event_id_programme_events')),
    sa.ForeignKeyConstraint(['from_district_id'], ['districts.id'], name=op.f('fk_event_participants_from_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participants'))
    )
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_event_id'), ['event_id'], unique=False)

    op.create_table('milestones',
    sa.Column('stage', sa.String(length=200), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('actual_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_milestones_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestones'))
    )
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestones_district_id'), ['district_id'], unique=False)

    op.create_table('learning_links',
    sa.Column('learning_id', sa.String(length=36), nullable=False),
    sa.Column('concept_section_id', sa.String(length=36), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['concept_section_id'], ['concept_sections.id'], name=op.f('fk_learning_links_concept_section_id_concept_sections')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_learning_links_district_id_districts')),
    sa.ForeignKeyConstraint(['learning_id'], ['event_learnings.id'], name=op.f('fk_learning_links_learning_id_event_learnings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_links'))
    )
    with op.batch_alter_table('learning_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_links_concept_section_id'), ['concept_section_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_links_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_links_learning_id'), ['learning_id'], unique=False)

    with op.batch_alter_table('programme_phases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stages', sa.Text(), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('programme_phases', schema=None) as batch_op:
        batch_op.drop_column('stages')

    with op.batch_alter_table('learning_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learning_links_learning_id'))
        batch_op.drop_index(batch_op.f('ix_learning_links_district_id'))
        batch_op.drop_index(batch_op.f('ix_learning_links_concept_section_id'))

    op.drop_table('learning_links')
    with op.batch_alter_table('milestones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestones_district_id'))

    op.drop_table('milestones')
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_event_id'))

    op.drop_table('event_participants')
    with op.batch_alter_table('event_learnings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_learnings_event_id'))

    op.drop_table('event_learnings')
    op.drop_table('programme_events')
