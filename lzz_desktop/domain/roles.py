"""Who may change what: one rule for the central store (which refuses) and the desktop (which shows
the record read-only and whose services refuse too)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lzz_desktop.domain.wire import EntitySpec

ROLES = ("office", "consultant", "district")
# What the ``district`` role may write: concept drafts, comments and learnings used in them, of
# its own district.
DISTRICT_ROLE_ENTITIES = frozenset({"concept", "concept_section", "comment", "learning_link"})


def may_write(
    role: str,
    districts: Collection[str],
    spec: EntitySpec,
    district_id: str | None,
    op: str,
    audience: Collection[str] = (),
) -> bool:
    """May an account of ``role`` with access to ``districts`` apply ``op`` (insert, update,
    delete, restore) to a record of ``spec`` in ``district_id``? For a record seen by several
    districts (a programme event, its participants and learnings) ``audience`` names them: the
    office and the consultants of a participating district write it."""
    if role == "office":
        return True
    if spec.audienced:
        return role == "consultant" and not set(audience).isdisjoint(districts)
    if spec.is_global or district_id is None or district_id not in districts:
        return False
    if role == "consultant":
        return not spec.is_district or op == "update"
    return spec.name in DISTRICT_ROLE_ENTITIES
