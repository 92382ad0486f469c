"""Item models of the workshops page: the workshop list (with its filters) and open action items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from lzz_desktop.domain.enums import WorkshopFormat, WorkshopStatus
from lzz_desktop.domain.wallclock import district_date, district_time
from lzz_desktop.labels import (
    action_status_label,
    format_date,
    workshop_format_label,
    workshop_status_label,
)
from lzz_desktop.records.workshops import ActionRow, WorkshopSummary
from lzz_desktop.ui.roles import SORT_ROLE
from lzz_desktop.ui.table_model import Column, RowsTableModel

OVERDUE = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


class WorkshopTableModel(RowsTableModel[WorkshopSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent, id_of=lambda r: r.id)

    def make_columns(self) -> list[Column]:
        return [
            (
                self.tr("Date"),
                lambda r: format_date(district_date(r.starts_at)),
                lambda r: r.starts_at.timestamp(),
            ),
            (self.tr("Title"), lambda r: r.title, lambda r: r.title.casefold()),
            (self.tr("Format"), lambda r: workshop_format_label(r.format), None),
            (self.tr("Venue"), lambda r: r.venue, None),
            (self.tr("Agenda items"), lambda r: r.agenda_items, None),
            (self.tr("Status"), lambda r: workshop_status_label(r.status), None),
        ]


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
        r = model.row(source_row)
        return (
            (self.format is None or r.format == self.format)
            and (self.status is None or r.status == self.status)
            and (self.year is None or district_time(r.starts_at).year == self.year)
        )


class OpenActionsModel(RowsTableModel[ActionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent, id_of=lambda r: r.workshop_id)
        self.today = dt.date.today()

    def make_columns(self) -> list[Column]:
        return [
            (self.tr("What"), lambda r: r.title, lambda r: r.title.casefold()),
            (self.tr("Who"), lambda r: r.responsible, lambda r: r.responsible.casefold()),
            (self.tr("Due"), self._due, lambda r: r.due_on.toordinal() if r.due_on else 0),
            (self.tr("Status"), lambda r: action_status_label(r.status), lambda r: r.status.value),
            (
                self.tr("From workshop"),
                lambda r: f"{format_date(district_date(r.workshop_starts_at))} {r.workshop_title}",
                lambda r: r.workshop_starts_at.timestamp(),
            ),
        ]

    def _due(self, row: ActionRow) -> str:
        due = format_date(row.due_on)
        return self.tr("{date} (overdue)").format(date=due) if row.overdue(self.today) else due

    def set_rows(self, rows: Sequence[ActionRow], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        super().set_rows(rows)

    def overdue_count(self) -> int:
        return sum(r.overdue(self.today) for r in self._rows)

    def extra_data(self, row: ActionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.overdue(self.today):
            return OVERDUE
        return None
