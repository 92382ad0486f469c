"""The programme's phases (pilot 2018–2019, 2020–2022, 2023–2024 …): the office creates and edits
them and assigns districts. Phases are shared by every district and synced; only the office may
write them (the outbox hook and the central store check the role)."""

from __future__ import annotations

import builtins
import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from lzz_desktop.domain import District, ProgrammePhase, utcnow
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.records.districts import NotFoundError

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

FIRST_YEAR, LAST_YEAR = 2015, 2100


@dataclass(frozen=True)
class PhaseData:
    name: str
    start_year: int
    end_year: int
    notes: str = ""
    stages: str = ""  # the stages of a district's year, one per line; empty: the programme's


@dataclass(frozen=True)
class PhaseInfo:
    id: str
    name: str
    start_year: int
    end_year: int
    notes: str
    district_ids: tuple[str, ...]
    stages: str = ""

    @property
    def data(self) -> PhaseData:
        return PhaseData(self.name, self.start_year, self.end_year, self.notes, self.stages)


def validate_phase(data: PhaseData) -> list[FieldError]:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", ErrorCode.REQUIRED))
    if not FIRST_YEAR <= data.start_year <= LAST_YEAR:
        errors.append(FieldError("start_year", ErrorCode.OUT_OF_RANGE))
    if not FIRST_YEAR <= data.end_year <= LAST_YEAR or data.end_year < data.start_year:
        errors.append(FieldError("end_year", ErrorCode.OUT_OF_RANGE))
    return errors


class PhaseService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def list(self) -> builtins.list[PhaseInfo]:
        """Live phases, oldest first, each with its districts (live ones, by name)."""
        with self.workspace.session() as session:
            districts = session.execute(
                select(District.id, District.phase_id)
                .where(District.deleted_at.is_(None), District.phase_id.is_not(None))
                .order_by(District.name)
            ).all()
            rows = session.scalars(
                select(ProgrammePhase)
                .where(ProgrammePhase.deleted_at.is_(None))
                .order_by(ProgrammePhase.start_year, ProgrammePhase.name)
            ).all()
            return [
                PhaseInfo(
                    p.id,
                    p.name,
                    p.start_year,
                    p.end_year,
                    p.notes,
                    tuple(d.id for d in districts if d.phase_id == p.id),
                    p.stages,
                )
                for p in rows
            ]

    @staticmethod
    def _checked(session: Session, data: PhaseData, phase_id: str | None) -> PhaseData:
        errors = validate_phase(data)
        name = data.name.strip()
        others = session.scalars(
            select(ProgrammePhase.id).where(
                ProgrammePhase.name == name,
                ProgrammePhase.deleted_at.is_(None),
                ProgrammePhase.id != (phase_id or ""),
            )
        ).first()
        if others is not None:
            errors.append(FieldError("name", ErrorCode.DUPLICATE_NAME))
        if errors:
            raise ValidationError(errors)
        from lzz_desktop.domain.enums import DEFAULT_STAGES
        from lzz_desktop.services.milestones import stages_of

        stages = stages_of(data.stages)
        text = "" if stages == DEFAULT_STAGES else "\n".join(stages)
        return dataclasses.replace(data, name=name, notes=data.notes.strip(), stages=text)

    def create(self, data: PhaseData, district_ids: builtins.list[str] | None = None) -> str:
        with self.workspace.transaction() as session:
            data = self._checked(session, data, None)
            phase = ProgrammePhase(**dataclasses.asdict(data))
            session.add(phase)
            session.flush()
            self._assign(session, phase.id, district_ids or [])
            return phase.id

    def update(self, phase_id: str, data: PhaseData, district_ids: builtins.list[str] | None = None) -> None:
        """Change a phase; ``district_ids`` (when given) become exactly its districts."""
        with self.workspace.transaction() as session:
            phase = session.get(ProgrammePhase, phase_id)
            if phase is None or phase.deleted_at is not None:
                raise NotFoundError(phase_id)
            data = self._checked(session, data, phase_id)
            for key, value in dataclasses.asdict(data).items():
                if getattr(phase, key) != value:
                    setattr(phase, key, value)
            if district_ids is not None:
                self._assign(session, phase_id, district_ids)

    def delete(self, phase_id: str) -> None:
        """To the recycle bin; its districts keep their work and lose only the assignment."""
        with self.workspace.transaction() as session:
            phase = session.get(ProgrammePhase, phase_id)
            if phase is None or phase.deleted_at is not None:
                raise NotFoundError(phase_id)
            self._assign(session, phase_id, [])
            phase.deleted_at = utcnow()

    @staticmethod
    def _assign(session: Session, phase_id: str, district_ids: builtins.list[str]) -> None:
        wanted = set(district_ids)
        for district in session.scalars(select(District).where(District.deleted_at.is_(None))):
            if district.id in wanted and district.phase_id != phase_id:
                district.phase_id = phase_id
            elif district.id not in wanted and district.phase_id == phase_id:
                district.phase_id = None
