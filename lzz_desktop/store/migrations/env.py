"""Alembic environment: runs on the engine the application hands over (see store/migrate.py)."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from lzz_desktop.domain import load_all_models
from lzz_desktop.domain.base import UTCDateTime

config = context.config
target_metadata = load_all_models()


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Migrations must not import model code: our UTC type is stored as a plain DATETIME."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """The search index (store/search.py) is built outside Alembic; never propose to drop it."""
    return not (type_ == "table" and (name or "").startswith("search_"))


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
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not used")
run_migrations_online()
