"""Item models of the workshops page: the workshop list (with its filters) and open action items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from lzz_desktop.domain.enums import WorkshopFormat, WorkshopStatus
from lzz_desktop.domain.wallclock import district_date, district_time
from lzz_desktop.records.workshops import ActionRow, WorkshopSummary
from lzz_desktop.ui.labels import (
    action_status_label,
    format_date,
    workshop_format_label,
    workshop_status_label,
)

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


class WorkshopTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WorkshopSummary] = []
        self.headers = [
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Format"),
            self.tr("Venue"),
            self.tr("Agenda items"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                format_date(district_date(r.starts_at)),
                r.title,
                workshop_format_label(r.format),
                r.venue,
                r.agenda_items,
                workshop_status_label(r.status),
            ][column]
        if role == SORT_ROLE:
            return [
                r.starts_at.timestamp(),
                r.title.casefold(),
                workshop_format_label(r.format),
                r.venue,
                r.agenda_items,
                workshop_status_label(r.status),
            ][column]
        return None


class WorkshopFilterModel(QSortFilterProxyModel):
    """Filters by format, status and year (None means any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.format: WorkshopFormat | None = None
        self.status: WorkshopStatus | None = None
        self.year: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self, format_: WorkshopFormat | None, status: WorkshopStatus | None, year: int | None
    ) -> None:
        self.beginFilterChange()
        self.format, self.status, self.year = format_, status, year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, WorkshopTableModel)
        r = model.rows[source_row]
        return (
            (self.format is None or r.format == self.format)
            and (self.status is None or r.status == self.status)
            and (self.year is None or district_time(r.starts_at).year == self.year)
        )


class OpenActionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        self.today = dt.date.today()
        self.headers = [
            self.tr("What"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("From workshop"),
        ]

    def set_rows(self, rows: list[ActionRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = today or dt.date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def overdue_count(self) -> int:
        return sum(r.overdue(self.today) for r in self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return r.workshop_id
        if role == Qt.ItemDataRole.DisplayRole:
            due = format_date(r.due_on)
            if r.overdue(self.today):
                due = self.tr("{date} (overdue)").format(date=due)
            workshop = f"{format_date(district_date(r.workshop_starts_at))} {r.workshop_title}"
            return [r.title, r.responsible, due, action_status_label(r.status), workshop][column]
        if role == SORT_ROLE:
            return [
                r.title.casefold(),
                r.responsible.casefold(),
                r.due_on.toordinal() if r.due_on else 0,
                r.status.value,
                r.workshop_starts_at.timestamp(),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue(self.today) and column == 2:
            return OVERDUE
        return None
