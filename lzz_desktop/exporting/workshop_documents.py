"""Protocols and sign-in sheets of a district's workshops, as files named by date and title."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lzz_desktop.domain.enums import WorkshopStatus
from lzz_desktop.domain.wallclock import district_date
from lzz_desktop.exporting.calendar import INVITATIONS, invitation_name, write_workshop_ics
from lzz_desktop.exporting.slug import slugify
from lzz_desktop.records.workshops import WorkshopDetail
from lzz_desktop.reports.protocol import build_protocol, build_sign_in_sheet

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def document_name(detail: WorkshopDetail) -> str:
    """``2018-02-27_auftaktworkshop-ankommen-im-harz.pdf``"""
    day = district_date(detail.data.starts_at)
    return f"{day.isoformat()}_{slugify(detail.data.title)}.pdf"


def export_workshop_documents(
    workspace: Workspace, district_id: str, folder: Path, language: str = "de"
) -> list[Path]:
    """Writes ``protocols/<date>_<slug>.pdf`` and ``sign-in-sheets/<date>_<slug>.pdf`` for every
    live workshop of the district, and ``invitations/<date>_<slug>.ics`` for every planned one;
    returns the files written."""
    service = workspace.workshops
    written: list[Path] = []
    for summary in service.list(district_id):
        detail = service.get(summary.id)
        name = document_name(detail)
        written.append(build_protocol(detail, workspace.attachments, folder / "protocols" / name, language))
        written.append(build_sign_in_sheet(detail, folder / "sign-in-sheets" / name, language))
        if detail.data.status == WorkshopStatus.PLANNED:
            invitation = folder / INVITATIONS / invitation_name(detail)
            written.append(write_workshop_ics(detail, invitation))
    return written
