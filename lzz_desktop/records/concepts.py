"""Concept drafts, sections, comments and versions as the concept service hands them out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from lzz_desktop.concepts.fields import Completeness, total_completeness
from lzz_desktop.concepts.templates import SectionDef, TemplateDef
from lzz_desktop.domain.enums import ConceptStatus, EventKind


class TemplateUnknownError(Exception):
    """The concept uses a template version this installation does not have: read-only."""

    def __init__(self, key: str, version: int) -> None:
        super().__init__(f"template {key} version {version} unknown")
        self.key = key
        self.version = version


@dataclass(frozen=True)
class AgreementOrigin:
    """An agreement of a workshop, and where it came from (aus Workshop …, TOP …)."""

    id: str
    text: str
    workshop_title: str
    workshop_date: dt.date
    agenda_position: int | None  # 1-based TOP number
    agenda_title: str
    section_id: str | None


@dataclass(frozen=True)
class LearningOrigin:
    """A learning ("Impuls") of a programme event used in a section, and where it came from."""

    link_id: str
    title: str
    event_title: str
    event_kind: EventKind
    event_on: dt.date
    host: str


@dataclass(frozen=True)
class SectionView:
    id: str
    key: str
    title: str
    number: str
    level: int
    content: str
    data: dict[str, Any]
    archived: bool
    definition: SectionDef | None
    completeness: Completeness
    origins: tuple[AgreementOrigin, ...] = ()
    learnings: tuple[LearningOrigin, ...] = ()

    def title_in(self, language: str) -> str:
        """The title in ``language``: the template's English title while the section carries the
        template's (German) one; a title the section got elsewhere stays as it is."""
        d = self.definition
        if d is not None and self.title == d.title:
            return d.title_in(language)
        return self.title


@dataclass(frozen=True)
class CommentView:
    id: str
    section_id: str | None
    author: str
    body: str
    created_at: dt.datetime
    resolved: bool


@dataclass(frozen=True)
class VersionRow:
    id: str
    number: int
    name: str
    created_at: dt.datetime
    author: str
    template_version: int


@dataclass(frozen=True)
class ConceptView:
    """Everything the concept editor and the exports show, read in one call."""

    id: str
    district_id: str
    district_name: str
    title: str
    status: ConceptStatus
    decided_on: dt.date | None
    template_key: str
    template_version: int
    template: TemplateDef | None  # None: unknown template version, read-only
    upgrade_to: int | None  # a newer version of the template is available
    sections: tuple[SectionView, ...]
    comments: tuple[CommentView, ...] = ()
    versions: tuple[VersionRow, ...] = ()
    actors: tuple[tuple[str, str], ...] = ()  # (id, name) of the district's live actors
    conflicted: frozenset[str] = frozenset()  # ids of sections with an open sync conflict

    @property
    def read_only(self) -> bool:
        """Unknown template version: shown, never changed."""
        return self.template is None

    @property
    def decided(self) -> bool:
        return self.status is ConceptStatus.ADOPTED

    @property
    def locked(self) -> bool:
        """Nothing of the text or the fields may change (read-only template, or decided)."""
        return self.read_only or self.decided

    @property
    def completeness(self) -> Completeness:
        return total_completeness([s.completeness for s in self.sections if not s.archived])

    def section(self, section_id: str) -> SectionView | None:
        return next((s for s in self.sections if s.id == section_id), None)
