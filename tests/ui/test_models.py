"""Item models checked by Qt's QAbstractItemModelTester, and their content as a user sees it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from lzz_desktop.domain.enums import FederalState
from lzz_desktop.records.districts import DistrictSummary
from lzz_desktop.ui.districts.models import DistrictListModel, deleted_districts_model
from lzz_desktop.ui.roles import FILTER_ROLE, ID_ROLE
from lzz_desktop.ui.table_model import RowsTableModel

ROWS = [
    DistrictSummary("a", "Landkreis Goslar", FederalState.NIEDERSACHSEN, "03153000", "Pilotphase"),
    DistrictSummary("b", "Vogtlandkreis", FederalState.SACHSEN, None, ""),
]


def test_district_list_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DistrictListModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Landkreis Goslar"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Niedersachsen · AGS 03153000 · Pilotphase"
    assert model.index(1, 0).data(ID_ROLE) == "b"
    assert "Sachsen" in model.index(1, 0).data(FILTER_ROLE)
    assert model.row_of("b") == 1 and model.row_of("x") == -1
    model.set_rows([])
    qtmodeltester.check(model)


def test_deleted_districts_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = deleted_districts_model()
    deleted = DistrictSummary(
        "c",
        "Landkreis Harz",
        FederalState.SACHSEN_ANHALT,
        None,
        "",
        dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC),
    )
    model.set_rows([deleted])
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Gelöscht am"
    assert model.index(0, 1).data() == "Sachsen-Anhalt"
    assert model.index(0, 2).data().startswith("01.03.2026")
    assert model.index(0, 0).data(ID_ROLE) == "c"


def test_rows_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: RowsTableModel[tuple[str, int]] = RowsTableModel(
        [("Name", lambda r: r[0]), ("Zahl", lambda r: r[1])]
    )
    model.set_rows([("a", 1), ("b", 2)])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
