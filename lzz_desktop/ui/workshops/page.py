"""The Workshops tab of a district: list with filters, open action items, the editor, and the
documents (protocol, sign-in sheet, calendar file)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QMessageBox, QWidget

from lzz_desktop import APP_NAME
from lzz_desktop.domain.enums import WorkshopFormat, WorkshopStatus
from lzz_desktop.domain.wallclock import district_date, district_time, district_today, from_district_time
from lzz_desktop.i18n import current_language
from lzz_desktop.labels import format_date, workshop_format_label, workshop_status_label
from lzz_desktop.records.districts import DistrictPage
from lzz_desktop.records.workshops import ActionRow, WorkshopData, WorkshopDetail, WorkshopSummary
from lzz_desktop.ui.fit import elide
from lzz_desktop.ui.forms.ui_workshops_page import Ui_WorkshopsPage
from lzz_desktop.ui.messages import unexpected_error_text, write_error_text
from lzz_desktop.ui.roles import ID_ROLE, SORT_ROLE
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit
from lzz_desktop.ui.workshops.editor import WorkshopEditor
from lzz_desktop.ui.workshops.models import OpenActionsModel, WorkshopFilterModel, WorkshopTableModel

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.pdf_preview import PdfPreviewDialog
    from lzz_desktop.ui.undo import DistrictUndo

T = TypeVar("T")

log = logging.getLogger(__name__)


class WorkshopsPage(QWidget):
    workshops_loaded = Signal()
    document_ready = Signal(object)  # Path of a generated PDF, or the Exception
    preview_opened = Signal(object)  # the PdfPreviewDialog

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopsPage()
        self.ui.setupUi(self)
        elide(self.ui.heading)  # a long district name never widens the window
        self.workspace = workspace
        self.tasks = tasks
        self.district_id: str | None = None
        self.district_name = ""
        self.model = WorkshopTableModel(self)
        self.proxy = WorkshopFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.actions_model = OpenActionsModel(self)
        self.editor = WorkshopEditor(workspace, tasks, self)
        self.ui.stack.addWidget(self.editor)
        self.preview: PdfPreviewDialog | None = None
        self.role_read_only = False
        self.undo: DistrictUndo | None = None  # the window's per-district history, once attached
        self._setup()

    def _setup(self) -> None:
        ui = self.ui
        table = ui.workshop_table
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.doubleClicked.connect(self._open_index)
        table.activated.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        actions = ui.open_actions_table
        actions_proxy = QSortFilterProxyModel(self)  # the table sorts by clicking a header
        actions_proxy.setSourceModel(self.actions_model)
        actions_proxy.setSortRole(SORT_ROLE)
        actions.setModel(actions_proxy)
        actions.verticalHeader().setVisible(False)
        header = actions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actions.doubleClicked.connect(lambda index: self.open_workshop(index.data(ID_ROLE)))
        ui.format_filter.addItem(self.tr("All formats"), None)
        for value in WorkshopFormat:
            ui.format_filter.addItem(workshop_format_label(value), value)
        ui.status_filter.addItem(self.tr("Any status"), None)
        for status in WorkshopStatus:
            ui.status_filter.addItem(workshop_status_label(status), status)
        ui.year_filter.addItem(self.tr("All years"), None)
        for combo in (ui.format_filter, ui.status_filter, ui.year_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        ui.new_button.clicked.connect(self.new_workshop)
        ui.duplicate_button.clicked.connect(self.duplicate_workshop)
        ui.delete_button.clicked.connect(self.delete_workshop)
        ui.recycle_button.clicked.connect(self._show_recycle_menu)
        self.editor.back_requested.connect(self.show_list)
        self.editor.preview_requested.connect(self.make_document)
        self.editor.calendar_requested.connect(self.export_calendar)
        self._update_buttons()

    # --- district ------------------------------------------------------------------------
    def show_page(self, page: DistrictPage) -> None:
        if page.id != self.district_id:
            self.editor.flush()
            self.editor.workshop_id = None
            self.ui.stack.setCurrentIndex(0)
        self.district_id = page.id
        self.district_name = page.data.name
        self.reload()

    def flush(self) -> None:
        self.editor.flush()

    @property
    def has_pending_edits(self) -> bool:
        return self.editor.has_pending_edits

    def reload(self) -> None:
        district_id = self.district_id
        if district_id is None:
            return
        service = self.workspace.workshops

        def load() -> tuple[str, list[WorkshopSummary], list[ActionRow]]:
            return district_id, service.list(district_id), service.open_actions(district_id)

        self.tasks.run_db(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[str, list[WorkshopSummary], list[ActionRow]]) -> None:
        district_id, rows, actions = result
        if district_id != self.district_id:
            return
        ui = self.ui
        selected = self.selected_id()
        self.model.set_rows(rows)
        self.actions_model.set_rows(actions)
        year = ui.year_filter.currentData()
        ui.year_filter.blockSignals(True)
        ui.year_filter.clear()
        ui.year_filter.addItem(self.tr("All years"), None)
        for y in sorted({district_time(r.starts_at).year for r in rows}, reverse=True):
            ui.year_filter.addItem(str(y), y)
        ui.year_filter.setCurrentIndex(max(0, ui.year_filter.findData(year)))
        ui.year_filter.blockSignals(False)
        ui.heading.setText(
            self.tr("%n workshop(s)", "", len(rows))
            + " · "
            + self.tr("%n open action item(s)", "", len(actions))
            + (
                " · " + self.tr("%n overdue", "", self.actions_model.overdue_count())
                if self.actions_model.overdue_count()
                else ""
            )
        )
        ui.page_tabs.setTabText(1, self.tr("Open action items (%n)", "", len(actions)))
        if selected:
            self.select(selected)
        self._update_buttons()
        self.workshops_loaded.emit()

    def _failed(self, exc: Exception) -> None:
        log.exception("workshops page failed", exc_info=exc)
        QMessageBox.warning(self, APP_NAME, unexpected_error_text(exc))

    def _apply_filters(self, *_args: Any) -> None:
        ui = self.ui
        self.proxy.set_filters(
            ui.format_filter.currentData(), ui.status_filter.currentData(), ui.year_filter.currentData()
        )
        self._update_buttons()

    # --- list ----------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.ui.workshop_table.currentIndex()
        return self.proxy.data(index, ID_ROLE) if index.isValid() else None

    def select(self, workshop_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) == workshop_id:
                self.ui.workshop_table.setCurrentIndex(index)
                return

    def set_role_read_only(self, read_only: bool) -> None:
        """The account's role may not change workshops: lists and protocols can be read only."""
        self.role_read_only = read_only
        self.ui.recycle_button.setEnabled(not read_only)
        self.ui.open_actions_table.setEnabled(not read_only)
        self.editor.set_role_read_only(read_only)
        self._update_buttons()

    def _edit(self, label: str, action: Callable[[], T], done: Callable[[T], None]) -> None:
        """An undoable edit of the workshop list, on the database worker."""
        run_edit(self.undo, self.tasks, label, self.district_id, action, done, self._failed)

    def _title(self, workshop_id: str) -> str:
        return next((row.title for row in self.model.rows if row.id == workshop_id), "")

    def _update_buttons(self, *_args: Any) -> None:
        has = self.selected_id() is not None
        may_edit = not self.role_read_only
        self.ui.duplicate_button.setEnabled(has and may_edit)
        self.ui.delete_button.setEnabled(has and may_edit)
        self.ui.new_button.setEnabled(self.district_id is not None and may_edit)

    def _open_index(self, index: QModelIndex) -> None:
        workshop_id = self.proxy.data(index, ID_ROLE)
        if workshop_id:
            self.open_workshop(workshop_id)

    def open_workshop(self, workshop_id: str) -> None:
        self.editor.open_workshop(workshop_id)
        self.ui.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        self.editor.flush()
        self.ui.stack.setCurrentIndex(0)
        self.reload()

    def new_workshop(self) -> None:
        """Creates a planned workshop next week (the open action items of earlier workshops become
        its agenda item "Offene Aufgaben") and opens it."""
        if self.district_id is None:
            return
        day = district_today() + dt.timedelta(days=7)
        start = from_district_time(dt.datetime(day.year, day.month, day.day, 10, 0))
        data = WorkshopData(
            title=self.tr("New workshop"),
            format=WorkshopFormat.THEMATIC,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=3),
        )
        district_id = self.district_id
        workshops = self.workspace.workshops

        def created(workshop_id: str) -> None:
            if self.district_id != district_id:
                return  # the user moved on to another district meanwhile
            self.open_workshop(workshop_id)
            self.editor.ui.title_edit.setFocus()
            self.editor.ui.title_edit.selectAll()

        self._edit(
            self.tr("Create workshop “{title}”").format(title=data.title),
            lambda: workshops.create(district_id, data, carry_over=True),
            created,
        )

    def duplicate_workshop(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        district_id = self.district_id
        workshops = self.workspace.workshops

        def duplicated(new_id: str) -> None:
            if self.district_id == district_id:
                self.open_workshop(new_id)

        self._edit(
            self.tr("Duplicate workshop “{title}”").format(title=self._title(workshop_id)),
            lambda: workshops.duplicate(workshop_id),
            duplicated,
        )

    def delete_workshop(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        workshops = self.workspace.workshops

        def deleted(_result: object) -> None:
            self.ui.list_hint.setText(self.tr("The workshop was moved to the recycle bin. Undo with Ctrl+Z."))
            self.reload()

        self._edit(
            self.tr("Delete workshop “{title}”").format(title=self._title(workshop_id)),
            lambda: workshops.delete(workshop_id),
            deleted,
        )

    def _show_recycle_menu(self) -> None:
        if self.district_id is None:
            return
        district_id = self.district_id
        workshops = self.workspace.workshops
        self.tasks.run_db(lambda: workshops.list(district_id, deleted=True), self._recycle_menu, self._failed)

    def _recycle_menu(self, deleted: list[WorkshopSummary]) -> None:
        menu = QMenu(self)
        if not deleted:
            menu.addAction(self.tr("The recycle bin is empty.")).setEnabled(False)
        for row in deleted:
            action = menu.addAction(
                self.tr("Restore “{title}” ({date})").format(
                    title=row.title, date=format_date(district_date(row.starts_at))
                )
            )
            action.triggered.connect(lambda _checked=False, wid=row.id: self.restore_workshop(wid))
        menu.popup(self.ui.recycle_button.mapToGlobal(self.ui.recycle_button.rect().bottomLeft()))

    def restore_workshop(self, workshop_id: str) -> None:
        workshops = self.workspace.workshops

        def restored(_result: object) -> None:
            self.ui.list_hint.setText(self.tr("The workshop was restored."))
            self.reload()

        self._edit(self.tr("Restore workshop"), lambda: workshops.restore(workshop_id), restored)

    # --- documents -----------------------------------------------------------------------
    def make_document(self, workshop_id: str, kind: str, show: bool = True) -> None:
        """Read the workshop (database worker), then build the PDF (another worker); the GUI
        thread only opens the preview."""
        workspace = self.workspace
        language = current_language()

        def build(detail: WorkshopDetail) -> bytes:
            # The PDF libraries load with the first document, not with the window. The document
            # stays in memory: a preview of names is never left as a file (issue 14).
            from lzz_desktop.reports.protocol import render_protocol, render_sign_in_sheet

            if kind == "sign_in":
                return render_sign_in_sheet(detail, language)
            return render_protocol(detail, workspace.attachments, language)

        def loaded(detail: WorkshopDetail) -> None:
            self.tasks.run(
                lambda: build(detail),
                lambda pdf: self._document_built(pdf, detail, kind, show),
                self._document_failed,
            )

        self.editor.ui.save_state_label.setText(self.tr("Preparing the document…"))
        self.tasks.run_db(lambda: workspace.workshops.get(workshop_id), loaded, self._document_failed)

    def _document_built(self, pdf: bytes, detail: WorkshopDetail, kind: str, show: bool) -> None:
        from lzz_desktop.exporting.workshop_documents import document_name
        from lzz_desktop.ui.pdf_preview import PdfPreviewDialog

        self.editor.ui.save_state_label.setText("")
        self.document_ready.emit(pdf)
        if not show:
            return
        title = self.tr("Sign-in sheet") if kind == "sign_in" else self.tr("Protocol")
        name = document_name(detail)
        if kind == "sign_in":
            name = name.replace(".pdf", "_teilnehmendenliste.pdf")
        self.preview = PdfPreviewDialog(pdf, name, f"{title}: {detail.data.title}", self.tasks, self)
        self.preview.setModal(False)
        self.preview.show()
        self.preview_opened.emit(self.preview)

    def _document_failed(self, exc: Exception) -> None:
        self.editor.ui.save_state_label.setText("")
        self.document_ready.emit(exc)
        log.exception("document failed", exc_info=exc)
        QMessageBox.warning(self, APP_NAME, unexpected_error_text(exc))

    def export_calendar(self, workshop_id: str, target: Path | None = None) -> None:
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save calendar file"),
                self.tr("invitation.ics"),
                self.tr("Calendar files (*.ics)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        workspace = self.workspace
        final = target

        def written(path: Path) -> None:
            self.editor.ui.save_state_label.setText(self.tr("Calendar file saved: {path}").format(path=path))
            self.document_ready.emit(path)

        def failed(exc: Exception) -> None:
            self.document_ready.emit(exc)
            text = write_error_text(exc, final) if isinstance(exc, OSError) else unexpected_error_text(exc)
            QMessageBox.warning(self, APP_NAME, text)

        from lzz_desktop.exporting.calendar import write_workshop_ics

        self.tasks.run_db(
            lambda: write_workshop_ics(workspace.workshops.get(workshop_id), final), written, failed
        )
