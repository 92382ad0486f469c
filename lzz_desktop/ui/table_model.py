"""The one table model of the app: one row per record, one column per (header, display, sort key).

Every table uses it — simple ones with a column list, richer ones (colours, alignment, filter
data) by subclassing and answering ``extra_data``. Columns are built once per fill (``data`` runs
for every cell Qt measures; building them there cost seconds on a 500-row register); a view may
sort in the model (``sort``: one Python sort) or through a proxy using ``SORT_ROLE``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lzz_desktop.ui.roles import ID_ROLE, SORT_ROLE

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex
# header, display value, sort key (None: sort by the display value)
Column = tuple[str, Callable[[Any], Any], Callable[[Any], Any] | None]


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[RowT], Any]] | Column] | None = None,
        parent: Any = None,
        id_of: Callable[[RowT], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._given: list[Column] | None = (
            None if columns is None else [(c[0], c[1], c[2] if len(c) > 2 else None) for c in columns]  # type: ignore[misc]
        )
        self._id_of = id_of
        self._rows: list[RowT] = []
        self._columns: list[Column] | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # column and order, once sorted

    # --- what subclasses may answer ------------------------------------------------------
    def make_columns(self) -> list[Column]:
        """The columns, built (and translated) at each fill."""
        if self._given is None:
            raise NotImplementedError("pass columns or override make_columns")
        return self._given

    def extra_data(self, row: RowT, column: int, role: int) -> Any:
        """Any role besides display, sort and id (colours, alignment, filter data)."""
        return None

    # --- rows ------------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        if self._columns is None:
            self._columns = self.make_columns()
        return self._columns

    @property
    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row(self, row: int) -> RowT:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """The row of the record with ``record_id``, or -1."""
        if self._id_of is None:
            return -1
        return next((i for i, r in enumerate(self._rows) if self._id_of(r) == record_id), -1)

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
        return sorted(rows, key=sort_key or display, reverse=order == Qt.SortOrder.DescendingOrder)

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

    # --- Qt's model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        columns = self.columns()
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(columns):
            return columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self._id_of(row) if self._id_of is not None else None
        columns = self.columns()
        if not 0 <= index.column() < len(columns):
            return None
        _header, display, sort_key = columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row)
        if role == SORT_ROLE:
            return (sort_key or display)(row)
        return self.extra_data(row, index.column(), role)
