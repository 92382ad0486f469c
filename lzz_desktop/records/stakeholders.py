"""Actors, relationships and maps as the services hand them out (no ORM objects)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lzz_desktop.domain.enums import ActorKind, ConsentStatus, RelationshipKind, Sector
from lzz_desktop.domain.privacy import public_name

Point = tuple[float, float]

CONTACT_FIELDS = ("email", "phone", "address")


@dataclass(frozen=True)
class ActorData:
    """The editable fields of an actor."""

    name: str
    kind: ActorKind
    sector: Sector
    role: str = ""
    organisation_id: str | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    influence: int = 2
    attitude: int = 0
    interest: int = 2
    tags: str = ""
    notes: str = ""

    @property
    def has_contact(self) -> bool:
        return any(getattr(self, f).strip() for f in CONTACT_FIELDS)


@dataclass(frozen=True)
class ConsentData:
    status: ConsentStatus = ConsentStatus.NONE
    given_on: dt.date | None = None
    method: str = ""
    scope: str = ""
    withdrawn_on: dt.date | None = None
    review_on: dt.date | None = None  # when to check the consent again with the person


@dataclass(frozen=True)
class ActorInfo:
    """An actor as the register, the maps and the snapshots see it."""

    id: str
    name: str
    kind: ActorKind
    sector: Sector
    role: str = ""
    organisation_id: str | None = None
    organisation: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    influence: int = 2
    attitude: int = 0
    interest: int = 2
    tags: str = ""
    notes: str = ""
    consent: ConsentStatus = ConsentStatus.NONE
    consent_on: dt.date | None = None  # when the current consent was given
    consent_method: str = ""  # how ("schriftlich", "mündlich")
    consent_review_on: dt.date | None = None  # when to check the consent again with the person

    @property
    def is_person(self) -> bool:
        return self.kind is ActorKind.PERSON

    @property
    def public_name(self) -> str:
        """The name maps and printouts show: a person without given consent appears only by
        role and organisation."""
        return public_name(self.name, self.kind, self.role, self.organisation, self.consent)

    def to_json(self) -> dict[str, Any]:
        return {
            k: (
                v.value
                if isinstance(v, ConsentStatus | ActorKind | Sector)
                else v.isoformat()
                if isinstance(v, dt.date)
                else v
            )
            for k, v in dataclasses.asdict(self).items()
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ActorInfo:
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in fields}
        values["kind"] = ActorKind(values["kind"])
        values["sector"] = Sector(values["sector"])
        values["consent"] = ConsentStatus(values.get("consent", ConsentStatus.NONE))
        for key in ("consent_on", "consent_review_on"):
            if isinstance(values.get(key), str):
                values[key] = dt.date.fromisoformat(values[key])
        return cls(**values)


@dataclass(frozen=True)
class RelationshipData:
    source_id: str
    target_id: str
    kind: RelationshipKind
    strength: int = 2
    directed: bool = False
    note: str = ""


@dataclass(frozen=True)
class RelationshipInfo:
    id: str
    source_id: str
    target_id: str
    kind: RelationshipKind
    strength: int = 2
    directed: bool = False
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two relationships the same one (an undirected one has no order)."""
        a, b = self.source_id, self.target_id
        if not self.directed and b < a:
            a, b = b, a
        return (a, b, self.kind.value)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["kind"] = self.kind.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RelationshipInfo:
        return cls(**{**data, "kind": RelationshipKind(data["kind"])})


SECTOR_MAP = "sector"


NETWORK_MAP = "network"


@dataclass
class MapData:
    """What a map shows: actors, relationships and the user's saved positions per map."""

    district_id: str
    district_name: str
    actors: list[ActorInfo]
    relationships: list[RelationshipInfo]
    positions: dict[str, dict[str, Point]] = field(default_factory=dict)

    def position(self, map_name: str, actor_id: str, default: dict[str, Point]) -> Point:
        return self.positions.get(map_name, {}).get(actor_id) or default.get(actor_id, (0.0, 0.0))

    def to_json(self) -> dict[str, Any]:
        return {
            "actors": [a.to_json() for a in self.actors],
            "relationships": [r.to_json() for r in self.relationships],
            "positions": {name: {k: list(v) for k, v in pos.items()} for name, pos in self.positions.items()},
        }

    @classmethod
    def from_json(cls, district_id: str, district_name: str, data: dict[str, Any]) -> MapData:
        return cls(
            district_id,
            district_name,
            [ActorInfo.from_json(a) for a in data.get("actors", [])],
            [RelationshipInfo.from_json(r) for r in data.get("relationships", [])],
            {
                name: {k: (float(v[0]), float(v[1])) for k, v in pos.items()}
                for name, pos in data.get("positions", {}).items()
            },
        )


class ChangeKind(StrEnum):
    ACTOR_ADDED = "actor_added"
    ACTOR_REMOVED = "actor_removed"
    INFLUENCE_CHANGED = "influence_changed"
    ATTITUDE_CHANGED = "attitude_changed"
    RELATIONSHIP_ADDED = "relationship_added"
    RELATIONSHIP_REMOVED = "relationship_removed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    subject: str  # the actor's public name, or "A – B" for a relationship
    old: int | None = None
    new: int | None = None
    actor_id: str = ""
    relationship_key: tuple[str, str, str] | None = None


@dataclass
class SnapshotDiff:
    earlier: MapData
    later: MapData
    changes: list[Change]

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind is kind)


@dataclass(frozen=True)
class SnapshotInfo:
    id: str
    title: str
    taken_on: dt.date
    actors: int
    relationships: int


def _normalised(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def similar_names(name: str, candidates: list[str]) -> list[str]:
    """The candidates that look like ``name`` (for "Meinten Sie …?")."""
    wanted = _normalised(name)
    if len(wanted) < 3:
        return []
    result = []
    for candidate in candidates:
        other = _normalised(candidate)
        ratio = difflib.SequenceMatcher(None, wanted, other).ratio()
        if ratio >= 0.8 or (len(wanted) >= 5 and len(other) >= 5 and (wanted in other or other in wanted)):
            result.append(candidate)
    return result
