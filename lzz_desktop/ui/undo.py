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
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

if TYPE_CHECKING:  # the window shell is built before the services (and SQLAlchemy) are imported
    from lzz_desktop.services import Workspace
    from lzz_desktop.services.history import Change
    from lzz_desktop.ui.tasks import TaskRunner

T = TypeVar("T")
WORKSPACE = ""  # the stack for edits of the district list itself

Refresh = Callable[[str], None]  # district id whose page must show the new state
Failed = Callable[[Exception], None]


class RecordedEdit(QUndoCommand):
    """An edit already made: ``redo`` does nothing the first time (the edit happened), later it
    applies the change again; ``undo`` writes the old values back. Both are service edits."""

    def __init__(
        self,
        label: str,
        workspace: Workspace,
        district_id: str,
        changes: list[Change],
        refresh: Refresh,
        failed: Failed,
        merge: str | None = None,
    ) -> None:
        super().__init__(label)
        self.merge_key = merge
        self._workspace = workspace
        self._district_id = district_id
        self._changes = changes
        self._refresh = refresh
        self._failed = failed
        self._done = True

    def _run(self, action: Callable[[Workspace, list[Change]], None]) -> None:
        try:
            action(self._workspace, self._changes)
        except Exception as exc:  # raised inside Qt's C++ caller it would vanish: report it
            self.setObsolete(True)
            self._failed(exc)
            return
        self._refresh(self._district_id)

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

        self._run(history.redo)

    def undo(self) -> None:
        from lzz_desktop.services import history

        self._run(history.undo)


class DistrictUndo(QObject):
    def __init__(
        self, parent: QObject, workspace: Workspace | None, refresh: Refresh, failed: Failed
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace  # None until the window's workspace is attached
        self.refresh = refresh
        self.failed = failed
        self.group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}
        self.activate(None)

    def _workspace(self) -> Workspace:
        assert self.workspace is not None, "edits are recorded only once a workspace is attached"
        return self.workspace

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

    def run_recorded(
        self,
        tasks: TaskRunner,
        label: str,
        district_id: str | None,
        action: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Like :meth:`record`, with the edit on the database worker; the command is pushed on the
        GUI thread once the edit committed."""

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
                    RecordedEdit(label, self._workspace(), key, changes, self.refresh, self.failed)
                )
            if on_done is not None:
                on_done(result)

        tasks.run_db(work, done, on_failed)

    def record(
        self, label: str, district_id: str | None, action: Callable[[], T], merge: str | None = None
    ) -> T:
        """Run ``action`` (a service edit) and make what it changed undoable under ``label``.
        Consecutive edits with the same ``merge`` key become one step."""
        from lzz_desktop.services import history

        with history.capturing() as changes:
            result = action()
        if changes:
            key = district_id or WORKSPACE
            self.stack(key).push(
                RecordedEdit(label, self._workspace(), key, list(changes), self.refresh, self.failed, merge)
            )
        return result


def record_edit(
    undo: DistrictUndo | None,
    label: str,
    district_id: str | None,
    action: Callable[[], T],
    merge: str | None = None,
) -> T:
    """Run a service edit from a page: undoable under ``label`` once the page has the window's
    history (a page used on its own just runs it)."""
    if undo is None:
        return action()
    return undo.record(label, district_id, action, merge)


def run_edit(
    undo: DistrictUndo | None,
    tasks: TaskRunner,
    label: str,
    district_id: str | None,
    action: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
) -> None:
    """:func:`record_edit` with the edit on the database worker."""
    if undo is None:
        tasks.run_db(action, on_done, on_failed)
    else:
        undo.run_recorded(tasks, label, district_id, action, on_done, on_failed)
