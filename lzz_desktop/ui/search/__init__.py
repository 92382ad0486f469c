"""Search in the main window: the Strg+K action, the search window, and taking the user to a hit
where it lives (the workshop editor at the agenda item, the actor in the register, the concept
section with the words found)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QListWidget, QTableWidget

from lzz_desktop.store.search import query_terms
from lzz_desktop.ui.roles import ID_ROLE  # the editors' lists and tables carry record ids here

if TYPE_CHECKING:
    from lzz_desktop.services.search import SearchHit
    from lzz_desktop.ui.main_window import MainWindow
    from lzz_desktop.ui.search.dialog import SearchDialog

WORKSHOP_KINDS = {"workshop", "agenda", "agreement", "task"}


class SearchNavigator(QObject):
    """Owns the search window of one main window and carries out "open this hit"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: SearchDialog | None = None
        self._waiting: list[tuple[SignalInstance, Callable[..., None]]] = []
        self.action = QAction(QCoreApplication.translate("MainWindow", "&Search everything …"), window)
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.show)
        window.ui.menu_edit.insertAction(window.ui.action_find, self.action)
        window.addAction(self.action)

    def show(self) -> SearchDialog:
        from lzz_desktop.ui.search.dialog import SearchDialog

        window = self.window
        if self.dialog is None:
            self.dialog = SearchDialog(window.workspace, window.tasks, window.settings.language, window)
            self.dialog.open_requested.connect(self.open_hit)
        self.dialog.set_district(window.selected_district_id())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    # --- taking the user there -----------------------------------------------------------
    def open_hit(self, hit: SearchHit) -> None:
        self._forget_waiting()
        window = self.window
        if hit.district_id is None:
            return
        if window.current_page is not None and window.current_page.id == hit.district_id:
            self._open_in_page(hit)
            return
        self._after(window.district_shown, lambda _id: self._open_in_page(hit))
        if not window.select_district(hit.district_id):
            self._forget_waiting()

    def _open_in_page(self, hit: SearchHit) -> None:
        window = self.window
        terms = query_terms(self.dialog.ui.query_edit.text()) if self.dialog else []
        if hit.kind == "district":
            window.show_view("overview")
        elif hit.kind in WORKSHOP_KINDS:
            window.show_view("workshops")
            editor = window.workshops_page.editor
            self._after(editor.detail_loaded, lambda _id: self._show_in_workshop(hit))
            window.workshops_page.open_workshop(hit.anchor)
        elif hit.kind in {"actor", "relationship", "snapshot"}:
            window.show_view("stakeholders")
            page = window.stakeholders_page
            if hit.kind in {"actor", "relationship"}:  # a relationship opens at its first actor
                if page.actor_model.row_of(hit.anchor) >= 0:
                    page.select_actor(hit.anchor)
                else:
                    self._after(page.data_shown, lambda: _ignore(page.select_actor(hit.anchor)))
        elif hit.kind in {"concept", "comment"}:
            window.show_view("concept")
            concepts = window.concept_page
            if concepts.has_section(hit.anchor):
                self._show_in_concept(hit.anchor, terms)
            else:
                self._after(concepts.concept_shown, lambda _id: self._show_in_concept(hit.anchor, terms))

    def _show_in_workshop(self, hit: SearchHit) -> None:
        ui = self.window.workshops_page.editor.ui
        if hit.kind == "agenda":
            ui.editor_tabs.setCurrentWidget(ui.agenda_tab)
            _select_in(ui.agenda_list, hit.record_id)
        elif hit.kind == "task":
            ui.editor_tabs.setCurrentWidget(ui.results_tab)
            _select_in(ui.actions_table, hit.record_id)
        elif hit.kind == "agreement":
            ui.editor_tabs.setCurrentWidget(ui.results_tab)
            _select_in(ui.agreements_list, hit.record_id)
        else:
            ui.editor_tabs.setCurrentWidget(ui.general_tab)

    def _show_in_concept(self, section_id: str, terms: list[str]) -> None:
        from lzz_desktop.services.search import find_word

        editor = self.window.concept_page
        editor.show_section(section_id)
        text = editor.text_edit
        span = find_word(text.toPlainText(), terms)
        if span is not None:
            cursor = text.textCursor()
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            text.setTextCursor(cursor)
            text.ensureCursorVisible()

    def _after(self, signal: SignalInstance, action: Callable[..., None]) -> None:
        """Run ``action`` once, the next time ``signal`` fires (unless another hit is opened first)."""

        def once(*args: Any) -> None:
            self._forget_waiting()
            action(*args)

        signal.connect(once)
        self._waiting.append((signal, once))

    def _forget_waiting(self) -> None:
        for signal, slot in self._waiting:
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self._waiting.clear()


def _ignore(_value: object) -> None:
    return None


def _select_in(widget: QListWidget | QTableWidget, record_id: str) -> None:
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            entry = widget.item(row)
            if entry.data(ID_ROLE) == record_id:
                widget.setCurrentItem(entry)
                widget.scrollToItem(entry)
                return
        return
    for row in range(widget.rowCount()):
        for column in range(widget.columnCount()):
            cell = widget.item(row, column)
            if cell is not None and cell.data(ID_ROLE) == record_id:
                widget.setCurrentCell(row, column)
                widget.scrollToItem(cell)
                return
