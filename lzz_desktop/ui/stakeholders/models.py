"""Item models of the stakeholder area: the actor register, the relationships, the changes
between two snapshots. Read-only; edits go through dialogs and the services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from lzz_desktop.domain.enums import ActorKind, Sector
from lzz_desktop.records.stakeholders import ActorInfo, Change, ChangeKind, RelationshipInfo
from lzz_desktop.ui.labels import actor_kind_label, sector_label
from lzz_desktop.ui.stakeholders.texts import (
    attitude_text,
    change_label,
    consent_label,
    relationship_kind_label,
    sector_colour,
)

RowT = TypeVar("RowT")
_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
SECTOR_ROLE = Qt.ItemDataRole.UserRole + 4

Column = tuple[str, Callable[[Any], Any], Callable[[Any], Any] | None]  # header, display, sort key


class _TableModel(QAbstractTableModel, Generic[RowT]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._columns: list[Column] | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # column and order, once sorted

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        """The column definitions, built (and translated) once per fill: ``data`` runs for every
        cell Qt measures, so building them there cost seconds on a 500-row register."""
        if self._columns is None:
            self._columns = self.make_columns()
        return self._columns

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._columns = None  # the language may have changed since the last fill
        self._rows = self._in_order(list(rows))
        self.endResetModel()

    def _in_order(self, rows: list[RowT]) -> list[RowT]:
        if self._sorted is None:
            return rows
        column, order = self._sorted
        columns = self.columns()
        if not 0 <= column < len(columns):
            return rows
        _header, display, sort_key = columns[column]
        key = sort_key or display
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in one Python sort, instead of by a proxy asking ``data`` for every
        comparison (thousands of calls into Python for a 500-row register at every fill)."""
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(index.row(), index.column()) for index in persistent]
        positions = {id(row): number for number, row in enumerate(self._rows)}
        self._rows = self._in_order(self._rows)
        moved = {positions[id(row)]: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(moved[r], c) for r, c in before])
        self.layoutChanged.emit()

    def row(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        columns = self.columns()
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(columns):
            return columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        columns = self.columns()
        if not 0 <= index.column() < len(columns):
            return None
        row = self._rows[index.row()]
        _header, display, sort_key = columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row)
        if role == SORT_ROLE:
            return (sort_key or display)(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: RowT, column: int, role: int) -> Any:
        return None


class ActorTableModel(_TableModel[ActorInfo]):
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
        if role == ID_ROLE:
            return row.id
        if role == SECTOR_ROLE:
            return row.sector.value
        if role == SEARCH_ROLE:
            return " ".join((row.name, row.role, row.organisation, row.tags, row.notes)).casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return sector_colour(row.sector)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (5, 6, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def row_of(self, actor_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == actor_id), -1)


class ActorFilterModel(QSortFilterProxyModel):
    """Quick search over name, role, organisation, tags and notes, and a sector filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._sector = ""
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The register sorts its rows itself (see ``_TableModel.sort``); this model filters and
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

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._sector and index.data(SECTOR_ROLE) != self._sector:
            return False
        return not self._text or all(word in (index.data(SEARCH_ROLE) or "") for word in self._text.split())


class RelationshipTableModel(_TableModel[RelationshipInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
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
        if role == ID_ROLE:
            return row.id
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


class ChangeTableModel(_TableModel[Change]):
    """The differences between two snapshots, one per row."""

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
        if role == ID_ROLE:
            return row.actor_id
        return None
