"""The Programmübersicht's stage against plan (issue 15, point 4) and the conference report's
stages per district (point 5), as the services compute them from the milestones."""

from __future__ import annotations

import datetime as dt

from lzz_desktop.domain.enums import FederalState
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.phases import PhaseData
from lzz_desktop.services.programme import overview, phase_report
from lzz_desktop.services.workspace import Workspace

TODAY = dt.date(2025, 6, 1)


def test_the_overview_row_says_the_stage_reached_against_plan(workspace: Workspace) -> None:
    hof = workspace.districts.create(
        DistrictData(
            name="Landkreis Hof",
            state=FederalState.BAYERN,
            process_start=TODAY - dt.timedelta(days=120),
            process_end=TODAY + dt.timedelta(days=60),
        )
    )
    plain = workspace.districts.create(DistrictData(name="Landkreis Plain", state=FederalState.BAYERN))
    workspace.milestones.set(hof, "Auftakt", None, TODAY - dt.timedelta(days=110))
    workspace.milestones.set(hof, "Bestandsaufnahme", None, TODAY - dt.timedelta(days=70))
    rows = {r.id: r for r in overview(workspace, TODAY)}
    row = rows[hof]
    # 7 stages over 180 days, one every 30: five planned by today, the fifth today (not yet late).
    assert (row.stage_reached, row.stage_due, row.stages_late) == ("Bestandsaufnahme", "Abstimmung", 2)
    assert row.stage_rank == 1
    none = rows[plain]
    assert (none.stage_reached, none.stage_due, none.stages_late, none.stage_rank) == ("", "", 0, -1)

    # The phase's own stages count instead, and the report carries the timeline.
    workspace.phases.create(PhaseData("Phase", 2025, 2025, stages="Auftakt\nEnde"), [hof])
    row = {r.id: r for r in overview(workspace, TODAY)}[hof]
    assert (row.stage_reached, row.stage_due, row.stages_late, row.stage_rank) == ("Auftakt", "Auftakt", 0, 0)
    [chapter] = phase_report(workspace, "Phase").districts
    assert chapter.timeline is not None
    assert [s.stage for s in chapter.timeline.stages] == ["Auftakt", "Ende"]
