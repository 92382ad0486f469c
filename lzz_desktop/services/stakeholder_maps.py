"""The district's maps (sector map, influence/interest grid, network), saved node positions and
dated snapshots with their comparison. Layouts are plain geometry in scene units, without Qt."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from lzz_desktop.domain import District, MapPosition, MapSnapshot, utcnow
from lzz_desktop.domain.enums import Sector
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.services.districts import NotFoundError
from lzz_desktop.services.stakeholders import ActorInfo, RelationshipInfo, read_actors, read_relationships

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

SECTOR_MAP = "sector"
NETWORK_MAP = "network"
MAP_RADIUS = 1000.0  # outer radius of the sector map, in scene units
RING_BOUNDS = (0.07, 0.56, 0.8, 1.0)  # edges of the three rings, as fractions of the radius
SECTOR_ORDER = tuple(Sector)
Point = tuple[float, float]


def ring_of(actor: ActorInfo) -> int:
    """Closeness to the integration process, from engagement (interest) and support (attitude):
    0 = core, 1 = involved, 2 = periphery."""
    score = actor.interest + actor.attitude
    if score >= 5:
        return 0
    return 1 if score >= 3 else 2


def sector_angles(sector: Sector) -> tuple[float, float]:
    """Start and end angle (degrees, counter-clockwise from 3 o'clock) of a sector's segment;
    the first sector starts at 12 o'clock."""
    i = SECTOR_ORDER.index(sector)
    span = 360.0 / len(SECTOR_ORDER)
    start = 90.0 - (i + 1) * span
    return start, start + span


def _rows_in_band(inner: float, outer: float, span_deg: float, count: int) -> list[tuple[float, int]]:
    """Radii of the rows in a ring segment and how many actors fit on each: labels need about
    170 units side by side and 110 units from row to row; a crowded segment packs tighter."""
    spacing = 170.0
    while True:
        pitch = spacing * 0.58
        n_rows = max(1, int((outer - inner) // pitch))
        radii = [inner + (outer - inner) * (i + 0.5) / n_rows for i in range(n_rows)]
        rows = [(r, max(1, int(math.radians(span_deg) * r // spacing))) for r in radii]
        if sum(c for _, c in rows) >= count or spacing <= 12:
            return rows
        spacing *= 0.85


def sector_layout(actors: list[ActorInfo]) -> dict[str, Point]:
    """Default positions on the sector map: each actor in its sector's segment, on the ring of
    its closeness, spread evenly (several rows when a ring is crowded)."""
    groups: dict[tuple[Sector, int], list[ActorInfo]] = {}
    for actor in actors:
        groups.setdefault((actor.sector, ring_of(actor)), []).append(actor)
    positions: dict[str, Point] = {}
    margin = 5.0  # degrees kept free at the segment borders
    for (sector, ring), members in groups.items():
        start, end = sector_angles(sector)
        span = end - start - 2 * margin
        inner, outer = RING_BOUNDS[ring] * MAP_RADIUS, RING_BOUNDS[ring + 1] * MAP_RADIUS
        rows = _rows_in_band(inner, outer, span, len(members))
        total = sum(c for _, c in rows)
        # share the members out over the rows in proportion to what each row holds
        counts = [max(0, round(len(members) * c / total)) for _, c in rows]
        while sum(counts) > len(members):
            counts[counts.index(max(counts))] -= 1
        i_row = 0
        while sum(counts) < len(members):
            counts[i_row % len(counts)] += 1
            i_row += 1
        ordered = sorted(members, key=lambda a: (-a.influence, a.name))
        index = 0
        for (radius, _), n in zip(rows, counts, strict=True):
            for col in range(n):
                actor = ordered[index]
                index += 1
                angle = math.radians(start + margin + span * (col + 0.5) / n)
                positions[actor.id] = (radius * math.cos(angle), -radius * math.sin(angle))
    return positions


GRID_SIZE = 1000.0  # half the side of the influence/interest grid


def grid_layout(actors: list[ActorInfo]) -> dict[str, Point]:
    """Positions on the influence/interest grid: interest to the right, influence upwards;
    actors with the same scores share their cell in a small grid."""
    cells: dict[tuple[int, int], list[ActorInfo]] = {}
    for actor in actors:
        cells.setdefault((actor.interest, actor.influence), []).append(actor)
    step = 2 * GRID_SIZE / 5
    positions: dict[str, Point] = {}
    for (interest, influence), members in cells.items():
        cx = -GRID_SIZE + (interest + 0.5) * step
        cy = GRID_SIZE - (influence + 0.5) * step
        per_row = max(1, math.ceil(math.sqrt(len(members))))
        pitch = step * 0.85 / per_row
        for i, actor in enumerate(sorted(members, key=lambda a: a.name)):
            row, col = divmod(i, per_row)
            positions[actor.id] = (
                cx + (col - (per_row - 1) / 2) * pitch,
                cy + (row - (per_row - 1) / 2) * pitch,
            )
    return positions


def network_layout(actors: list[ActorInfo], relationships: list[RelationshipInfo]) -> dict[str, Point]:
    """An automatic force-directed layout (networkx spring layout), scaled to the map radius."""
    return layout_network(
        [a.id for a in actors], [(r.source_id, r.target_id, float(r.strength)) for r in relationships]
    )


def layout_network(ids: list[str], edges: list[tuple[str, str, float]]) -> dict[str, Point]:
    """:func:`network_layout` on plain ids and edges: cheap to send to another process, where a
    large layout runs without taking the window's share of the interpreter (the GIL)."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for source, target, strength in edges:
        graph.add_edge(source, target, weight=strength)
    if not ids:
        return {}
    if len(ids) <= 300:
        # a larger ideal distance than the default keeps the hubs of a small network apart
        k = 2.5 / math.sqrt(len(ids))
        start = nx.spring_layout(graph, k=k, seed=2018, iterations=80, method="force")
        pos = nx.kamada_kawai_layout(graph, pos=start, scale=MAP_RADIUS)
    else:
        # Large networks: a spectral start (fast, sparse) refined by a few force-directed steps,
        # so that 2,000 actors take about a second instead of half a minute.
        start = nx.spectral_layout(graph) if graph.number_of_edges() else None
        iterations = max(4, 40 * 300 // len(ids))
        pos = nx.spring_layout(
            graph, pos=start, seed=2018, iterations=iterations, scale=MAP_RADIUS, method="force"
        )
    return _fill_the_circle({node: (float(xy[0]), float(xy[1])) for node, xy in pos.items()})


def _fill_the_circle(pos: dict[str, Point]) -> dict[str, Point]:
    """Scale so that the bulk of the network fills the map; loners that the force layout pushed
    far out are pulled in to its rim instead of shrinking everything else to a dot."""
    if len(pos) < 3:
        return pos
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    radii = sorted(math.hypot(x - cx, y - cy) for x, y in pos.values())
    bulk = radii[int(0.9 * (len(radii) - 1))] or 1.0
    factor = 0.85 * MAP_RADIUS / bulk
    result = {}
    for node, (x, y) in pos.items():
        dx, dy = (x - cx) * factor, (y - cy) * factor
        r = math.hypot(dx, dy)
        if r > MAP_RADIUS:
            dx, dy = dx * MAP_RADIUS / r, dy * MAP_RADIUS / r
        result[node] = (dx, dy)
    return result


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


def compare_maps(earlier: MapData, later: MapData) -> SnapshotDiff:
    """Added and removed actors and relationships, changed influence and attitude."""
    before = {a.id: a for a in earlier.actors}
    after = {a.id: a for a in later.actors}
    changes: list[Change] = []
    for actor in later.actors:
        if actor.id not in before:
            changes.append(Change(ChangeKind.ACTOR_ADDED, actor.public_name, actor_id=actor.id))
    for actor in earlier.actors:
        if actor.id not in after:
            changes.append(Change(ChangeKind.ACTOR_REMOVED, actor.public_name, actor_id=actor.id))
    for actor in later.actors:
        old = before.get(actor.id)
        if old is None:
            continue
        if old.influence != actor.influence:
            changes.append(
                Change(
                    ChangeKind.INFLUENCE_CHANGED, actor.public_name, old.influence, actor.influence, actor.id
                )
            )
        if old.attitude != actor.attitude:
            changes.append(
                Change(ChangeKind.ATTITUDE_CHANGED, actor.public_name, old.attitude, actor.attitude, actor.id)
            )
    names = {a.id: a.public_name for a in [*earlier.actors, *later.actors]}
    rels_before = {r.key: r for r in earlier.relationships}
    rels_after = {r.key: r for r in later.relationships}
    for key, rel in rels_after.items():
        if key not in rels_before:
            subject = f"{names.get(rel.source_id, '?')} – {names.get(rel.target_id, '?')}"
            changes.append(Change(ChangeKind.RELATIONSHIP_ADDED, subject, relationship_key=key))
    for key, rel in rels_before.items():
        if key not in rels_after:
            subject = f"{names.get(rel.source_id, '?')} – {names.get(rel.target_id, '?')}"
            changes.append(Change(ChangeKind.RELATIONSHIP_REMOVED, subject, relationship_key=key))
    return SnapshotDiff(earlier, later, changes)


class StakeholderMapService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def load(self, district_id: str) -> MapData:
        """Everything the maps of a district show, in one read (run it off the GUI thread)."""
        with self.workspace.session() as session:
            district = session.get(District, district_id)
            if district is None or district.deleted_at is not None:
                raise NotFoundError(district_id)
            actors = read_actors(session, district_id)
            live = {a.id for a in actors}
            positions: dict[str, dict[str, Point]] = {}
            for row in session.scalars(
                select(MapPosition).where(
                    MapPosition.district_id == district_id, MapPosition.deleted_at.is_(None)
                )
            ):
                if row.actor_id in live:
                    positions.setdefault(row.map_name, {})[row.actor_id] = (row.x, row.y)
            return MapData(
                district_id, district.name, actors, read_relationships(session, district_id), positions
            )

    def save_positions(self, district_id: str, map_name: str, moved: dict[str, Point]) -> None:
        """Store where the user dragged actors on ``map_name``."""
        with self.workspace.transaction() as session:
            existing = {
                row.actor_id: row
                for row in session.scalars(
                    select(MapPosition).where(
                        MapPosition.district_id == district_id,
                        MapPosition.map_name == map_name,
                        MapPosition.actor_id.in_(list(moved)),
                        MapPosition.deleted_at.is_(None),
                    )
                )
            }
            for actor_id, (x, y) in moved.items():
                x, y = round(x, 1), round(y, 1)
                row = existing.get(actor_id)
                if row is None:
                    session.add(
                        MapPosition(district_id=district_id, map_name=map_name, actor_id=actor_id, x=x, y=y)
                    )
                elif (row.x, row.y) != (x, y):
                    row.x, row.y = x, y

    def reset_positions(self, district_id: str, map_name: str) -> None:
        """Back to the automatic layout."""
        now = utcnow()
        with self.workspace.transaction() as session:
            for row in session.scalars(
                select(MapPosition).where(
                    MapPosition.district_id == district_id,
                    MapPosition.map_name == map_name,
                    MapPosition.deleted_at.is_(None),
                )
            ):
                row.deleted_at = now

    # --- snapshots -------------------------------------------------------------------------
    def take_snapshot(self, district_id: str, title: str, taken_on: dt.date | None = None) -> str:
        """ "Stand festhalten": a dated copy of the sector map as it is now."""
        if not title.strip():
            raise ValidationError([FieldError("title", ErrorCode.REQUIRED)])
        data = self.load(district_id)
        default = sector_layout(data.actors)
        content = data.to_json()
        content["positions"] = {
            SECTOR_MAP: {a.id: list(data.position(SECTOR_MAP, a.id, default)) for a in data.actors}
        }
        with self.workspace.transaction() as session:
            row = MapSnapshot(
                district_id=district_id,
                title=title.strip(),
                taken_on=taken_on or dt.date.today(),
                content=json.dumps(content, ensure_ascii=False),
            )
            session.add(row)
            session.flush()
            return row.id

    def snapshots(self, district_id: str) -> list[SnapshotInfo]:
        """The district's snapshots, oldest first."""
        with self.workspace.session() as session:
            result = []
            for row in session.scalars(
                select(MapSnapshot)
                .where(MapSnapshot.district_id == district_id, MapSnapshot.deleted_at.is_(None))
                .order_by(MapSnapshot.taken_on, MapSnapshot.created_at)
            ):
                content = json.loads(row.content)
                result.append(
                    SnapshotInfo(
                        row.id,
                        row.title,
                        row.taken_on,
                        len(content.get("actors", [])),
                        len(content.get("relationships", [])),
                    )
                )
            return result

    def snapshot(self, snapshot_id: str) -> MapData:
        with self.workspace.session() as session:
            row = session.get(MapSnapshot, snapshot_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(snapshot_id)
            district = session.get(District, row.district_id)
            name = district.name if district else ""
            return MapData.from_json(row.district_id, name, json.loads(row.content))

    def delete_snapshot(self, snapshot_id: str) -> None:
        with self.workspace.transaction() as session:
            row = session.get(MapSnapshot, snapshot_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(snapshot_id)
            row.deleted_at = utcnow()

    def compare(self, earlier_id: str, later_id: str) -> SnapshotDiff:
        return compare_maps(self.snapshot(earlier_id), self.snapshot(later_id))
