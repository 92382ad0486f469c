"""Exports of a district's data into a folder of documents (no Qt).

``export_district_bundle`` is the one entry point the UI and the command line call; each document
lives in its own module and is added here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lzz_desktop.exporting.slug import slugify

if TYPE_CHECKING:
    from lzz_desktop.exporting.concept_files import export_concept
    from lzz_desktop.exporting.district_json import export_district
    from lzz_desktop.services.workspace import Workspace


def export_district_bundle(
    workspace: Workspace, district_id: str, out_dir: Path, language: str = "de"
) -> Path:
    """Write every export document of the district into ``out_dir/<district-slug>/``; returns
    that folder. Raises :class:`~lzz_desktop.services.districts.NotFoundError` for an unknown
    district before anything is written. Documents are written in ``language`` ("de", "en")."""
    from lzz_desktop.exporting.concept_files import export_concept
    from lzz_desktop.exporting.district_json import export_district
    from lzz_desktop.exporting.stakeholders_xlsx import export_actors_xlsx
    from lzz_desktop.exporting.workshop_documents import export_workshop_documents

    folder = export_district(workspace, district_id, out_dir)
    export_workshop_documents(workspace, district_id, folder, language)
    export_concept(workspace, district_id, folder, language)
    export_actors_xlsx(workspace, district_id, folder / "stakeholders" / "actors.xlsx")
    return folder


def __getattr__(name: str) -> Any:
    """The documents' modules load on first use: importing one exporter (a calendar file) does
    not load the database layer the district export needs."""
    if name == "export_concept":
        from lzz_desktop.exporting.concept_files import export_concept

        return export_concept
    if name == "export_district":
        from lzz_desktop.exporting.district_json import export_district

        return export_district
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["export_concept", "export_district", "export_district_bundle", "slugify"]
