"""Actors of a district, their consent (DSGVO) and the relationships between them.

The consent rules live here, not in a widget: contact fields of a person can only be stored
while consent is given, and withdrawing consent clears them.
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lzz_desktop.domain import Actor, Consent, Outbox, Relationship, utcnow
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, Sector
from lzz_desktop.domain.validation import (
    STRENGTH_RANGE,
    ErrorCode,
    FieldError,
    ValidationError,
    validate_actor,
)
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.records.stakeholders import (
    CONTACT_FIELDS,
    ActorData,
    ActorInfo,
    ConsentData,
    RelationshipData,
    RelationshipInfo,
    similar_names,
)

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


REVIEW_AFTER = dt.timedelta(days=365)
REVIEW_AHEAD_DAYS = 30  # "due" includes the next month, so a meeting can be planned


def is_review_due(actor: ActorInfo, limit: dt.date) -> bool:
    return (
        actor.consent is ConsentStatus.GIVEN
        and actor.consent_review_on is not None
        and actor.consent_review_on <= limit
    )


class StakeholderService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # --- reading -------------------------------------------------------------------------
    def actors(self, district_id: str) -> list[ActorInfo]:
        """Live actors of the district, sorted by sector and name."""
        with self.workspace.session() as session:
            return read_actors(session, district_id)

    def actor(self, actor_id: str) -> tuple[ActorInfo, ConsentData]:
        with self.workspace.session() as session:
            row = session.get(Actor, actor_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(actor_id)
            info = next(a for a in read_actors(session, row.district_id) if a.id == actor_id)
            consent = _consent_row(session, actor_id)
            data = ConsentData()
            if consent is not None:
                data = ConsentData(
                    consent.status,
                    consent.given_on,
                    consent.method,
                    consent.scope,
                    consent.withdrawn_on,
                    consent.review_on,
                )
            return info, data

    def find_persons(self, district_id: str, name: str) -> builtins.list[tuple[str, str, str]]:
        """Persons of the district called ``name`` (any case): (id, role, organisation)."""
        from sqlalchemy import func
        from sqlalchemy.orm import aliased

        organisation = aliased(Actor)
        with self.workspace.session() as session:
            rows = session.execute(
                select(Actor.id, Actor.role, organisation.name)
                .outerjoin(organisation, organisation.id == Actor.organisation_id)
                .where(
                    Actor.district_id == district_id,
                    Actor.kind == ActorKind.PERSON,
                    Actor.deleted_at.is_(None),
                    func.lower(func.trim(Actor.name)) == name.strip().lower(),
                )
                .order_by(Actor.id)
            ).all()
        return [(r[0], r[1] or "", r[2] or "") for r in rows]

    def consents_due(
        self, district_id: str, today: dt.date | None = None, ahead: int = REVIEW_AHEAD_DAYS
    ) -> builtins.list[ActorInfo]:
        """Persons whose given consent is due for review within ``ahead`` days (or overdue),
        soonest first."""
        limit = (today or dt.date.today()) + dt.timedelta(days=ahead)
        due = [a for a in self.actors(district_id) if is_review_due(a, limit)]
        return sorted(due, key=lambda a: (a.consent_review_on or dt.date.min, a.name))

    def similar(self, district_id: str, name: str, exclude_id: str | None = None) -> builtins.list[str]:
        """Names of live actors that look like ``name`` ("Meinten Sie …?")."""
        return similar_names(name, [a.name for a in self.actors(district_id) if a.id != exclude_id])

    def relationships(self, district_id: str) -> builtins.list[RelationshipInfo]:
        with self.workspace.session() as session:
            return read_relationships(session, district_id)

    # --- actors --------------------------------------------------------------------------
    def _check(
        self,
        session: Session,
        district_id: str,
        data: ActorData,
        actor_id: str | None,
        given: bool | None = None,
    ) -> ActorData:
        if given is None:
            consent = _consent_row(session, actor_id)
            given = consent is not None and consent.status is ConsentStatus.GIVEN
        errors = validate_actor(
            data.name,
            data.influence,
            data.attitude,
            data.interest,
            data.has_contact,
            given,
            data.kind is ActorKind.PERSON,
        )
        if data.organisation_id is not None:
            org = session.get(Actor, data.organisation_id)
            if (
                org is None
                or org.deleted_at is not None
                or org.district_id != district_id
                or org.kind is ActorKind.PERSON
                or org.id == actor_id
            ):
                errors.append(FieldError("organisation_id", ErrorCode.ORGANISATION_INVALID))
        if errors:
            raise ValidationError(errors)
        return dataclasses.replace(
            data, name=data.name.strip(), **{f: getattr(data, f).strip() for f in CONTACT_FIELDS}
        )

    def create_actor(self, district_id: str, data: ActorData, consent: ConsentData | None = None) -> str:
        """A new actor; for a person, ``consent`` is stored with it, so contact data can come along
        when consent is given."""
        is_person = data.kind is ActorKind.PERSON
        if consent is not None and is_person:
            _validate_consent(consent)
        given = consent is not None and consent.status is ConsentStatus.GIVEN
        with self.workspace.transaction() as session:
            data = self._check(session, district_id, data, None, given)
            actor = Actor(district_id=district_id, **dataclasses.asdict(data))
            session.add(actor)
            session.flush()
            if consent is not None and is_person:
                session.add(
                    Consent(
                        district_id=district_id,
                        actor_id=actor.id,
                        **dataclasses.asdict(with_review_date(consent)),
                    )
                )
            return actor.id

    def update_actor(self, actor_id: str, data: ActorData, consent: ConsentData | None = None) -> None:
        """Change an actor; for a person, ``consent`` (if given) is recorded in the same
        transaction, before the contact fields are checked against it."""
        if consent is not None:
            _validate_consent(consent)
        with self.workspace.transaction() as session:
            actor = _live_actor(session, actor_id)
            given = None
            if consent is not None and data.kind is ActorKind.PERSON:
                _apply_consent(session, actor, consent)
                given = consent.status is ConsentStatus.GIVEN
                if not given:
                    data = dataclasses.replace(data, email="", phone="", address="")
            data = self._check(session, actor.district_id, data, actor_id, given)
            for key, value in dataclasses.asdict(data).items():
                if getattr(actor, key) != value:
                    setattr(actor, key, value)

    def delete_actor(self, actor_id: str) -> None:
        """Soft delete (restorable); the actor's relationships go with it."""
        now = utcnow()
        with self.workspace.transaction() as session:
            actor = _live_actor(session, actor_id)
            actor.deleted_at = now
            for rel in session.scalars(
                select(Relationship).where(
                    or_(Relationship.source_id == actor_id, Relationship.target_id == actor_id),
                    Relationship.deleted_at.is_(None),
                )
            ):
                rel.deleted_at = now

    def restore_actor(self, actor_id: str) -> None:
        with self.workspace.transaction() as session:
            actor = session.get(Actor, actor_id)
            if actor is None or actor.deleted_at is None:
                raise NotFoundError(actor_id)
            when = actor.deleted_at
            actor.deleted_at = None
            for rel in session.scalars(
                select(Relationship).where(
                    or_(Relationship.source_id == actor_id, Relationship.target_id == actor_id),
                    Relationship.deleted_at == when,
                )
            ):
                rel.deleted_at = None

    # --- consent -------------------------------------------------------------------------
    def set_consent(self, actor_id: str, consent: ConsentData) -> None:
        """Record the person's consent. Anything but given consent clears the contact fields."""
        _validate_consent(consent)
        with self.workspace.transaction() as session:
            actor = _live_actor(session, actor_id)
            if actor.kind is not ActorKind.PERSON:
                raise ValidationError([FieldError("consent", ErrorCode.UNKNOWN_VALUE)])
            _apply_consent(session, actor, consent)

    def withdraw_consent(self, actor_id: str, on: dt.date | None = None) -> None:
        _info, current = self.actor(actor_id)
        self.set_consent(
            actor_id,
            dataclasses.replace(current, status=ConsentStatus.WITHDRAWN, withdrawn_on=on or dt.date.today()),
        )

    # --- relationships -------------------------------------------------------------------
    def _check_relationship(
        self, session: Session, district_id: str, data: RelationshipData, rel_id: str | None
    ) -> None:
        errors: list[FieldError] = []
        if data.source_id == data.target_id:
            errors.append(FieldError("target_id", ErrorCode.SELF_RELATIONSHIP))
        for field in ("source_id", "target_id"):
            actor = session.get(Actor, getattr(data, field))
            if actor is None or actor.deleted_at is not None or actor.district_id != district_id:
                errors.append(FieldError(field, ErrorCode.REQUIRED))
        if not STRENGTH_RANGE[0] <= data.strength <= STRENGTH_RANGE[1]:
            errors.append(FieldError("strength", ErrorCode.OUT_OF_RANGE))
        if not errors:
            new = RelationshipInfo("", data.source_id, data.target_id, data.kind, directed=data.directed)
            for other in read_relationships(session, district_id):
                if other.id != rel_id and other.key == new.key:
                    errors.append(FieldError("target_id", ErrorCode.DUPLICATE_RELATIONSHIP))
                    break
        if errors:
            raise ValidationError(errors)

    def create_relationship(self, district_id: str, data: RelationshipData) -> str:
        with self.workspace.transaction() as session:
            self._check_relationship(session, district_id, data, None)
            rel = Relationship(district_id=district_id, **dataclasses.asdict(data))
            session.add(rel)
            session.flush()
            return rel.id

    def update_relationship(self, rel_id: str, data: RelationshipData) -> None:
        with self.workspace.transaction() as session:
            rel = session.get(Relationship, rel_id)
            if rel is None or rel.deleted_at is not None:
                raise NotFoundError(rel_id)
            self._check_relationship(session, rel.district_id, data, rel_id)
            for key, value in dataclasses.asdict(data).items():
                if getattr(rel, key) != value:
                    setattr(rel, key, value)

    def delete_relationship(self, rel_id: str) -> None:
        with self.workspace.transaction() as session:
            rel = session.get(Relationship, rel_id)
            if rel is None or rel.deleted_at is not None:
                raise NotFoundError(rel_id)
            rel.deleted_at = utcnow()


