"""The photos and files tab of the workshop editor: imported in the background, captions saved with
the editor's autosave."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QListView, QListWidgetItem

from lzz_desktop.domain.validation import FieldError, ValidationError
from lzz_desktop.records.workshops import WorkshopDetail
from lzz_desktop.services.attachments import StoredFile
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.messages import field_error
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit
from lzz_desktop.ui.workshops.editor_tab import EditorTab, show_error

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.undo import DistrictUndo

ImportResults = list[tuple[Path, StoredFile | None, FieldError | None]]


class FilesTab(EditorTab):
    """Owns ``files_list``, ``caption_edit`` and the tab's buttons. Imports run on the task runner,
    undoable on ``undo`` (the window's per-district history, once the editor has it)."""

    status_changed = Signal(str)  # a text for the editor's save state
    import_failed = Signal(object)  # the Exception an import ended with
    reload_requested = Signal()  # the workshop is to be read again

    def __init__(
        self,
        ui: Ui_WorkshopEditor,
        workspace: Workspace,
        tasks: TaskRunner,
        workshop_id: Callable[[], str | None],
        detail: Callable[[], WorkshopDetail | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(ui, workspace, workshop_id, detail, parent)
        self.tasks = tasks
        self.undo: DistrictUndo | None = None
        self._caption_dirty: dict[str, str] = {}  # attachment id → caption not yet saved
        show_error(ui.files_error, "")
        ui.files_remove_button.clicked.connect(self._remove)
        files = ui.files_list
        files.setViewMode(QListView.ViewMode.IconMode)
        files.setIconSize(QSize(160, 120))
        files.setGridSize(QSize(190, 170))
        files.setResizeMode(QListView.ResizeMode.Adjust)
        files.setMovement(QListView.Movement.Static)
        files.setWordWrap(True)
        files.currentItemChanged.connect(self._selected)
        ui.caption_edit.setEnabled(False)
        ui.caption_edit.textEdited.connect(self._caption_changed)
        ui.files_add_button.clicked.connect(self._choose_files)

    # --- the editor's interface ------------------------------------------------------------
    @property
    def has_pending_edits(self) -> bool:
        return bool(self._caption_dirty)

    def save_pending(self) -> None:
        """Write the captions typed since the last save."""
        for attachment_id, caption in list(self._caption_dirty.items()):
            del self._caption_dirty[attachment_id]
            self._save_caption(attachment_id, caption)

    def fill(self, detail: WorkshopDetail) -> None:
        filling, self._filling = self._filling, True
        try:
            self._fill(detail)
        finally:
            self._filling = filling

    def _fill(self, detail: WorkshopDetail) -> None:
        lst = self.ui.files_list
        current = lst.currentItem().data(ID_ROLE) if lst.currentItem() else None
        if [a.id for a in detail.attachments] == [lst.item(i).data(ID_ROLE) for i in range(lst.count())]:
            return  # unchanged: keep the caption being edited (and its undo history)
        lst.clear()
        style = lst.style()
        for a in detail.attachments:
            thumb = self.workspace.attachments.thumbnail(a.sha256) if a.is_image else None
            pixmap = QPixmap()
            if thumb is not None and pixmap.loadFromData(thumb, "PNG"):
                item_icon = QIcon(pixmap)
            else:
                item_icon = style.standardIcon(style.StandardPixmap.SP_FileIcon)
            item = QListWidgetItem(item_icon, a.caption or a.filename)
            item.setData(ID_ROLE, a.id)
            item.setToolTip(a.filename)
            lst.addItem(item)
            if a.id == current:
                lst.setCurrentItem(item)
        self.ui.caption_edit.setEnabled(lst.currentItem() is not None)

    def import_files(self, paths: list[Path]) -> None:
        """Import in the background; problems are listed under the photos, nothing else is lost."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        workspace = self.workspace

        def run() -> ImportResults:
            results: ImportResults = []
            for path in paths:
                try:
                    _id, stored = workspace.workshops.add_attachment(workshop_id, path)
                    results.append((path, stored, None))
                except ValidationError as exc:
                    results.append((path, None, exc.errors[0]))
            return results

        self.status_changed.emit(QCoreApplication.translate("WorkshopEditor", "Importing…"))
        count = len(paths)
        label = self.tr("Add %n file(s)", "", count)  # self.tr: lupdate sees plurals only there
        detail = self.detail
        district_id = detail.district_id if detail is not None else None
        run_edit(self.undo, self.tasks, label, district_id, run, self._imported, self.import_failed.emit)

    # --- editing ---------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.ui.files_tab,
            QCoreApplication.translate("WorkshopEditor", "Add photos or files"),
            "",
            QCoreApplication.translate(
                "WorkshopEditor", "Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)"
            ),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def _imported(self, results: ImportResults) -> None:
        messages = []
        for path, stored, error in results:
            if error is not None:
                messages.append(f"„{path.name}“: {field_error('photo', error.code)}")
            elif stored is not None and stored.is_large:
                messages.append(
                    QCoreApplication.translate(
                        "WorkshopEditor",
                        "“{name}” is a very large photo ({mp:.0f} megapixels). It was added; the protocol "
                        "shows it scaled down, the original stays unchanged.",
                    ).format(name=path.name, mp=stored.megapixels)
                )
        show_error(self.ui.files_error, "\n".join(messages))
        self.status_changed.emit(QCoreApplication.translate("WorkshopEditor", "All changes saved"))
        self.reload_requested.emit()

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._caption_dirty:
            self.flush_requested.emit()
        row = None
        detail = self.detail
        if current is not None and detail is not None:
            row = next((a for a in detail.attachments if a.id == current.data(ID_ROLE)), None)
        self.ui.caption_edit.setEnabled(row is not None)
        self.ui.caption_edit.setText(row.caption if row else "")

    def _caption_changed(self, text: str) -> None:
        item = self.ui.files_list.currentItem()
        if item is None:
            return
        self._caption_dirty[item.data(ID_ROLE)] = text
        item.setText(text)
        self.edited.emit()

    def _save_caption(self, attachment_id: str, caption: str) -> None:
        workshops = self.workspace.workshops

        def failed(exc: Exception) -> None:
            self._caption_dirty.setdefault(attachment_id, caption)  # a newer caption wins
            self.save_failed.emit(exc)

        self._request_write(
            lambda: workshops.set_attachment_caption(attachment_id, caption),
            reload=False,
            failed=failed,
            pending=True,
        )

    def _remove(self) -> None:
        item = self.ui.files_list.currentItem()
        if item is not None:
            rid = item.data(ID_ROLE)
            self._caption_dirty.pop(rid, None)
            workshops = self.workspace.workshops
            self._request_write(
                lambda: workshops.remove_attachment(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove file “{name}”").format(
                    name=item.text()[:60]
                ),
            )
