"""The district's "Akteure" page: sector map, influence/interest grid, network, actor register,
relationships and snapshots. Data is read off the GUI thread; small edits go through the services
and the page reloads."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from lzz_desktop import APP_NAME
from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector
from lzz_desktop.domain.validation import ValidationError
from lzz_desktop.exporting.stakeholders_xlsx import write_actors_xlsx
from lzz_desktop.labels import format_date, sector_label
from lzz_desktop.records.districts import DistrictPage, NotFoundError
from lzz_desktop.records.layout import grid_layout, layout_network, network_layout, sector_layout
from lzz_desktop.records.stakeholders import (
    NETWORK_MAP,
    SECTOR_MAP,
    ActorData,
    ActorInfo,
    ChangeKind,
    ConsentData,
    MapData,
    Point,
    RelationshipData,
    SnapshotDiff,
    SnapshotInfo,
)
from lzz_desktop.reports.map.picture import map_title
from lzz_desktop.reports.map.style import ADDED, CHANGED, REMOVED, Highlights, MapMode
from lzz_desktop.services.actor_import import ImportReport, import_actors
from lzz_desktop.ui.forms.ui_stakeholders_page import Ui_StakeholdersWidget
from lzz_desktop.ui.icons import icon
from lzz_desktop.ui.messages import field_error, unexpected_error_text, write_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.stakeholders.dialogs import ActorDialog, Done, Failed, RelationshipDialog
from lzz_desktop.ui.stakeholders.import_dialog import ImportDialog
from lzz_desktop.ui.stakeholders.map_panel import MapPanel
from lzz_desktop.ui.stakeholders.models import (
    ActorFilterModel,
    ActorTableModel,
    ChangeTableModel,
    RelationshipTableModel,
)
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.undo import DistrictUndo

T = TypeVar("T")
RESIZE_SAMPLE_ROWS = 60  # rows measured when fitting the register's columns to their contents
PROCESS_LAYOUT_ACTORS = 150  # larger networks are laid out in the helper process (see TaskRunner)

log = logging.getLogger(__name__)


def comparison_highlights(diff: SnapshotDiff) -> tuple[MapData, dict[str, Point], Highlights]:
    """The later snapshot's map with what was removed since the earlier one drawn as ghosts."""
    later, earlier = diff.later, diff.earlier
    later_ids = {a.id for a in later.actors}
    removed = [a for a in earlier.actors if a.id not in later_ids]
    later_keys = {r.key for r in later.relationships}
    removed_rels = [r for r in earlier.relationships if r.key not in later_keys]
    data = MapData(
        later.district_id,
        later.district_name,
        [*later.actors, *removed],
        [*later.relationships, *removed_rels],
    )
    default = sector_layout(data.actors)
    positions = {
        a.id: later.positions.get(SECTOR_MAP, {}).get(a.id)
        or earlier.positions.get(SECTOR_MAP, {}).get(a.id)
        or default[a.id]
        for a in data.actors
    }
    highlights = Highlights()
    for change in diff.changes:
        if change.kind is ChangeKind.ACTOR_ADDED:
            highlights.actors[change.actor_id] = ADDED
        elif change.kind is ChangeKind.ACTOR_REMOVED:
            highlights.actors[change.actor_id] = REMOVED
        elif change.kind in (ChangeKind.INFLUENCE_CHANGED, ChangeKind.ATTITUDE_CHANGED):
            highlights.actors.setdefault(change.actor_id, CHANGED)
            note = highlights.notes.get(change.actor_id, "")
            short = "E" if change.kind is ChangeKind.INFLUENCE_CHANGED else "H"
            fmt = (lambda v: str(v)) if short == "E" else (lambda v: f"{v:+d}" if v else "0")
            part = f"{short} {fmt(change.old)}→{fmt(change.new)}"
            highlights.notes[change.actor_id] = f"{note}  {part}".strip()
        elif change.relationship_key is not None:
            highlights.relationships[change.relationship_key] = (
                ADDED if change.kind is ChangeKind.RELATIONSHIP_ADDED else REMOVED
            )
    return data, positions, highlights


