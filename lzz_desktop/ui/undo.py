"""One undo history per district page (Strg+Z undoes what you see).

Every edit a window makes outside free text runs through :meth:`DistrictUndo.record` with a label
that names object and change; the changes it commits are captured (``services.history``) and
pushed as a command onto the stack of its district. Switching the district page switches the
active stack, so nothing of another district is ever undone unseen. District-list operations
(deleting a district) live on a workspace stack that is active while no district is shown.
Inside a text field Ctrl+Z stays the field's own undo: the window's actions yield to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:  # the window shell is built before the services (and SQLAlchemy) are imported
    from lzz_desktop.services import Workspace
    from lzz_desktop.services.history import Change
    from lzz_desktop.ui.tasks import TaskRunner

T = TypeVar("T")
WORKSPACE = ""  # the stack for edits of the district list itself

Refresh = Callable[[str], None]  # district id whose page must show the new state
Failed = Callable[[Exception], None]
Broken = Callable[[], None]  # an undo or redo failed: the history can no longer be trusted


Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]


class AsyncCommand(QUndoCommand):
    """A command whose undo and redo are service edits run on the database worker (``submit`` is
    ``TaskRunner.run_db``): the window never waits for the database. Qt moves the stack's index
    at once; should the edit then fail (changed meanwhile by a sync, storage trouble), the error
    is reported and ``broken`` clears the district's history, so no label promises an undo that
    cannot be done."""

    def __init__(self, label: str, submit: Submit, refresh: Refresh, failed: Failed, broken: Broken) -> None:
        super().__init__(label)
        self._submit = submit
        self._refresh = refresh
        self._failed = failed
        self._broken = broken

    def _apply(self, action: Callable[[], object], district_id: str | None = None) -> None:
        """Run ``action`` on the worker; then show ``district_id`` (or the id it returns)."""

        def done(result: object) -> None:
            self._refresh(district_id if district_id is not None else str(result))

        def failed(exc: Exception) -> None:
            self._broken()
            self._failed(exc)

        self._submit(action, done, failed)


class RecordedEdit(AsyncCommand):
    """An edit already made: ``redo`` does nothing the first time (the edit happened), later it
    applies the change again; ``undo`` writes the old values back. Both are service edits."""

    def __init__(
        self,
        label: str,
        workspace: Workspace,
        district_id: str,
        changes: list[Change],
        submit: Submit,
        refresh: Refresh,
        failed: Failed,
        broken: Broken,
        merge: str | None = None,
    ) -> None:
        super().__init__(label, submit, refresh, failed, broken)
        self.merge_key = merge
        self._workspace = workspace
        self._district_id = district_id
        self._changes = changes
        self._done = True

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Edits of the same thing in a row (typing in a title, moving a date) are one step."""
        if not isinstance(other, RecordedEdit) or other.merge_key != self.merge_key:
            return False
        self._changes = self._changes + other._changes
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        from lzz_desktop.services import history

        workspace, changes = self._workspace, list(self._changes)
        self._apply(lambda: history.redo(workspace, changes), self._district_id)

    def undo(self) -> None:
        from lzz_desktop.services import history

        workspace, changes = self._workspace, list(self._changes)
        self._apply(lambda: history.undo(workspace, changes), self._district_id)


class DistrictUndo(QObject):
    def __init__(
        self,
        parent: QObject,
        workspace: Workspace | None,
        tasks: TaskRunner,
        refresh: Refresh,
        failed: Failed,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace  # None until the window's workspace is attached
        self.tasks = tasks
        self.refresh = refresh
        self.failed = failed
        self.group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}
        self.activate(None)

    def _workspace(self) -> Workspace:
        assert self.workspace is not None, "edits are recorded only once a workspace is attached"
        return self.workspace

    def submit(
        self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]
    ) -> None:
        self.tasks.run_db(fn, done, failed)

    def breaker(self, district_id: str | None) -> Broken:
        """What a failed undo or redo of ``district_id`` does to its history: clear it."""
        return lambda: self.stack(district_id).clear()

    def stack(self, district_id: str | None) -> QUndoStack:
        key = district_id or WORKSPACE
        found = self._stacks.get(key)
        if found is None:
            found = QUndoStack(self)
            self.group.addStack(found)
            self._stacks[key] = found
        return found

    def activate(self, district_id: str | None) -> None:
        """Show the history of this district's page (or the workspace's, with no page)."""
        self.group.setActiveStack(self.stack(district_id))

    @property
    def active(self) -> QUndoStack | None:
        return self.group.activeStack()

    def push(self, district_id: str | None, command: QUndoCommand) -> None:
        self.stack(district_id).push(command)

    def step_after_saves(self, back: bool) -> None:
        """Undo (``back``) or redo on the history shown now, once every write already queued on
        the database worker has landed: an edit saved a moment ago is then the step undone, not
        the one before it."""
        stack = self.active
        if stack is None:
            return

        def step(_result: object) -> None:
            if back:
                stack.undo()
            else:
                stack.redo()

        self.tasks.run_db(lambda: None, step)

    def run_recorded(
        self,
        label: str,
        district_id: str | None,
        action: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        merge: str | None = None,
    ) -> None:
        """Run ``action`` (a service edit) on the database worker and make what it changed
        undoable under ``label``: the command is pushed on the GUI thread once the edit committed.
        Consecutive edits with the same ``merge`` key become one step."""

        from lzz_desktop.services import history

        def work() -> tuple[T, list[Change]]:
            with history.capturing() as changes:
                result = action()
            return result, list(changes)

        def done(outcome: tuple[T, list[Change]]) -> None:
            result, changes = outcome
            if changes:
                key = district_id or WORKSPACE
                self.stack(key).push(
                    RecordedEdit(
                        label,
                        self._workspace(),
                        key,
                        changes,
                        self.submit,
                        self.refresh,
                        self.failed,
                        self.breaker(key),
                        merge,
                    )
                )
            if on_done is not None:
                on_done(result)

        self.tasks.run_db(work, done, on_failed)


def run_edit(
    undo: DistrictUndo | None,
    tasks: TaskRunner,
    label: str,
    district_id: str | None,
    action: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
    merge: str | None = None,
) -> None:
    """Run a service edit from a page on the database worker: undoable under ``label`` once the
    page has the window's history (a page used on its own just runs it)."""
    if undo is None:
        tasks.run_db(action, on_done, on_failed)
    else:
        undo.run_recorded(label, district_id, action, on_done, on_failed, merge)


def use_workspace_history(
    dialog: QDialog,
    undo: DistrictUndo | None,
    tasks: TaskRunner,
    moved: Callable[[], None],
    target: QWidget | None = None,
) -> None:
    """While the office's ``dialog`` (phases, events) is open, Ctrl+Z and Ctrl+Shift+Z step
    through the workspace's history — where its edits are recorded — not the history of the
    district page behind it; on ``target`` only when given (elsewhere, text fields keep their own
    undo). Each step waits for the writes already queued, and ``moved`` runs after it."""
    if undo is None:
        return
    stack = undo.stack(None)

    def step(back: bool) -> None:
        tasks.run_db(lambda: None, lambda _r: stack.undo() if back else stack.redo())

    def on_moved(_index: int) -> None:
        moved()

    for keys, back in ((QKeySequence.StandardKey.Undo, True), (QKeySequence.StandardKey.Redo, False)):
        action = QAction(dialog)
        action.setShortcut(keys)
        if target is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, b=back: step(b))
        (target or dialog).addAction(action)
    stack.indexChanged.connect(on_moved)
    dialog.finished.connect(lambda _code: stack.indexChanged.disconnect(on_moved))
