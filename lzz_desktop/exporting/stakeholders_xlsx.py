"""The district's actor list as an Excel workbook (``stakeholders/actors.xlsx``).

A person without given consent appears only by role and organisation, without contact data,
as on the maps. The columns are the ones the import understands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lzz_desktop.domain.enums import ActorKind, ConsentStatus
from lzz_desktop.fileio import write_with
from lzz_desktop.records.stakeholders import ActorInfo
from lzz_desktop.services.actor_import import (
    CONSENT_EXPORT,
    EXPORT_HEADERS,
    FIELDS,
    KIND_EXPORT,
    SECTOR_EXPORT,
)

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def _row(actor: ActorInfo) -> list[object]:
    hidden = actor.kind is ActorKind.PERSON and actor.consent is not ConsentStatus.GIVEN
    values: dict[str, object] = {
        "name": actor.public_name,
        "kind": KIND_EXPORT[actor.kind],
        "sector": SECTOR_EXPORT[actor.sector],
        "role": actor.role,
        "organisation": actor.organisation,
        "influence": actor.influence,
        "attitude": actor.attitude,
        "interest": actor.interest,
        "tags": actor.tags,
        "notes": "" if hidden else actor.notes,
        "email": "" if hidden else actor.email,
        "phone": "" if hidden else actor.phone,
        "address": "" if hidden else actor.address,
        # The consent travels with the contact data, so the file imports back with both.
        "consent": CONSENT_EXPORT[actor.consent] if actor.kind is ActorKind.PERSON else "",
        "consent_on": actor.consent_on if actor.kind is ActorKind.PERSON and not hidden else None,
        "consent_method": actor.consent_method if actor.kind is ActorKind.PERSON and not hidden else "",
    }
    return [values[f] for f in FIELDS]


def write_actors_xlsx(actors: list[ActorInfo], path: Path, title: str = "Akteure") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append([EXPORT_HEADERS[f] for f in FIELDS])
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F5F8B")
    date_column = FIELDS.index("consent_on") + 1
    for actor in actors:
        sheet.append(_row(actor))
        cell = sheet.cell(row=sheet.max_row, column=date_column)
        if cell.value is not None:
            cell.number_format = "DD.MM.YYYY"
    widths = {
        "name": 40,
        "role": 36,
        "organisation": 36,
        "tags": 30,
        "notes": 40,
        "email": 30,
        "address": 36,
        "consent_on": 16,
        "consent_method": 18,
    }
    for i, name in enumerate(FIELDS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = widths.get(name, 14)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    write_with(path, book.save)
    return path


def export_actors_xlsx(workspace: Workspace, district_id: str, path: Path) -> Path:
    return write_actors_xlsx(workspace.stakeholders.actors(district_id), path)
