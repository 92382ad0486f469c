"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 21:46:54.913241
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('concept_templates',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concept_templates'))
    )
    with op.batch_alter_table('concept_templates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concept_templates_key'), ['key'], unique=False)

    op.create_table('local_state',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=True),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('op_id', name=op.f('uq_outbox_op_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_entity_id'), ['entity_id'], unique=False)

    op.create_table('programme_phases',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_phases'))
    )
    op.create_table('districts',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('state', sa.Enum('BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH', name='federalstate', native_enum=False, length=40), nullable=False),
    sa.Column('ags', sa.String(length=8), nullable=True),
    sa.Column('phase_id', sa.String(length=36), nullable=True),
    sa.Column('process_start', sa.Date(), nullable=True),
    sa.Column('process_end', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['phase_id'], ['programme_phases.id'], name=op.f('fk_districts_phase_id_programme_phases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_districts'))
    )
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_districts_name'), ['name'], unique=False)

    op.create_table('actors',
    sa.Column('kind', sa.Enum('PERSON', 'ORGANISATION', 'GROUP', 'NETWORK', name='actorkind', native_enum=False, length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=True),
    sa.Column('sector', sa.Enum('POLITICS', 'ADMINISTRATION', 'CIVIL_SOCIETY', 'MIGRANTS', 'BUSINESS', name='sector', native_enum=False, length=40), nullable=False),
    sa.Column('role', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('influence', sa.Integer(), nullable=False),
    sa.Column('attitude', sa.Integer(), nullable=False),
    sa.Column('interest', sa.Integer(), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_actors_district_id_districts')),
    sa.ForeignKeyConstraint(['organisation_id'], ['actors.id'], name=op.f('fk_actors_organisation_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors'))
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_district_id'), ['district_id'], unique=False)

    op.create_table('concepts',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('template_key', sa.String(length=100), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('DRAFT', 'IN_REVIEW', 'ADOPTED', name='conceptstatus', native_enum=False, length=40), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_concepts_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concepts'))
    )
    with op.batch_alter_table('concepts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concepts_district_id'), ['district_id'], unique=False)

    op.create_table('workshops',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('format', sa.Enum('KICKOFF', 'THEMATIC', 'STEERING_GROUP', 'LEARNING_JOURNEY', 'NETWORK_MEETING', 'EXPERT_EVENT', 'CONFERENCE', 'OTHER', name='workshopformat', native_enum=False, length=40), nullable=False),
    sa.Column('status', sa.Enum('PLANNED', 'HELD', 'CANCELLED', name='workshopstatus', native_enum=False, length=40), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('moderation', sa.String(length=300), nullable=False),
    sa.Column('minute_taker', sa.String(length=300), nullable=False),
    sa.Column('goals', sa.Text(), nullable=False),
    sa.Column('participants_by_organisation_only', sa.Boolean(), nullable=False),
    sa.Column('protocol_status', sa.Enum('DRAFT', 'APPROVED', name='protocolstatus', native_enum=False, length=40), nullable=False),
    sa.Column('protocol_approved_on', sa.Date(), nullable=True),
    sa.Column('protocol_approved_by', sa.String(length=200), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_workshops_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops'))
    )
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshops_district_id'), ['district_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('results', sa.Text(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_agenda_items_district_id_districts')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_agenda_items_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('attachments',
    sa.Column('workshop_id', sa.String(length=36), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_attachments_district_id_districts')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_attachments_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('attendances',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('guest_name', sa.String(length=300), nullable=False),
    sa.Column('guest_organisation', sa.String(length=300), nullable=False),
    sa.Column('status', sa.Enum('INVITED', 'PRESENT', 'EXCUSED', name='attendancestatus', native_enum=False, length=40), nullable=False),
    sa.Column('role', sa.Enum('PARTICIPANT', 'MODERATION', 'MINUTES', name='attendancerole', native_enum=False, length=40), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_attendances_actor_id_actors')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_attendances_district_id_districts')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_attendances_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendances'))
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendances_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('concept_sections',
    sa.Column('concept_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['concept_id'], ['concepts.id'], name=op.f('fk_concept_sections_concept_id_concepts')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_concept_sections_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concept_sections'))
    )
    with op.batch_alter_table('concept_sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concept_sections_concept_id'), ['concept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_concept_sections_district_id'), ['district_id'], unique=False)

    op.create_table('consents',
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.Enum('NONE', 'GIVEN', 'WITHDRAWN', name='consentstatus', native_enum=False, length=40), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('method', sa.String(length=200), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_consents_actor_id_actors')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_consents_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consents_district_id'), ['district_id'], unique=False)

    op.create_table('relationships',
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.Enum('COOPERATION', 'INFORMATION', 'FUNDING', 'CONFLICT', 'HIERARCHY', name='relationshipkind', native_enum=False, length=40), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=False),
    sa.Column('directed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_relationships_district_id_districts')),
    sa.ForeignKeyConstraint(['source_id'], ['actors.id'], name=op.f('fk_relationships_source_id_actors')),
    sa.ForeignKeyConstraint(['target_id'], ['actors.id'], name=op.f('fk_relationships_target_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationships'))
    )
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationships_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationships_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationships_target_id'), ['target_id'], unique=False)

    op.create_table('action_items',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('responsible_actor_id', sa.String(length=36), nullable=True),
    sa.Column('responsible_text', sa.String(length=300), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('OPEN', 'IN_PROGRESS', 'DONE', name='actionstatus', native_enum=False, length=40), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_action_items_agenda_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_action_items_district_id_districts')),
    sa.ForeignKeyConstraint(['responsible_actor_id'], ['actors.id'], name=op.f('fk_action_items_responsible_actor_id_actors')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_action_items_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_items_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('agreements',
    sa.Column('workshop_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_item_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('concept_section_id', sa.String(length=36), nullable=True),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_agreements_agenda_item_id_agenda_items')),
    sa.ForeignKeyConstraint(['concept_section_id'], ['concept_sections.id'], name=op.f('fk_agreements_concept_section_id_concept_sections')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_agreements_district_id_districts')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_agreements_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('comments',
    sa.Column('concept_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('district_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['concept_id'], ['concepts.id'], name=op.f('fk_comments_concept_id_concepts')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_comments_district_id_districts')),
    sa.ForeignKeyConstraint(['section_id'], ['concept_sections.id'], name=op.f('fk_comments_section_id_concept_sections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments'))
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comments_concept_id'), ['concept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comments_district_id'), ['district_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comments_district_id'))
        batch_op.drop_index(batch_op.f('ix_comments_concept_id'))

    op.drop_table('comments')
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_agreements_district_id'))

    op.drop_table('agreements')
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_items_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_district_id'))

    op.drop_table('action_items')
    with op.batch_alter_table('relationships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationships_target_id'))
        batch_op.drop_index(batch_op.f('ix_relationships_source_id'))
        batch_op.drop_index(batch_op.f('ix_relationships_district_id'))

    op.drop_table('relationships')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_district_id'))
        batch_op.drop_index(batch_op.f('ix_consents_actor_id'))

    op.drop_table('consents')
    with op.batch_alter_table('concept_sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concept_sections_district_id'))
        batch_op.drop_index(batch_op.f('ix_concept_sections_concept_id'))

    op.drop_table('concept_sections')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_attendances_district_id'))

    op.drop_table('attendances')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_attachments_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachments_district_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_district_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshops_district_id'))

    op.drop_table('workshops')
    with op.batch_alter_table('concepts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concepts_district_id'))

    op.drop_table('concepts')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_district_id'))

    op.drop_table('actors')
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_districts_name'))

    op.drop_table('districts')
    op.drop_table('programme_phases')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_entity_id'))

    op.drop_table('outbox')
    op.drop_table('local_state')
    with op.batch_alter_table('concept_templates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concept_templates_key'))

    op.drop_table('concept_templates')
    
