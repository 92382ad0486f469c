"""Erasing a person for good (Art. 17 DSGVO) on this device, and following erasures made elsewhere.

"Person endgültig löschen" blanks the actor (the node stays: sector, role, organisation, positions,
relationships), empties and deletes their consent records, and rewrites every place on this device
that still names them: queued outbox payloads, tasks' "responsible", guests of workshops, map
snapshots, stored conflicts and quarantined records, the search index (FTS5 secure-delete), the
database's freed pages (``secure_delete``) and WAL (checkpointed), and the local backups — each
backup is rewritten the same way; one that cannot be (an older schema, damage) is deleted. Nothing
of it can be undone. Only that an erasure happened is kept (:class:`~lzz_desktop.domain.Erasure`:
who, when, which record). At the next sync the central store erases its copy, and every other
device erases its own at its next sync (:meth:`ErasureService.follow`), before it sends anything.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from lzz_desktop.domain import (
    ActionItem,
    Actor,
    Attendance,
    Consent,
    Erasure,
    MapSnapshot,
    Outbox,
    SyncConflict,
    SyncQuarantine,
)
from lzz_desktop.domain.base import utcnow
from lzz_desktop.domain.enums import ActorKind, ConsentStatus
from lzz_desktop.domain.erasure import (
    ACTOR_BLANK,
    CONSENT_BLANK,
    PERSONAL_ACTOR_FIELDS,
    TEXT_FIELDS,
    identifying_words,
    names_in,
    scrub_field,
    scrub_json_text,
)
from lzz_desktop.records.districts import NotFoundError

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.store.keys import WorkspaceKey
    from lzz_desktop.sync.protocol import ErasureState

log = logging.getLogger(__name__)


class NotAPersonError(ValueError):
    """Only persons can be erased; organisations and groups are not personal data."""


@dataclass(frozen=True)
class ErasureReport:
    records: int  # records rewritten on this device (the person, consents, texts naming them)
    backups_rewritten: int
    backups_removed: int


def _names(actor: Actor) -> list[str]:
    """What identifies the person in free text: the name and the contact values."""
    return identifying_words(actor.name, actor.email, actor.phone)


def _scrub(session: Session, actor_id: str, names: list[str], by: str, pending: bool) -> int:
    """Erase the person ``actor_id`` in the database of ``session``; returns how many records were
    rewritten. Everything is written with plain statements, outside the outbox: the central store
    applies the same rules to its own copies (:mod:`lzz_desktop.central.erasure`), and every
    device pulls its result."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        return 0
    district_id = actor.district_id
    consent_ids = list(session.scalars(select(Consent.id).where(Consent.actor_id == actor_id)))
    ids = [actor_id, *consent_ids]
    session.execute(update(Actor).where(Actor.id == actor_id).values(**ACTOR_BLANK))
    if consent_ids:
        session.execute(
            update(Consent)
            .where(Consent.id.in_(consent_ids))
            .values(**CONSENT_BLANK, status=ConsentStatus.NONE, deleted_at=utcnow())
        )
    changed = len(ids)
    # Texts that name the person.
    from lzz_desktop.domain import EventParticipant
    from lzz_desktop.services.events import events_of

    events = [event.id for event in events_of(session, district_id, live=False)]
    for model in (ActionItem, Attendance, MapSnapshot, EventParticipant):
        entity = model.__entity__
        fields = TEXT_FIELDS[entity]
        columns = [model.id, *(getattr(model, f) for f in fields)]
        where = (
            EventParticipant.event_id.in_(events)
            if model is EventParticipant
            else model.district_id == district_id  # type: ignore[union-attr]
        )
        for row in session.execute(select(*columns).where(where)):
            values = {}
            for name, value in zip(fields, row[1:], strict=True):
                scrubbed = scrub_field(entity, name, value, actor_id, names)
                if scrubbed != value:
                    values[name] = scrubbed
            if values:
                session.execute(update(model).where(model.id == row[0]).values(**values))
                changed += 1
    # Queued operations: nothing about the consents is sent; the person's own operations keep
    # only what is not personal; every other payload loses the names.
    session.execute(delete(Outbox).where(Outbox.entity_id.in_(consent_ids)))
    for seq, entity_id, op, payload_text in session.execute(
        select(Outbox.seq, Outbox.entity_id, Outbox.op, Outbox.changes)
    ):
        if entity_id == actor_id:
            payload = json.loads(payload_text)
            kept = {k: v for k, v in payload.items() if k not in PERSONAL_ACTOR_FIELDS}
            if op == "insert":
                kept.update({k: [None, v] for k, v in ACTOR_BLANK.items()})
            if not set(kept) - {"updated_at", "updated_by", "created_at"}:
                session.execute(delete(Outbox).where(Outbox.seq == seq))
            else:
                session.execute(
                    update(Outbox)
                    .where(Outbox.seq == seq)
                    .values(changes=json.dumps(kept, ensure_ascii=False))
                )
        elif names_in(payload_text, names) or names_in(_loaded(payload_text), names):
            session.execute(
                update(Outbox).where(Outbox.seq == seq).values(changes=scrub_json_text(payload_text, names))
            )
    for conflict in session.scalars(select(SyncConflict)):
        sides = (conflict.base, conflict.mine, conflict.theirs)
        if conflict.entity_id in ids or any(names_in(_loaded(t), names) for t in sides):
            session.delete(conflict)
    for held in session.scalars(select(SyncQuarantine)):
        if held.record_id in ids or names_in(_loaded(held.payload), names):
            session.delete(held)
    stamp = utcnow()
    for record_id, entity in [(actor_id, "actor"), *((c, "consent") for c in consent_ids)]:
        if session.get(Erasure, record_id) is None:
            session.add(
                Erasure(
                    record_id=record_id,
                    entity=entity,
                    district_id=district_id,
                    erased_by=by,
                    erased_at=stamp,
                    pending=pending and entity == "actor",
                )
            )
    session.expire_all()
    return changed


