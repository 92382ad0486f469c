"""The demo districts' stakeholder maps: enough actors over all sectors, relationships, and two
snapshots that differ."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lzz_desktop.demo import seed_demo
from lzz_desktop.domain.enums import Sector
from lzz_desktop.services.workspace import Workspace


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path_factory.mktemp("demo"))
    seed_demo(workspace)
    yield workspace
    workspace.close()


def test_every_district_has_a_map_and_two_snapshots_that_differ(seeded: Workspace) -> None:
    districts = seeded.districts.list()
    assert len(districts) == 6
    for district in districts:
        data = seeded.stakeholder_maps.load(district.id)
        assert 25 <= len(data.actors) <= 60, district.name
        assert {a.sector for a in data.actors} == set(Sector), district.name
        assert len(data.relationships) >= 30
        snapshots = seeded.stakeholder_maps.snapshots(district.id)
        assert [s.title for s in snapshots] == ["Auftaktworkshop", "Zwischenbilanz"]
        assert snapshots[0].taken_on < snapshots[1].taken_on
        assert snapshots[0].actors < snapshots[1].actors == len(data.actors)
        diff = seeded.stakeholder_maps.compare(snapshots[0].id, snapshots[1].id)
        kinds = {c.kind.value for c in diff.changes}
        assert {"actor_added", "relationship_added"} <= kinds, district.name
        assert kinds & {"influence_changed", "attitude_changed"}, district.name
