"""Exports of a district's data into a folder of documents.

``export_district_bundle`` is the one entry point the UI and the command line call; each document
lives in its own module and is added here. Importing the package loads no Qt; the stakeholder
map's pictures are drawn with QtGui (no widgets), on whatever thread the export runs.
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
    district before anything is written. Documents are written in ``language`` ("de", "en"); the
    map's words come from the Qt translators installed in the application.

    The map (``stakeholders/map.pdf``, ``map.png``, ``map.svg``) is drawn with Qt's painter, which
    needs a QGuiApplication (or QApplication) for its fonts: without one, RuntimeError is raised
    before anything is written."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError(
            "export_district_bundle draws the stakeholder map with Qt and needs a QGuiApplication: "
            "create one (QGuiApplication(sys.argv[:1])) before exporting"
        )
    from lzz_desktop.exporting.concept_files import export_concept
    from lzz_desktop.exporting.district_json import export_district
    from lzz_desktop.exporting.stakeholders_xlsx import export_actors_xlsx
    from lzz_desktop.exporting.workshop_documents import export_workshop_documents
    from lzz_desktop.reports.map.picture import write_map_files

    folder = export_district(workspace, district_id, out_dir)
    export_workshop_documents(workspace, district_id, folder, language)
    export_concept(workspace, district_id, folder, language)
    export_actors_xlsx(workspace, district_id, folder / "stakeholders" / "actors.xlsx")
    write_map_files(workspace.stakeholder_maps.load(district_id), folder / "stakeholders")
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
