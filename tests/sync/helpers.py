"""Helpers of the sync tests: writing records on a client, comparing clients with the server."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from lzz_desktop.central.db import audiences, records
from lzz_desktop.domain import SYNCED_MODELS, Actor, District
from lzz_desktop.domain.enums import ActorKind, FederalState, Sector
from lzz_desktop.domain.wire import entity_specs
from lzz_desktop.services.outbox import to_wire
from lzz_desktop.services.workspace import Workspace
from tests.sync.servers import Central


def add_district(workspace: Workspace, name: str = "Goslar") -> str:
    with workspace.transaction() as session:
        district = District(name=name, state=FederalState.NIEDERSACHSEN)
        session.add(district)
        session.flush()
        return district.id


def add_actor(workspace: Workspace, district_id: str, name: str = "Anna", **fields: Any) -> str:
    with workspace.transaction() as session:
        actor = Actor(
            district_id=district_id, name=name, kind=ActorKind.PERSON, sector=Sector.CIVIL_SOCIETY, **fields
        )
        session.add(actor)
        session.flush()
        return actor.id


def edit(workspace: Workspace, model: type, record_id: str, **fields: Any) -> None:
    with workspace.transaction() as session:
        obj = session.get(model, record_id)
        assert obj is not None
        for name, value in fields.items():
            setattr(obj, name, value)


def delete(workspace: Workspace, model: type, record_id: str) -> None:
    edit(workspace, model, record_id, deleted_at=dt.datetime.now(dt.UTC))


def get(workspace: Workspace, model: type, record_id: str) -> Any:
    with workspace.session() as session:
        return session.get(model, record_id)


def client_state(workspace: Workspace) -> dict[str, dict[str, Any]]:
    """Every synced record of the client: id → its wire fields, version and deleted flag."""
    state: dict[str, dict[str, Any]] = {}
    specs = entity_specs()
    with workspace.session() as session:
        for model in SYNCED_MODELS:
            spec = specs[model.__entity__]
            for obj in session.scalars(select(model)):
                values = {name: to_wire(getattr(obj, name)) for name in spec.fields}
                values["version"] = obj.version
                state[obj.id] = values
    return state


def server_state(central: Central, districts: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """The server's records (of ``districts`` and the global ones; all when None), filled up with
    the defaults a client would use, in the shape of :func:`client_state`."""
    specs = entity_specs()
    state: dict[str, dict[str, Any]] = {}
    with central.engine.connect() as conn:
        seen_by: dict[str, set[str]] = {}
        for event_id, district_id in conn.execute(select(audiences.c.event_id, audiences.c.district_id)):
            seen_by.setdefault(event_id, set()).add(district_id)
        for row in conn.execute(select(records)):
            if districts is not None and row.district_id is not None and row.district_id not in districts:
                continue
            if (
                districts is not None
                and row.audience_id is not None
                and not seen_by.get(row.audience_id, set()) & districts
            ):
                continue  # an event none of ``districts`` takes part in
            spec = specs[row.entity]
            values = {}
            for name, fspec in spec.fields.items():
                if name in row.data:
                    values[name] = row.data[name]
                else:
                    values[name] = _default(spec.model, name)
                del fspec
            values["version"] = row.version
            state[row.id] = values
    return state


def _default(model: type, name: str) -> Any:
    column = model.__table__.c[name]  # type: ignore[attr-defined]
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return to_wire(default.arg)
    return None
