"""Where the maps put the actors: pure geometry in scene units (no Qt, no database), used by the
map service, the window's scenes and the exported pictures alike; and what changed between two
maps."""

from __future__ import annotations

import math
from typing import Any

from lzz_desktop.domain.enums import Sector
from lzz_desktop.records.stakeholders import (
    ActorInfo,
    Change,
    ChangeKind,
    MapData,
    Point,
    RelationshipInfo,
    SnapshotDiff,
)

MAP_RADIUS = 1000.0  # outer radius of the sector map, in scene units
RING_BOUNDS = (0.07, 0.56, 0.8, 1.0)  # edges of the three rings, as fractions of the radius
SECTOR_ORDER = tuple(Sector)


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
        # Large networks: a spectral start (fast, sparse) refined by force-directed steps computed
        # for all pairs at once (numpy), not node by node: 2,000 actors in well under a second.
        start = nx.spectral_layout(graph) if graph.number_of_edges() else None
        pos = _force_steps(graph, start, iterations=LARGE_NETWORK_STEPS)
    return _fill_the_circle({node: (float(xy[0]), float(xy[1])) for node, xy in pos.items()})


LARGE_NETWORK_STEPS = 15


def _force_steps(graph: Any, start: dict[str, Any] | None, iterations: int) -> dict[str, Any]:
    """Fruchterman–Reingold on the whole distance matrix per step (float32, n² memory: 2,000
    actors take about 16 MB a matrix): attraction along relationships, repulsion between all."""
    import networkx as nx
    import numpy as np

    nodes = list(graph.nodes)
    count = len(nodes)
    rng = np.random.default_rng(2018)
    if start is not None:
        pos = np.array([start[node] for node in nodes], dtype=np.float32)
    else:
        pos = rng.random((count, 2), dtype=np.float32)
    pos += rng.random((count, 2), dtype=np.float32) * 1e-3  # no two actors on one spot
    weights = nx.to_numpy_array(graph, nodelist=nodes, weight="weight", dtype=np.float32)
    k = np.float32(1.0 / math.sqrt(count))
    span = float(np.ptp(pos, axis=0).max()) or 1.0
    temperature = 0.1 * span
    cooling = temperature / (iterations + 1)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        distance = np.hypot(dx, dy)
        np.clip(distance, 0.01, None, out=distance)
        # repulsion k²/d between all pairs, attraction w·d²/k along relationships (per unit vector)
        force = (k * k) / (distance * distance)
        force -= weights * (distance / k)
        shift_x = np.einsum("ij,ij->i", dx, force)
        shift_y = np.einsum("ij,ij->i", dy, force)
        length = np.hypot(shift_x, shift_y)
        np.clip(length, 0.01, None, out=length)
        step = temperature / length
        x += shift_x * step
        y += shift_y * step
        temperature -= cooling
    pos = np.stack([x, y], axis=1)
    pos -= pos.mean(axis=0)
    scale = float(np.abs(pos).max()) or 1.0
    pos *= MAP_RADIUS / scale
    return {node: pos[i] for i, node in enumerate(nodes)}


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
