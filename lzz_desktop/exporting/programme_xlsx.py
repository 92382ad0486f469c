"""The Programmübersicht as an Excel file: one row per district, the columns of the window."""

from __future__ import annotations

from pathlib import Path

from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.fileio import write_with
from lzz_desktop.services.programme import OverviewRow

HEADERS_EN = (
    "District",
    "Phase",
    "Consultancy",
    "Process start",
    "Process end",
    "Workshops held",
    "Workshops planned",
    "Open tasks",
    "Overdue tasks",
    "Concept",
    "Concept complete (%)",
    "Actors at the first snapshot",
    "Actors today",
)
CONCEPT_STATUS_EN = {
    ConceptStatus.DRAFT: "draft",
    ConceptStatus.IN_REVIEW: "in review",
    ConceptStatus.ADOPTED: "adopted",
}
HEADERS = (
    "Landkreis",
    "Phase",
    "Beratung",
    "Prozessbeginn",
    "Prozessende",
    "Workshops durchgeführt",
    "Workshops geplant",
    "Offene Aufgaben",
    "Überfällige Aufgaben",
    "Konzept",
    "Konzept ausgefüllt (%)",
    "Akteure beim ersten Stand",
    "Akteure heute",
    "Stufe erreicht",
    "Stufe laut Plan",
    "Stufen verspätet",
)
CONCEPT_STATUS = {
    ConceptStatus.DRAFT: "Entwurf",
    ConceptStatus.IN_REVIEW: "in Abstimmung",
    ConceptStatus.ADOPTED: "beschlossen",
}


def write_overview_xlsx(rows: list[OverviewRow], target: Path, language: str = "de") -> Path:
    """The workbook in the UI's language (headers, concept status, date format)."""
    en = language == "en"
    status_names = CONCEPT_STATUS_EN if en else CONCEPT_STATUS
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Programme overview" if en else "Programmübersicht"
    sheet.append(list(HEADERS_EN if en else HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append(
            [
                r.name,
                r.phase,
                r.consultancy,
                r.process_start,
                r.process_end,
                r.held,
                r.planned,
                r.open_tasks,
                r.overdue_tasks,
                status_names[r.concept_status] if r.concept_status else "",
                r.completeness if r.concept_status else None,
                r.actors_then,
                r.actors_now,
                r.stage_reached,
                r.stage_due,
                r.stages_late,
            ]
        )
    for column in ("D", "E"):
        for cell in sheet[column][1:]:
            cell.number_format = "DD/MM/YYYY" if en else "DD.MM.YYYY"
    sheet.freeze_panes = "B2"
    for index, width in enumerate((28, 24, 14, 13, 13, 12, 12, 12, 12, 14, 12, 12, 12, 20, 20, 12), start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    write_with(target, lambda tmp: book.save(tmp))
    return target
