"""Programm → Programmübersicht … (issue 15, point 4) as the office uses it, against the demo
workspace: every district with its figures as the services count them, filtered by phase and by
consultancy, sorted, a double click opens the district, and the rows as shown go into an Excel file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lzz_desktop.demo import seed_demo
from lzz_desktop.domain import ActionItem
from lzz_desktop.domain.enums import ActionStatus, FederalState, WorkshopStatus
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.programme_overview import ProgrammeOverview


def test_the_overview_shows_every_district_with_its_figures(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    workspace = Workspace.open(data_dir)
    try:
        seed_demo(workspace)
        goslar = workspace.districts.find("Goslar")
        data = workspace.districts.get(goslar)
        workspace.districts.update(goslar, DistrictData(**{**data.__dict__, "consultancy": "Kompetus"}))
        hof = workspace.districts.create(
            DistrictData(name="Landkreis Hof", state=FederalState.BAYERN, consultancy="Ramboll")
        )
        # What the services count for Goslar, to compare with the row.
        held = [w for w in workspace.workshops.list(goslar) if w.status is WorkshopStatus.HELD]
        with workspace.session() as session:
            tasks = session.execute(
                select(ActionItem.status, ActionItem.due_on).where(
                    ActionItem.district_id == goslar, ActionItem.deleted_at.is_(None)
                )
            ).all()
        open_tasks = [due for status, due in tasks if status is not ActionStatus.DONE]
        overdue = sum(1 for due in open_tasks if due is not None and due < dt.date.today())
    finally:
        workspace.close()

    window = open_window()
    window.ui.action_programme_overview.trigger()
    overview = window.programme_overview
    assert isinstance(overview, ProgrammeOverview)
    qtbot.waitUntil(lambda: overview.model.rowCount() == 7, timeout=20_000)
    rows = {r.name: r for r in overview.shown_rows()}
    row = rows["Landkreis Goslar"]
    assert (row.phase, row.consultancy) == ("Pilotphase", "Kompetus")
    assert (row.held, row.open_tasks, row.overdue_tasks) == (len(held), len(open_tasks), overdue)
    assert row.concept_status is not None and 0 < row.completeness <= 100
    assert row.actors_now > 0
    assert overview.ui.hint_label.text().startswith("7 Landkreise.")

    # Filter by phase, then by consultancy.
    combo = overview.ui.phase_filter
    assert not overview.ui.report_button.isEnabled()  # the report is of one phase
    combo.setCurrentIndex(combo.findText("Pilotphase"))
    assert len(overview.shown_rows()) == 6
    assert overview.ui.report_button.isEnabled()
    with qtbot.waitSignal(overview.exported, timeout=30_000) as reported:
        overview.write_report("Pilotphase", tmp_path / "konferenz")
    report = reported.args[0]
    assert isinstance(report, Path) and report.read_bytes().startswith(b"%PDF")
    assert overview.ui.hint_label.text() == f"Gespeichert als {report}"
    combo.setCurrentIndex(0)
    consultancy = overview.ui.consultancy_filter
    consultancy.setCurrentIndex(consultancy.findText("Ramboll"))
    ramboll = [r.name for r in overview.shown_rows()]
    assert "Landkreis Hof" in ramboll and "Landkreis Goslar" not in ramboll
    assert {r.consultancy for r in overview.shown_rows()} == {"Ramboll"}
    consultancy.setCurrentIndex(0)

    # Sort by open tasks, most first.
    from PySide6.QtCore import Qt

    overview.ui.overview_table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    counts = [r.open_tasks for r in overview.shown_rows()]
    assert counts == sorted(counts, reverse=True)

    # The stage reached against plan, sortable like the others.
    from lzz_desktop.ui.programme_overview import STAGE_COLUMN

    header = overview.model.headerData(STAGE_COLUMN, Qt.Orientation.Horizontal)
    assert header == overview.tr("Stage → plan")
    goslar_timeline = window.workspace.milestones.timeline(goslar)
    assert row.stage_reached == goslar_timeline.reached and row.stage_reached
    assert row.stage_due == goslar_timeline.due(dt.date.today())
    assert row.stages_late == goslar_timeline.late
    cell = overview.model.index(overview.model.row_of(goslar), STAGE_COLUMN)
    assert cell.data().startswith(row.stage_reached)
    if row.stage_due != row.stage_reached:
        assert cell.data().endswith(f"→ {row.stage_due}")
    if row.stages_late:  # said in the tooltip, and the cell in red
        assert str(row.stages_late) in cell.data(Qt.ItemDataRole.ToolTipRole)
        assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    overview.ui.overview_table.sortByColumn(STAGE_COLUMN, Qt.SortOrder.AscendingOrder)
    ranks = [r.stage_rank for r in overview.shown_rows()]
    assert ranks == sorted(ranks)
    overview.ui.overview_table.sortByColumn(6, Qt.SortOrder.DescendingOrder)

    # Excel: the rows as shown.
    with qtbot.waitSignal(overview.exported, timeout=20_000) as saved:
        overview.export_to(tmp_path / "uebersicht")
    path = saved.args[0]
    assert isinstance(path, Path) and path.suffix == ".xlsx"
    sheet = load_workbook(path).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Landkreis" and len(values) == 8
    assert [v[7] for v in values[1:]] == counts
    assert values[0][13:16] == ("Stufe erreicht", "Stufe laut Plan", "Stufen verspätet")
    assert [v[13] for v in values[1:]] == [r.stage_reached or None for r in overview.shown_rows()]

    # A double click opens the district.
    index = overview.proxy.index([r.name for r in overview.shown_rows()].index("Landkreis Hof"), 0)
    with qtbot.waitSignal(window.district_shown, timeout=20_000):
        overview.ui.overview_table.doubleClicked.emit(index)
    assert window.selected_district_id() == hof
