"""Item models of the stakeholder area: the actor register, the relationships, the changes
between two snapshots. Read-only; edits go through dialogs and the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from lzz_desktop.domain.enums import ActorKind, ConsentStatus, Sector
from lzz_desktop.labels import actor_kind_label, sector_label
from lzz_desktop.records.stakeholders import ActorInfo, Change, ChangeKind, RelationshipInfo
from lzz_desktop.ui.roles import REVIEW_ROLE, SEARCH_ROLE, SECTOR_ROLE, SORT_ROLE
from lzz_desktop.ui.stakeholders.texts import (
    attitude_text,
    change_label,
    consent_label,
    relationship_kind_label,
    sector_colour,
)
from lzz_desktop.ui.table_model import Column, RowsTableModel

_Index = QModelIndex | QPersistentModelIndex


class ActorTableModel(RowsTableModel[ActorInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent, id_of=lambda a: a.id)

    def make_columns(self) -> list[Column]:
        return [
            (
                QCoreApplication.translate("Stakeholders", "Name"),
                lambda a: a.name,
                lambda a: a.name.casefold(),
            ),
            (QCoreApplication.translate("Stakeholders", "Kind"), lambda a: actor_kind_label(a.kind), None),
            (
                QCoreApplication.translate("Stakeholders", "Sector"),
                lambda a: sector_label(a.sector),
                lambda a: list(Sector).index(a.sector),
            ),
            (QCoreApplication.translate("Stakeholders", "Role"), lambda a: a.role, None),
            (QCoreApplication.translate("Stakeholders", "Organisation"), lambda a: a.organisation, None),
            (QCoreApplication.translate("Stakeholders", "Influence"), lambda a: a.influence, None),
            (
                QCoreApplication.translate("Stakeholders", "Attitude"),
                lambda a: attitude_text(a.attitude),
                lambda a: a.attitude,
            ),
            (QCoreApplication.translate("Stakeholders", "Interest"), lambda a: a.interest, None),
            (
                QCoreApplication.translate("Stakeholders", "Consent"),
                lambda a: consent_label(a.consent) if a.kind is ActorKind.PERSON else "–",
                None,
            ),
            (QCoreApplication.translate("Stakeholders", "Tags"), lambda a: a.tags, None),
        ]

    def extra_data(self, row: ActorInfo, column: int, role: int) -> Any:
        if role == SECTOR_ROLE:
            return row.sector.value
        if role == REVIEW_ROLE:
            return row.consent_review_on if row.consent is ConsentStatus.GIVEN else None
        if role == SEARCH_ROLE:
            return " ".join((row.name, row.role, row.organisation, row.tags, row.notes)).casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return sector_colour(row.sector)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ActorFilterModel(QSortFilterProxyModel):
    """Quick search over name, role, organisation, tags and notes, and a sector filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._sector = ""
        self._due_by: dt.date | None = None
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The register sorts its rows itself (see ``RowsTableModel.sort``); this model filters and
        keeps their order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_sector(self, sector: str) -> None:
        self.beginFilterChange()
        self._sector = sector
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_due_by(self, limit: dt.date | None) -> None:
        """Only persons whose consent is to be reviewed by ``limit`` (None: everybody)."""
        self.beginFilterChange()
        self._due_by = limit
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._sector and index.data(SECTOR_ROLE) != self._sector:
            return False
        if self._due_by is not None:
            review = index.data(REVIEW_ROLE)
            if not isinstance(review, dt.date) or review > self._due_by:
                return False
        return not self._text or all(word in (index.data(SEARCH_ROLE) or "") for word in self._text.split())


class RelationshipTableModel(RowsTableModel[RelationshipInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent, id_of=lambda r: r.id)
        self.names: dict[str, str] = {}

    def set_data(self, relationships: Sequence[RelationshipInfo], actors: Sequence[ActorInfo]) -> None:
        self.names = {a.id: a.name for a in actors}
        self.set_rows(relationships)

    def make_columns(self) -> list[Column]:
        return [
            (
                QCoreApplication.translate("Stakeholders", "From"),
                lambda r: self.names.get(r.source_id, "?"),
                None,
            ),
            (
                QCoreApplication.translate("Stakeholders", "Direction"),
                lambda r: "→" if r.directed else "↔",
                None,
            ),
            (
                QCoreApplication.translate("Stakeholders", "To"),
                lambda r: self.names.get(r.target_id, "?"),
                None,
            ),
            (
                QCoreApplication.translate("Stakeholders", "Type"),
                lambda r: relationship_kind_label(r.kind),
                None,
            ),
            (QCoreApplication.translate("Stakeholders", "Strength"), lambda r: r.strength, None),
            (QCoreApplication.translate("Stakeholders", "Note"), lambda r: r.note, None),
        ]

    def extra_data(self, row: RelationshipInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


_CHANGE_COLOURS = {
    ChangeKind.ACTOR_ADDED: "#2e9e44",
    ChangeKind.RELATIONSHIP_ADDED: "#2e9e44",
    ChangeKind.ACTOR_REMOVED: "#b3261e",
    ChangeKind.RELATIONSHIP_REMOVED: "#b3261e",
    ChangeKind.INFLUENCE_CHANGED: "#8a5a00",
    ChangeKind.ATTITUDE_CHANGED: "#8a5a00",
}


class ChangeTableModel(RowsTableModel[Change]):
    """The differences between two snapshots, one per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent, id_of=lambda c: c.actor_id)

    def make_columns(self) -> list[Column]:
        return [
            (QCoreApplication.translate("Stakeholders", "Change"), lambda c: change_label(c.kind), None),
            (QCoreApplication.translate("Stakeholders", "Actor or relationship"), lambda c: c.subject, None),
            (QCoreApplication.translate("Stakeholders", "Before"), lambda c: self._value(c, c.old), None),
            (QCoreApplication.translate("Stakeholders", "After"), lambda c: self._value(c, c.new), None),
        ]

    @staticmethod
    def _value(change: Change, value: int | None) -> str:
        if value is None:
            return ""
        return attitude_text(value) if change.kind is ChangeKind.ATTITUDE_CHANGED else str(value)

    def extra_data(self, row: Change, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(_CHANGE_COLOURS[row.kind])
        return None
