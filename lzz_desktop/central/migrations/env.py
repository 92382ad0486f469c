"""Alembic environment of the central store: runs on the engine handed over by central/migrate.py."""

from __future__ import annotations

from alembic import context

from lzz_desktop.central.db import metadata

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        raise RuntimeError("central migrations run from `lzz-central migrate`, which passes its engine")
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not used")
run_migrations_online()
