"""Tables of the central store. Records are stored generically (entity, id, data as JSON), so a new
client entity needs no server migration; ``seq`` orders changes for the pull cursor."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)
from sqlalchemy.dialects.postgresql import JSONB

DEFAULT_URL_ENV = "LZZ_CENTRAL_DATABASE_URL"
DEFAULT_SQLITE_NAME = "lzz-central.sqlite"

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
Json = JSON().with_variant(JSONB(), "postgresql")
Seq = BigInteger().with_variant(Integer(), "sqlite")

meta = Table(
    "meta",
    metadata,
    Column("key", String(50), primary_key=True),
    Column("value", Text, nullable=False),
)
users = Table(
    "users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # The consultancy a consultant works for (Kompetus, Ramboll …); empty for others.
    Column("consultancy", String(200), nullable=False, server_default=""),
)
memberships = Table(
    "memberships",
    metadata,
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("district_id", String(36), primary_key=True),
)
devices = Table(
    "devices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("last_used_at", DateTime(timezone=True), nullable=True),
)
login_failures = Table(
    "login_failures",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("last_failure", DateTime(timezone=True), nullable=True, index=True),
)
# Failed logins per client address: one address cannot try any number of user names.
login_address_failures = Table(
    "login_address_failures",
    metadata,
    Column("address", String(64), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("first_failure", DateTime(timezone=True), nullable=False),
    Column("locked_until", DateTime(timezone=True), nullable=True),
)
records = Table(
    "records",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("entity", String(50), nullable=False),
    Column("district_id", String(36), nullable=True),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("data", Json, nullable=False),
    Column("seq", Seq, nullable=False, unique=True),
    # Records seen by several districts (a programme event and its participants and learnings):
    # the event whose audience sees them; null for the rest.
    Column("audience_id", String(36), nullable=True, index=True),
    Index("ix_records_district_seq", "district_id", "seq"),
)
# The districts that see a programme event (and what belongs to it), kept from the event's
# ``district_ids`` at every write.
audiences = Table(
    "audiences",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("district_id", String(36), primary_key=True),
    Index("ix_audiences_district", "district_id", "event_id"),
)
changes = Table(
    "changes",
    metadata,
    Column("seq", Seq, primary_key=True, autoincrement=False),
    Column("record_id", String(36), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("op_id", String(36), nullable=False),
)
applied_ops = Table(
    "applied_ops",
    metadata,
    Column("op_id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("result", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("entity", String(50), nullable=False),
    Column("record_id", String(36), nullable=False, index=True),
    Column("district_id", String(36), nullable=True, index=True),
    Column("kind", String(10), nullable=False),
    Column("field", String(100), nullable=False),
    Column("base", Json, nullable=True),
    Column("mine", Json, nullable=True),
    Column("theirs", Json, nullable=True),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("theirs_by", String(200), nullable=False, server_default=""),
    Column("theirs_at", String(40), nullable=False, server_default=""),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
    Column("resolved_by", String(200), nullable=True),
)
attachments = Table(
    "attachments",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
attachment_chunks = Table(
    "attachment_chunks",
    metadata,
    Column("sha256", String(64), ForeignKey("attachments.sha256", ondelete="CASCADE"), primary_key=True),
    Column("offset", BigInteger, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)


# Uploads in progress, per account: one account's partial or false upload never blocks another's.
attachment_uploads = Table(
    "attachment_uploads",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
attachment_upload_chunks = Table(
    "attachment_upload_chunks",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("user_id", String(36), primary_key=True),
    Column("offset", BigInteger, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)
# Accounts that proved they hold a file's content (uploaded it in full, hash verified).
attachment_owners = Table(
    "attachment_owners",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# That a record was erased for good (Art. 17 DSGVO): who, when, which record — never its content.
# Devices fetch this list at every sync and erase the records (and what names them) locally.
erasures = Table(
    "erasures",
    metadata,
    Column("record_id", String(36), primary_key=True),
    Column("entity", String(50), nullable=False),
    Column("district_id", String(36), nullable=True, index=True),
    Column("erased_by", String(200), nullable=False),
    Column("erased_at", DateTime(timezone=True), nullable=False),
    Column("seq", Integer, nullable=False),
)


def default_url() -> str:
    return os.environ.get(DEFAULT_URL_ENV) or f"sqlite:///{Path.cwd() / DEFAULT_SQLITE_NAME}"


def _sqlite_connect(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA secure_delete = ON")  # an erased or overwritten value leaves no bytes behind
    cursor.close()
    # Writers take the lock at BEGIN, so two pushes never deadlock upgrading a read lock.
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]


def _sqlite_begin(connection: object) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # Errors in the server's log never quote a statement's values (names, contacts).
    return create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True, hide_parameters=True)
