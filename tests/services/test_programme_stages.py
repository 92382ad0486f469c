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


def test_the_overview_counts_the_network_as_the_map_shows_it(workspace: Workspace) -> None:
    """The overview counts actors and relationships in the database (it must not load every map);
    the figures are the ones the map and the conference report show — a deleted actor's
    relationships included in neither."""
    from lzz_desktop.demo import seed_demo

    seed_demo(workspace)
    goslar = workspace.districts.find("Goslar")
    people = workspace.stakeholders
    shown = workspace.stakeholder_maps.load(goslar)
    linked = next(r for r in shown.relationships)
    people.delete_actor(linked.source_id)  # its relationships leave the map with it
    from lzz_desktop.services.programme import _network

    for row in overview(workspace):
        shown = workspace.stakeholder_maps.load(row.id)
        assert row.actors_now == len(shown.actors)
        counted, drawn = _network(workspace, row.id), _network(workspace, row.id, with_maps=True)
        assert counted.relationships_now == drawn.relationships_now == len(shown.relationships)
        assert counted.by_sector_now == drawn.by_sector_now
        assert (counted.map_now, len(drawn.map_now)) == ((), len(shown.actors))
