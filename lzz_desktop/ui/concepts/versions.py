"""History of a concept's saved versions: compare two states section by section, word by word,
and restore an old version (as a new version; history is never rewritten)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QTreeWidgetItem, QWidget

from lzz_desktop import APP_NAME
from lzz_desktop.concepts.diff import Change, Op, SectionDiff
from lzz_desktop.labels import format_date
from lzz_desktop.records.concepts import ConceptView, VersionRow
from lzz_desktop.ui.forms.ui_concept_versions_dialog import Ui_ConceptVersionsDialog
from lzz_desktop.ui.messages import unexpected_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

CURRENT = ""  # combo data of "the current state"
INSERT_STYLE = "background-color:#cdeccf; color:#0b4d14;"
DELETE_STYLE = "background-color:#f7d4d2; color:#7a1712; text-decoration:line-through;"


def _text_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class VersionsDialog(QDialog):
    restored = Signal()
    compared = Signal()

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, view: ConceptView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConceptVersionsDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        self.view = view
        self.diffs: list[SectionDiff] = []
        ui = self.ui
        ui.splitter.setSizes([400, 580])
        ui.button_box.rejected.connect(self.reject)
        ui.restore_button.clicked.connect(self.restore_selected)
        ui.history.currentItemChanged.connect(
            lambda current, _previous: ui.restore_button.setEnabled(current is not None)
        )
        ui.history.itemClicked.connect(self._history_clicked)
        ui.restore_button.setEnabled(False)
        self._fill(list(view.versions))
        ui.old_combo.currentIndexChanged.connect(self.compare)
        ui.new_combo.currentIndexChanged.connect(self.compare)
        if view.read_only:
            ui.restore_button.setVisible(False)
        self.compare()

    def _fill(self, versions: list[VersionRow]) -> None:
        ui = self.ui
        ui.history.clear()
        for combo in (ui.old_combo, ui.new_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Current state"), CURRENT)
        for v in versions:
            when = f"{format_date(v.created_at.astimezone().date())} {v.created_at.astimezone():%H:%M}"
            item = QTreeWidgetItem(ui.history, [str(v.number), v.name, f"{when} · {v.author or '–'}"])
            item.setData(0, ID_ROLE, v.id)
            for combo in (ui.old_combo, ui.new_combo):
                combo.addItem(self.tr("Version {number}: {name}").format(number=v.number, name=v.name), v.id)
        for column in range(3):
            ui.history.resizeColumnToContents(column)
        # Default: the latest version against the current state.
        ui.old_combo.setCurrentIndex(1 if versions else 0)
        ui.new_combo.setCurrentIndex(0)
        for combo in (ui.old_combo, ui.new_combo):
            combo.blockSignals(False)

    def _history_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """Clicking a version compares it with what the right-hand side shows."""
        self.ui.old_combo.setCurrentIndex(self.ui.old_combo.findData(item.data(0, ID_ROLE)))

    def select_versions(self, old_id: str | None, new_id: str | None) -> None:
        self.ui.old_combo.setCurrentIndex(self.ui.old_combo.findData(old_id or CURRENT))
        self.ui.new_combo.setCurrentIndex(self.ui.new_combo.findData(new_id or CURRENT))

    def compare(self, *_args: Any) -> None:
        old = self.ui.old_combo.currentData() or None
        new = self.ui.new_combo.currentData() or None
        concepts = self.workspace.concepts
        concept_id = self.view.id
        self.tasks.run_db(lambda: concepts.compare(concept_id, old, new), self._show_diff, self._failed)

    def _show_diff(self, diffs: list[SectionDiff]) -> None:
        self.diffs = diffs
        badges = {
            Change.SAME: self.tr("unchanged"),
            Change.CHANGED: self.tr("changed"),
            Change.ADDED: self.tr("new"),
            Change.REMOVED: self.tr("removed"),
        }
        parts = []
        changed = [d for d in diffs if d.change is not Change.SAME]
        if not changed:
            same_text = self.tr("The two states have the same content.")
            parts.append(f"<p><i>{html.escape(same_text)}</i></p>")
        for d in changed:
            parts.append(
                f"<h3>{html.escape(d.title)} <span style='color:#5a6675; font-weight:normal;'>"
                f"({html.escape(badges[d.change])})</span></h3><p>"
            )
            for op, text in d.segments:
                if op is Op.INSERT:
                    parts.append(f"<span style='{INSERT_STYLE}'>{_text_html(text)}</span>")
                elif op is Op.DELETE:
                    parts.append(f"<span style='{DELETE_STYLE}'>{_text_html(text)}</span>")
                else:
                    parts.append(_text_html(text))
            parts.append("</p>")
        same = [d.title for d in diffs if d.change is Change.SAME]
        if same and changed:
            parts.append(
                "<p style='color:#5a6675'>{}</p>".format(
                    html.escape(self.tr("Unchanged: {sections}").format(sections=", ".join(same)))
                )
            )
        self.ui.compare_view.setHtml("".join(parts))
        self.compared.emit()

    def restore_selected(self) -> None:
        item = self.ui.history.currentItem()
        if item is None:
            return
        version_id = item.data(0, ID_ROLE)
        answer = QMessageBox.question(
            self,
            self.tr("Restore version"),
            self.tr(
                "Restore version {number} “{name}”? Its text replaces the current text; the restored "
                "state is saved as a new version, and the current state stays in the history."
            ).format(number=item.text(0), name=item.text(1)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(version_id)

    def restore(self, version_id: str) -> None:
        concepts = self.workspace.concepts
        concept_id = self.view.id

        def done(versions: list[VersionRow]) -> None:
            self._fill(versions)
            self.restored.emit()
            self.compare()

        def restore() -> list[VersionRow]:
            concepts.restore_version(version_id)
            return concepts.versions(concept_id)

        self.tasks.run_db(restore, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, APP_NAME, unexpected_error_text(exc))
