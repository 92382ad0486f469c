"""Protocols and sign-in sheets of a district's workshops, as files named by date and title."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lzz_desktop.exporting.slug import slugify
from lzz_desktop.records.workshops import WorkshopDetail
from lzz_desktop.reports.protocol import build_protocol, build_sign_in_sheet

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def document_name(detail: WorkshopDetail) -> str:
    """``2018-02-27_auftaktworkshop-ankommen-im-harz.pdf``"""
    day = detail.data.starts_at.astimezone().date()
    return f"{day.isoformat()}_{slugify(detail.data.title)}.pdf"


def export_workshop_documents(
    workspace: Workspace, district_id: str, folder: Path, language: str = "de"
) -> list[Path]:
    """Writes ``protocols/<date>_<slug>.pdf`` and ``sign-in-sheets/<date>_<slug>.pdf`` for every
    live workshop of the district; returns the files written."""
    service = workspace.workshops
    written: list[Path] = []
    for summary in service.list(district_id):
        detail = service.get(summary.id)
        name = document_name(detail)
        written.append(
            build_protocol(detail, workspace.attachments_dir, folder / "protocols" / name, language)
        )
        written.append(build_sign_in_sheet(detail, folder / "sign-in-sheets" / name, language))
    return written
