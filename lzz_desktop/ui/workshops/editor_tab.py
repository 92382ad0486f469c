"""What the workshop editor's tab controllers share: the write they ask the editor for, and signals.

A tab controller (:class:`EditorTab`) owns the widgets of one tab of the editor's form (the form
stays the layout source). It gets what it needs when it is made: the form, the workspace and the
current workshop's id and detail (as functions, since the editor switches workshops). It never
calls the editor: it emits signals the editor connects. Its texts are translated in the editor's
context ("WorkshopEditor"), where they have always been: written out in every
``QCoreApplication.translate("WorkshopEditor", …)`` call, since lupdate reads only literals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget

from lzz_desktop.domain.validation import ValidationError
from lzz_desktop.records.workshops import WorkshopDetail
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

T = TypeVar("T")


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


@dataclass(frozen=True)
class Write(Generic[T]):
    """A change for the editor to write on the database worker (see ``WorkshopEditor._write``):
    undoable with a ``label``; afterwards ``done`` and, with ``reload``, the workshop is read
    again. ``failed`` replaces the general failure message, ``invalid`` shows a refused value at its
    field; ``pending`` edits (typed before, saved by a flush during a fill) are always written."""

    action: Callable[[], T]
    label: str | None = None
    reload: bool = True
    merge: str | None = None
    done: Callable[[T], None] | None = None
    failed: Callable[[Exception], None] | None = None
    invalid: Callable[[ValidationError], None] | None = None
    pending: bool = False


class EditorTab(QObject):
    """The controller of one tab of the workshop editor."""

    write_requested = Signal(object)  # a Write, for the editor to run
    edited = Signal()  # something typed waits for the autosave
    flush_requested = Signal()  # every pending edit of the editor is to be saved now
    save_failed = Signal(object)  # the Exception of an autosave that did not reach the database

    def __init__(
        self,
        ui: Ui_WorkshopEditor,
        workspace: Workspace,
        workshop_id: Callable[[], str | None],
        detail: Callable[[], WorkshopDetail | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.workspace = workspace
        self._workshop_id = workshop_id
        self._detail = detail
        self._filling = False  # while the tab fills its widgets: their signals are no edits

    @property
    def workshop_id(self) -> str | None:
        return self._workshop_id()

    @property
    def detail(self) -> WorkshopDetail | None:
        return self._detail()

    def _request_write(
        self,
        action: Callable[[], T],
        reload: bool = True,
        label: str | None = None,
        merge: str | None = None,
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
        invalid: Callable[[ValidationError], None] | None = None,
        pending: bool = False,
    ) -> None:
        self.write_requested.emit(Write(action, label, reload, merge, done, failed, invalid, pending))

    def _choice_cell(
        self,
        table: QTableWidget,
        row: int,
        column: int,
        choices: list[tuple[str, object]],
        current: object,
        write: Callable[[Any], object],
        label: str,
    ) -> None:
        """A combo box in a table cell whose choice is written (undoable under ``label``) as soon
        as it changes: ``write(value)`` runs on the database worker."""
        box = QComboBox(table)
        for text, value in choices:
            box.addItem(text, value)
        box.setCurrentIndex(box.findData(current))

        def chosen(_index: int) -> None:
            value = box.currentData()  # read here, on the GUI thread; the write runs on the worker
            self._request_write(lambda: write(value), label=label)

        box.currentIndexChanged.connect(chosen)
        table.setCellWidget(row, column, box)
