"""Programm → Programmübersicht …: every district side by side (issue 15, point 4) — phase,
consultancy, process, workshops held and planned, open and overdue tasks, concept status and how
full it is, the network of actors since the first snapshot; sortable, filtered by phase and
consultancy; a double click (or Enter) opens the district; "Als Excel speichern …"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.i18n import current_language
from lzz_desktop.labels import format_date, stage_label
from lzz_desktop.services.programme import OverviewRow
from lzz_desktop.ui.forms.ui_programme_overview import Ui_ProgrammeOverview
from lzz_desktop.ui.messages import unexpected_error_text, write_error_text
from lzz_desktop.ui.roles import FILTER_ROLE, ID_ROLE
from lzz_desktop.ui.table_model import Column, RowsTableModel
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


class OverviewModel(RowsTableModel[OverviewRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent, id_of=lambda r: r.id)

    def make_columns(self) -> list[Column]:
        status = {
            ConceptStatus.DRAFT: QCoreApplication.translate("ProgrammeOverview", "draft"),
            ConceptStatus.IN_REVIEW: QCoreApplication.translate("ProgrammeOverview", "in review"),
            ConceptStatus.ADOPTED: QCoreApplication.translate("ProgrammeOverview", "adopted"),
        }
        return [
            (
                QCoreApplication.translate("ProgrammeOverview", "District"),
                lambda r: r.name,
                lambda r: r.name.casefold(),
            ),
            (QCoreApplication.translate("ProgrammeOverview", "Phase"), lambda r: r.phase, None),
            (QCoreApplication.translate("ProgrammeOverview", "Consultancy"), lambda r: r.consultancy, None),
            (
                QCoreApplication.translate("ProgrammeOverview", "Process"),
                lambda r: _span(r),
                lambda r: r.process_start or dt.date.min,
            ),
            (QCoreApplication.translate("ProgrammeOverview", "Workshops"), lambda r: r.held, None),
            (QCoreApplication.translate("ProgrammeOverview", "planned"), lambda r: r.planned, None),
            (QCoreApplication.translate("ProgrammeOverview", "Open tasks"), lambda r: r.open_tasks, None),
            (QCoreApplication.translate("ProgrammeOverview", "overdue"), lambda r: r.overdue_tasks, None),
            (
                QCoreApplication.translate("ProgrammeOverview", "Concept"),
                lambda r: f"{status[r.concept_status]}, {r.completeness} %" if r.concept_status else "–",
                lambda r: (
                    list(ConceptStatus).index(r.concept_status) if r.concept_status else -1,
                    r.completeness,
                ),
            ),
            (
                QCoreApplication.translate("ProgrammeOverview", "Actors"),
                lambda r: f"{r.actors_then} → {r.actors_now}",
                lambda r: r.actors_now,
            ),
            (
                QCoreApplication.translate("ProgrammeOverview", "Stage → plan"),
                _stage,
                lambda r: (r.stage_rank, -r.stages_late),
            ),
        ]

    def extra_data(self, row: OverviewRow, column: int, role: int) -> Any:
        if role == FILTER_ROLE:
            return (row.phase, row.consultancy)
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= column < STAGE_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == STAGE_COLUMN:
            return _stage_tip(row)
        late = (column == STAGE_COLUMN and row.stages_late) or (column == 7 and row.overdue_tasks)
        if role == Qt.ItemDataRole.ForegroundRole and late:
            from lzz_desktop.ui import theme

            return theme.colour("error")  # readable on light and dark
        return None


STAGE_COLUMN = 10


def _stage(row: OverviewRow) -> str:
    """The furthest stage reached and the one the plan expects: "Konzeptentwurf → Abstimmung"
    (how many are late: in red, and said in the tooltip)."""
    text = stage_label(row.stage_reached) if row.stage_reached else "–"
    if row.stage_due and row.stage_due != row.stage_reached:
        text = f"{text} → {stage_label(row.stage_due)}"
    return text


def _stage_tip(row: OverviewRow) -> str:
    reached = stage_label(row.stage_reached) if row.stage_reached else "–"
    text = QCoreApplication.translate(
        "ProgrammeOverview", "Reached: {reached} · planned by now: {due}"
    ).format(reached=reached, due=stage_label(row.stage_due) if row.stage_due else "–")
    if row.stages_late:
        late = QCoreApplication.translate("ProgrammeOverview", "stages late: {count}").format(
            count=row.stages_late
        )
        text = f"{text} · {late}"
    return text


def _concept_order(row: OverviewRow) -> tuple[int, int]:
    return (list(ConceptStatus).index(row.concept_status) if row.concept_status else -1, row.completeness)


def _span(row: OverviewRow) -> str:
    if row.process_start is None:
        return "–"
    return f"{format_date(row.process_start)} – {format_date(row.process_end)}"


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.phase: str | None = None
        self.consultancy: str | None = None

    def set_filters(self, phase: str | None, consultancy: str | None) -> None:
        self.beginFilterChange()
        self.phase, self.consultancy = phase, consultancy
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        phase, consultancy = self.sourceModel().index(source_row, 0, source_parent).data(FILTER_ROLE)
        return (self.phase is None or phase == self.phase) and (
            self.consultancy is None or consultancy == self.consultancy
        )


class ProgrammeOverview(QDialog):
    loaded = Signal()
    open_district = Signal(str)  # a district's id
    exported = Signal(object)  # the file written, or the exception

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgrammeOverview()
        self.ui.setupUi(self)
        self.workspace, self.tasks = workspace, tasks
        self.model = OverviewModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.overview_table
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The stage takes the room that is left and wraps there ("Fachworkshops → Abschluss" on a
        # 1366 px screen), the rows growing to fit.
        header.setSectionResizeMode(STAGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(self._open)
        enter = QAction(self)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(lambda: self._open(table.currentIndex()))
        table.addAction(enter)
        self.ui.phase_filter.currentIndexChanged.connect(self._filter)
        self.ui.consultancy_filter.currentIndexChanged.connect(self._filter)
        self.ui.export_button.clicked.connect(self._export_interactive)
        self.ui.report_button.clicked.connect(self._report_interactive)
        self.ui.report_button.setEnabled(False)  # a phase is chosen first
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.ui.hint_label.setText(self.tr("Reading the districts…"))
        self.reload()

    def reload(self) -> None:
        from lzz_desktop.services.programme import overview

        workspace = self.workspace
        self.tasks.run_db(lambda: overview(workspace), self._fill, self._failed)

    def _fill(self, rows: list[OverviewRow]) -> None:
        self.model.set_rows(rows)
        for combo, values in (
            (self.ui.phase_filter, sorted({r.phase for r in rows if r.phase})),
            (self.ui.consultancy_filter, sorted({r.consultancy for r in rows if r.consultancy})),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("all"), None)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)
        self.ui.hint_label.setText(
            self.tr("%n district(s). Double-click (or Enter) opens the district.", "", len(rows))
        )
        self.loaded.emit()

    def _filter(self) -> None:
        self.proxy.set_filters(self.ui.phase_filter.currentData(), self.ui.consultancy_filter.currentData())
        self.ui.report_button.setEnabled(self.ui.phase_filter.currentData() is not None)

    def _report_interactive(self) -> None:
        from lzz_desktop.exporting.slug import slugify

        phase = self.ui.phase_filter.currentData()
        if phase is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the conference report"),
            f"konferenzbericht_{slugify(phase)}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if target:
            self.write_report(phase, Path(target))

    def write_report(self, phase: str, target: Path) -> None:
        """The conference report of ``phase``: read on the database worker, drawn and written on
        another worker."""
        from lzz_desktop.fileio import write_bytes
        from lzz_desktop.i18n import current_language
        from lzz_desktop.reports.conference import render_conference_report
        from lzz_desktop.services.programme import PhaseReport, phase_report

        workspace = self.workspace
        target = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
        self.ui.hint_label.setText(self.tr("Writing the conference report…"))

        done, failed = self._reporting(target)

        language = current_language()  # read here: the worker has no say in the UI's language

        def collected(content: PhaseReport) -> None:
            self.tasks.run(
                lambda: write_bytes(target, render_conference_report(content, language)), done, failed
            )

        self.tasks.run_db(lambda: phase_report(workspace, phase), collected, failed)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_district.emit(index.siblingAtColumn(0).data(ID_ROLE))
            self.accept()

    def shown_rows(self) -> list[OverviewRow]:
        return [
            self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def _export_interactive(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as Excel"), "programmuebersicht.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        """The rows as shown (filtered and sorted) into an Excel file, in the background."""
        from lzz_desktop.exporting.programme_xlsx import write_overview_xlsx

        rows = self.shown_rows()
        target = target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx")
        language = current_language()

        done, failed = self._reporting(target)
        self.tasks.run(lambda: write_overview_xlsx(rows, target, language), done, failed)

    def _reporting(self, target: Path) -> tuple[Callable[[Path], None], Callable[[Exception], None]]:
        """What a finished file says under the table: where it went, or why it could not be written."""

        def done(path: Path) -> None:
            self.ui.hint_label.setText(self.tr("Saved as {path}").format(path=path))
            self.exported.emit(path)

        def failed(exc: Exception) -> None:
            self.ui.hint_label.setText(
                write_error_text(exc, target) if isinstance(exc, OSError) else unexpected_error_text(exc)
            )
            self.exported.emit(exc)

        return done, failed

    def _failed(self, exc: Exception) -> None:
        self.ui.hint_label.setText(unexpected_error_text(exc))
