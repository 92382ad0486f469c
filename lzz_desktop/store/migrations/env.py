"""Alembic environment: runs on the engine the application hands over (see store/migrate.py)."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from lzz_desktop.domain import Base
from lzz_desktop.domain.base import UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Migrations must not import model code: our UTC type is stored as a plain DATETIME."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        raise RuntimeError("LZZ migrations run from the application, which passes its engine")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite alters tables by copying them
            compare_type=True,
            render_item=render_item,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not used")
run_migrations_online()
