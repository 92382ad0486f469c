"""Concept templates, district concepts, their sections and review comments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import Base, DistrictScoped, SyncMixin
from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.domain.types import enum_column_type


class ConceptTemplate(SyncMixin, Base):
    """A versioned template definition (sections, guidance, fields) as JSON text. Global."""

    __tablename__ = "concept_templates"
    __entity__ = "concept_template"

    key: Mapped[str] = mapped_column(String(100), index=True)
    template_version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    definition: Mapped[str] = mapped_column(Text, default="{}")


class Concept(DistrictScoped, Base):
    """A district's concept draft (Integrationskonzept), filled from a template."""

    __tablename__ = "concepts"
    __entity__ = "concept"

    title: Mapped[str] = mapped_column(String(300))
    template_key: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[ConceptStatus] = mapped_column(
        enum_column_type(ConceptStatus), default=ConceptStatus.DRAFT
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)


class ConceptSection(DistrictScoped, Base):
    __tablename__ = "concept_sections"
    __entity__ = "concept_section"

    concept_id: Mapped[str] = mapped_column(String(36), ForeignKey("concepts.id"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text, default="")  # Markdown
    data: Mapped[str] = mapped_column(Text, default="{}")  # structured fields as JSON
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ConceptVersion(DistrictScoped, Base):
    """A named, saved state of a concept: a JSON snapshot of all its sections. Versions are only
    ever added; restoring an old one saves the restored state as a new version."""

    __tablename__ = "concept_versions"
    __entity__ = "concept_version"

    concept_id: Mapped[str] = mapped_column(String(36), ForeignKey("concepts.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300), default="")
    template_key: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text, default="{}")


class Comment(DistrictScoped, Base):
    """A review comment on a concept section."""

    __tablename__ = "comments"
    __entity__ = "comment"

    concept_id: Mapped[str] = mapped_column(String(36), ForeignKey("concepts.id"), index=True)
    section_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("concept_sections.id"), nullable=True, default=None
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
