"""What the district overview shows, read in one call so the UI can load it off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lzz_desktop.records.districts import DistrictPage

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

__all__ = ["DistrictPage", "load_district_page"]


def load_district_page(workspace: Workspace, district_id: str) -> DistrictPage:
    service = workspace.districts
    data = service.get(district_id)
    counts = service.counts(district_id)
    phase_name = dict(service.phases()).get(data.phase_id or "", "")
    timeline = workspace.milestones.timeline(district_id)
    return DistrictPage(id=district_id, data=data, phase_name=phase_name, counts=counts, timeline=timeline)
