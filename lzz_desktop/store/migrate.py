"""Alembic, driven from code: the migration scripts ship inside the package.

Alembic itself (with every SQL dialect it drags in) is imported only when a migration has to run;
knowing the revisions needs no more than reading the scripts' ``revision`` lines.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_RE = re.compile(r"^revision(?:: str)? = ['\"](?P<rev>[^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision(?:: [^=]+)? = (?:['\"](?P<rev>[^'\"]+)['\"]|None)", re.M)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def _revisions(folder: Path) -> tuple[frozenset[str], str]:
    """All revision ids of the scripts in ``folder`` and the single head."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (folder / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        found = _REVISION_RE.search(text)
        if found is None:
            continue
        revisions.add(found.group("rev"))
        down = _DOWN_RE.search(text)
        if down is not None and down.group("rev"):
            parents.add(down.group("rev"))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    return _revisions(MIGRATIONS_DIR)[1]


def known_revision(revision: str) -> bool:
    return revision in _revisions(MIGRATIONS_DIR)[0]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), target)