def _loaded(text: str) -> str:
    """A JSON text with its escapes undone (a name in ``"\\u00fc"`` form is found too)."""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def rewrite_backups(db_path: Path, key: WorkspaceKey, actor_id: str, names: list[str]) -> tuple[int, int]:
    """Erase the person in every local backup; a backup that cannot be rewritten is deleted.
    Returns (rewritten, removed)."""
    from lzz_desktop.store import backup, search
    from lzz_desktop.store.engine import make_engine

    rewritten = removed = 0
    for path in backup.list_backups(db_path):
        engine = make_engine(path, key)
        try:
            with Session(engine) as session, session.begin():
                _scrub(session, actor_id, names, "", pending=False)
                search.rebuild(session.connection())
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.exec_driver_sql("VACUUM")
            rewritten += 1
        except Exception:  # an older schema or a damaged file: the backup goes
            log.warning("a backup could not be rewritten after an erasure and was deleted")
            engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            removed += 1
            continue
        finally:
            engine.dispose()
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    return rewritten, removed


class ErasureService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def erase_person(self, actor_id: str) -> ErasureReport:
        """Erase the person ``actor_id`` for good, on this device now and everywhere at the next
        sync. Raises :class:`NotFoundError`, :class:`NotAPersonError`."""
        with self.workspace.transaction() as session:
            actor = session.get(Actor, actor_id)
            if actor is None:
                raise NotFoundError(actor_id)
            if actor.kind is not ActorKind.PERSON:
                raise NotAPersonError(actor_id)
            names = _names(actor)
            changed = _scrub(session, actor_id, names, self.workspace.author, pending=True)
        return self._finish(actor_id, names, changed)

    def follow(self, erasures: list[ErasureState]) -> int:
        """Erase here what was erased elsewhere (the central store's list); returns how many
        persons. Runs before this device sends anything, so a queued edit never brings them back."""
        known = set(self.workspace_erased())
        persons = [e for e in erasures if e.entity == "actor" and e.record_id not in known]
        for erasure in persons:
            with self.workspace.transaction() as session:
                actor = session.get(Actor, erasure.record_id)
                names = _names(actor) if actor is not None else []
                changed = _scrub(session, erasure.record_id, names, erasure.erased_by, pending=False)
                if actor is None:
                    session.add(
                        Erasure(
                            record_id=erasure.record_id,
                            entity="actor",
                            district_id=erasure.district_id,
                            erased_by=erasure.erased_by,
                        )
                    )
            self._finish(erasure.record_id, names, changed)
        with self.workspace.transaction() as session:  # consents this device never had
            for erasure in erasures:
                if erasure.entity != "actor" and session.get(Erasure, erasure.record_id) is None:
                    consent = session.get(Consent, erasure.record_id)
                    if consent is not None:
                        session.execute(
                            update(Consent)
                            .where(Consent.id == consent.id)
                            .values(**CONSENT_BLANK, status=ConsentStatus.NONE, deleted_at=utcnow())
                        )
                        session.execute(delete(Outbox).where(Outbox.entity_id == consent.id))
                    session.add(
                        Erasure(
                            record_id=erasure.record_id,
                            entity=erasure.entity,
                            district_id=erasure.district_id,
                            erased_by=erasure.erased_by,
                        )
                    )
        return len(persons)

    def workspace_erased(self) -> list[str]:
        with self.workspace.session() as session:
            return list(session.scalars(select(Erasure.record_id)))

    def pending(self) -> list[str]:
        """Persons erased here that the central store has not been told of yet."""
        with self.workspace.session() as session:
            return list(session.scalars(select(Erasure.record_id).where(Erasure.pending.is_(True))))

    def sent(self, ids: list[str]) -> None:
        with self.workspace.transaction() as session:
            session.execute(update(Erasure).where(Erasure.record_id.in_(ids)).values(pending=False))

    def _finish(self, actor_id: str, names: list[str], changed: int) -> ErasureReport:
        database = self.workspace.database
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        rewritten, removed = rewrite_backups(database.path, database.key, actor_id, names)
        return ErasureReport(changed, rewritten, removed)


def audit(workspace: Workspace) -> list[dict[str, Any]]:
    """The erasures on record: record, kind, district, who, when — nothing else."""
    with workspace.session() as session:
        return [
            {
                "record_id": e.record_id,
                "entity": e.entity,
                "district_id": e.district_id,
                "erased_by": e.erased_by,
                "erased_at": e.erased_at.isoformat(),
            }
            for e in session.scalars(select(Erasure).order_by(Erasure.erased_at))
        ]
