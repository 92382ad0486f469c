"""Districts as the services hand them out, and the errors every service may raise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lzz_desktop.domain.enums import FederalState

if TYPE_CHECKING:
    from lzz_desktop.records.milestones import Timeline


class NotFoundError(LookupError):
    """No (live) record with that id or name."""


@dataclass(frozen=True)
class DistrictData:
    """The editable fields of a district."""

    name: str
    state: FederalState
    ags: str | None = None
    phase_id: str | None = None
    process_start: dt.date | None = None
    process_end: dt.date | None = None
    notes: str = ""
    consultancy: str = ""  # the consultancy that accompanies the district (Kompetus, Ramboll …)


@dataclass(frozen=True)
class DistrictSummary:
    id: str
    name: str
    state: FederalState
    ags: str | None
    phase_name: str
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True)
class DistrictCounts:
    actors: int
    relationships: int
    workshops: int
    open_action_items: int
    concepts: int


class ProtocolFrozenError(Exception):
    """The protocol of this workshop is approved: take the approval back to change it."""

    def __init__(self, workshop_id: str) -> None:
        super().__init__(f"the protocol of workshop {workshop_id} is approved")
        self.workshop_id = workshop_id


class ConceptDecidedError(Exception):
    """The concept is decided (beschlossen): start a new version to change it."""

    def __init__(self, concept_id: str) -> None:
        super().__init__(f"the concept {concept_id} is decided")
        self.concept_id = concept_id


class RoleRefusedError(Exception):
    """The logged-in account's role may not change this record (the central store would refuse
    it too): district staff change concept drafts and comments of their district only."""

    def __init__(self, role: str, entity: str) -> None:
        super().__init__(f"the role {role!r} may not change {entity} records")
        self.role = role
        self.entity = entity


class ConceptIncompleteError(Exception):
    """Required entries are missing; deciding needs them, or a confirmed override."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__("required entries missing: " + ", ".join(missing))
        self.missing = missing


@dataclass(frozen=True)
class DistrictPage:
    """What the overview shows; the area pages load their own data."""

    id: str
    data: DistrictData
    phase_name: str
    counts: DistrictCounts
    timeline: Timeline | None = None  # the district's year as stages, plan against actual
