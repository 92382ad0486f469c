"""What the central store refused, and what could not be taken over from it — shown to the user,
never dropped silently.

* A **refused change** stays in the outbox, marked with the store's reason; it is not sent again
  until the user decides: take the store's state (the local change is given up, after copying
  its text if wanted), or send it again (after the office granted the rights, say).
* A **record set aside** (quarantine) is a pulled record this version cannot apply; its payload is
  kept, so its details can be copied for a support request, and it is retried after an update.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from lzz_desktop.domain import Outbox, SyncQuarantine
from lzz_desktop.domain.wire import entity_specs
from lzz_desktop.sync.conflicts import record_label

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.sync.client import SyncClient


@dataclass(frozen=True)
class RefusedChange:
    entity: str
    entity_id: str
    district_id: str | None
    label: str  # the record's name or title, as far as it is known here
    values: dict[str, Any]  # field → the value this computer has and the store refused
    reason: str  # one of sync.protocol.REFUSAL_REASONS (or too_large)
    detail: str
    operations: int  # outbox entries held for this record

    def as_text(self) -> str:
        """The refused values as plain text, for the clipboard."""
        lines = [f"{self.label or self.entity_id}"]
        for name, value in self.values.items():
            lines.append(
                f"{name}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class SetAside:
    entity: str
    record_id: str
    district_id: str | None
    reason: str
    app_version: str
    payload: str

    def as_text(self) -> str:
        return f"{self.entity} {self.record_id}: {self.reason} (app {self.app_version})\n{self.payload}"


def _label(session: Any, entity: str, entity_id: str) -> str:
    spec = entity_specs().get(entity)
    return record_label(session.get(spec.model, entity_id)) if spec is not None else ""


def refused_changes(workspace: Workspace) -> list[RefusedChange]:
    """Every record with a refused change, with the values this computer holds for it."""
    with workspace.session() as session:
        rows = session.scalars(select(Outbox).order_by(Outbox.seq)).all()
        refused_ids = {row.entity_id for row in rows if row.refused_reason is not None}
        grouped: dict[str, list[Outbox]] = {}
        for row in rows:
            if row.entity_id in refused_ids:
                grouped.setdefault(row.entity_id, []).append(row)
        result = []
        for entity_id, ops in grouped.items():
            first_refused = next(op for op in ops if op.refused_reason is not None)
            values: dict[str, Any] = {}
            for op in ops:
                for name, (_old, new) in json.loads(op.changes).items():
                    if name not in ("created_at", "updated_at", "updated_by", "district_id"):
                        values[name] = new
            result.append(
                RefusedChange(
                    entity=first_refused.entity,
                    entity_id=entity_id,
                    district_id=first_refused.district_id,
                    label=_label(session, first_refused.entity, entity_id),
                    values=values,
                    reason=first_refused.refused_reason or "",
                    detail=first_refused.refused_detail,
                    operations=len(ops),
                )
            )
        return result


def send_again(workspace: Workspace, entity_ids: list[str]) -> None:
    """Clear the refusal marks: the changes go out with the next sync."""
    with workspace.transaction() as session:
        session.execute(
            update(Outbox)
            .where(Outbox.entity_id.in_(entity_ids))
            .values(refused_reason=None, refused_detail="")
        )


def take_store_state(workspace: Workspace, entity_ids: list[str], client: SyncClient | None = None) -> None:
    """Give up the refused changes of these records and take the central store's state (needs
    the connection)."""
    from lzz_desktop.sync import account
    from lzz_desktop.sync.service import SyncService

    if client is not None:
        SyncService(workspace, client).take_store_state(entity_ids)
        return
    with account.open_client(workspace) as opened:
        SyncService(workspace, opened).take_store_state(entity_ids)


def set_aside(workspace: Workspace) -> list[SetAside]:
    with workspace.session() as session:
        return [
            SetAside(row.entity, row.record_id, row.district_id, row.reason, row.app_version, row.payload)
            for row in session.scalars(select(SyncQuarantine).order_by(SyncQuarantine.id))
        ]
