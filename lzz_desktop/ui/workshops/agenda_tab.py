"""The agenda tab of the workshop editor: the items in their order, and the item being edited.

The title, notes and results typed into an item are kept as pending edits until the editor's
autosave (or a flush) calls :meth:`AgendaTab.save_pending`; the fields are never refilled while
the same items are shown, so their own undo (Ctrl+Z) keeps working.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidgetItem

from lzz_desktop.domain.validation import ErrorCode, ValidationError, validate_titled
from lzz_desktop.records.workshops import CARRY_OVER_TITLE, WorkshopDetail
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.messages import field_error
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.workshops.editor_tab import EditorTab, show_error

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def agenda_text(number: int, title: str) -> str:
    """An agenda item in the list. The item that carries the open tasks is stored with its German
    title (data, printed in German protocols); the list names it in the UI's language."""
    if title == CARRY_OVER_TITLE:
        title = QCoreApplication.translate("AgendaTab", "Open tasks")
    text = QCoreApplication.translate("AgendaTab", "Item {number}: {title}")
    return text.format(number=number, title=title)


class AgendaTab(EditorTab):
    """Owns ``agenda_list``, its buttons and the fields of the current item."""

    def __init__(
        self,
        ui: Ui_WorkshopEditor,
        workspace: Workspace,
        workshop_id: Callable[[], str | None],
        detail: Callable[[], WorkshopDetail | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(ui, workspace, workshop_id, detail, parent)
        self._dirty: dict[str, dict[str, str]] = {}  # item id → field → text not yet saved
        self._current: str | None = None
        show_error(ui.agenda_add_error, "")
        show_error(ui.agenda_title_error, "")
        ui.agenda_layout.setStretch(0, 2)
        ui.agenda_layout.setStretch(1, 3)
        ui.agenda_list.setWordWrap(True)
        ui.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.agenda_list.currentItemChanged.connect(self._selected)
        ui.agenda_list.model().rowsMoved.connect(self._moved)
        ui.agenda_add_button.clicked.connect(self._add)
        ui.agenda_new_edit.returnPressed.connect(self._add)
        ui.agenda_remove_button.clicked.connect(self._remove)
        ui.agenda_up_button.clicked.connect(lambda: self.move(-1))
        ui.agenda_down_button.clicked.connect(lambda: self.move(1))
        ui.agenda_list.installEventFilter(self)
        ui.agenda_title_edit.textEdited.connect(lambda text: self._field_changed("title", text))
        ui.agenda_notes_edit.textChanged.connect(
            lambda: self._field_changed("notes", ui.agenda_notes_edit.toPlainText())
        )
        ui.agenda_results_edit.textChanged.connect(
            lambda: self._field_changed("results", ui.agenda_results_edit.toPlainText())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up / Ctrl+Down move the current agenda item (the keyboard way to reorder)."""
        if (
            watched is self.ui.agenda_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # --- the editor's interface ------------------------------------------------------------
    @property
    def has_pending_edits(self) -> bool:
        return bool(self._dirty)

    def save_pending(self) -> None:
        """Write what was typed into the items (in the order it was typed)."""
        for item_id, values in list(self._dirty.items()):
            self._save_item(item_id, values)

    def ids(self) -> list[str]:
        lst = self.ui.agenda_list
        return [lst.item(i).data(ID_ROLE) for i in range(lst.count())]

    def fill(self, detail: WorkshopDetail) -> None:
        filling, self._filling = self._filling, True
        try:
            self._fill(detail)
        finally:
            self._filling = filling

    def _fill(self, detail: WorkshopDetail) -> None:
        lst = self.ui.agenda_list
        current = self._current
        ids = [row.id for row in detail.agenda]
        if ids == self.ids() and current in ids:
            # Same items in the same order: leave the list and the fields being edited alone
            # (refilling them would drop their undo history and could show older text).
            return
        lst.clear()
        for number, row in enumerate(detail.agenda, start=1):
            item = QListWidgetItem(agenda_text(number, row.title))
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            lst.addItem(item)
        if current in ids:
            lst.setCurrentRow(ids.index(current))
        elif ids:
            lst.setCurrentRow(0)
        else:
            self._selected(None, None)

    def move(self, step: int) -> None:
        lst = self.ui.agenda_list
        row = lst.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < lst.count():
            return
        item = lst.takeItem(row)
        lst.insertItem(target, item)
        lst.setCurrentRow(target)
        self._save_order()

    # --- editing ---------------------------------------------------------------------------
    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._dirty:
            self.flush_requested.emit()
        ui = self.ui
        item_id = current.data(ID_ROLE) if current is not None else None
        self._current = item_id
        detail = self.detail
        row = next((r for r in detail.agenda if r.id == item_id), None) if detail else None
        filling, self._filling = self._filling, True
        try:
            ui.agenda_title_edit.setText(row.title if row else "")
            ui.agenda_notes_edit.setPlainText(row.notes if row else "")
            ui.agenda_results_edit.setPlainText(row.results if row else "")
        finally:
            self._filling = filling
        for widget in (ui.agenda_title_edit, ui.agenda_notes_edit, ui.agenda_results_edit):
            widget.setEnabled(row is not None)
        show_error(ui.agenda_title_error, "")

    def _field_changed(self, name: str, value: str) -> None:
        if self._filling or self._current is None:
            return
        self._dirty.setdefault(self._current, {})[name] = value
        self.edited.emit()

    def _save_item(self, item_id: str, values: dict[str, str]) -> None:
        ui = self.ui
        del self._dirty[item_id]
        values = dict(values)
        title_missing = "title" in values and not values["title"].strip()
        if title_missing:
            values.pop("title")
            show_error(ui.agenda_title_error, field_error("title", ErrorCode.REQUIRED))
        else:
            show_error(ui.agenda_title_error, "")
        if "title" in values:
            values["title"] = values["title"].strip()
        if not values:
            return
        workshops = self.workspace.workshops
        label: str | None = None
        detail = self.detail
        if "title" in values and detail is not None:
            number = next((n for n, r in enumerate(detail.agenda, start=1) if r.id == item_id), 0)
            label = QCoreApplication.translate("WorkshopEditor", "Rename agenda item {number}").format(
                number=number
            )

        def done(_result: object) -> None:
            detail = self.detail
            if detail is None:
                return
            for number, row in enumerate(detail.agenda, start=1):
                if row.id == item_id:
                    new_row = dataclasses.replace(row, **values)  # type: ignore[arg-type]
                    detail.agenda[number - 1] = new_row
                    for i in range(ui.agenda_list.count()):
                        list_item = ui.agenda_list.item(i)
                        if list_item.data(ID_ROLE) == item_id:
                            list_item.setText(agenda_text(i + 1, new_row.title))

        def failed(exc: Exception) -> None:
            pending = self._dirty.setdefault(item_id, {})
            for name, value in values.items():
                pending.setdefault(name, value)  # newer typing wins
            self.save_failed.emit(exc)

        self._request_write(
            lambda: workshops.update_agenda_item(item_id, **values),
            reload=False,
            label=label,
            merge=f"agenda-title:{item_id}" if label else None,
            done=done,
            failed=failed,
            pending=True,
        )

    def _add(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        ui = self.ui
        title = ui.agenda_new_edit.text()
        workshops = self.workspace.workshops
        problems = validate_titled(title)
        if problems:  # said at once, without a trip to the database
            show_error(ui.agenda_add_error, field_error("title", problems[0].code))
            ui.agenda_new_edit.setFocus()
            return

        def added(item_id: str) -> None:
            show_error(ui.agenda_add_error, "")
            if ui.agenda_new_edit.text() == title:
                ui.agenda_new_edit.clear()
            self._current = item_id

        def refused(exc: ValidationError) -> None:
            show_error(ui.agenda_add_error, field_error("title", exc.errors[0].code))
            ui.agenda_new_edit.setFocus()

        self._request_write(
            lambda: workshops.add_agenda_item(workshop_id, title),
            label=QCoreApplication.translate("WorkshopEditor", "Add agenda item “{title}”").format(
                title=title.strip()[:60]
            ),
            done=added,
            invalid=refused,
        )

    def _remove(self) -> None:
        item = self.ui.agenda_list.currentItem()
        if item is None:
            return
        item_id = item.data(ID_ROLE)
        self._dirty.pop(item_id, None)
        self._current = None
        detail = self.detail
        row = next((r for r in detail.agenda if r.id == item_id), None) if detail else None
        title = row.title[:60] if row else ""
        workshops = self.workspace.workshops
        self._request_write(
            lambda: workshops.remove_agenda_item(item_id),
            label=QCoreApplication.translate("WorkshopEditor", "Remove agenda item “{title}”").format(
                title=title
            ),
        )

    def _moved(self, *_args: Any) -> None:
        if not self._filling:
            # After a drop Qt is still inside its drag handling; save once it is done.
            QTimer.singleShot(0, self._save_order)

    def _save_order(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        ids = self.ids()
        lst = self.ui.agenda_list
        current = lst.currentItem()
        self._current = current.data(ID_ROLE) if current else None
        # The list already shows the new order: renumber it in place instead of reloading, so a
        # second move right after the first never meets a stale reload (a failed save reloads).
        workshops = self.workspace.workshops
        self._request_write(
            lambda: workshops.reorder_agenda(workshop_id, ids),
            reload=False,
            label=QCoreApplication.translate("WorkshopEditor", "Reorder the agenda"),
        )
        detail = self.detail
        if detail is not None:
            by_id = {row.id: row for row in detail.agenda}
            detail.agenda[:] = [by_id[i] for i in ids if i in by_id]
        for number, row in enumerate(detail.agenda if detail else [], start=1):
            lst.item(number - 1).setText(agenda_text(number, row.title))
