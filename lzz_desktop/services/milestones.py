"""The district's year as stages with milestones (issue 15): Auftakt, Bestandsaufnahme,
Fachworkshops, Konzeptentwurf, Abstimmung, Kreistagsbeschluss, Abschluss — or the stages its phase
names. Each stage has a planned date (by hand, or spread evenly over the process from its start to
its end) and an actual date: by hand, or derived where the data shows it — the Auftakt when the
kick-off workshop was held, the Kreistagsbeschluss when the concept was decided."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from lzz_desktop.domain import Concept, District, Milestone, ProgrammePhase, Workshop
from lzz_desktop.domain.enums import DEFAULT_STAGES, ConceptStatus, WorkshopFormat, WorkshopStatus
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.records.milestones import StageState, Timeline

__all__ = ["MilestoneService", "StageState", "Timeline", "stages_of"]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lzz_desktop.services.workspace import Workspace

KICKOFF_STAGE, DECISION_STAGE = "Auftakt", "Kreistagsbeschluss"


def stages_of(text: str | None) -> tuple[str, ...]:
    """A phase's stages (one per line); the programme's when it names none."""
    stages = tuple(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))
    return stages or DEFAULT_STAGES


def _spread(start: dt.date | None, end: dt.date | None, count: int) -> list[dt.date | None]:
    if start is None or end is None or end < start or count == 0:
        return [None] * count
    if count == 1:
        return [start]
    step = (end - start).days / (count - 1)
    return [start + dt.timedelta(days=round(step * i)) for i in range(count)]


class MilestoneService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def timeline(self, district_id: str, today: dt.date | None = None) -> Timeline:
        today = today or dt.date.today()
        with self.workspace.session() as session:
            district = session.get(District, district_id)
            if district is None:
                raise NotFoundError(district_id)
            phase = session.get(ProgrammePhase, district.phase_id) if district.phase_id else None
            stages = stages_of(phase.stages if phase is not None else "")
            rows = {
                m.stage: m
                for m in session.scalars(
                    select(Milestone).where(
                        Milestone.district_id == district_id, Milestone.deleted_at.is_(None)
                    )
                )
            }
            derived = self._derived(session, district_id)
            planned = _spread(district.process_start, district.process_end, len(stages))
            states = []
            for stage, default_plan in zip(stages, planned, strict=True):
                row = rows.get(stage)
                plan = row.planned_on if row is not None and row.planned_on is not None else default_plan
                actual = row.actual_on if row is not None else None
                from_data = actual is None and derived.get(stage) is not None
                actual = actual if actual is not None else derived.get(stage)
                states.append(
                    StageState(
                        stage=stage,
                        planned_on=plan,
                        planned_by_hand=row is not None and row.planned_on is not None,
                        actual_on=actual,
                        derived=from_data,
                        note=row.note if row is not None else "",
                        late=actual is None and plan is not None and plan < today,
                    )
                )
            return Timeline(tuple(states))

    @staticmethod
    def _derived(session: Session, district_id: str) -> dict[str, dt.date | None]:
        kickoff = session.scalar(
            select(func.min(Workshop.starts_at)).where(
                Workshop.district_id == district_id,
                Workshop.deleted_at.is_(None),
                Workshop.format == WorkshopFormat.KICKOFF,
                Workshop.status == WorkshopStatus.HELD,
            )
        )
        decided = session.scalar(
            select(Concept.decided_on).where(
                Concept.district_id == district_id,
                Concept.deleted_at.is_(None),
                Concept.status == ConceptStatus.ADOPTED,
            )
        )
        if isinstance(kickoff, str):  # SQLite's MIN() hands back the stored text
            kickoff = dt.datetime.fromisoformat(kickoff)
        return {
            KICKOFF_STAGE: kickoff.date() if kickoff is not None else None,
            DECISION_STAGE: decided,
        }

    def set(
        self,
        district_id: str,
        stage: str,
        planned_on: dt.date | None,
        actual_on: dt.date | None,
        note: str = "",
    ) -> None:
        """Set a stage's plan and actual date by hand (None: back to the plan spread over the
        process, and to the date the data shows)."""
        if not stage.strip():
            raise ValidationError([FieldError("stage", ErrorCode.REQUIRED)])
        with self.workspace.transaction() as session:
            if session.get(District, district_id) is None:
                raise NotFoundError(district_id)
            row = session.scalars(
                select(Milestone).where(
                    Milestone.district_id == district_id,
                    Milestone.stage == stage,
                    Milestone.deleted_at.is_(None),
                )
            ).first()
            if row is None:
                session.add(
                    Milestone(
                        district_id=district_id,
                        stage=stage,
                        planned_on=planned_on,
                        actual_on=actual_on,
                        note=note.strip(),
                    )
                )
                return
            for key, value in (("planned_on", planned_on), ("actual_on", actual_on), ("note", note.strip())):
                if getattr(row, key) != value:
                    setattr(row, key, value)
