"""erasures: that a record was erased for good (Art. 17 DSGVO) — who, when, which record

Revision ID: c0004
Revises: c0003
Create Date: 2026-12-04 02:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0004"
down_revision: str | None = "c0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("entity", sa.String(50), nullable=False),
        sa.Column("district_id", sa.String(36), nullable=True),
        sa.Column("erased_by", sa.String(200), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
    )
    op.create_index("ix_erasures_district_id", "erasures", ["district_id"])


def downgrade() -> None:
    op.drop_index("ix_erasures_district_id", "erasures")
    op.drop_table("erasures")