def _validate_consent(consent: ConsentData) -> None:
    if consent.status is ConsentStatus.GIVEN and consent.given_on is None:
        raise ValidationError([FieldError("given_on", ErrorCode.CONSENT_DATE_REQUIRED)])


def with_review_date(consent: ConsentData) -> ConsentData:
    """A given consent is checked again with the person a year after it was given, unless a
    review date was chosen; a withdrawn one needs no review."""
    if consent.status is ConsentStatus.GIVEN and consent.review_on is None and consent.given_on is not None:
        return dataclasses.replace(consent, review_on=consent.given_on + REVIEW_AFTER)
    if consent.status is not ConsentStatus.GIVEN and consent.review_on is not None:
        return dataclasses.replace(consent, review_on=None)
    return consent


def _clear_queued_contact(session: Session, actor_id: str) -> None:
    """Contact data withdrawn is gone from the operations still waiting to be sent too: their
    contact values (old and new) become empty — the central store applies an emptied contact
    field whatever it holds, so nothing conflicts and nothing is left over."""
    session.flush()  # the withdrawal's own operation is queued now
    for row in session.scalars(select(Outbox).where(Outbox.entity_id == actor_id)):
        payload = json.loads(row.changes)
        touched = [field for field in CONTACT_FIELDS if field in payload]
        if touched:
            for field in touched:
                payload[field] = ["", ""]
            row.changes = json.dumps(payload, ensure_ascii=False)


