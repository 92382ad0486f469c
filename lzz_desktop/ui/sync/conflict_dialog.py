"""The list of open sync conflicts and their resolution: keep mine, take theirs, or edit a merged
version (texts side by side)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from lzz_desktop.services import Workspace
from lzz_desktop.sync import conflicts
from lzz_desktop.sync.conflicts import ConflictView
from lzz_desktop.ui.forms.ui_conflict_dialog import Ui_ConflictDialog


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictDialog(QDialog):
    conflict_resolved = Signal(str)  # conflict id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self._conflicts: list[ConflictView] = []
        self.ui.conflict_list.currentRowChanged.connect(self._show)
        self.ui.keep_mine_button.clicked.connect(lambda: self._resolve("mine"))
        self.ui.take_theirs_button.clicked.connect(lambda: self._resolve("theirs"))
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
        self._conflicts = conflicts.open_conflicts(self.workspace)
        self.ui.conflict_list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(self._describe(conflict))
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
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

    @property
    def current(self) -> ConflictView | None:
        row = self.ui.conflict_list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _show(self, _row: int) -> None:
        conflict = self.current
        if conflict is None:
            return
        if conflict.kind == "delete":
            deleted, edited = self.tr("Deleted"), self.tr("Changed (kept)")
            self.ui.mine_view.setPlainText(deleted if conflict.mine == "deleted" else edited)
            self.ui.theirs_view.setPlainText(deleted if conflict.theirs == "deleted" else edited)
            self.ui.merged_edit.clear()
            self.ui.merged_edit.setEnabled(False)
            self.ui.use_merged_button.setEnabled(False)
            return
        self.ui.mine_view.setPlainText(_as_text(conflict.mine))
        self.ui.theirs_view.setPlainText(_as_text(conflict.theirs))
        self.ui.merged_edit.setEnabled(True)
        self.ui.use_merged_button.setEnabled(True)
        self.ui.merged_edit.setPlainText(_as_text(conflict.mine))

    def _resolve(self, choice: conflicts.Choice) -> None:
        conflict = self.current
        if conflict is None:
            return
        value: Any = self.ui.merged_edit.toPlainText() if choice == "value" else None
        if choice == "value" and not isinstance(conflict.mine, str) and not isinstance(conflict.theirs, str):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        conflicts.resolve(self.workspace, conflict.id, choice, value)
        self.conflict_resolved.emit(conflict.id)
        self.reload()
