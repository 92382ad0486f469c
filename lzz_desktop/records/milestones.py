"""The district's year as stages, as the pages show it: plan against actual (built by
``services.milestones``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class StageState:
    stage: str
    planned_on: dt.date | None
    planned_by_hand: bool
    actual_on: dt.date | None
    derived: bool  # the actual date comes from the data (kick-off held, concept decided)
    note: str
    late: bool  # planned before today and not reached


@dataclass(frozen=True)
class Timeline:
    stages: tuple[StageState, ...]

    @property
    def reached(self) -> str:
        """The furthest stage reached ("" before the first)."""
        done = [s.stage for s in self.stages if s.actual_on is not None]
        return done[-1] if done else ""

    def due(self, today: dt.date) -> str:
        """The furthest stage the plan expects reached by ``today``."""
        due = [s.stage for s in self.stages if s.planned_on is not None and s.planned_on <= today]
        return due[-1] if due else ""

    @property
    def late(self) -> int:
        return sum(1 for s in self.stages if s.late)
