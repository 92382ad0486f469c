"""Models and Alembic migrations describe the same schema, and the migrations run both ways."""

from __future__ import annotations

import ast
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Engine, Integer, MetaData, inspect

from lzz_desktop.domain import Base, load_all_models
from lzz_desktop.store import migrate
from lzz_desktop.store.engine import make_engine
from lzz_desktop.store.keys import WorkspaceKey

LOCAL_TABLES = {"outbox", "local_state"}
load_all_models()  # every table, whichever tests ran before


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "migrated.sqlite", WorkspaceKey(secrets.token_bytes(32)))
    yield engine
    engine.dispose()


def _diff(engine: Engine, metadata: MetaData) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def _user_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_models_and_migrations_agree(engine: Engine) -> None:
    migrate.upgrade(engine)

    assert _diff(engine, Base.metadata) == []
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_a_model_column_without_migration_is_detected(engine: Engine) -> None:
    """Guards the test above: the comparison must see a column the migrations do not create."""
    migrate.upgrade(engine)
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["actors"].append_column(Column("shoe_size", Integer, nullable=True))

    diff = _diff(engine, changed)

    assert [(d[0], d[2], d[3].name) for d in diff] == [("add_column", "actors", "shoe_size")]


def test_upgrade_downgrade_upgrade(engine: Engine) -> None:
    migrate.upgrade(engine)
    expected = set(Base.metadata.tables)
    assert _user_tables(engine) == expected
    assert LOCAL_TABLES.issubset(expected)

    command.downgrade(migrate.alembic_config(engine), "base")
    assert _user_tables(engine) == set()
    assert migrate.current_revision(engine) is None

    migrate.upgrade(engine)
    assert _user_tables(engine) == expected
    assert _diff(engine, Base.metadata) == []


def test_every_revision_is_known_and_linear() -> None:
    scripts = list(migrate.script_directory().walk_revisions())
    assert scripts, "no migrations shipped"
    assert len(migrate.script_directory().get_heads()) == 1
    assert all(migrate.known_revision(script.revision) for script in scripts)
    assert not migrate.known_revision("9999_from_a_newer_app")


def _migration_scripts() -> list[Path]:
    return sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py"))


@pytest.mark.parametrize("script", _migration_scripts(), ids=lambda p: p.name)
def test_migration_scripts_do_not_import_app_code(script: Path) -> None:
    """A migration is frozen history: if it imported the models, changing a model later would
    silently change what an old migration does."""
    tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
    imported: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.append(node.module or "")
    assert not [name for name in imported if name == "lzz_desktop" or name.startswith("lzz_desktop.")]


def test_cheap_revision_scan_agrees_with_alembic() -> None:
    """The app knows its schema head without loading Alembic; it must be Alembic's head."""
    from lzz_desktop.store import migrate

    scripts = migrate.script_directory()
    assert migrate.head_revision() == scripts.get_current_head()
    for script in scripts.walk_revisions():
        assert migrate.known_revision(script.revision)
    assert not migrate.known_revision("9999_from_the_future")
