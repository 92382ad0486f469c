"""login throttling per account and per address; attachment uploads per account and owners

Revision ID: c0003
Revises: c0002
Create Date: 2026-12-03 07:00:00
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0003"
down_revision: str | None = "c0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("login_failures") as batch:
        batch.add_column(sa.Column("last_failure", TS, nullable=True))
        batch.create_index("ix_login_failures_last_failure", ["last_failure"])
    op.create_table(
        "login_address_failures",
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_failure", TS, nullable=False),
        sa.Column("locked_until", TS, nullable=True),
        sa.PrimaryKeyConstraint("address", name="pk_login_address_failures"),
    )
    op.create_table(
        "attachment_uploads",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_attachment_uploads_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sha256", "user_id", name="pk_attachment_uploads"),
    )
    op.create_table(
        "attachment_upload_chunks",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("offset", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "user_id", "offset", name="pk_attachment_upload_chunks"),
    )
    owners = op.create_table(
        "attachment_owners",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_attachment_owners_user_id_users", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sha256", "user_id", name="pk_attachment_owners"),
    )
    # Files stored before this revision: whoever created a record naming a complete file is taken
    # as its owner (the old store let only such users download it).
    bind = op.get_bind()
    complete = {row[0] for row in bind.execute(sa.text("SELECT sha256 FROM attachments WHERE complete"))}
    if not complete:
        return
    rows = bind.execute(
        sa.text(
            "SELECT r.data, d.user_id FROM records r JOIN changes c ON c.record_id = r.id "
            "JOIN devices d ON d.id = c.device_id WHERE r.entity = 'attachment'"
        )
    )
    found: set[tuple[str, str]] = set()
    for data, user_id in rows:
        if isinstance(data, str):
            data = json.loads(data)
        sha256 = str((data or {}).get("sha256"))
        if sha256 in complete:
            found.add((sha256, str(user_id)))
    now = dt.datetime.now(dt.UTC)
    if found:
        op.bulk_insert(owners, [{"sha256": s, "user_id": u, "created_at": now} for s, u in sorted(found)])


def downgrade() -> None:
    op.drop_table("attachment_owners")
    op.drop_table("attachment_upload_chunks")
    op.drop_table("attachment_uploads")
    op.drop_table("login_address_failures")
    with op.batch_alter_table("login_failures") as batch:
        batch.drop_index("ix_login_failures_last_failure")
        batch.drop_column("last_failure")
