"""The item models of the workshops page, checked with qtmodeltester, sorted and filtered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from lzz_desktop.domain.enums import ActionStatus, WorkshopFormat, WorkshopStatus
from lzz_desktop.records.workshops import ActionRow, WorkshopSummary
from lzz_desktop.ui.workshops.models import (
    OVERDUE,
    OpenActionsModel,
    WorkshopFilterModel,
    WorkshopTableModel,
)


def summary(title: str, fmt: WorkshopFormat, status: WorkshopStatus, year: int) -> WorkshopSummary:
    start = dt.datetime(year, 5, 6, 9, 0, tzinfo=dt.UTC)
    return WorkshopSummary(title, title, fmt, status, start, "Kreishaus", 3)


def test_workshop_model_sorts_by_date_and_filters_by_format_status_and_year(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = WorkshopTableModel()
    model.set_rows(
        [
            summary("Steuerungsgruppe", WorkshopFormat.STEERING_GROUP, WorkshopStatus.PLANNED, 2026),
            summary("Auftakt", WorkshopFormat.KICKOFF, WorkshopStatus.HELD, 2024),
            summary("Fachworkshop", WorkshopFormat.THEMATIC, WorkshopStatus.HELD, 2025),
        ]
    )
    qtmodeltester.check(model)
    proxy = WorkshopFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    titles = lambda: [proxy.index(r, 1).data() for r in range(proxy.rowCount())]  # noqa: E731
    assert titles() == ["Auftakt", "Fachworkshop", "Steuerungsgruppe"]
    assert proxy.index(0, 0).data() == "06.05.2024"
    assert proxy.index(0, 2).data() == "Auftaktworkshop"
    assert proxy.index(2, 5).data() == "geplant"
    proxy.set_filters(None, WorkshopStatus.HELD, None)
    assert titles() == ["Auftakt", "Fachworkshop"]
    proxy.set_filters(WorkshopFormat.THEMATIC, None, None)
    assert titles() == ["Fachworkshop"]
    proxy.set_filters(None, None, 2026)
    assert titles() == ["Steuerungsgruppe"]


def test_open_actions_mark_overdue_items(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    start = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)
    rows = [
        ActionRow(
            "a",
            "w",
            "Auftakt",
            start,
            "Vermieter ansprechen",
            None,
            "Kreis",
            dt.date(2026, 3, 1),
            ActionStatus.OPEN,
            "Kreis",
        ),
        ActionRow(
            "b",
            "w",
            "Auftakt",
            start,
            "Flyer drucken",
            None,
            "VHS",
            dt.date(2026, 6, 1),
            ActionStatus.IN_PROGRESS,
            "VHS",
        ),
    ]
    model = OpenActionsModel()
    model.set_rows(rows, today=dt.date(2026, 4, 1))
    qtmodeltester.check(model)
    assert model.overdue_count() == 1
    assert model.index(0, 2).data() == "01.03.2026 (überfällig)"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.index(1, 2).data() == "01.06.2026"
    assert model.index(1, 3).data() == "in Arbeit"
    assert model.index(0, 4).data() == "04.03.2026 Auftakt"
