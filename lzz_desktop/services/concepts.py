"""Concepts: a district's draft filled from a template — sections, comments, status, named
versions, comparison, template upgrades and agreements from workshops."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lzz_desktop.concepts.diff import SectionDiff, compare_sections
from lzz_desktop.concepts.fields import (
    Completeness,
    section_completeness,
    section_text,
    validate_data,
)
from lzz_desktop.concepts.templates import SectionDef, TemplateDef, TemplateRegistry
from lzz_desktop.concepts.upgrade import SectionState, plan_upgrade
from lzz_desktop.domain import (
    Actor,
    AgendaItem,
    Agreement,
    Comment,
    Concept,
    ConceptSection,
    ConceptTemplate,
    ConceptVersion,
    District,
    SyncConflict,
    Workshop,
)
from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.domain.wallclock import district_date
from lzz_desktop.records.concepts import (
    AgreementOrigin,
    CommentView,
    ConceptView,
    LearningOrigin,
    SectionView,
    TemplateUnknownError,
    VersionRow,
)
from lzz_desktop.records.districts import ConceptDecidedError, ConceptIncompleteError, NotFoundError

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Snapshot:
    title: str
    template_key: str
    template_version: int
    sections: tuple[SectionState, ...]

    def to_json(self) -> str:
        return json.dumps(
            {
                "title": self.title,
                "template_key": self.template_key,
                "template_version": self.template_version,
                "sections": [s.to_json() for s in self.sections],
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str, template_key: str, template_version: int) -> Snapshot:
        raw = json.loads(text or "{}")
        return cls(
            title=str(raw.get("title", "")),
            template_key=str(raw.get("template_key", template_key)),
            template_version=int(raw.get("template_version", template_version)),
            sections=tuple(SectionState.from_json(s) for s in raw.get("sections", [])),
        )

    def same_content(self, other: Snapshot) -> bool:
        def key(s: Snapshot) -> list[Any]:
            return sorted(
                (x.key, x.archived, x.content, json.dumps(x.data, sort_keys=True)) for x in s.sections
            )

        return key(self) == key(other)


def _numbers(sections: list[tuple[ConceptSection, SectionDef | None]]) -> dict[str, tuple[str, int]]:
    """Heading numbers ("3", "3.1") and levels; archived sections get "A1", "A2", …"""
    result: dict[str, tuple[str, int]] = {}
    top = sub = archived = 0
    for row, definition in sections:
        if row.archived:
            archived += 1
            result[row.id] = (f"A{archived}", 1)
            continue
        level = definition.level if definition else 1
        if level == 1 or top == 0:
            top, sub = top + 1, 0
            result[row.id] = (str(top), 1)
        else:
            sub += 1
            result[row.id] = (f"{top}.{sub}", 2)
    return result


def _load_data(row: ConceptSection) -> dict[str, Any]:
    try:
        data = json.loads(row.data or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class ConceptService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    @property
    def templates(self) -> TemplateRegistry:
        return self.workspace.templates

    # --- reading -------------------------------------------------------------------------
    def concept_id_of(self, district_id: str) -> str | None:
        """The district's (first live) concept, if it has one."""
        with self.workspace.session() as session:
            return session.scalars(
                select(Concept.id)
                .where(Concept.district_id == district_id, Concept.deleted_at.is_(None))
                .order_by(Concept.created_at)
                .limit(1)
            ).first()

    def load_for_district(self, district_id: str) -> ConceptView | None:
        concept_id = self.concept_id_of(district_id)
        if concept_id is None:
            return None
        self.complete_sections(concept_id)
        return self.load(concept_id)

    def complete_sections(self, concept_id: str) -> bool:
        """Add the sections of the concept's template that it lacks (a draft written before the
        template had them, or by an older version of the app). Returns whether it added any."""
        with self.workspace.session() as session:
            concept = self._concept(session, concept_id)
            template = self.templates.get(concept.template_key, concept.template_version)
            have = {r.key for r in self._section_rows(session, concept_id) if not r.archived}
            if template is None or all(s.key in have for s in template.sections):
                return False
        with self.workspace.transaction() as session:
            concept = self._concept(session, concept_id)
            current = self._current(session, concept)
            self._apply(session, concept, plan_upgrade(list(current.sections), template), keep_missing=True)
        return True

    def load(self, concept_id: str) -> ConceptView:
        with self.workspace.session() as session:
            concept = self._concept(session, concept_id)
            district = session.get(District, concept.district_id)
            template = self.templates.get(concept.template_key, concept.template_version)
            latest = self.templates.latest(concept.template_key)
            upgrade_to = (
                latest.version
                if template is not None and latest is not None and latest.version > concept.template_version
                else None
            )
            rows = self._section_rows(session, concept.id)
            with_defs = [(r, template.section(r.key) if template and not r.archived else None) for r in rows]
            numbers = _numbers(with_defs)
            origins: dict[str, list[AgreementOrigin]] = {}
            for origin in self._agreements(session, concept.district_id, [r.id for r in rows]):
                origins.setdefault(origin.section_id or "", []).append(origin)
            learnings = _learnings(session, concept.district_id)
            sections = []
            for row, definition in with_defs:
                data = _load_data(row)
                completeness = (
                    section_completeness(definition, row.content, data)
                    if definition
                    else Completeness(int(bool(row.content.strip())), 1)
                )
                number, level = numbers[row.id]
                sections.append(
                    SectionView(
                        id=row.id,
                        key=row.key,
                        title=row.title,
                        number=number,
                        level=level,
                        content=row.content,
                        data=data,
                        archived=row.archived,
                        definition=definition,
                        completeness=completeness,
                        origins=tuple(origins.get(row.id, ())),
                        learnings=tuple(learnings.get(row.id, ())),
                    )
                )
            comments = tuple(
                CommentView(c.id, c.section_id, c.author, c.body, c.created_at, c.resolved)
                for c in session.scalars(
                    select(Comment)
                    .where(Comment.concept_id == concept.id, Comment.deleted_at.is_(None))
                    .order_by(Comment.created_at, Comment.id)
                )
            )
            actors = tuple(
                (a.id, a.name)
                for a in session.scalars(
                    select(Actor)
                    .where(Actor.district_id == concept.district_id, Actor.deleted_at.is_(None))
                    .order_by(Actor.name)
                )
            )
            section_ids = [s.id for s in sections]
            conflicted = frozenset(
                session.scalars(
                    select(SyncConflict.entity_id).where(
                        SyncConflict.entity == "concept_section",
                        SyncConflict.entity_id.in_(section_ids),
                        SyncConflict.resolved.is_(False),
                    )
                )
            )
            return ConceptView(
                id=concept.id,
                district_id=concept.district_id,
                district_name=district.name if district else "",
                title=concept.title,
                status=concept.status,
                decided_on=concept.decided_on,
                template_key=concept.template_key,
                template_version=concept.template_version,
                template=template,
                upgrade_to=upgrade_to,
                sections=tuple(sections),
                comments=comments,
                versions=tuple(self._versions(session, concept.id)),
                actors=actors,
                conflicted=conflicted,
            )

    def versions(self, concept_id: str) -> list[VersionRow]:
        with self.workspace.session() as session:
            return self._versions(session, concept_id)

    def agreements(self, district_id: str) -> list[AgreementOrigin]:
        """Every live agreement of the district's workshops, newest workshop first."""
        with self.workspace.session() as session:
            return self._agreements(session, district_id, None)

    def snapshot(self, concept_id: str, version_id: str | None = None) -> Snapshot:
        """The sections of a saved version, or (``version_id`` None) the current state."""
        with self.workspace.session() as session:
            concept = self._concept(session, concept_id)
            if version_id is None:
                return self._current(session, concept)
            version = session.get(ConceptVersion, version_id)
            if version is None or version.concept_id != concept_id:
                raise NotFoundError(version_id)
            return Snapshot.from_json(version.snapshot, version.template_key, version.template_version)

    def compare(
        self, concept_id: str, old_version_id: str | None, new_version_id: str | None
    ) -> list[SectionDiff]:
        """Section by section, word by word: a saved version against another or (None) the
        current state."""
        old = self.snapshot(concept_id, old_version_id)
        new = self.snapshot(concept_id, new_version_id)
        return compare_sections(self._texts(old), self._texts(new))

    # --- writing -------------------------------------------------------------------------
    def create(self, district_id: str, template_key: str, title: str = "") -> str:
        template = self.templates.latest(template_key)
        if template is None:
            raise ValidationError([FieldError("template", ErrorCode.UNKNOWN_VALUE)])
        with self.workspace.transaction() as session:
            district = session.get(District, district_id)
            if district is None or district.deleted_at is not None:
                raise NotFoundError(district_id)
            self._ensure_template_row(session, template)
            concept = Concept(
                district_id=district_id,
                title=title.strip() or f"{template.title} – {district.name}",
                template_key=template.key,
                template_version=template.version,
            )
            session.add(concept)
            session.flush()
            for position, section in enumerate(template.sections):
                session.add(
                    ConceptSection(
                        district_id=district_id,
                        concept_id=concept.id,
                        key=section.key,
                        title=section.title,
                        position=position,
                    )
                )
            return concept.id

    def save_section(self, section_id: str, content: str, data: dict[str, Any]) -> None:
        """Store the text and field values of a section. Its title and key belong to the
        template and cannot be changed here."""
        with self.workspace.transaction() as session:
            row = session.get(ConceptSection, section_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(section_id)
            concept = self._concept(session, row.concept_id)
            template = self._writable_template(concept)
            definition = None if row.archived else template.section(row.key)
            previous = _load_data(row)
            errors = validate_data(definition or SectionDef(row.key, row.title), data, previous)
            if errors:
                raise ValidationError(errors)
            merged = {**previous, **data}
            encoded = json.dumps(merged, ensure_ascii=False, sort_keys=True)
            if row.content != content:
                row.content = content
            if row.data != encoded:
                row.data = encoded

    def set_status(
        self,
        concept_id: str,
        status: ConceptStatus,
        decided_on: dt.date | None,
        accept_missing: bool = False,
    ) -> None:
        """Entwurf → in Abstimmung → beschlossen. "Beschlossen" needs the date of the council
        decision and every required entry — or ``accept_missing``, a confirmed override (the PDF
        then lists what is missing). A decided concept changes only through new_version()."""
        if status is ConceptStatus.ADOPTED and decided_on is None:
            raise ValidationError([FieldError("decided_on", ErrorCode.REQUIRED)])
        if status is ConceptStatus.ADOPTED and not accept_missing:
            missing = self.missing_sections(concept_id)
            if missing:
                raise ConceptIncompleteError(missing)
        with self.workspace.transaction() as session:
            concept = self._concept(session, concept_id)
            self._writable_template(concept)
            if concept.status is ConceptStatus.ADOPTED and status is not ConceptStatus.ADOPTED:
                raise ConceptDecidedError(concept_id)
            concept.status = status
            concept.decided_on = decided_on if status is ConceptStatus.ADOPTED else None

    def missing_sections(self, concept_id: str) -> list[str]:
        """Titles of the sections whose required entries are not all filled."""
        view = self.load(concept_id)
        return [
            s.title
            for s in view.sections
            if not s.archived and s.completeness.filled < s.completeness.required
        ]

    def new_version(self, concept_id: str) -> int:
        """ "Neue Fassung beginnen": the decided state is saved as a version, and the concept is a
        draft again; returns the number of the saved version."""
        with self.workspace.transaction() as session:
            concept = self._concept(session, concept_id)
            number = self._save_version(session, concept, "Beschlossene Fassung")
            concept.status = ConceptStatus.DRAFT
            concept.decided_on = None
            return number

    def add_comment(self, concept_id: str, section_id: str | None, body: str) -> str:
        if not body.strip():
            raise ValidationError([FieldError("body", ErrorCode.REQUIRED)])
        with self.workspace.transaction() as session:
            concept = self._concept(session, concept_id)
            comment = Comment(
                district_id=concept.district_id,
                concept_id=concept.id,
                section_id=section_id,
                author=self.workspace.author,
                body=body.strip(),
            )
            session.add(comment)
            session.flush()
            return comment.id

    def set_comment_resolved(self, comment_id: str, resolved: bool) -> None:
        with self.workspace.transaction() as session:
            comment = session.get(Comment, comment_id)
            if comment is None:
                raise NotFoundError(comment_id)
            comment.resolved = resolved

    def save_version(self, concept_id: str, name: str = "") -> int:
        """Store the current state as a named version; returns its number."""
        with self.workspace.transaction() as session:
            concept = self._concept(session, concept_id)
            return self._save_version(session, concept, name)

    def restore_version(self, version_id: str, name: str = "") -> int:
        """Bring back the sections of an old version, saved as a new version (history is never
        rewritten). The state before is saved first if it is not a version yet; sections that
        the old version did not have keep their current text."""
        with self.workspace.transaction() as session:
            version = session.get(ConceptVersion, version_id)
            if version is None:
                raise NotFoundError(version_id)
            concept = self._concept(session, version.concept_id)
            template = self._writable_template(concept)
            self._save_if_changed(session, concept, "Stand vor der Wiederherstellung")
            old = Snapshot.from_json(version.snapshot, version.template_key, version.template_version)
            self._apply(session, concept, plan_upgrade(list(old.sections), template), keep_missing=True)
            session.flush()
            return self._save_version(
                session, concept, name or f"Wiederhergestellt aus Version {version.number} „{version.name}“"
            )

    def upgrade(self, concept_id: str) -> int:
        """Move the draft onto the newest version of its template: new sections appear, renamed
        ones keep their content, removed ones move with their content into the archived part.
        The state before is saved as a version first. Returns the new template version."""
        with self.workspace.transaction() as session:
            concept = self._concept(session, concept_id)
            self._writable_template(concept)
            latest = self.templates.latest(concept.template_key)
            if latest is None or latest.version <= concept.template_version:
                return concept.template_version
            self._save_if_changed(
                session, concept, f"Vor der Aktualisierung auf Vorlage Version {latest.version}", always=True
            )
            current = self._current(session, concept)
            self._ensure_template_row(session, latest)
            self._apply(session, concept, plan_upgrade(list(current.sections), latest), keep_missing=False)
            concept.template_version = latest.version
            return latest.version

    def link_agreement(self, agreement_id: str, section_id: str | None) -> None:
        """Let an agreement of a workshop feed a concept section (None: unlink)."""
        with self.workspace.transaction() as session:
            agreement = session.get(Agreement, agreement_id)
            if agreement is None or agreement.deleted_at is not None:
                raise NotFoundError(agreement_id)
            if section_id is not None:
                section = session.get(ConceptSection, section_id)
                if section is None or section.district_id != agreement.district_id:
                    raise NotFoundError(section_id)
            agreement.concept_section_id = section_id

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _concept(session: Session, concept_id: str) -> Concept:
        concept = session.get(Concept, concept_id)
        if concept is None or concept.deleted_at is not None:
            raise NotFoundError(concept_id)
        return concept

    def _writable_template(self, concept: Concept) -> TemplateDef:
        template = self.templates.get(concept.template_key, concept.template_version)
        if template is None:
            raise TemplateUnknownError(concept.template_key, concept.template_version)
        return template

    @staticmethod
    def _section_rows(session: Session, concept_id: str) -> list[ConceptSection]:
        return list(
            session.scalars(
                select(ConceptSection)
                .where(ConceptSection.concept_id == concept_id, ConceptSection.deleted_at.is_(None))
                .order_by(ConceptSection.archived, ConceptSection.position)
            )
        )

    def _current(self, session: Session, concept: Concept) -> Snapshot:
        return Snapshot(
            title=concept.title,
            template_key=concept.template_key,
            template_version=concept.template_version,
            sections=tuple(
                SectionState(r.key, r.title, r.position, r.content, _load_data(r), r.archived, r.id)
                for r in self._section_rows(session, concept.id)
            ),
        )

    def _texts(self, snapshot: Snapshot) -> list[tuple[str, str, str]]:
        template = self.templates.get(snapshot.template_key, snapshot.template_version)
        result = []
        for s in sorted(snapshot.sections, key=lambda x: (x.archived, x.position)):
            definition = template.section(s.key) if template and not s.archived else None
            key = f"archiv:{s.key}" if s.archived else s.key
            result.append((key, s.title, section_text(definition, s.content, s.data)))
        return result

    @staticmethod
    def _versions(session: Session, concept_id: str) -> list[VersionRow]:
        return [
            VersionRow(v.id, v.number, v.name, v.created_at, v.updated_by, v.template_version)
            for v in session.scalars(
                select(ConceptVersion)
                .where(ConceptVersion.concept_id == concept_id, ConceptVersion.deleted_at.is_(None))
                .order_by(ConceptVersion.number.desc())
            )
        ]

    def _save_version(self, session: Session, concept: Concept, name: str) -> int:
        session.flush()
        number = (
            int(
                session.scalar(
                    select(func.max(ConceptVersion.number)).where(ConceptVersion.concept_id == concept.id)
                )
                or 0
            )
            + 1
        )
        session.add(
            ConceptVersion(
                district_id=concept.district_id,
                concept_id=concept.id,
                number=number,
                name=name.strip() or f"Version {number}",
                template_key=concept.template_key,
                template_version=concept.template_version,
                snapshot=self._current(session, concept).to_json(),
            )
        )
        session.flush()
        return number

    def _save_if_changed(self, session: Session, concept: Concept, name: str, always: bool = False) -> None:
        latest = session.scalars(
            select(ConceptVersion)
            .where(ConceptVersion.concept_id == concept.id, ConceptVersion.deleted_at.is_(None))
            .order_by(ConceptVersion.number.desc())
            .limit(1)
        ).first()
        current = self._current(session, concept)
        if (
            not always
            and latest is not None
            and Snapshot.from_json(
                latest.snapshot, latest.template_key, latest.template_version
            ).same_content(current)
        ):
            return
        self._save_version(session, concept, name)

    def _apply(
        self, session: Session, concept: Concept, states: list[SectionState], keep_missing: bool
    ) -> None:
        """Make the concept's rows match ``states``: rows are matched by id, then by key; rows
        that match nothing are archived (or, with ``keep_missing``, left as they are). No row is
        ever deleted."""
        rows = self._section_rows(session, concept.id)
        by_id = {r.id: r for r in rows}
        used: set[str] = set()
        for state in states:
            row = by_id.get(state.id or "")
            if row is None:
                row = next((r for r in rows if r.key == state.key and r.id not in used), None)
            if row is None:
                row = ConceptSection(district_id=concept.district_id, concept_id=concept.id, key=state.key)
                session.add(row)
            else:
                used.add(row.id)
            encoded = json.dumps(state.data, ensure_ascii=False, sort_keys=True)
            for attr, value in (
                ("key", state.key),
                ("title", state.title),
                ("position", state.position),
                ("content", state.content),
                ("data", encoded),
                ("archived", state.archived),
            ):
                if getattr(row, attr) != value:
                    setattr(row, attr, value)
        if not keep_missing:
            for row in rows:
                if row.id not in used and not row.archived:
                    row.archived = True

    @staticmethod
    def _ensure_template_row(session: Session, template: TemplateDef) -> None:
        """Keep the definition of every template a concept uses beside it, for other clients."""
        exists = session.scalar(
            select(ConceptTemplate.id).where(
                ConceptTemplate.key == template.key, ConceptTemplate.template_version == template.version
            )
        )
        if exists is None:
            session.add(
                ConceptTemplate(
                    key=template.key,
                    template_version=template.version,
                    title=template.title,
                    definition=template.to_json(),
                )
            )

    @staticmethod
    def _agreements(
        session: Session, district_id: str, section_ids: list[str] | None
    ) -> list[AgreementOrigin]:
        stmt = (
            select(Agreement, Workshop, AgendaItem)
            .join(Workshop, Workshop.id == Agreement.workshop_id)
            .outerjoin(AgendaItem, AgendaItem.id == Agreement.agenda_item_id)
            .where(
                Agreement.district_id == district_id,
                Agreement.deleted_at.is_(None),
                Workshop.deleted_at.is_(None),
            )
            .order_by(Workshop.starts_at.desc(), AgendaItem.position, Agreement.created_at)
        )
        if section_ids is not None:
            stmt = stmt.where(Agreement.concept_section_id.in_(section_ids))
        return [
            AgreementOrigin(
                id=a.id,
                text=a.text,
                workshop_title=w.title,
                workshop_date=district_date(w.starts_at),
                agenda_position=(item.position + 1) if item is not None else None,
                agenda_title=item.title if item is not None else "",
                section_id=a.concept_section_id,
            )
            for a, w, item in session.execute(stmt)
        ]


__all__ = [
    "AgreementOrigin",
    "CommentView",
    "ConceptService",
    "ConceptView",
    "SectionView",
    "Snapshot",
    "TemplateUnknownError",
    "VersionRow",
]


def _learnings(session: Session, district_id: str) -> dict[str, list[LearningOrigin]]:
    """The learnings of programme events used in the district's concept, by section."""
    from lzz_desktop.services.events import linked_learnings

    found: dict[str, list[LearningOrigin]] = {}
    for linked in linked_learnings(session, district_id):
        lr = linked.learning
        found.setdefault(linked.section_id, []).append(
            LearningOrigin(linked.link_id, lr.title, lr.event_title, lr.event_kind, lr.event_on, lr.host)
        )
    return found
