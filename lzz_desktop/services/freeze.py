"""An approved protocol is frozen: its content cannot change until someone visibly takes the
approval back; a decided concept likewise, until a new version is begun. One check, in the flush
every service edit goes through, so no window and no service can forget it. (Pulled sync pages are
written without the ORM flush: what the central store holds always applies.)

The status of an action item stays open to change: ticking a task done from the next workshop is
work going on, not a change of the record; the approval keeps the tasks' state at approval.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lzz_desktop.domain.concepts import Concept, ConceptSection
from lzz_desktop.domain.enums import ConceptStatus, ProtocolStatus
from lzz_desktop.domain.workshops import (
    ActionItem,
    AgendaItem,
    Agreement,
    Attachment,
    Attendance,
    Workshop,
)
from lzz_desktop.records.districts import ConceptDecidedError, ProtocolFrozenError
from lzz_desktop.services.outbox import SUPPRESS_KEY

BOOKKEEPING = {"updated_at", "updated_by", "version"}
WORKSHOP_STATE = BOOKKEEPING | {"protocol_status", "protocol_approved_on", "protocol_approved_by"}
TASK_PROGRESS = BOOKKEEPING | {"status"}
CONCEPT_STATE = BOOKKEEPING | {"status", "decided_on"}
CONCEPT_LINK = BOOKKEEPING | {"concept_section_id"}
CONTENT = (AgendaItem, Attendance, Agreement, Attachment, ActionItem)


def _changed(obj: Any) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


def _approved_before(workshop: Workshop) -> bool:
    """The protocol status as stored, before this flush."""
    history = inspect(workshop).attrs.protocol_status.history
    before = history.deleted[0] if history.deleted else workshop.protocol_status
    return bool(before == ProtocolStatus.APPROVED)


def _decided_before(concept: Concept) -> bool:
    history = inspect(concept).attrs.status.history
    before = history.deleted[0] if history.deleted else concept.status
    return bool(before == ConceptStatus.ADOPTED)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(SUPPRESS_KEY):
        return  # generated rows (the demo, benchmarks) are no user edits: they may be approved already
    with session.no_autoflush:
        for obj in chain(session.new, session.dirty, session.deleted):
            if isinstance(obj, Workshop):
                if obj in session.new or _changed(obj) <= WORKSHOP_STATE:
                    continue
                if _approved_before(obj):
                    raise ProtocolFrozenError(obj.id)
            elif isinstance(obj, CONTENT):
                if isinstance(obj, ActionItem) and obj not in session.new and _changed(obj) <= TASK_PROGRESS:
                    continue
                if isinstance(obj, Agreement) and obj not in session.new and _changed(obj) <= CONCEPT_LINK:
                    continue  # where an agreement feeds the concept is not protocol content
                if (obj in session.dirty and not _changed(obj)) or obj.workshop_id is None:
                    continue  # an attachment need not belong to a workshop
                workshop = session.get(Workshop, obj.workshop_id)
                if workshop is not None and _approved_before(workshop):
                    raise ProtocolFrozenError(workshop.id)
            elif isinstance(obj, ConceptSection):
                if obj in session.dirty and not _changed(obj) - BOOKKEEPING:
                    continue
                concept = session.get(Concept, obj.concept_id)
                if concept is not None and _decided_before(concept):
                    raise ConceptDecidedError(concept.id)
            elif (
                isinstance(obj, Concept)
                and obj not in session.new
                and _decided_before(obj)
                and _changed(obj) - CONCEPT_STATE
            ):
                raise ConceptDecidedError(obj.id)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
