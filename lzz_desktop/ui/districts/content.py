"""Read-only tables of what a district holds (workshops, actors, concept), until each area gets
its own editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from lzz_desktop.ui.labels import (
    actor_kind_label,
    concept_status_label,
    format_date,
    sector_label,
    workshop_format_label,
    workshop_status_label,
)

if TYPE_CHECKING:
    from lzz_desktop.services.district_page import ActorRow, DistrictPage, SectionRow, WorkshopRow

RowT = TypeVar("RowT")
_Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table: one row per record, one column per (header, getter)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[RowT], Any]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self._columns):
            return None
        return self._columns[index.column()][1](self._rows[index.row()])


def _table(parent: QWidget, model: QAbstractTableModel, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(50)  # size columns from 50 rows, not from every row
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class _ContentPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.layout_.addWidget(self.heading)


class WorkshopsPage(_ContentPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsTableModel[WorkshopRow] = RowsTableModel(
            [
                (
                    self.tr("Date"),
                    lambda r: format_date(r.starts_at.astimezone().date()),
                ),
                (self.tr("Title"), lambda r: r.title),
                (self.tr("Format"), lambda r: workshop_format_label(r.format)),
                (self.tr("Venue"), lambda r: r.venue),
                (self.tr("Agenda items"), lambda r: r.agenda_items),
                (self.tr("Status"), lambda r: workshop_status_label(r.status)),
            ],
            self,
        )
        self.table = _table(self, self.model, stretch=1)
        self.layout_.addWidget(self.table)

    def show_page(self, page: DistrictPage) -> None:
        self.heading.setText(self.tr("Workshops in %n event(s)", "", len(page.workshops)))
        self.model.set_rows(page.workshops)


class StakeholdersPage(_ContentPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsTableModel[ActorRow] = RowsTableModel(
            [
                (self.tr("Name"), lambda r: r.name),
                (self.tr("Kind"), lambda r: actor_kind_label(r.kind)),
                (self.tr("Sector"), lambda r: sector_label(r.sector)),
                (self.tr("Role"), lambda r: r.role),
                (self.tr("Organisation"), lambda r: r.organisation),
                (self.tr("Influence"), lambda r: r.influence),
                (self.tr("Attitude"), lambda r: f"{r.attitude:+d}" if r.attitude else "0"),
            ],
            self,
        )
        self.table = _table(self, self.model, stretch=3)
        self.layout_.addWidget(self.table)

    def show_page(self, page: DistrictPage) -> None:
        self.heading.setText(self.tr("%n actor(s)", "", len(page.actors)))
        self.model.set_rows(page.actors)


class ConceptPage(_ContentPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsTableModel[SectionRow] = RowsTableModel(
            [
                (self.tr("Section"), lambda r: r.title),
                (self.tr("Words"), lambda r: r.words),
                (self.tr("State"), lambda r: self.tr("written") if r.words else self.tr("empty")),
            ],
            self,
        )
        self.table = _table(self, self.model, stretch=0)
        self.layout_.addWidget(self.table)

    def show_page(self, page: DistrictPage) -> None:
        if page.concept_status is None:
            self.heading.setText(self.tr("No concept draft yet."))
        else:
            self.heading.setText(f"{page.concept_title} ({concept_status_label(page.concept_status)})")
        self.model.set_rows(page.sections)
