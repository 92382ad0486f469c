"""Everything stored about one person (Art. 15 DSGVO access, Art. 20 portability).

A record is about the person when it points to them (their actor record, consents, relationships,
attendance, tasks they are responsible for, map positions) or when one of its texts names them (by
name, e-mail or phone, any case: minutes, goals, agreements, tasks written by hand, guests, map
snapshots, concept sections, comments). Every synced record of the district is looked at, so none
is missed; of a record that only names the person, the report gives the field and the passage
around the name — not the rest, which is about others (Art. 15(4))."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select

from lzz_desktop.domain import SYNCED_MODELS, Actor
from lzz_desktop.domain.base import DistrictScoped
from lzz_desktop.domain.enums import ActorKind
from lzz_desktop.domain.erasure import identifying_words
from lzz_desktop.domain.wire import entity_specs
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.services.outbox import to_wire

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lzz_desktop.services.workspace import Workspace

EXCERPT = 160  # characters either side of a name in a text that only names the person
# Columns that hold an actor id: a record with the person's id there is about them.
_REFERENCES = ("actor_id", "responsible_actor_id", "source_id", "target_id")
_BOOKKEEPING = ("version", "updated_by")


@dataclass
class AccessReport:
    person: dict[str, Any]
    district: str
    created_at: str
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def ids(self) -> set[str]:
        return {str(r["id"]) for rows in self.records.values() for r in rows}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "lzz-person-access",
            "format_version": 1,
            "legal_basis": "Art. 15 and Art. 20 DSGVO",
            "created_at": self.created_at,
            "district": self.district,
            "person": self.person,
            "records": self.records,
        }


def _row(obj: Any) -> dict[str, Any]:
    return {
        a.key: to_wire(getattr(obj, a.key))
        for a in inspect(obj).mapper.column_attrs
        if a.key not in _BOOKKEEPING
    }


def _pattern(actor: Actor) -> re.Pattern[str] | None:
    words = sorted(set(identifying_words(actor.name, actor.email, actor.phone)), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def _passages(text: str, pattern: re.Pattern[str]) -> list[str]:
    found = []
    for match in pattern.finditer(text):
        start, end = max(0, match.start() - EXCERPT), min(len(text), match.end() + EXCERPT)
        found.append(("…" if start else "") + text[start:end] + ("…" if end < len(text) else ""))
    return found


def _of_district(session: Session, model: type[Any], district_id: str) -> list[Any]:
    """The records of ``model`` the district holds: its own, and those of the programme events it
    took part in (a participant's name, an event's minutes may name the person too)."""
    from lzz_desktop.services.events import events_of

    if issubclass(model, DistrictScoped):
        return list(session.scalars(select(model).where(model.district_id == district_id)))
    spec = entity_specs()[model.__entity__]
    if not spec.audienced:
        return []
    events = events_of(session, district_id, live=False)
    if spec.audience_field is not None:
        return events
    return list(session.scalars(select(model).where(model.event_id.in_([e.id for e in events]))))


def collect(workspace: Workspace, actor_id: str) -> AccessReport:
    """Every record of the person's district that is about them. Raises :class:`NotFoundError`
    (also for an organisation or group: access is a person's right)."""
    with workspace.session() as session:
        actor = session.get(Actor, actor_id)
        if actor is None or actor.kind is not ActorKind.PERSON:
            raise NotFoundError(actor_id)
        organisation = session.get(Actor, actor.organisation_id) if actor.organisation_id else None
        person = _row(actor)
        person["organisation"] = organisation.name if organisation is not None else ""
        from lzz_desktop.domain import District

        district = session.get(District, actor.district_id)
        report = AccessReport(
            person=person,
            district=district.name if district is not None else "",
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        pattern = _pattern(actor)
        for model in SYNCED_MODELS:
            for obj in _of_district(session, model, actor.district_id):
                if obj.id == actor_id:
                    continue
                row = _row(obj)
                if any(row.get(column) == actor_id for column in _REFERENCES):
                    report.records.setdefault(model.__entity__, []).append(row)
                    continue
                if pattern is None:
                    continue
                named = {
                    key: _passages(value, pattern)
                    for key, value in row.items()
                    if isinstance(value, str) and pattern.search(value)
                }
                if named:
                    report.records.setdefault(model.__entity__, []).append(
                        {"id": row["id"], "names_the_person_in": named, "deleted_at": row.get("deleted_at")}
                    )
        for rows in report.records.values():
            rows.sort(key=lambda r: str(r["id"]))
        return report
