"""Domain model: SQLAlchemy models, enumerations and validation rules. No Qt, no I/O.

The models are loaded on first use (PEP 562), so that code needing only the enumerations or the
validation rules (the UI shell at start-up) does not import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lzz_desktop.domain.actors import Actor, Consent, Relationship
    from lzz_desktop.domain.base import Base, LocalBase, SyncMixin, new_id, utcnow
    from lzz_desktop.domain.concepts import Comment, Concept, ConceptSection, ConceptTemplate, ConceptVersion
    from lzz_desktop.domain.districts import District, Milestone, ProgrammePhase
    from lzz_desktop.domain.events import EventLearning, EventParticipant, LearningLink, ProgrammeEvent
    from lzz_desktop.domain.outbox import Outbox
    from lzz_desktop.domain.stakeholders import MapPosition, MapSnapshot
    from lzz_desktop.domain.syncstate import Erasure, SyncConflict, SyncQuarantine
    from lzz_desktop.domain.workshops import (
        ActionItem,
        AgendaItem,
        Agreement,
        Attachment,
        Attendance,
        ProtocolApproval,
        Workshop,
    )

    SYNCED_MODELS: tuple[type[SyncMixin], ...]

_WHERE = {
    "Actor": "actors",
    "Consent": "actors",
    "Relationship": "actors",
    "Base": "base",
    "LocalBase": "base",
    "SyncMixin": "base",
    "new_id": "base",
    "utcnow": "base",
    "Comment": "concepts",
    "Concept": "concepts",
    "ConceptSection": "concepts",
    "ConceptTemplate": "concepts",
    "ConceptVersion": "concepts",
    "District": "districts",
    "ProgrammePhase": "districts",
    "Milestone": "districts",
    "ProgrammeEvent": "events",
    "EventParticipant": "events",
    "EventLearning": "events",
    "LearningLink": "events",
    "Outbox": "outbox",
    "MapPosition": "stakeholders",
    "MapSnapshot": "stakeholders",
    "SyncConflict": "syncstate",
    "Erasure": "syncstate",
    "SyncQuarantine": "syncstate",
    "ActionItem": "workshops",
    "AgendaItem": "workshops",
    "Agreement": "workshops",
    "Attachment": "workshops",
    "Attendance": "workshops",
    "Workshop": "workshops",
    "ProtocolApproval": "workshops",
}

# Every synced entity, in an order where parents come before the rows that point at them.
_SYNCED = (
    "ProgrammePhase",
    "District",
    "Actor",
    "Consent",
    "Relationship",
    "MapPosition",
    "MapSnapshot",
    "Workshop",
    "AgendaItem",
    "Attendance",
    "ConceptTemplate",
    "Concept",
    "ConceptSection",
    "ConceptVersion",
    "Agreement",
    "ActionItem",
    "Attachment",
    "Comment",
    "ProtocolApproval",
    "Milestone",
    "ProgrammeEvent",
    "EventParticipant",
    "EventLearning",
    "LearningLink",
)


def load_all_models() -> Any:
    """Import every model module and return ``Base.metadata`` holding every table: what Alembic
    compares against must not depend on which models happened to be used before."""
    for module in sorted(set(_WHERE.values())):
        importlib.import_module(f"{__name__}.{module}")
    return __getattr__("Base").metadata


def __getattr__(name: str) -> Any:
    if name == "SYNCED_MODELS":
        models = tuple(__getattr__(model) for model in _SYNCED)
        globals()["SYNCED_MODELS"] = models
        return models
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "SYNCED_MODELS",
    "ActionItem",
    "Actor",
    "AgendaItem",
    "Agreement",
    "Attachment",
    "Attendance",
    "Base",
    "Comment",
    "Concept",
    "ConceptSection",
    "ConceptTemplate",
    "ConceptVersion",
    "Consent",
    "District",
    "Erasure",
    "EventLearning",
    "EventParticipant",
    "LearningLink",
    "LocalBase",
    "MapPosition",
    "MapSnapshot",
    "Milestone",
    "Outbox",
    "ProgrammeEvent",
    "ProgrammePhase",
    "ProtocolApproval",
    "Relationship",
    "SyncConflict",
    "SyncMixin",
    "SyncQuarantine",
    "Workshop",
    "load_all_models",
    "new_id",
    "utcnow",
]
