"""Domain model: SQLAlchemy models, enumerations and validation rules. No Qt, no I/O."""

from lzz_desktop.domain.actors import Actor, Consent, Relationship
from lzz_desktop.domain.base import Base, LocalBase, SyncMixin, new_id, utcnow
from lzz_desktop.domain.concepts import Comment, Concept, ConceptSection, ConceptTemplate
from lzz_desktop.domain.districts import District, ProgrammePhase
from lzz_desktop.domain.outbox import Outbox
from lzz_desktop.domain.stakeholders import MapPosition, MapSnapshot
from lzz_desktop.domain.workshops import ActionItem, AgendaItem, Agreement, Attachment, Attendance, Workshop

SYNCED_MODELS: tuple[type[SyncMixin], ...] = (
    ProgrammePhase,
    District,
    Actor,
    Consent,
    Relationship,
    MapPosition,
    MapSnapshot,
    Workshop,
    AgendaItem,
    Attendance,
    Agreement,
    ActionItem,
    Attachment,
    ConceptTemplate,
    Concept,
    ConceptSection,
    Comment,
)

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
    "Consent",
    "District",
    "LocalBase",
    "MapPosition",
    "MapSnapshot",
    "Outbox",
    "ProgrammePhase",
    "Relationship",
    "SyncMixin",
    "Workshop",
    "new_id",
    "utcnow",
]
