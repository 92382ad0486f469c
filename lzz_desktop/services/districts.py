"""Districts: list, read, create, edit, soft delete and restore."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from lzz_desktop.domain import (
    ActionItem,
    Actor,
    Concept,
    District,
    ProgrammePhase,
    Relationship,
    Workshop,
    utcnow,
)
from lzz_desktop.domain.enums import ActionStatus
from lzz_desktop.domain.validation import ValidationError, normalise_ags, validate_district
from lzz_desktop.records.districts import DistrictCounts, DistrictData, DistrictSummary, NotFoundError

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

__all__ = ["DistrictCounts", "DistrictData", "DistrictService", "DistrictSummary", "NotFoundError"]


_PREFIX_RE = re.compile(r"^\s*(landkreis|kreis|lk)\s+", re.IGNORECASE)


def _bare_name(name: str) -> str:
    return _PREFIX_RE.sub("", name).strip().casefold()


class DistrictService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # --- reading -------------------------------------------------------------------------
    def list(self, text: str = "", deleted: bool = False) -> list[DistrictSummary]:
        """Live districts (or, with ``deleted``, those in the recycle bin) sorted by name."""
        needle = text.strip().casefold()
        with self.workspace.session() as session:
            stmt = select(District).outerjoin(District.phase)
            stmt = stmt.where(District.deleted_at.is_not(None) if deleted else District.deleted_at.is_(None))
            rows = session.scalars(stmt).all()
            result = [
                DistrictSummary(
                    id=d.id,
                    name=d.name,
                    state=d.state,
                    ags=d.ags,
                    phase_name=d.phase.name if d.phase else "",
                    deleted_at=d.deleted_at,
                )
                for d in rows
                if not needle or needle in d.name.casefold() or (d.ags or "").startswith(needle)
            ]
        return sorted(result, key=lambda s: _bare_name(s.name))

    def get(self, district_id: str) -> DistrictData:
        with self.workspace.session() as session:
            district = session.get(District, district_id)
            if district is None:
                raise NotFoundError(district_id)
            return DistrictData(
                name=district.name,
                state=district.state,
                ags=district.ags,
                phase_id=district.phase_id,
                process_start=district.process_start,
                process_end=district.process_end,
                notes=district.notes,
                consultancy=district.consultancy,
            )

    def find(self, name_or_id: str) -> str:
        """The id of the live district called ``name_or_id`` ("Goslar", "Landkreis Goslar", any
        case) or with that id."""
        with self.workspace.session() as session:
            district = session.get(District, name_or_id.strip())
            if district is not None and district.deleted_at is None:
                return district.id
            wanted = _bare_name(name_or_id)
            for district in session.scalars(select(District).where(District.deleted_at.is_(None))):
                if _bare_name(district.name) == wanted:
                    return district.id
        raise NotFoundError(name_or_id)

    def counts(self, district_id: str) -> DistrictCounts:
        def live(model: type) -> int:
            stmt = (
                select(func.count())
                .select_from(model)
                .where(
                    model.district_id == district_id,  # type: ignore[attr-defined]
                    model.deleted_at.is_(None),  # type: ignore[attr-defined]
                )
            )
            with self.workspace.session() as session:
                return int(session.scalar(stmt) or 0)

        with self.workspace.session() as session:
            open_items = session.scalar(
                select(func.count())
                .select_from(ActionItem)
                .where(
                    ActionItem.district_id == district_id,
                    ActionItem.deleted_at.is_(None),
                    ActionItem.status != ActionStatus.DONE,
                )
            )
        return DistrictCounts(
            actors=live(Actor),
            relationships=live(Relationship),
            workshops=live(Workshop),
            open_action_items=int(open_items or 0),
            concepts=live(Concept),
        )

    def phases(self) -> builtins.list[tuple[str, str]]:
        """(id, name) of the programme phases, oldest first."""
        with self.workspace.session() as session:
            rows = session.scalars(
                select(ProgrammePhase)
                .where(ProgrammePhase.deleted_at.is_(None))
                .order_by(ProgrammePhase.start_year)
            )
            return [(p.id, p.name) for p in rows]

    # --- writing -------------------------------------------------------------------------
    @staticmethod
    def _validated(data: DistrictData) -> DistrictData:
        errors = validate_district(data.name, data.ags, data.process_start, data.process_end, data.state)
        if errors:
            raise ValidationError(errors)
        return dataclasses.replace(data, name=data.name.strip(), ags=normalise_ags(data.ags))

    def create(self, data: DistrictData) -> str:
        data = self._validated(data)
        with self.workspace.transaction() as session:
            district = District(**dataclasses.asdict(data))
            session.add(district)
            session.flush()
            return district.id

    def update(self, district_id: str, data: DistrictData) -> None:
        data = self._validated(data)
        with self.workspace.transaction() as session:
            district = session.get(District, district_id)
            if district is None:
                raise NotFoundError(district_id)
            for key, value in dataclasses.asdict(data).items():
                if getattr(district, key) != value:
                    setattr(district, key, value)

    def delete(self, district_id: str) -> None:
        """Move the district to the recycle bin (soft delete; restorable)."""
        self._set_deleted(district_id, utcnow())

    def restore(self, district_id: str) -> None:
        self._set_deleted(district_id, None)

    def _set_deleted(self, district_id: str, when: dt.datetime | None) -> None:
        with self.workspace.transaction() as session:
            district = session.get(District, district_id)
            if district is None:
                raise NotFoundError(district_id)
            district.deleted_at = when
