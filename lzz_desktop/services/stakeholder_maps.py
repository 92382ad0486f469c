"""The district's maps (sector map, influence/interest grid, network), saved node positions and
dated snapshots with their comparison. Layouts are plain geometry in scene units, without Qt."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from lzz_desktop.domain import District, MapPosition, MapSnapshot, utcnow
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.records.stakeholders import (
    SECTOR_MAP,
    MapData,
    Point,
    SnapshotDiff,
    SnapshotInfo,
)
from lzz_desktop.services.stakeholders import read_actors, read_relationships

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

from lzz_desktop.records.layout import (
    compare_maps,
    sector_layout,
)

SNAPSHOT_DROPS = ("email", "phone", "address", "notes")


def snapshot_content(data: MapData, positions: dict[str, list[float]]) -> dict[str, Any]:
    """What a snapshot stores: the map, not the address book (Art. 5(1)(c) DSGVO) — no contact
    data and no notes, so a withdrawn consent or an erasure has nothing to chase in old snapshots."""
    content = data.to_json()
    for actor in content.get("actors", []):
        actor.update({key: "" for key in SNAPSHOT_DROPS if key in actor})
    content["positions"] = {SECTOR_MAP: positions}
    return content


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
        content = snapshot_content(
            data, {a.id: list(data.position(SECTOR_MAP, a.id, default)) for a in data.actors}
        )
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
