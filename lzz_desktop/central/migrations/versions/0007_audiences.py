"""records seen by several districts: programme events and their audiences

Revision ID: c0007
Revises: c0006
Create Date: 2026-12-04 04:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0007"
down_revision: str | None = "c0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("audience_id", sa.String(36), nullable=True))
        batch.create_index("ix_records_audience_id", ["audience_id"])
    op.create_table(
        "audiences",
        sa.Column("event_id", sa.String(36), primary_key=True),
        sa.Column("district_id", sa.String(36), primary_key=True),
    )
    op.create_index("ix_audiences_district", "audiences", ["district_id", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_audiences_district", "audiences")
    op.drop_table("audiences")
    with op.batch_alter_table("records") as batch:
        batch.drop_index("ix_records_audience_id")
        batch.drop_column("audience_id")