class StakeholdersWidget(QWidget):
    data_shown = Signal()  # the district's actors and maps are on screen
    changed_message = Signal(str)  # a short note for the status bar
    comparison_shown = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_read_only = False
        self.undo: DistrictUndo | None = None  # the window's per-district history, once attached
        self.workspace = workspace
        self.tasks = tasks
        self.district_id: str | None = None
        self.data: MapData | None = None
        self._pending: MapData | None = None  # loaded while hidden: rendered when shown
        self.snapshots: list[SnapshotInfo] = []
        self.diff: SnapshotDiff | None = None
        self.ui = Ui_StakeholdersWidget()
        self.ui.setupUi(self)  # the layout comes from forms/stakeholders_page.ui
        ui = self.ui
        self.tabs = ui.tabs
        self.tabs.setTabIcon(self.tabs.indexOf(ui.sector_tab), icon("stakeholders"))
        self.sector_panel = MapPanel(MapMode.SECTOR, ui.sector_tab)
        self.grid_panel = MapPanel(MapMode.GRID, ui.grid_tab)
        self.network_panel = MapPanel(MapMode.NETWORK, ui.network_tab)
        ui.sector_layout.addWidget(self.sector_panel)
        ui.grid_layout.addWidget(self.grid_panel)
        ui.network_layout.addWidget(self.network_panel)
        self._setup_register()
        self._setup_relationships()
        self._setup_snapshots()
        for panel in (self.sector_panel, self.network_panel):
            panel.scene.positions_changed.connect(
                lambda moved, name=(SECTOR_MAP if panel is self.sector_panel else NETWORK_MAP): (
                    self.save_positions(name, moved)
                )
            )
            panel.relationship_dragged.connect(self.create_dragged_relationship)
            panel.reset_requested.connect(self.reset_positions)
        self.sector_panel.snapshot_requested.connect(self.take_snapshot_interactive)
        for panel in (self.sector_panel, self.grid_panel, self.network_panel, self.compare_panel):
            panel.print_requested.connect(lambda panel=panel: panel.open_print_preview(self.tasks))
        self._tables_sized = False
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- construction: what the form cannot say (icons, toolbars, models, map panels) --------
    def _toolbar(self, host: QHBoxLayout, actions: list[tuple[QAction | None, str]]) -> None:
        """A toolbar in the form's placeholder ``host`` with the form's actions (None: a separator)
        and their icons."""
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, icon_name in actions:
            if action is None:
                bar.addSeparator()
            else:
                action.setIcon(icon(icon_name))
                bar.addAction(action)
        host.addWidget(bar)

    def _setup_register(self) -> None:
        ui = self.ui
        self.search_edit = ui.search_edit
        self.sector_filter = ui.sector_filter
        self.actor_table = ui.actor_table
        self.action_new_actor = ui.action_new_actor
        self.action_edit_actor = ui.action_edit_actor
        self.action_delete_actor = ui.action_delete_actor
        self.action_import = ui.action_import
        self.action_export_xlsx = ui.action_export_xlsx
        # Art. 17 DSGVO: not in the toolbar next to "delete" (it cannot be undone), in the table's
        # context menu and the window's keyboard map.
        self.action_erase_person = QAction(self.tr("Erase person permanently…"), self)
        self.action_erase_person.setToolTip(
            self.tr("Erase name, contact data, notes and consents for good, here and on every device")
        )
        self.action_erase_person.triggered.connect(self.erase_person_interactive)
        # Art. 15/20 DSGVO: everything stored about the person, as JSON and PDF.
        self.action_access_report = QAction(self.tr("Create access report…"), self)
        self.action_access_report.setToolTip(
            self.tr("Write everything stored about this person into a folder (JSON and PDF)")
        )
        self.action_access_report.triggered.connect(self.access_report_interactive)
        self.actor_table.addAction(self.action_access_report)
        self.actor_table.addAction(self.action_erase_person)
        self.actor_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Consents due for review (given a year ago, or on the date chosen): one click lists them.
        self.due_button = QToolButton(self)
        self.due_button.setCheckable(True)
        self.due_button.setToolTip(
            self.tr("Persons whose consent is to be checked again with them within the next 30 days")
        )
        self.due_button.toggled.connect(self._filter_due)
        ui.register_bar_layout.addWidget(self.due_button)
        self.sector_filter.addItem(self.tr("All sectors"), "")
        for sector in Sector:
            self.sector_filter.addItem(sector_label(sector), sector.value)
        self._toolbar(
            ui.register_bar_layout,
            [
                (self.action_new_actor, "new"),
                (self.action_edit_actor, "edit"),
                (self.action_delete_actor, "delete"),
                (None, ""),
                (self.action_import, "import"),
                (self.action_export_xlsx, "excel"),
            ],
        )
        self.action_new_actor.triggered.connect(self.new_actor)
        self.action_edit_actor.triggered.connect(self.edit_actor)
        self.action_delete_actor.triggered.connect(self.delete_actor)
        self.action_import.triggered.connect(self.import_interactive)
        self.action_export_xlsx.triggered.connect(self.export_xlsx_interactive)
        self.actor_model = ActorTableModel(self)
        self.actor_proxy = ActorFilterModel(self)
        self.actor_proxy.setSourceModel(self.actor_model)
        self.actor_table.setModel(self.actor_proxy)
        self.actor_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.search_edit.textChanged.connect(self.actor_proxy.set_text)
        self.sector_filter.currentIndexChanged.connect(
            lambda: self.actor_proxy.set_sector(self.sector_filter.currentData())
        )
        self.actor_table.doubleClicked.connect(lambda _index: self.edit_actor())

    def _setup_relationships(self) -> None:
        ui = self.ui
        self.rel_table = ui.rel_table
        self.action_new_rel = ui.action_new_rel
        self.action_edit_rel = ui.action_edit_rel
        self.action_delete_rel = ui.action_delete_rel
        self._toolbar(
            ui.relationships_bar_layout,
            [
                (self.action_new_rel, "new"),
                (self.action_edit_rel, "edit"),
                (self.action_delete_rel, "delete"),
            ],
        )
        self.action_new_rel.triggered.connect(lambda: self.new_relationship())
        self.action_edit_rel.triggered.connect(self.edit_relationship)
        self.action_delete_rel.triggered.connect(self.delete_relationship)
        self.rel_model = RelationshipTableModel(self)
        self.rel_table.setModel(self.rel_model)
        self.rel_table.doubleClicked.connect(lambda _index: self.edit_relationship())

    def _setup_snapshots(self) -> None:
        ui = self.ui
        self.snapshot_button = ui.snapshot_button
        self.earlier_combo = ui.earlier_combo
        self.later_combo = ui.later_combo
        self.compare_button = ui.compare_button
        self.diff_summary = ui.diff_summary
        self.change_table = ui.change_table
        self.snapshot_button.setIcon(icon("snapshot"))
        self.compare_button.setIcon(icon("compare"))
        self.change_model = ChangeTableModel(self)
        self.change_table.setModel(self.change_model)
        self.compare_panel = MapPanel(MapMode.SECTOR, ui.snapshot_splitter)
        self.compare_panel.action_snapshot.setVisible(False)
        if self.compare_panel.action_connect is not None:
            self.compare_panel.action_connect.setVisible(False)
            self.compare_panel.action_reset.setVisible(False)
            self.compare_panel.kind_action.setVisible(False)
        self.compare_panel.scene.map_style.locked = True  # a comparison is a picture of the past
        ui.snapshot_splitter.addWidget(self.compare_panel)
        ui.snapshot_splitter.setChildrenCollapsible(False)
        # The compared map is shown at full size, its changes drawn on it (issue 17: a consultant
        # projects it); the list of changes opens beside it on demand.
        self.action_changes = QAction(icon("compare"), self.tr("List of changes"), self)
        self.action_changes.setCheckable(True)
        self.action_changes.setToolTip(self.tr("Show the list of changes beside the map"))
        self.action_changes.toggled.connect(self._show_change_list)
        toolbar = self.compare_panel.toolbar
        first = toolbar.actions()[0]  # the panel's toolbar is never empty
        toolbar.insertAction(first, self.action_changes)
        toolbar.insertSeparator(first)
        self.change_table.setVisible(False)
        self.snapshot_button.clicked.connect(self.take_snapshot_interactive)
        self.compare_button.clicked.connect(self.compare_selected)

    # --- loading -----------------------------------------------------------------------------
    def set_role_read_only(self, read_only: bool) -> None:
        """The account's role may not change actors, relationships or maps: they can be read,
        filtered, compared and exported only."""
        for action in (
            self.action_new_actor,
            self.action_edit_actor,
            self.action_delete_actor,
            self.action_erase_person,
            self.action_import,
            self.action_new_rel,
            self.action_edit_rel,
            self.action_delete_rel,
        ):
            action.setEnabled(not read_only)
        self.snapshot_button.setEnabled(not read_only)
        for panel in (self.network_panel, self.sector_panel, self.grid_panel):
            panel.set_read_only(read_only)
        self.role_read_only = read_only

    def show_page(self, page: DistrictPage) -> None:
        self.load(page.id)

    def load(self, district_id: str) -> None:
        if district_id != self.district_id:
            # The comparison belongs to the previous district: clear it, not show it here.
            self.diff = None
            self.change_model.set_rows([])
            self.diff_summary.clear()
            self.compare_panel.setVisible(False)
        self.district_id = district_id
        maps = self.workspace.stakeholder_maps

        def read() -> tuple[MapData, list[SnapshotInfo]]:
            return maps.load(district_id), maps.snapshots(district_id)

        self.tasks.run_db(read, self._show_data, self._failed)

    def reload(self) -> None:
        if self.district_id is not None:
            self.load(self.district_id)

    def _show_data(self, result: tuple[MapData, list[SnapshotInfo]]) -> None:
        data, snapshots = result
        if data.district_id != self.district_id:
            return
        self.data = data
        self._set_snapshots(snapshots)
        if not self.isVisible():
            # Another tab is in front: build the tables and maps when this page is shown, so
            # opening a district with the overview in front costs the GUI thread nothing here.
            self._pending = data
            return
        self._render(data)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._pending = self._pending, None
        if pending is not None and pending is self.data:
            self._render(pending)

    def _render(self, data: MapData) -> None:
        """Fill the register and the maps, one piece per turn of the event loop: the window keeps
        answering between them (each piece is short; the network layout runs on a worker)."""
        self._pending = None
        steps: list[Callable[[], None]] = [
            lambda: self.actor_model.set_rows(data.actors),
            lambda: self._count_due(data),
            lambda: self.rel_model.set_data(data.relationships, data.actors),
            self._resize_visible_tables,
            lambda: self._fill_sector_map(data),
            lambda: self._fill_grid_map(data),
            lambda: self._start_network(data),
        ]
        self._tables_sized = False

        def run_next() -> None:
            if self.data is not data or not steps:
                return
            steps.pop(0)()
            if steps:
                QTimer.singleShot(1, self, run_next)  # a real timer: paints and other timers get their turn
            else:
                self.data_shown.emit()

        run_next()

    def _resize_visible_tables(self) -> None:
        """Fit the register's columns once it is on screen (measuring costs ~0.1 s per table)."""
        if self.tabs.currentWidget() in (self.ui.register_tab, self.ui.relationships_tab):
            self._resize_tables()
            self._tables_sized = True

    def _tab_changed(self, _index: int) -> None:
        if not self._tables_sized and self.data is not None:
            self._resize_visible_tables()

    def _fill_sector_map(self, data: MapData) -> None:
        default = sector_layout(data.actors)
        self.sector_panel.show_map(
            data, {a.id: data.position(SECTOR_MAP, a.id, default) for a in data.actors}, map_title(data)
        )

    def _fill_grid_map(self, data: MapData) -> None:
        self.grid_panel.show_map(
            data,
            grid_layout(data.actors),
            self.tr("Influence and interest – {district}").format(district=data.district_name),
        )

    def _start_network(self, data: MapData) -> None:
        actors, relationships = list(data.actors), list(data.relationships)
        saved = dict(data.positions.get(NETWORK_MAP, {}))
        if all(a.id in saved for a in actors):
            self._show_network(data, saved)
        elif len(actors) > PROCESS_LAYOUT_ACTORS:
            ids = [a.id for a in actors]
            edges = [(r.source_id, r.target_id, float(r.strength)) for r in relationships]
            self.tasks.run_process(
                layout_network,
                (ids, edges),
                lambda layout: self._show_network(data, {**layout, **saved}),
                self._failed,
            )
        else:
            self.tasks.run(
                lambda: network_layout(actors, relationships),
                lambda layout: self._show_network(data, {**layout, **saved}),
                self._failed,
            )

    def _show_network(self, data: MapData, positions: dict[str, Point]) -> None:
        if self.data is not data:
            return
        self.network_panel.show_map(
            data, positions, self.tr("Network – {district}").format(district=data.district_name)
        )

    def _resize_tables(self) -> None:
        for table in (self.actor_table, self.rel_table):
            header = table.horizontalHeader()
            # Measure a sample of rows, not all of them: every measured cell is a Python call.
            header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
            table.resizeColumnsToContents()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), 320))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFoundError):
            return  # the district (or actor) was deleted meanwhile; the main window shows what is left
        log.error("stakeholder task failed", exc_info=exc)
        QMessageBox.warning(self, APP_NAME, unexpected_error_text(exc))

    def _actors(self) -> list:  # type: ignore[type-arg]
        return list(self.data.actors) if self.data else []

    # --- actors ------------------------------------------------------------------------------
    def _edit(
        self,
        label: str,
        action: Callable[[], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """An undoable edit of this district's stakeholders, on the database worker."""
        run_edit(self.undo, self.tasks, label, self.district_id, action, done, failed or self._failed)

    def _name(self, actor_id: str | None) -> str:
        """The actor's name for an undo label."""
        actors = self.data.actors if self.data else []
        return next((actor.name for actor in actors if actor.id == actor_id), "?")

    def selected_actor_id(self) -> str | None:
        index = self.actor_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _saved(self, done: Callable[[], None]) -> Callable[[object], None]:
        """After a dialog's save: close the dialog, show the new state."""

        def saved(_result: object) -> None:
            done()
            self.reload()

        return saved

    def new_actor(self) -> None:
        if self.district_id is None:
            return
        district_id = self.district_id
        service = self.workspace.stakeholders
        self._actor_dialog(
            None,
            self.tr("Add actor “{name}”"),
            lambda data, consent: service.create_actor(district_id, data, consent),
        )

    def edit_actor(self) -> None:
        if self.role_read_only:
            return
        actor_id = self.selected_actor_id()
        if actor_id is None:
            return
        service = self.workspace.stakeholders

        def found(existing: tuple[ActorInfo, ConsentData]) -> None:
            self._actor_dialog(
                existing,
                self.tr("Edit actor “{name}”"),
                lambda data, consent: service.update_actor(actor_id, data, consent),
            )

        self.tasks.run_db(lambda: service.actor(actor_id), found, self._failed)

    def _actor_dialog(
        self,
        existing: tuple[ActorInfo, ConsentData] | None,
        label: str,
        write: Callable[[ActorData, ConsentData | None], object],
    ) -> None:
        """The actor dialog; its save runs ``write`` on the database worker as an undoable edit
        named ``label`` and closes the dialog once stored (a refusal stays in the dialog)."""

        def save(data: ActorData, consent: ConsentData | None, done: Done, failed: Failed) -> None:
            self._edit(label.format(name=data.name), lambda: write(data, consent), self._saved(done), failed)

        ActorDialog(save, self._actors(), existing, parent=self).exec()

    def delete_actor(self) -> None:
        actor_id = self.selected_actor_id()
        if actor_id is None:
            return
        if self.role_read_only:
            return
        name = self.actor_table.currentIndex().siblingAtColumn(0).data()
        service = self.workspace.stakeholders

        def deleted(_result: object) -> None:
            self.changed_message.emit(
                self.tr("“{name}” deleted with the relationships. Undo with Ctrl+Z.").format(name=name)
            )
            self.reload()

        # No question: the deletion (with the actor's relationships) is undone with Ctrl+Z.
        self._edit(
            self.tr("Delete actor “{name}”").format(name=name),
            lambda: service.delete_actor(actor_id),
            deleted,
        )

    def _due_limit(self) -> dt.date:
        from lzz_desktop.services.stakeholders import REVIEW_AHEAD_DAYS

        return dt.date.today() + dt.timedelta(days=REVIEW_AHEAD_DAYS)

    def _count_due(self, data: MapData) -> None:
        from lzz_desktop.services.stakeholders import is_review_due

        limit = self._due_limit()
        due = sum(1 for actor in data.actors if is_review_due(actor, limit))
        self.due_button.setText(self.tr("Consent review due (%n)", "", due))
        self.due_button.setEnabled(due > 0 or self.due_button.isChecked())

    def _filter_due(self, on: bool) -> None:
        self.actor_proxy.set_due_by(self._due_limit() if on else None)
        if on:
            self.tabs.setCurrentWidget(self.ui.register_tab)

    def _selected_person(self) -> ActorInfo | None:
        """The person selected in the register; None (with a word) for an organisation or group."""
        actor_id = self.selected_actor_id()
        if actor_id is None or self.district_id is None:
            return None
        actor = next((a for a in (self.data.actors if self.data else []) if a.id == actor_id), None)
        if actor is None or actor.kind is not ActorKind.PERSON:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("Only persons have this right; organisations and groups do not."),
            )
            return None
        return actor

    def access_report_interactive(self) -> None:
        actor = self._selected_person()
        if actor is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the access report"))
        if folder:
            self.write_access_report(actor.id, Path(folder))

    def write_access_report(self, actor_id: str, folder: Path) -> None:
        """Collect (database worker), write (another worker), say where."""
        from lzz_desktop.i18n import current_language

        workspace, language = self.workspace, current_language()

        def written(paths: list[Path]) -> None:
            self.changed_message.emit(
                self.tr("Access report written: {files}").format(files=", ".join(str(p) for p in paths))
            )

        def failed(exc: Exception) -> None:
            if isinstance(exc, OSError):
                QMessageBox.warning(self, APP_NAME, write_error_text(exc, folder))
            else:
                self._failed(exc)

        def collected(report: object) -> None:
            from lzz_desktop.exporting.person_access import write_access_report

            self.tasks.run(lambda: write_access_report(report, folder, language), written, failed)  # type: ignore[arg-type]

        def collect() -> object:
            from lzz_desktop.services.person_access import collect as collect_records

            return collect_records(workspace, actor_id)

        self.tasks.run_db(collect, collected, self._failed)

    def erase_person_interactive(self) -> None:
        """Erase the selected person for good (Art. 17 DSGVO), after a question that says it
        cannot be undone. The district's undo history goes too: it held the person's old values."""
        if self.role_read_only:
            return
        actor = self._selected_person()
        if actor is None:
            return
        actor_id, name = actor.id, actor.name
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase person permanently"),
            self.tr("Erase “{name}” permanently?").format(name=name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Name, contact data, notes and the consent history are deleted on this computer now "
                "— in backups too — and on the central store and every other device at the next sync. "
                "The map keeps an anonymous entry with role and organisation. This cannot be undone."
            )
        )
        erase = box.addButton(self.tr("Erase permanently"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return
        district_id = self.district_id
        workspace = self.workspace

        def run() -> object:
            from lzz_desktop.services.erasure import ErasureService

            return ErasureService(workspace).erase_person(actor_id)

        def done(_report: object) -> None:
            if self.undo is not None:
                self.undo.stack(district_id).clear()
            self.changed_message.emit(
                self.tr("The person was erased permanently. The other devices follow at their next sync.")
            )
            self.reload()

        self.tasks.run_db(run, done, self._failed)

    # --- relationships -----------------------------------------------------------------------
    def new_relationship(self, source_id: str | None = None, target_id: str | None = None) -> None:
        if self.role_read_only:
            return
        if self.district_id is None:
            return
        district_id = self.district_id
        service = self.workspace.stakeholders

        def save(data: RelationshipData, done: Done, failed: Failed) -> None:
            self._edit(
                self.tr("Add relationship {source} – {target}").format(
                    source=self._name(data.source_id), target=self._name(data.target_id)
                ),
                lambda: service.create_relationship(district_id, data),
                self._saved(done),
                failed,
            )

        RelationshipDialog(save, self._actors(), source_id=source_id, target_id=target_id, parent=self).exec()

    def edit_relationship(self) -> None:
        if self.role_read_only:
            return
        index = self.rel_table.currentIndex()
        if not index.isValid():
            return
        rel = self.rel_model.row(index.row())
        service = self.workspace.stakeholders
        label = self.tr("Edit relationship {source} – {target}").format(
            source=self._name(rel.source_id), target=self._name(rel.target_id)
        )

        def save(data: RelationshipData, done: Done, failed: Failed) -> None:
            self._edit(label, lambda: service.update_relationship(rel.id, data), self._saved(done), failed)

        RelationshipDialog(save, self._actors(), existing=rel, parent=self).exec()

    def delete_relationship(self) -> None:
        index = self.rel_table.currentIndex()
        if not index.isValid():
            return
        if self.role_read_only:
            return
        rel = self.rel_model.row(index.row())
        service = self.workspace.stakeholders
        self._edit(
            self.tr("Delete relationship {source} – {target}").format(
                source=self._name(rel.source_id), target=self._name(rel.target_id)
            ),
            lambda: service.delete_relationship(rel.id),
            lambda _result: self.reload(),
        )

    def create_dragged_relationship(self, source_id: str, target_id: str, kind: RelationshipKind) -> None:
        """A relationship drawn on the map. Refused ones (to itself, duplicates) are explained
        above the map, without a dialog in the middle of a workshop."""
        if self.role_read_only or self.district_id is None:
            return
        panel = self.network_panel if self.tabs.currentWidget() is self.ui.network_tab else self.sector_panel
        district_id = self.district_id
        service = self.workspace.stakeholders

        def drawn(_result: object) -> None:
            panel.show_message("")
            self.reload()

        def refused(exc: Exception) -> None:
            if isinstance(exc, ValidationError):
                panel.show_message("\n".join(field_error(e.field, e.code) for e in exc.errors))
            else:
                self._failed(exc)

        self._edit(
            self.tr("Draw relationship {source} – {target}").format(
                source=self._name(source_id), target=self._name(target_id)
            ),
            lambda: service.create_relationship(district_id, RelationshipData(source_id, target_id, kind)),
            drawn,
            refused,
        )

    # --- positions ---------------------------------------------------------------------------
    def save_positions(self, map_name: str, moved: dict[str, Point]) -> None:
        if self.role_read_only:
            return
        if self.district_id is None or self.data is None:
            return
        self.data.positions.setdefault(map_name, {}).update(moved)
        district_id = self.district_id
        maps = self.workspace.stakeholder_maps
        names = ", ".join(self._name(actor_id) for actor_id in list(moved)[:3])
        label = self.tr("Move %n actor(s) on the map: {names}", "", len(moved)).format(names=names)
        run_edit(
            self.undo,
            self.tasks,
            label,
            district_id,
            lambda: maps.save_positions(district_id, map_name, moved),
            None,
            self._failed,
        )

    def reset_positions(self, map_name: str) -> None:
        if self.district_id is None or self.role_read_only:
            return
        district_id = self.district_id
        maps = self.workspace.stakeholder_maps
        run_edit(
            self.undo,
            self.tasks,
            self.tr("Reset the map layout"),
            district_id,
            lambda: maps.reset_positions(district_id, map_name),
            lambda _r: self.reload(),
            self._failed,
        )

    # --- snapshots ---------------------------------------------------------------------------
    def _set_snapshots(self, snapshots: list[SnapshotInfo]) -> None:
        self.snapshots = snapshots
        for combo in (self.earlier_combo, self.later_combo):
            current = combo.currentData()
            combo.clear()
            for snap in snapshots:
                combo.addItem(f"{format_date(snap.taken_on)} – {snap.title}", snap.id)
            index = combo.findData(current)
            if index >= 0:
                combo.setCurrentIndex(index)
        if len(snapshots) >= 2 and self.earlier_combo.currentIndex() == self.later_combo.currentIndex():
            self.earlier_combo.setCurrentIndex(len(snapshots) - 2)
            self.later_combo.setCurrentIndex(len(snapshots) - 1)
        self.compare_button.setEnabled(len(snapshots) >= 2)
        if len(snapshots) < 2:
            self.diff_summary.setText(self.tr("Take at least two snapshots to compare them."))

    def take_snapshot(self, title: str, taken_on: dt.date | None = None) -> None:
        if self.district_id is None:
            return
        district_id = self.district_id
        maps = self.workspace.stakeholder_maps

        def refused(exc: Exception) -> None:
            if isinstance(exc, ValidationError):
                QMessageBox.warning(self, APP_NAME, field_error("title", exc.errors[0].code))
            else:
                self._failed(exc)

        self._edit(
            self.tr("Take snapshot “{title}”").format(title=title),
            lambda: maps.take_snapshot(district_id, title, taken_on),
            lambda _result: self.reload(),
            refused,
        )

    def take_snapshot_interactive(self) -> None:
        default = self.tr("As of {date}").format(date=format_date(dt.date.today()))
        title, ok = QInputDialog.getText(
            self, self.tr("Take snapshot"), self.tr("Name of the snapshot:"), text=default
        )
        if ok:
            self.take_snapshot(title)

    def _show_change_list(self, shown: bool) -> None:
        self.change_table.setVisible(shown)
        if shown:
            width = max(self.ui.snapshot_splitter.width(), 600)
            self.ui.snapshot_splitter.setSizes([width * 3 // 10, width - width * 3 // 10])

    def compare_selected(self) -> None:
        earlier, later = self.earlier_combo.currentData(), self.later_combo.currentData()
        if earlier is None or later is None:
            return
        maps = self.workspace.stakeholder_maps
        self.tasks.run_db(lambda: maps.compare(earlier, later), self._show_diff, self._failed)

    def _show_diff(self, diff: SnapshotDiff) -> None:
        self.diff = diff
        self.change_model.set_rows(diff.changes)
        self.change_table.resizeColumnsToContents()
        header = self.change_table.horizontalHeader()
        header.resizeSection(1, min(header.sectionSize(1), 240))
        self.diff_summary.setText(
            self.tr(
                "Actors: {added} added, {removed} removed, {changed} with changed influence or attitude. "
                "Relationships: {rel_added} added, {rel_removed} removed."
            ).format(
                added=diff.count(ChangeKind.ACTOR_ADDED),
                removed=diff.count(ChangeKind.ACTOR_REMOVED),
                changed=len(
                    {
                        c.actor_id
                        for c in diff.changes
                        if c.kind in (ChangeKind.INFLUENCE_CHANGED, ChangeKind.ATTITUDE_CHANGED)
                    }
                ),
                rel_added=diff.count(ChangeKind.RELATIONSHIP_ADDED),
                rel_removed=diff.count(ChangeKind.RELATIONSHIP_REMOVED),
            )
        )
        data, positions, highlights = comparison_highlights(diff)
        self.compare_panel.setVisible(True)
        self.compare_panel.show_map(
            data,
            positions,
            self.tr("Changes – {earlier} → {later}").format(
                earlier=self.earlier_combo.currentText(), later=self.later_combo.currentText()
            ),
            highlights,
        )
        self.comparison_shown.emit()

    # --- import and export -------------------------------------------------------------------
    def import_interactive(self) -> None:
        if self.district_id is None:
            return
        district_id = self.district_id
        workspace = self.workspace
        actors = self._actors()
        known = {a.name for a in actors if a.kind is not ActorKind.PERSON}
        existing = {a.name.casefold(): a.id for a in actors}

        def run(
            report: ImportReport, update: frozenset[int], done: Callable[[int], None], failed: Failed
        ) -> None:
            label = self.tr("Import %n actor(s)", "", len(report.actors))
            self._edit(label, lambda: import_actors(workspace, district_id, report, update), done, failed)

        dialog = ImportDialog(known, run, self.tasks, self, existing)
        if dialog.exec() == ImportDialog.DialogCode.Accepted:
            self.reload()

    def export_xlsx_interactive(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save actor list"), "akteure.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_xlsx(Path(path))

    def export_xlsx(self, path: Path) -> None:
        actors = self._actors()
        self.tasks.run(lambda: write_actors_xlsx(actors, path), None, self._failed)

    def select_actor(self, actor_id: str) -> QModelIndex:
        row = self.actor_model.row_of(actor_id)
        index = self.actor_proxy.mapFromSource(self.actor_model.index(row, 0))
        self.actor_table.setCurrentIndex(index)
        return index
