"""conflicts name both sides: who wrote the store's value, and when

Revision ID: c0002
Revises: c0001
Create Date: 2026-12-03 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0002"
down_revision: str | None = "c0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("theirs_by", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("theirs_at", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("theirs_at")
        batch.drop_column("theirs_by")