def _apply_consent(session: Session, actor: Actor, consent: ConsentData) -> None:
    row = _consent_row(session, actor.id)
    if row is None:
        row = Consent(district_id=actor.district_id, actor_id=actor.id)
        session.add(row)
    for key, value in dataclasses.asdict(with_review_date(consent)).items():
        if getattr(row, key, None) != value:
            setattr(row, key, value)
    if consent.status is not ConsentStatus.GIVEN:
        for field in CONTACT_FIELDS:
            if getattr(actor, field):
                setattr(actor, field, "")
        _clear_queued_contact(session, actor.id)


def _live_actor(session: Session, actor_id: str) -> Actor:
    actor = session.get(Actor, actor_id)
    if actor is None or actor.deleted_at is not None:
        raise NotFoundError(actor_id)
    return actor


def _consent_row(session: Session, actor_id: str | None) -> Consent | None:
    if actor_id is None:
        return None
    return session.scalars(
        select(Consent)
        .where(Consent.actor_id == actor_id, Consent.deleted_at.is_(None))
        .order_by(Consent.created_at.desc())
        .limit(1)
    ).first()


def read_actors(session: Session, district_id: str) -> list[ActorInfo]:
    rows = session.scalars(
        select(Actor).where(Actor.district_id == district_id, Actor.deleted_at.is_(None))
    ).all()
    names = {a.id: a.name for a in rows}
    consents: dict[str, Consent] = {}
    for consent in session.scalars(
        select(Consent)
        .where(Consent.district_id == district_id, Consent.deleted_at.is_(None))
        .order_by(Consent.created_at)
    ):
        consents[consent.actor_id] = consent  # the latest counts
    result = [
        ActorInfo(
            id=a.id,
            name=a.name,
            kind=a.kind,
            sector=a.sector,
            role=a.role,
            organisation_id=a.organisation_id if a.organisation_id in names else None,
            organisation=names.get(a.organisation_id or "", ""),
            email=a.email,
            phone=a.phone,
            address=a.address,
            influence=a.influence,
            attitude=a.attitude,
            interest=a.interest,
            tags=a.tags,
            notes=a.notes,
            consent=consents[a.id].status if a.id in consents else ConsentStatus.NONE,
            consent_on=consents[a.id].given_on if a.id in consents else None,
            consent_method=consents[a.id].method if a.id in consents else "",
            consent_review_on=consents[a.id].review_on if a.id in consents else None,
        )
        for a in rows
    ]
    order = {s: i for i, s in enumerate(Sector)}
    return sorted(result, key=lambda a: (order[a.sector], a.name.casefold()))


def read_relationships(session: Session, district_id: str) -> list[RelationshipInfo]:
    live = set(
        session.scalars(select(Actor.id).where(Actor.district_id == district_id, Actor.deleted_at.is_(None)))
    )
    return [
        RelationshipInfo(r.id, r.source_id, r.target_id, r.kind, r.strength, r.directed, r.note)
        for r in session.scalars(
            select(Relationship)
            .where(Relationship.district_id == district_id, Relationship.deleted_at.is_(None))
            .order_by(Relationship.created_at)
        )
        if r.source_id in live and r.target_id in live
    ]
