"""An approved protocol is frozen: its content cannot change until someone visibly takes the
approval back. One check, in the flush every service edit goes through, so no window and no
service can forget it. (Pulled sync pages are written without the ORM flush: what the central
store holds always applies.)

The status of an action item stays open to change: ticking a task done from the next workshop is
work going on, not a change of the record; the approval keeps the tasks' state at approval.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lzz_desktop.domain.enums import ProtocolStatus
from lzz_desktop.domain.workshops import (
    ActionItem,
    AgendaItem,
    Agreement,
    Attachment,
    Attendance,
    ProtocolApproval,
    Workshop,
)
from lzz_desktop.services.outbox import SUPPRESS_KEY
from lzz_desktop.services.values import ProtocolFrozenError

BOOKKEEPING = {"updated_at", "updated_by", "version"}
WORKSHOP_STATE = BOOKKEEPING | {"protocol_status", "protocol_approved_on", "protocol_approved_by"}
TASK_PROGRESS = BOOKKEEPING | {"status"}
CONTENT = (AgendaItem, Attendance, Agreement, Attachment, ActionItem)


def _changed(obj: Any) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


def _approved_before(workshop: Workshop) -> bool:
    """The protocol status as stored, before this flush."""
    history = inspect(workshop).attrs.protocol_status.history
    before = history.deleted[0] if history.deleted else workshop.protocol_status
    return bool(before == ProtocolStatus.APPROVED)


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
                if obj in session.dirty and not _changed(obj):
                    continue
                workshop = session.get(Workshop, obj.workshop_id)
                if workshop is not None and _approved_before(workshop):
                    raise ProtocolFrozenError(workshop.id)
            elif isinstance(obj, ProtocolApproval):
                continue


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
