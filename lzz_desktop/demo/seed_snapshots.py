"""Two snapshots of each demo district's stakeholder map: the kick-off, when fewer actors were
on board and some were more sceptical, and the current state."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random

from lzz_desktop.demo.seed_base import DistrictState, SeederBase, clip
from lzz_desktop.domain import Actor, MapSnapshot, Relationship
from lzz_desktop.domain.enums import ConsentStatus, Sector
from lzz_desktop.records.layout import sector_layout
from lzz_desktop.records.stakeholders import ActorInfo, MapData, RelationshipInfo
from lzz_desktop.services.stakeholder_maps import snapshot_content

# Who typically joins after the kick-off: businesses, migrant organisations, volunteers.
LATE_SECTORS = (Sector.BUSINESS, Sector.MIGRANTS, Sector.CIVIL_SOCIETY)


class SnapshotSeeder(SeederBase):
    def snapshots(self, d: DistrictState) -> None:
        # A generator of its own, so the rest of the demo content stays as it was.
        rng = random.Random(f"snapshots-{d.spec.name}")
        actors = [r for r in self.pending if isinstance(r, Actor) and r.district_id == d.row.id]
        names = {a.id: a.name for a in actors}
        infos = [
            ActorInfo(
                id=a.id,
                name=a.name,
                kind=a.kind,
                sector=a.sector,
                role=a.role,
                organisation_id=a.organisation_id,
                organisation=names.get(a.organisation_id or "", ""),
                influence=a.influence,
                attitude=a.attitude,
                interest=a.interest,
                tags=a.tags,
                consent=d.consent.get(a.id, ConsentStatus.NONE),
            )
            for a in actors
        ]
        rels = [
            RelationshipInfo(r.id, r.source_id, r.target_id, r.kind, r.strength, r.directed, r.note)
            for r in self.pending
            if isinstance(r, Relationship) and r.district_id == d.row.id
        ]
        now = MapData(d.row.id, d.row.name, infos, rels)

        officer = d.officer.id
        late = [a for a in infos if a.sector in LATE_SECTORS and a.id != officer and not a.organisation_id]
        joined_later = {a.id for a in rng.sample(late, min(len(late), rng.randint(5, 8)))}
        earlier_actors = []
        for actor in infos:
            if actor.id in joined_later:
                continue
            if actor.id != officer and rng.random() < 0.2:
                actor = dataclasses.replace(actor, attitude=clip(actor.attitude - 1, -2, 2))
            if actor.id != officer and rng.random() < 0.1:
                actor = dataclasses.replace(actor, influence=clip(actor.influence - 1, 0, 4))
            earlier_actors.append(actor)
        earlier_rels = [
            r
            for r in rels
            if r.source_id not in joined_later and r.target_id not in joined_later and rng.random() < 0.75
        ]
        before = MapData(d.row.id, d.row.name, earlier_actors, earlier_rels)
        kickoff = d.spec.process_start + dt.timedelta(days=30)
        later = min(d.spec.process_end - dt.timedelta(days=20), kickoff + dt.timedelta(days=400))
        for title, taken_on, data in (
            ("Auftaktworkshop", kickoff, before),
            ("Zwischenbilanz", later, now),
        ):
            layout = sector_layout(data.actors)
            content = snapshot_content(data, {k: [round(x, 1), round(y, 1)] for k, (x, y) in layout.items()})
            self.add(
                MapSnapshot(
                    district_id=d.row.id,
                    title=title,
                    taken_on=taken_on,
                    content=json.dumps(content, ensure_ascii=False),
                )
            )
