"""The main window: district list on the left, the district's pages on the right."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from lzz_desktop import APP_NAME, PROGRAMME_NAME, __version__
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.settings import Settings
from lzz_desktop.ui.districts.commands import (
    CreateDistrictCommand,
    DeleteDistrictCommand,
    EditDistrictCommand,
    RestoreDistrictCommand,
)
from lzz_desktop.ui.districts.models import DistrictListModel
from lzz_desktop.ui.fit import elide, fit_to_screen, keep_inside
from lzz_desktop.ui.forms.ui_main_window import Ui_MainWindow
from lzz_desktop.ui.icons import icon
from lzz_desktop.ui.messages import unexpected_error_text, write_error_text
from lzz_desktop.ui.roles import FILTER_ROLE, ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.records.districts import DistrictData, DistrictPage
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.concepts.editor import ConceptEditor
    from lzz_desktop.ui.districts.stage_dialog import StageEdit
    from lzz_desktop.ui.events_dialog import EventsDialog
    from lzz_desktop.ui.phases_dialog import PhasesDialog
    from lzz_desktop.ui.programme_overview import ProgrammeOverview
    from lzz_desktop.ui.search import SearchNavigator
    from lzz_desktop.ui.stakeholders.widget import StakeholdersWidget
    from lzz_desktop.ui.sync.controller import SyncController
    from lzz_desktop.ui.workshops.page import WorkshopsPage

log = logging.getLogger(__name__)

VIEWS = ("overview", "workshops", "stakeholders", "concept")
PAGE_BUILD_DELAY_MS = 50  # the other pages are built this long after the first page shows


class MainWindow(QMainWindow):
    district_shown = Signal(str)  # a district's page finished loading and is on screen
    pages_ready = Signal()  # every district page is built (they follow the first page)
    districts_reloaded = Signal()
    export_finished = Signal(object)  # Path of the export folder, or the Exception

    workspace_attached = Signal()

    def __init__(
        self, workspace: Workspace | None, settings: Settings, parent: QWidget | None = None
    ) -> None:
        """With ``workspace`` None the window shows at once and waits for :meth:`attach_workspace`
        (the app opens the database on the worker thread meanwhile, so the window appears fast)."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._workspace = workspace
        self.settings = settings
        self.tasks = TaskRunner(self)
        from lzz_desktop.ui.undo import DistrictUndo

        self.undo = DistrictUndo(self, workspace, self.tasks, self._after_history, self._report_error)
        self.phases_dialog: PhasesDialog | None = None
        self.programme_overview: ProgrammeOverview | None = None
        self.events_dialog: EventsDialog | None = None
        self.current_page: DistrictPage | None = None
        self._loading_id: str | None = None
        self._splitter_restored = False
        self.role = ""  # the logged-in account's role, once the sync knows it
        self._gc_frozen = False

        self.setWindowTitle(f"{APP_NAME} – {PROGRAMME_NAME}")
        self._build_actions()
        self.model = DistrictListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.district_list.setModel(self.proxy)
        self.ui.district_filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.district_list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([260, 1020])

        self.status_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.status_label)
        elide(self.status_label)  # a long message never widens the window (issue 17)
        self.sync: SyncController | None = None
        self.search: SearchNavigator | None = None
        self._restore_geometry()
        if workspace is None:
            self.ui.empty_label.setText(self.tr("Opening the data…"))
            self._set_actions_enabled(False)
        else:
            self.attach_workspace(workspace)

    @property
    def has_workspace(self) -> bool:
        return self._workspace is not None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("no workspace attached yet")
        return self._workspace

    def attach_workspace(self, workspace: Workspace) -> None:
        """Show the data of ``workspace``: build the district pages and fill the list."""
        self._workspace = workspace
        self.undo.workspace = workspace
        self._build_tabs()
        from lzz_desktop.ui.search import SearchNavigator
        from lzz_desktop.ui.sync.controller import SyncController  # httpx and the sync service

        self.search = SearchNavigator(self)
        self.sync = SyncController(self, workspace, self.settings, self.tasks)
        self.sync.sync_finished.connect(self._after_sync)
        self.sync.role_changed.connect(self.apply_role)
        self.ui.empty_label.setText(self.tr("Select a district on the left, or create a new one (Ctrl+N)."))
        self._set_actions_enabled(True)
        # The sync status is read once the list is there and the first page is on its way.
        self.districts_reloaded.connect(self.sync.refresh_status, Qt.ConnectionType.SingleShotConnection)
        self.reload_districts(select_id=self.settings.last_district_id or None)
        self.workspace_attached.emit()

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in (self.ui.action_new_district, self.ui.action_recycle_bin, self.ui.action_refresh):
            action.setEnabled(enabled)
        self.ui.district_filter.setEnabled(enabled)
        self._update_actions()

    # --- construction --------------------------------------------------------------------
    def _build_tabs(self) -> None:
        """The overview now; the workshops, actors and concept pages are built after the first
        district page is painted, one per turn of the event loop (or at once when asked for):
        together they cost ~200 ms of imports and widgets that the first page must not wait for."""
        from lzz_desktop.ui.districts.overview import DistrictOverview

        self.overview = DistrictOverview(self)
        tabs = self.ui.district_tabs
        tabs.addTab(self.overview, icon("overview"), self.tr("Overview"))
        self._slots: dict[str, QWidget] = {}
        self._pages: dict[str, Any] = {}
        for view, title in (
            ("workshops", self.tr("Workshops")),
            ("stakeholders", self.tr("Actors")),
            ("concept", self.tr("Concept")),
        ):
            slot = QWidget(self)
            layout = QVBoxLayout(slot)
            layout.setContentsMargins(0, 0, 0, 0)
            tabs.addTab(slot, icon(view), title)
            self._slots[view] = slot
        tabs.currentChanged.connect(lambda index: self.view_widget(VIEWS[index]))
        self.overview.edit_requested.connect(self.edit_district)
        self.overview.stage_edited.connect(self.save_stage)

    def view_widget(self, view: str) -> Any:
        """The page of ``view`` (one of VIEWS), built now if it was not yet."""
        if view == "overview":
            return self.overview
        page = self._pages.get(view)
        return page if page is not None else self._build_page(view)

    def current_view_widget(self) -> Any:
        """The page of the tab in front."""
        return self.view_widget(VIEWS[self.ui.district_tabs.currentIndex()])

    def _build_page(self, view: str) -> Any:
        page: Any
        if view == "workshops":
            from lzz_desktop.ui.workshops.page import WorkshopsPage

            page = WorkshopsPage(self.workspace, self.tasks, self)
            page.editor.undo = self.undo
        elif view == "stakeholders":
            from lzz_desktop.ui.stakeholders.widget import StakeholdersWidget

            page = StakeholdersWidget(self.workspace, self.tasks, self)
            page.changed_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        else:
            from lzz_desktop.ui.concepts.editor import ConceptEditor

            page = ConceptEditor(self.workspace, self.tasks, self)
        page.undo = self.undo  # one history per district page: every page records its edits there
        self._pages[view] = page
        layout = self._slots[view].layout()
        assert layout is not None
        layout.addWidget(page)
        if view != "concept":
            page.set_role_read_only(self.role_read_only)
        if self.current_page is not None:
            page.show_page(self.current_page)
        if len(self._pages) == len(VIEWS) - 1:
            self.pages_ready.emit()
        return page

    @property
    def pages_built(self) -> bool:
        return self._workspace is not None and len(self._pages) == len(VIEWS) - 1

    def _build_next_page(self) -> None:
        """After the first page: the remaining pages, one per turn (the window answers between)."""
        missing = [view for view in VIEWS[1:] if view not in self._pages]
        # A closed window builds nothing more (its task runner would run page loads right here).
        if missing and self._workspace is not None and self.isVisible() and not self.tasks.closed:
            self._build_page(missing[0])
            if len(missing) > 1:
                QTimer.singleShot(1, self, self._build_next_page)

    def _built_pages(self) -> list[Any]:
        return [self.overview, *self._pages.values()]

    @property
    def workshops_page(self) -> WorkshopsPage:
        return self.view_widget("workshops")  # type: ignore[no-any-return]

    @property
    def stakeholders_page(self) -> StakeholdersWidget:
        return self.view_widget("stakeholders")  # type: ignore[no-any-return]

    @property
    def concept_page(self) -> ConceptEditor:
        return self.view_widget("concept")  # type: ignore[no-any-return]

    def _build_actions(self) -> None:
        ui = self.ui
        for action, name in (
            (ui.action_new_district, "new"),
            (ui.action_edit_district, "edit"),
            (ui.action_delete_district, "delete"),
            (ui.action_recycle_bin, "recycle_bin"),
            (ui.action_export, "export"),
            (ui.action_settings, "settings"),
            (ui.action_quit, "quit"),
            (ui.action_find, "find"),
            (ui.action_refresh, "refresh"),
            (ui.action_about, "about"),
        ):
            action.setIcon(icon(name))
        undo = QAction(icon("undo"), self.tr("&Undo"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setEnabled(False)
        undo.triggered.connect(lambda: self._step_history(back=True))
        self.undo.group.canUndoChanged.connect(undo.setEnabled)
        redo = QAction(icon("redo"), self.tr("&Redo"), self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setEnabled(False)
        redo.triggered.connect(lambda: self._step_history(back=False))
        self.undo.group.canRedoChanged.connect(redo.setEnabled)
        first = ui.menu_edit.actions()[0]
        ui.menu_edit.insertActions(first, [undo, redo])
        ui.menu_edit.insertSeparator(first)
        ui.toolbar.addSeparator()
        ui.toolbar.addActions([undo, redo])
        self.action_undo, self.action_redo = undo, redo
        # "Rückgängig: TOP 2 umbenennen" – the label says what Ctrl+Z will do, on this page.
        self.undo.group.undoTextChanged.connect(self._label_undo)
        self.undo.group.redoTextChanged.connect(self._label_redo)
        ui.action_new_district.triggered.connect(self.new_district)
        ui.action_edit_district.triggered.connect(self.edit_district)
        ui.action_phases.triggered.connect(self.open_phases)
        ui.action_events.triggered.connect(self.open_events)
        ui.action_programme_overview.triggered.connect(self.open_programme_overview)
        ui.action_delete_district.triggered.connect(self.delete_district)
        ui.action_recycle_bin.triggered.connect(self.show_recycle_bin)
        ui.action_export.triggered.connect(self.export_district_interactive)
        ui.action_settings.triggered.connect(self.show_settings)
        ui.action_quit.triggered.connect(self.close)
        ui.action_find.triggered.connect(self._focus_filter)
        ui.action_refresh.triggered.connect(self._reload)
        ui.action_about.triggered.connect(self.show_about)
        # Del must not delete a district while the user deletes text in the filter field.
        ui.action_delete_district.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.district_list.addAction(ui.action_delete_district)
        from lzz_desktop.ui.help import HelpActions

        self.help_actions = HelpActions(self)
        self._update_actions()

    # --- district list -------------------------------------------------------------------
    def _reload(self) -> None:
        if self._workspace is not None:
            self.reload_districts(self.selected_district_id())

    def reload_districts(
        self,
        select_id: str | None = None,
        select_none: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Read the district list on the database worker, then show it (and select ``select_id``,
        the first district, or none); ``then`` runs once the list is on screen."""
        districts = self.workspace.districts

        def shown(rows: list[Any]) -> None:
            self._show_districts(rows, select_id, select_none)
            if then is not None:
                then()

        self.tasks.run_db(districts.list, shown, self._report_load_error)

    def _report_load_error(self, exc: Exception) -> None:
        log.exception("operation failed", exc_info=exc)
        QMessageBox.critical(self, APP_NAME, unexpected_error_text(exc))

    def _show_districts(self, rows: list[Any], select_id: str | None, select_none: bool) -> None:
        self.model.set_rows(rows)
        self.status_label.setText(self.tr("%n district(s)", "", len(rows)))
        row = self.model.row_of(select_id) if select_id else -1
        if row < 0 and rows and not select_none:
            row = 0
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.ui.district_list.setCurrentIndex(index)
        else:
            self._show_empty()
        self.districts_reloaded.emit()

    def selected_district_id(self) -> str | None:
        index: QModelIndex = self.ui.district_list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_district(self, district_id: str) -> bool:
        row = self.model.row_of(district_id)
        if row < 0:
            return False
        self.ui.district_filter.clear()
        self.ui.district_list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def show_view(self, view: str) -> None:
        self.ui.district_tabs.setCurrentIndex(VIEWS.index(view))

    def _focus_filter(self) -> None:
        self.ui.district_filter.setFocus()
        self.ui.district_filter.selectAll()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        district_id = self.selected_district_id()
        self._update_actions()
        if district_id is None:
            self._show_empty()
            return
        self.load_district(district_id)

    def load_district(self, district_id: str) -> None:
        """Read the district's page off the GUI thread, then show it."""
        self._loading_id = district_id
        from lzz_desktop.services.district_page import load_district_page

        workspace = self.workspace
        self.tasks.run_db(
            lambda: load_district_page(workspace, district_id),
            self._show_district_page,
            self._on_load_failed,
        )

    def _show_district_page(self, page: DistrictPage) -> None:
        if page.id != self._loading_id:
            return  # the user moved on while this page was loading
        self.current_page = page
        self.undo.activate(page.id)  # this page's history: nothing of another district is undone
        for built in self._built_pages():
            built.show_page(page)
        self.ui.page_stack.setCurrentWidget(self.ui.district_page)
        if len(self._pages) < len(VIEWS) - 1:
            # After the page is painted (a paint comes before a timer of 50 ms).
            QTimer.singleShot(PAGE_BUILD_DELAY_MS, self, self._build_next_page)
        if not self._gc_frozen:
            # Everything loaded until the first page is long-lived (modules, the window, the
            # translations): out of the collector's full sweeps, which otherwise cost 40–90 ms
            # in the middle of opening a district.
            self._gc_frozen = True
            gc.freeze()
        self.district_shown.emit(page.id)

    def _on_load_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFoundError):
            self.reload_districts()
            return
        self._report_error(exc)

    def _show_empty(self) -> None:
        self.current_page = None
        self._loading_id = None
        self.undo.activate(None)
        self.ui.page_stack.setCurrentWidget(self.ui.empty_page)
        self._update_actions()

    def _update_actions(self) -> None:
        has_district = self._workspace is not None and self.selected_district_id() is not None
        may_edit = not self.role_read_only
        for action in (self.ui.action_edit_district, self.ui.action_delete_district):
            action.setEnabled(has_district and may_edit)
        self.ui.action_export.setEnabled(has_district)
        self.ui.action_new_district.setEnabled(self._workspace is not None and may_edit)

    @property
    def role_read_only(self) -> bool:
        return self.role == "district"

    def apply_role(self, role: str) -> None:
        """What the logged-in account's role may not change is read-only, with a one-line reason
        (the services refuse it too): district staff edit concept drafts and comments only."""
        from lzz_desktop.ui.messages import role_limit_text

        self.role = role
        read_only = self.role_read_only
        self.ui.role_banner.setText(role_limit_text(role) if read_only else "")
        self.ui.role_banner.setVisible(read_only)
        for page in self._built_pages():
            if page is not self._pages.get("concept"):  # district staff may edit the concept
                page.set_role_read_only(read_only)
        self._update_actions()

    def _step_history(self, back: bool) -> None:
        """Ctrl+Z / Ctrl+Y: edits still waiting for their autosave are saved first, so the step
        undone is the last thing the user did."""
        if self._workspace is not None:
            self._flush_pages()
        self.undo.step_after_saves(back)

    def _flush_pages(self) -> None:
        """Send the edits waiting for their autosave in the pages built so far."""
        for view in ("workshops", "concept"):
            page = self._pages.get(view) if self._workspace is not None else None
            if page is not None:
                page.flush()

    def _pending_edits(self) -> bool:
        return any(
            page.has_pending_edits for view, page in self._pages.items() if view in ("workshops", "concept")
        )

    def _label_undo(self, text: str) -> None:
        self.action_undo.setText(self.tr("&Undo: {change}").format(change=text) if text else self.tr("&Undo"))

    def _label_redo(self, text: str) -> None:
        self.action_redo.setText(self.tr("&Redo: {change}").format(change=text) if text else self.tr("&Redo"))

    # --- editing -------------------------------------------------------------------------
    def _after_history(self, district_id: str) -> None:
        """An undo or redo changed ``district_id``: show the new state wherever it appears."""
        if not district_id:
            self.reload_districts(self.selected_district_id())
            return

        def refresh_page() -> None:
            if self.selected_district_id() == district_id:
                self.load_district(district_id)
                workshops = self._pages.get("workshops")
                if workshops is not None and workshops.editor.workshop_id:
                    workshops.editor.reload(full=True)

        self.reload_districts(select_id=district_id, then=refresh_page)

    def _district_changed(self, district_id: str) -> None:
        self.reload_districts(select_id=district_id)

    def _report_error(self, exc: Exception) -> None:
        """A failed edit: say so, then show the list as stored."""
        self._report_load_error(exc)
        if self._workspace is not None:
            self.reload_districts(self.selected_district_id())

    def _command_parts(self, district_id: str | None) -> tuple[Any, ...]:
        """What every district command is built with: the service, how it reaches the database
        worker, and what it does afterwards or on failure."""
        return (self.undo.submit, self._district_changed, self._report_error, self.undo.breaker(district_id))

    def new_district(self) -> None:
        districts = self.workspace.districts
        self.tasks.run_db(districts.phases, self._ask_new_district, self._report_load_error)

    def _ask_new_district(self, phases: list[Any]) -> None:
        from lzz_desktop.ui.districts.dialog import DistrictDialog

        dialog = DistrictDialog(phases, parent=self)
        if dialog.exec() != DistrictDialog.DialogCode.Accepted:
            return
        data = dialog.data()
        service = self.workspace.districts

        def created(district_id: str) -> None:
            # Its creation is the first entry of its own page's history.
            command = CreateDistrictCommand(service, district_id, data, *self._command_parts(district_id))
            self.undo.push(district_id, command)
            self.statusBar().showMessage(self.tr("District created."), 5000)
            self._district_changed(district_id)

        self.tasks.run_db(lambda: service.create(data), created, self._report_error)

    def open_programme_overview(self) -> None:
        """Programm → Programmübersicht …: every district side by side; a double click opens one."""
        from lzz_desktop.ui.programme_overview import ProgrammeOverview

        if self._workspace is None:
            return
        self.programme_overview = ProgrammeOverview(self.workspace, self.tasks, self)
        self.programme_overview.open_district.connect(self.select_district)
        self.programme_overview.open()

    def open_phases(self) -> None:
        """Programm → Programmphasen …: phases and the districts they accompany."""
        from lzz_desktop.ui.phases_dialog import PhasesDialog

        if self._workspace is None:
            return
        self.phases_dialog = PhasesDialog(self.workspace, self.tasks, self.undo, self)
        self.phases_dialog.finished.connect(lambda _code: self._reload())
        if self.role and self.role != "office":  # only the office writes phases
            self.phases_dialog.lock(self.role)
        self.phases_dialog.open()

    def open_events(self) -> None:
        """Programm → Veranstaltungen …: Forum, Lernreisen, Fachveranstaltungen, conference."""
        from lzz_desktop.ui.events_dialog import EventsDialog

        if self._workspace is None:
            return
        self.events_dialog = EventsDialog(self.workspace, self.tasks, self.undo, self)
        if self.role_read_only:  # district staff read events; office and consultants write them
            self.events_dialog.lock(self.role)
        self.events_dialog.open()

    def edit_district(self) -> None:
        district_id = self.selected_district_id()
        if district_id is None:
            return
        service = self.workspace.districts
        self.tasks.run_db(
            lambda: (service.get(district_id), service.phases()),
            lambda found: self._ask_edit_district(district_id, *found),
            self._report_load_error,
        )

    def _ask_edit_district(self, district_id: str, old: DistrictData, phases: list[Any]) -> None:
        from lzz_desktop.ui.districts.dialog import DistrictDialog

        dialog = DistrictDialog(phases, existing=old, parent=self)
        if dialog.exec() != DistrictDialog.DialogCode.Accepted or dialog.data() == old:
            return
        self.undo.push(
            district_id,
            EditDistrictCommand(
                self.workspace.districts, district_id, old, dialog.data(), *self._command_parts(district_id)
            ),
        )

    def save_stage(self, edit: StageEdit) -> None:
        """A stage's dates and note as set in the overview's stage dialog: an undoable edit of
        the district's history, on the database worker; then the page shows the new timeline."""
        from lzz_desktop.ui.undo import run_edit

        milestones, district_id = self.workspace.milestones, edit.district_id

        def shown(_result: object) -> None:
            if self.selected_district_id() == district_id:
                self.load_district(district_id)

        run_edit(
            self.undo,
            self.tasks,
            self.tr("Stage “{stage}”").format(stage=edit.stage),
            district_id,
            lambda: milestones.set(district_id, edit.stage, edit.planned_on, edit.actual_on, edit.note),
            shown,
            self._report_error,
        )

    def delete_district(self) -> None:
        district_id = self.selected_district_id()
        if district_id is None:
            return
        name = self.ui.district_list.currentIndex().data()
        # The list operation lives on the workspace's history, which is active while no district
        # page is shown: after deleting, none is, so Ctrl+Z brings this district back.
        submit, _changed, failed, broken = self._command_parts(None)
        self.undo.push(
            None,
            DeleteDistrictCommand(
                self.workspace.districts,
                district_id,
                name,
                submit,
                lambda _id: self.reload_districts(select_none=True),
                failed,
                broken,
            ),
        )
        self.ui.district_list.setCurrentIndex(QModelIndex())
        self._show_empty()  # at once: from now on Ctrl+Z is the deletion's undo
        self.statusBar().showMessage(
            self.tr("“{name}” moved to the recycle bin. Undo with Ctrl+Z.").format(name=name), 8000
        )

    def show_recycle_bin(self) -> None:
        from lzz_desktop.ui.districts.recycle_bin import RecycleBinDialog

        dialog = RecycleBinDialog(self.workspace.districts, self.tasks, self)
        dialog.restore_requested.connect(self.restore_district)
        dialog.exec()

    def restore_district(self, district_id: str, name: str) -> None:
        self.undo.push(
            district_id,
            RestoreDistrictCommand(
                self.workspace.districts, district_id, name, *self._command_parts(district_id)
            ),
        )

    # --- other actions -------------------------------------------------------------------
    def _after_sync(self, outcome: object) -> None:
        """Show what the sync brought (or removed), keeping the selection when it still exists."""
        if not isinstance(outcome, Exception) and self.isVisible():
            self.reload_districts(self.selected_district_id())

    def show_settings(self) -> None:
        from lzz_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        dialog.apply_to(self.settings)
        if self._workspace is not None:
            self._workspace.author = self.settings.display_name
        if self.sync is not None:
            self.sync.apply_interval(self.settings.sync_interval_minutes)
        self._save_settings()

    def export_district_interactive(self) -> None:
        district_id = self.selected_district_id()
        if district_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"))
        if folder:
            self.export_district(district_id, Path(folder))

    def export_district(self, district_id: str, folder: Path) -> None:
        from lzz_desktop.exporting import export_district_bundle

        workspace = self.workspace
        language = self.settings.language

        def export() -> Path:
            # every document, the map pictures included, on the database worker (QtGui paints
            # off the GUI thread)
            return export_district_bundle(workspace, district_id, folder, language)

        self.statusBar().showMessage(self.tr("Exporting…"))
        self.tasks.run_db(export, self._export_done, self._export_failed)

    def _export_done(self, target: Path) -> None:
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=target), 8000)
        self.export_finished.emit(target)

    def _export_failed(self, exc: Exception) -> None:
        self.statusBar().clearMessage()
        if isinstance(exc, OSError):
            text = write_error_text(exc, exc.filename or "")
        else:
            text = self.tr("The export failed: {error}").format(error=exc)
        self.export_finished.emit(exc)
        QMessageBox.warning(self, APP_NAME, text)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LZZ Desktop"),
            self.tr(
                "<b>{app} {version}</b><p>The field workbench of the programme {programme}: "
                "workshops, stakeholder maps and integration concepts, offline.</p>"
                "<p>Licence: EUPL-1.2</p><p>Data folder: {folder}</p>"
            ).format(
                app=APP_NAME,
                version=__version__,
                programme=PROGRAMME_NAME,
                folder=self._workspace.data_dir if self._workspace else "–",
            ),
        )

    # --- state across runs ---------------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode()))
            keep_inside(self)  # saved on a bigger monitor
        else:
            fit_to_screen(self, 1280, 800)
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode()))

    def _save_settings(self) -> None:
        s = self.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        s.window_state = bytes(self.saveState().toBase64().data()).decode()
        s.splitter_state = bytes(self.ui.splitter.saveState().toBase64().data()).decode()
        if self._workspace is None:
            return  # nothing was opened: keep the saved state as it was
        s.last_district_id = self.selected_district_id() or ""
        try:
            s.save(self._workspace.data_dir)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The splitter can only take its saved position once the window has its real size.
        if not self._splitter_restored and self.settings.splitter_state:
            self.ui.splitter.restoreState(QByteArray.fromBase64(self.settings.splitter_state.encode()))
        self._splitter_restored = True

    def _confirm_discard(self) -> bool:
        """A save failed (see the message in the editor): closing now would lose those edits."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr(
                "Some changes could not be saved (see the message in the editor). "
                "If you close now, they are lost."
            ),
            parent=self,
        )
        keep = box.addButton(self.tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close and discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workspace is not None:
            # Edits in progress are saved first and the saves awaited, so a failed save is known
            # here and a last sync before closing carries every edit.
            self._flush_pages()
            self.tasks.wait_for_done()
            unsaved = self._pending_edits()
            if unsaved and not self._confirm_discard():
                event.ignore()
                return
            if self.sync is not None and self.sync.sync_before_close(event):
                return  # the window closes itself once the sync has finished
        self._save_settings()
        self.tasks.shutdown()
        super().closeEvent(event)
