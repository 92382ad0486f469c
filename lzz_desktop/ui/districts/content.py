"""Read-only tables of what a district holds (workshops, actors, concept), until each area gets
its own editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from lzz_desktop.ui.labels import (
    actor_kind_label,
    sector_label,
)
from lzz_desktop.ui.table_model import RowsTableModel

if TYPE_CHECKING:
    from lzz_desktop.services.district_page import ActorRow, DistrictPage


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
