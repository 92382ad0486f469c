"""Moving a concept's sections onto another template version without losing a word.

Sections of the new version take over the section with the same key or with a key listed in
``renamed_from``; sections the new version no longer has stay, with their content, in the
archived part. Used for template upgrades and for restoring a version saved under an older
template.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from lzz_desktop.concepts.templates import TemplateDef


@dataclass(frozen=True)
class SectionState:
    key: str
    title: str
    position: int
    content: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    archived: bool = False
    id: str | None = None  # the row it came from; None for a section the template adds

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "position": self.position,
            "content": self.content,
            "data": self.data,
            "archived": self.archived,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SectionState:
        return cls(
            key=str(raw["key"]),
            title=str(raw.get("title", raw["key"])),
            position=int(raw.get("position", 0)),
            content=str(raw.get("content", "")),
            data=dict(raw.get("data") or {}),
            archived=bool(raw.get("archived", False)),
        )


def plan_upgrade(sections: list[SectionState], template: TemplateDef) -> list[SectionState]:
    """The sections after moving ``sections`` onto ``template``: one per template section (taking
    over content by key or former key), then every section left over, archived."""
    remaining = sorted(sections, key=lambda s: (s.archived, s.position))
    result: list[SectionState] = []
    for position, section_def in enumerate(template.sections):
        match = None
        for name in (section_def.key, *section_def.renamed_from):
            match = next((s for s in remaining if s.key == name), None)
            if match is not None:
                break
        if match is None:
            result.append(SectionState(section_def.key, section_def.title, position))
            continue
        remaining.remove(match)
        result.append(
            dataclasses.replace(
                match, key=section_def.key, title=section_def.title, position=position, archived=False
            )
        )
    for offset, left in enumerate(remaining):
        result.append(dataclasses.replace(left, archived=True, position=len(template.sections) + offset))
    return result
