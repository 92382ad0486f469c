"""Item models over district summaries. No widgets here, so they are testable on their own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from lzz_desktop.domain.enums import FEDERAL_STATE_NAMES
from lzz_desktop.labels import format_date
from lzz_desktop.records.districts import DistrictSummary
from lzz_desktop.ui.roles import FILTER_ROLE, ID_ROLE
from lzz_desktop.ui.table_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex


class DistrictListModel(QAbstractListModel):
    """Live districts, one row each; ``FILTER_ROLE`` carries name, state and AGS for the filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DistrictSummary] = []

    def set_rows(self, rows: list[DistrictSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [FEDERAL_STATE_NAMES[row.state]]
            if row.ags:
                parts.append(f"AGS {row.ags}")
            if row.phase_name:
                parts.append(row.phase_name)
            return " · ".join(parts)
        if role == ID_ROLE:
            return row.id
        if role == FILTER_ROLE:
            return f"{row.name} {FEDERAL_STATE_NAMES[row.state]} {row.ags or ''}"
        return None

    def row_of(self, district_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == district_id:
                return number
        return -1


def deleted_districts_model(parent: Any = None) -> RowsTableModel[DistrictSummary]:
    """Districts in the recycle bin: name, state, when deleted."""

    def deleted_on(row: DistrictSummary) -> str:
        if row.deleted_at is None:
            return ""
        local = row.deleted_at.astimezone()
        return f"{format_date(local.date())} {local:%H:%M}"

    return RowsTableModel(
        [
            (QCoreApplication.translate("DeletedDistrictsModel", "Name"), lambda r: r.name),
            (
                QCoreApplication.translate("DeletedDistrictsModel", "Federal state"),
                lambda r: FEDERAL_STATE_NAMES[r.state],
            ),
            (QCoreApplication.translate("DeletedDistrictsModel", "Deleted on"), deleted_on),
        ],
        parent,
        id_of=lambda r: r.id,
    )
