"""The list of open sync conflicts and their resolution: keep mine, take theirs, or edit a merged
version (texts side by side)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QDialog, QListWidgetItem, QPlainTextEdit, QTextEdit, QWidget

from lzz_desktop.labels import format_datetime
from lzz_desktop.sync import account, conflicts
from lzz_desktop.sync.conflicts import ConflictView, Side
from lzz_desktop.ui.forms.ui_conflict_dialog import Ui_ConflictDialog
from lzz_desktop.ui.messages import unexpected_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictDialog(QDialog):
    conflict_resolved = Signal(str)  # conflict id
    loaded = Signal()  # the list shows what is stored

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        self.account = ""
        self._conflicts: list[ConflictView] = []
        self._sides: tuple[Side, Side] | None = None
        self.ui.conflict_list.currentRowChanged.connect(self._show)
        self.ui.keep_mine_button.clicked.connect(lambda: self._keep(0))
        self.ui.take_theirs_button.clicked.connect(lambda: self._keep(1))
        self.ui.use_merged_button.clicked.connect(lambda: self._resolve("value"))
        self.ui.button_box.rejected.connect(self.reject)
        self.reload()

    def _describe(self, conflict: ConflictView) -> str:
        what = conflict.record_label or conflict.entity_id[:8]
        if conflict.kind == "delete":
            return self.tr("{record}: deleted on one side, changed on the other").format(record=what)
        if conflict.kind == "text":
            return self.tr("{record}: text “{field}” changed in the same paragraph").format(
                record=what, field=conflict.field
            )
        return self.tr("{record}: “{field}” changed on both sides").format(record=what, field=conflict.field)

    def reload(self) -> None:
        """Read the open conflicts (and who is logged in) on the database worker."""
        workspace = self.workspace
        self.tasks.run_db(
            lambda: (account.logged_in_as(workspace)[1], conflicts.open_conflicts(workspace)),
            self._fill,
            self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.ui.mine_view.setPlainText(unexpected_error_text(exc))
        for button in (self.ui.keep_mine_button, self.ui.take_theirs_button, self.ui.use_merged_button):
            button.setEnabled(bool(self._conflicts))

    def _fill(self, found: tuple[str, list[ConflictView]]) -> None:
        self.account, self._conflicts = found
        self.ui.conflict_list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(self._describe(conflict))
            item.setData(ID_ROLE, conflict.id)
            self.ui.conflict_list.addItem(item)
        has_any = bool(self._conflicts)
        for button in (self.ui.keep_mine_button, self.ui.take_theirs_button, self.ui.use_merged_button):
            button.setEnabled(has_any)
        if has_any:
            self.ui.conflict_list.setCurrentRow(0)
        else:
            self.ui.mine_view.clear()
            self.ui.theirs_view.clear()
            self.ui.merged_edit.clear()
        self.loaded.emit()

    @property
    def current(self) -> ConflictView | None:
        row = self.ui.conflict_list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _when(self, iso: str) -> str:
        try:
            return format_datetime(dt.datetime.fromisoformat(iso).astimezone())
        except ValueError:
            return ""

    def _title(self, side: Side) -> str:
        when = self._when(side.at)
        if side.is_own:
            text = self.tr("Your version")
            if when:
                text = self.tr("Your version, {time}").format(time=when)
        else:
            who = side.author or self.tr("unknown")
            text = (
                self.tr("Version of {name}, {time}").format(name=who, time=when)
                if when
                else (self.tr("Version of {name}").format(name=who))
            )
        if side.in_store:
            text += " " + self.tr("(in the central store now)")
        return text

    def _keep_label(self, side: Side) -> str:
        if side.is_own:
            return self.tr("&Keep mine")
        return self.tr("Keep version of {name}").format(name=side.author or self.tr("unknown"))

    def _show(self, _row: int) -> None:
        conflict = self.current
        if conflict is None:
            return
        left, right = self._sides = conflict.sides(self.account)
        self.ui.mine_label.setText(self._title(left))
        self.ui.theirs_label.setText(self._title(right))
        self.ui.keep_mine_button.setText(self._keep_label(left))
        self.ui.take_theirs_button.setText(self._keep_label(right))
        if conflict.kind == "delete":
            deleted, edited = self.tr("Deleted"), self.tr("Changed (kept)")
            self.ui.mine_view.setPlainText(deleted if left.value == "deleted" else edited)
            self.ui.theirs_view.setPlainText(deleted if right.value == "deleted" else edited)
            self.ui.merged_edit.clear()
            self.ui.merged_edit.setEnabled(False)
            self.ui.use_merged_button.setEnabled(False)
            return
        left_text, right_text = _as_text(left.value), _as_text(right.value)
        self.ui.mine_view.setPlainText(left_text)
        self.ui.theirs_view.setPlainText(right_text)
        only_left, only_right = conflicts.differing_lines(left_text, right_text)
        _highlight(self.ui.mine_view, only_left)
        _highlight(self.ui.theirs_view, only_right)
        self.ui.merged_edit.setEnabled(True)
        self.ui.use_merged_button.setEnabled(True)
        self.ui.merged_edit.setPlainText(left_text)

    def _keep(self, index: int) -> None:
        if self._sides is not None:
            self._resolve(self._sides[index].choice)

    def _resolve(self, choice: conflicts.Choice) -> None:
        conflict = self.current
        if conflict is None:
            return
        value: Any = self.ui.merged_edit.toPlainText() if choice == "value" else None
        if choice == "value" and not isinstance(conflict.mine, str) and not isinstance(conflict.theirs, str):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        workspace = self.workspace
        for button in (self.ui.keep_mine_button, self.ui.take_theirs_button, self.ui.use_merged_button):
            button.setEnabled(False)  # one decision at a time

        def resolved(_result: object) -> None:
            self.conflict_resolved.emit(conflict.id)
            self.reload()

        def failed(exc: Exception) -> None:
            self._failed(exc)
            self.reload()

        self.tasks.run_db(lambda: conflicts.resolve(workspace, conflict.id, choice, value), resolved, failed)


def _highlight(view: QPlainTextEdit, lines: set[int]) -> None:
    """Mark the lines of the paragraphs a conflict is about (the other side differs there)."""
    selections = []
    colour = QColor(255, 214, 102, 110)  # amber, translucent: readable on light and dark palettes
    document = view.document()
    for number in sorted(lines):
        block = document.findBlockByNumber(number)
        if not block.isValid():
            continue
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(colour)  # type: ignore[attr-defined]
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
        cursor = QTextCursor(block)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selections.append(selection)
    view.setExtraSelections(selections)
