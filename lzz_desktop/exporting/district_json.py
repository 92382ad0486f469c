"""``district.json``: every shared record of one district, as the sync would carry it — except
what the law keeps on the laptop: a person without given consent appears by role and
organisation only, without notes, tags or contact data, in their record and in map snapshots
(Art. 6/7 DSGVO; issue 14). The full copy stays in the encrypted workspace and its backups; this
file goes with the export bundle to whoever it is given to.

The document is a pure function of the shared data: no export time, no paths, no local-only
state (outbox, sync cursor). Two workspaces that hold the same records write the same bytes, so
an export can be compared, diffed and archived.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from lzz_desktop.domain import SYNCED_MODELS, District, ProgrammePhase
from lzz_desktop.domain.base import DistrictScoped, SyncMixin
from lzz_desktop.domain.enums import ActorKind, ConsentStatus
from lzz_desktop.domain.privacy import public_name
from lzz_desktop.exporting.slug import slugify
from lzz_desktop.fileio import write_bytes
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.services.outbox import to_wire

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

FORMAT = "lzz-district-export"
FORMAT_VERSION = 1
FILE_NAME = "district.json"

DISTRICT_SCOPED_MODELS: tuple[type[DistrictScoped], ...] = tuple(
    model for model in SYNCED_MODELS if issubclass(model, DistrictScoped)
)


def row_to_dict(obj: SyncMixin) -> dict[str, Any]:
    """All columns of a row, in their wire form (enums by value, dates in ISO 8601)."""
    return {attr.key: to_wire(getattr(obj, attr.key)) for attr in inspect(obj).mapper.column_attrs}


def district_folder(out_dir: Path, district_name: str) -> Path:
    """The folder of a district's export documents inside ``out_dir``."""
    return out_dir / slugify(district_name)


def render(document: dict[str, Any]) -> bytes:
    """Stable bytes: sorted keys, two-space indent, UTF-8 text, "\\n" line ends on every platform."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _district(session: Session, district_id: str) -> District:
    district = session.get(District, district_id)
    if district is None:
        raise NotFoundError(district_id)
    return district


def district_document(session: Session, district_id: str) -> dict[str, Any]:
    """The content of ``district.json``. Soft-deleted rows are included: a tombstone is shared
    state as much as a live row."""
    district = _district(session, district_id)
    phase = session.get(ProgrammePhase, district.phase_id) if district.phase_id else None
    records: dict[str, list[dict[str, Any]]] = {}
    for model in DISTRICT_SCOPED_MODELS:
        rows = session.scalars(select(model).where(model.district_id == district_id))
        # Sorted here rather than in SQL, so the order never depends on a collation.
        records[model.__entity__] = sorted((row_to_dict(row) for row in rows), key=lambda r: str(r["id"]))
    _pseudonymise(records)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "district": row_to_dict(district),
        "programme_phase": row_to_dict(phase) if phase is not None else None,
        "records": records,
    }


_PRIVATE_FIELDS = ("email", "phone", "address", "notes", "tags")


def _pseudonymise(records: dict[str, list[dict[str, Any]]]) -> None:
    """Persons without given consent by role and organisation only (as every printout names them)."""
    actors = records.get("actor", [])
    names = {str(a["id"]): str(a.get("name") or "") for a in actors}
    consent: dict[str, tuple[str, str]] = {}
    for row in records.get("consent", []):
        if row.get("deleted_at") is None:
            key = str(row.get("actor_id"))
            stamp = str(row.get("created_at") or "")
            if key not in consent or stamp >= consent[key][1]:
                consent[key] = (str(row.get("status")), stamp)
    hidden: dict[str, str] = {}
    for actor in actors:
        if actor.get("kind") == ActorKind.PERSON.value and consent.get(str(actor["id"]), ("",))[0] != (
            ConsentStatus.GIVEN.value
        ):
            organisation = names.get(str(actor.get("organisation_id") or ""), "")
            shown = public_name(
                str(actor.get("name") or ""),
                ActorKind.PERSON,
                str(actor.get("role") or ""),
                organisation,
                ConsentStatus.NONE,
            )
            hidden[str(actor["id"])] = shown
            actor["name"] = shown
            actor.update({key: "" for key in _PRIVATE_FIELDS if key in actor})
    if not hidden:
        return
    for snapshot in records.get("map_snapshot", []):
        try:
            content = json.loads(str(snapshot.get("content") or "{}"))
        except ValueError:
            continue
        for entry in content.get("actors", []) if isinstance(content, dict) else []:
            if isinstance(entry, dict) and entry.get("id") in hidden:
                entry["name"] = hidden[entry["id"]]
                entry.update({key: "" for key in _PRIVATE_FIELDS if key in entry})
        snapshot["content"] = json.dumps(content, ensure_ascii=False)


def export_district(workspace: Workspace, district_id: str, out_dir: Path) -> Path:
    """Write ``out_dir/<district-slug>/district.json``; returns the district's folder.

    Raises :class:`~lzz_desktop.services.districts.NotFoundError` for an unknown district.
    """
    with workspace.session() as session:
        district = _district(session, district_id)
        folder = district_folder(out_dir, district.name)
        data = render(district_document(session, district_id))
    write_bytes(folder / FILE_NAME, data)
    return folder
