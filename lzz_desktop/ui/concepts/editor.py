"""The Konzept page: outline with completeness, the section's text and fields beside its
guidance, comments, status, versions. Every edit is saved automatically a moment after typing
stops, and before the page switches section or district."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from lzz_desktop import APP_NAME
from lzz_desktop.concepts.fields import Completeness, section_completeness
from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.domain.validation import ValidationError
from lzz_desktop.i18n import current_language
from lzz_desktop.labels import concept_status_label, format_date
from lzz_desktop.records.concepts import AgreementOrigin, ConceptView, SectionView, TemplateUnknownError
from lzz_desktop.records.districts import ConceptIncompleteError, DistrictPage
from lzz_desktop.ui.autosave import RETRY_MS, AutosaveTimer
from lzz_desktop.ui.concepts.documents import ConceptDocuments
from lzz_desktop.ui.concepts.fields import EMPTY_DATE, FieldsPanel
from lzz_desktop.ui.concepts.text_edit import MarkdownEdit
from lzz_desktop.ui.concepts.texts import (
    learning_choice_text,
    learning_text,
    origin_text,
    read_only_text,
    template_error_text,
)
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.fit import elide
from lzz_desktop.ui.forms.ui_concept_editor import Ui_ConceptEditor
from lzz_desktop.ui.icons import icon
from lzz_desktop.ui.messages import field_error, unexpected_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit

if TYPE_CHECKING:
    from lzz_desktop.services.events import LearningInfo
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.undo import DistrictUndo

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800


def section_title(section: SectionView) -> str:
    """A section's title in the UI's language (the template's English one in English)."""
    return section.title_in(current_language())


class ConceptEditor(QWidget):
    concept_shown = Signal(str)  # concept id, once loaded and on screen
    section_saved = Signal(str)  # section id, once written to the database
    save_failed = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo: DistrictUndo | None = None  # the window's per-district history, once attached
        self.ui = Ui_ConceptEditor()
        self.ui.setupUi(self)
        elide(self.ui.title_label, self.ui.save_state_label)  # long titles never widen the window
        self.workspace = workspace
        self.tasks = tasks
        self.view: ConceptView | None = None
        self.district_id: str | None = None
        self.current_id: str | None = None
        self._sections: dict[str, SectionView] = {}
        self._dirty = False
        self._unsaved: dict[str, tuple[str, dict[str, Any]]] = {}  # section id → text whose save failed
        self._loading = False
        self._timer = AutosaveTimer(self.flush, AUTOSAVE_MS, self)

        ui = self.ui
        self.text_edit = MarkdownEdit(ui.text_host)
        self.text_edit.setObjectName("section_text")
        ui.text_host_layout.addWidget(self.text_edit)
        self.fields = FieldsPanel(ui.fields_host)
        ui.fields_host_layout.addWidget(self.fields)
        ui.fields_host_layout.addStretch(1)
        ui.section_splitter.setStretchFactor(0, 3)
        ui.section_splitter.setStretchFactor(1, 2)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setStretchFactor(2, 1)
        ui.splitter.setSizes([300, 620, 280])
        ui.outline.header().setStretchLastSection(False)
        ui.outline.header().setSectionResizeMode(0, ui.outline.header().ResizeMode.Stretch)
        ui.outline.header().setSectionResizeMode(1, ui.outline.header().ResizeMode.ResizeToContents)
        # Room above the letters (the dots of "Ö" were cut with rows exactly one line high) and a
        # status column never narrower than its header ("Stand" was clipped at its last letter).
        ui.outline.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = ui.outline.header()
        header.setMinimumSectionSize(
            header.fontMetrics().horizontalAdvance(ui.outline.headerItem().text(1)) + 16
        )
        for status in ConceptStatus:
            ui.status_combo.addItem(concept_status_label(status), status)
        ui.decided_on_edit.setSpecialValueText("–")
        setup_date_edit(ui.decided_on_edit, empty=EMPTY_DATE)  # "15.12.2026" can be typed
        ui.decided_on_edit.setDate(EMPTY_DATE)
        self.new_version_button = QPushButton(self.tr("Begin a &new version"), self)
        self.new_version_button.setToolTip(
            self.tr("Keep the decided text as a version and make the concept a draft again")
        )
        self.new_version_button.setVisible(False)
        self.new_version_button.clicked.connect(self.begin_new_version)
        ui.header_row.addWidget(self.new_version_button)
        ui.total_progress.setFormat(self.tr("%p % complete"))

        self.text_edit.textChanged.connect(self._edited)
        self.fields.changed.connect(self._edited)
        ui.outline.currentItemChanged.connect(self._outline_changed)
        ui.fields_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        ui.heading_button.toggled.connect(self.text_edit.toggle_heading)
        ui.bold_button.toggled.connect(self.text_edit.set_bold)
        ui.italic_button.toggled.connect(self.text_edit.set_italic)
        ui.bullet_button.clicked.connect(lambda: self.text_edit.make_list(False))
        ui.numbered_button.clicked.connect(lambda: self.text_edit.make_list(True))
        self.text_edit.currentCharFormatChanged.connect(self._sync_format_buttons)
        ui.status_combo.activated.connect(self._status_edited)
        ui.decided_on_edit.editingFinished.connect(self._status_edited)
        ui.add_comment_button.clicked.connect(self.add_comment)
        ui.comments_list.itemChanged.connect(self._comment_toggled)
        ui.save_version_button.clicked.connect(self.save_version_interactive)
        ui.versions_button.clicked.connect(self.show_versions)
        ui.upgrade_button.clicked.connect(self.upgrade_interactive)
        ui.link_button.clicked.connect(self.link_agreement_interactive)
        ui.learning_button.clicked.connect(self.link_learning_interactive)
        ui.create_button.clicked.connect(self.create_concept)
        for button, name in (
            (ui.heading_button, "format_heading"),
            (ui.bold_button, "format_bold"),
            (ui.italic_button, "format_italic"),
            (ui.bullet_button, "format_bullets"),
            (ui.numbered_button, "format_numbered"),
        ):
            button.setIcon(icon(name))
            button.setToolTip(button.text())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.documents = ConceptDocuments(self)
        self._show_template_errors()

    # --- loading -------------------------------------------------------------------------
    def show_page(self, page: DistrictPage) -> None:
        self.flush()
        self.district_id = page.id
        self.reload()

    def reload(self) -> None:
        if self.district_id is None:
            return
        district_id = self.district_id
        concepts = self.workspace.concepts
        self.tasks.run_db(lambda: concepts.load_for_district(district_id), self._show, self._failed)

    def _show(self, view: ConceptView | None) -> None:
        if view is not None and view.district_id != self.district_id:
            return  # the user moved on meanwhile
        self.view = view
        self.documents.set_enabled(view is not None)
        ui = self.ui
        if view is None:
            self._sections = {}
            self.current_id = None
            ui.template_combo.clear()
            for template in self.workspace.templates.newest_of_each():
                ui.template_combo.addItem(template.title_in(current_language()), template.key)
            ui.stack.setCurrentWidget(ui.empty_page)
            self._show_template_errors()
            return
        previous = self.current_id
        self._sections = {s.id: s for s in view.sections}
        ui.stack.setCurrentWidget(ui.concept_page)
        ui.title_label.setText(view.title)
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(view.status))
        ui.decided_on_edit.setDate(
            QDate(view.decided_on.year, view.decided_on.month, view.decided_on.day)
            if view.decided_on
            else EMPTY_DATE
        )
        ui.status_error.clear()
        self._update_decided_visibility()
        read_only = view.read_only
        for widget in (ui.status_combo, ui.decided_on_edit, ui.save_version_button, ui.link_button):
            widget.setEnabled(not view.locked)
        ui.save_version_button.setEnabled(not read_only)
        self.new_version_button.setVisible(view.decided and not read_only)
        ui.upgrade_button.setVisible(view.upgrade_to is not None and not read_only)
        if view.upgrade_to is not None:
            ui.upgrade_button.setToolTip(
                self.tr(
                    "Version {new} of the template “{title}” is available; this draft uses version {old}."
                ).format(
                    new=view.upgrade_to,
                    title=view.template.title_in(current_language()) if view.template else "",
                    old=view.template_version,
                )
            )
        self._show_template_errors()
        self._fill_outline()
        self._update_total()
        target = previous if previous in self._sections else (view.sections[0].id if view.sections else None)
        if target is not None and target == previous and self._dirty:
            # Typing went on while this was loading: keep the text, refresh the rest.
            self._show_comments()
            self._show_origins(self._sections[target])
        else:
            self._select(target)
            self._show_section(target)
        ui.save_state_label.setText(self.tr("All changes saved."))
        self.concept_shown.emit(view.id)

    def _show_template_errors(self) -> None:
        messages = []
        if self.view is not None and self.view.read_only:
            messages.append(read_only_text(self.view.template_key, self.view.template_version))
        elif self.view is not None and self.view.decided:
            messages.append(
                self.tr(
                    "Decided{date}: the concept can be read, not changed. “Begin a new version” keeps "
                    "the decided text as a version and makes the concept a draft again."
                ).format(
                    date=" " + self.tr("on {date}").format(date=format_date(self.view.decided_on))
                    if self.view.decided_on
                    else ""
                )
            )
        messages += [template_error_text(e) for e in self.workspace.templates.errors]
        self.ui.banner_label.setText("\n".join(messages))
        self.ui.banner_label.setVisible(bool(messages))

    def _fill_outline(self) -> None:
        assert self.view is not None
        outline = self.ui.outline
        outline.blockSignals(True)
        outline.clear()
        parent: QTreeWidgetItem | None = None
        archive: QTreeWidgetItem | None = None
        for section in self.view.sections:
            if section.archived:
                if archive is None:
                    archive = QTreeWidgetItem(outline, [self.tr("Archived (from earlier templates)"), ""])
                    archive.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item = QTreeWidgetItem(archive, [section.title, ""])
            elif section.level == 2 and parent is not None:
                item = QTreeWidgetItem(parent, [f"{section.number} {section_title(section)}", ""])
            else:
                item = QTreeWidgetItem(outline, [f"{section.number} {section_title(section)}", ""])
                parent = item
            item.setData(0, ID_ROLE, section.id)
            item.setToolTip(0, section_title(section))
            self._set_item_completeness(item, section.completeness)
            if section.id in self.view.conflicted:
                # An open sync conflict on this section: marked until it is resolved.
                item.setText(0, item.text(0) + " ⚠")
                item.setToolTip(
                    0,
                    self.tr("{title} – changed in two places; resolve it under Sync → Conflicts").format(
                        title=section_title(section)
                    ),
                )
        outline.expandAll()
        outline.blockSignals(False)

    def _set_item_completeness(self, item: QTreeWidgetItem, completeness: Completeness) -> None:
        item.setText(1, "✓" if completeness.ratio >= 1 else f"{completeness.percent} %")
        item.setToolTip(
            1,
            self.tr("{filled} of {required} required entries filled").format(
                filled=completeness.filled, required=completeness.required
            ),
        )

    def _item_of(self, section_id: str) -> QTreeWidgetItem | None:
        outline = self.ui.outline
        stack = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(0, ID_ROLE) == section_id:
                return item
            stack += [item.child(i) for i in range(item.childCount())]
        return None

    def _update_total(self) -> None:
        total = Completeness(0, 0)
        for section in self._sections.values():
            if not section.archived:
                total = total + section.completeness
        self.ui.total_progress.setMaximum(max(1, total.required))
        self.ui.total_progress.setValue(total.filled)
        self.ui.total_progress.setToolTip(
            self.tr("{filled} of {required} required entries filled").format(
                filled=total.filled, required=total.required
            )
        )

    # --- sections ------------------------------------------------------------------------
    def has_section(self, section_id: str) -> bool:
        """Whether the concept on screen has this section (for links such as search hits)."""
        return self._item_of(section_id) is not None

    def show_section(self, section_id: str) -> None:
        self._select(section_id)

    def select_section(self, key: str) -> None:
        """Show the section with template key ``key`` (for tests and links)."""
        section = next((s for s in self._sections.values() if s.key == key), None)
        if section is not None:
            self._select(section.id)

    def _select(self, section_id: str | None) -> None:
        item = self._item_of(section_id) if section_id else None
        if item is not None:
            self.ui.outline.setCurrentItem(item)
        if section_id != self.current_id or item is None:
            self._show_section(section_id)

    def _outline_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        section_id = current.data(0, ID_ROLE) if current is not None else None
        if section_id and section_id != self.current_id:
            self.flush()
            self._show_section(section_id)

    def _show_section(self, section_id: str | None) -> None:
        ui = self.ui
        self.current_id = section_id
        section = self._sections.get(section_id or "")
        self._loading = True
        try:
            if section is None or self.view is None:
                self.text_edit.set_markdown("")
                self.fields.clear()
                ui.section_title_label.clear()
                ui.guidance_label.clear()
                ui.origins_label.clear()
                ui.comments_list.clear()
                return
            read_only = self.view.locked
            number = "" if section.archived else f"{section.number} "
            ui.section_title_label.setText(number + section_title(section))
            self.text_edit.set_markdown(section.content)
            self.text_edit.setReadOnly(read_only)
            for button in (
                ui.heading_button,
                ui.bold_button,
                ui.italic_button,
                ui.bullet_button,
                ui.numbered_button,
            ):
                button.setEnabled(not read_only)
            self.fields.set_section(section.definition, section.data, self.view.actors, read_only)
            ui.fields_scroll.setVisible(bool(self.fields.form.rowCount()))
            self._size_fields()
            self._order_tabs()
            ui.guidance_label.setText(self._guidance_html(section))
            self._show_origins(section)
            self._show_comments()
            ui.section_error.clear()
            self._show_section_state(section)
        finally:
            self._loading = False

    def _order_tabs(self) -> None:
        """Tab walks the page as it reads: status and document buttons, the outline, the
        formatting buttons, the section's text, its fields, the links, then the comments. (The
        fields are made anew for every section: Qt would put them last.)"""
        ui = self.ui
        fields: list[QWidget] = []
        for row in range(self.fields.form.rowCount()):
            item = self.fields.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                fields.append(widget)
            else:
                fields.extend(
                    w
                    for w in _in_focus_order(widget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
                )
        chain: list[QWidget] = [
            ui.status_combo,
            ui.decided_on_edit,
            self.new_version_button,
            ui.save_version_button,
            ui.versions_button,
            ui.print_button,
            ui.export_button,
            ui.outline,
            ui.heading_button,
            ui.bold_button,
            ui.italic_button,
            ui.bullet_button,
            ui.numbered_button,
            self.text_edit,
            *fields,
            ui.link_button,
            ui.learning_button,
            ui.comments_list,
            ui.comment_edit,
            ui.add_comment_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _size_fields(self) -> None:
        """Give the fields the room they need (up to 60 %), the text the rest."""
        splitter = self.ui.section_splitter
        total = max(splitter.height(), 500)
        self.fields.form.activate()  # the rows were just added: lay them out to know their height
        wanted = self.fields.form.sizeHint().height() + 8
        self.ui.fields_scroll.setMaximumHeight(wanted)
        fields_height = min(wanted, int(total * 0.6))
        splitter.setSizes([total - fields_height, fields_height])

    def _guidance_html(self, section: SectionView) -> str:
        if section.definition is None:
            return "<p>{}</p>".format(
                html.escape(
                    self.tr(
                        "This section is no longer part of the template. Its content is kept here so that "
                        "nothing is lost; copy what you still need into the current sections."
                    )
                )
            )
        d = section.definition
        language = current_language()
        guidance_heading = self.tr("Guidance")
        questions_heading = self.tr("Guiding questions")
        parts = [f"<p><b>{html.escape(guidance_heading)}</b></p>"]
        if guidance := d.guidance_in(language):
            parts.append(f"<p>{html.escape(guidance)}</p>")
        if questions := d.questions_in(language):
            parts.append(f"<p><b>{html.escape(questions_heading)}</b></p><ul>")
            parts += [f"<li>{html.escape(q)}</li>" for q in questions]
            parts.append("</ul>")
        required = [f.label_in(language) for f in d.fields if f.required]
        required = ([self.tr("Text")] if d.text_required else []) + required
        if required:
            parts.append(
                "<p><i>{}</i></p>".format(
                    html.escape(self.tr("Required: {items}").format(items=", ".join(required)))
                )
            )
        return "".join(parts)

    def _show_origins(self, section: SectionView) -> None:
        if not section.origins and not section.learnings:
            self.ui.origins_label.clear()
            self.ui.origins_label.setVisible(False)
            return
        text = ""
        # The headings outside the f-strings: lupdate does not see a tr() inside one.
        from_workshops = self.tr("From workshops")
        from_events = self.tr("Learnings from programme events")
        if section.origins:
            items = "".join(f"<li>{html.escape(origin_text(o))}</li>" for o in section.origins)
            text += f"<p><b>{html.escape(from_workshops)}</b></p><ul>{items}</ul>"
        if section.learnings:
            items = "".join(f"<li>{html.escape(learning_text(lr))}</li>" for lr in section.learnings)
            text += f"<p><b>{html.escape(from_events)}</b></p><ul>{items}</ul>"
        self.ui.origins_label.setText(text)
        self.ui.origins_label.setVisible(True)

    def _show_section_state(self, section: SectionView) -> None:
        c = section.completeness
        self.ui.section_state_label.setText(
            self.tr("{filled} of {required} required entries").format(filled=c.filled, required=c.required)
        )

    # --- saving --------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading or self.current_id is None or (self.view and self.view.locked):
            return
        self._dirty = True
        self.ui.save_state_label.setText(self.tr("Unsaved changes…"))
        self._timer.start(AUTOSAVE_MS)

    @property
    def has_pending_edits(self) -> bool:
        return self._dirty or bool(self._unsaved)

    def flush(self) -> None:
        """Save the current section now if it has unsaved changes, and retry sections whose save
        failed (the writes run on the database worker; later reads queue behind them)."""
        self._timer.stop()
        for section_id, (content, data) in list(self._unsaved.items()):
            del self._unsaved[section_id]
            self._save(section_id, content, data)
        if not self._dirty or self.current_id is None or self.view is None:
            return
        self._dirty = False
        self._save(self.current_id, self.text_edit.markdown(), self.fields.values())

    def _save(self, section_id: str, content: str, data: dict[str, Any]) -> None:
        concepts = self.workspace.concepts
        self.ui.save_state_label.setText(self.tr("Saving…"))

        def saved(_result: Any) -> None:
            section = self._sections.get(section_id)
            if section is not None:  # still the concept on screen
                completeness = (
                    section_completeness(section.definition, content, data)
                    if section.definition
                    else Completeness(int(bool(content.strip())), 1)
                )
                updated = dataclasses.replace(section, content=content, data=data, completeness=completeness)
                self._sections[section_id] = updated
                item = self._item_of(section_id)
                if item is not None:
                    self._set_item_completeness(item, completeness)
                self._update_total()
                if section_id == self.current_id:
                    self._show_section_state(updated)
                    self.ui.section_error.clear()
            if not self.has_pending_edits:
                self.ui.save_state_label.setText(self.tr("All changes saved."))
            self.section_saved.emit(section_id)

        def failed(exc: Exception) -> None:
            if section_id == self.current_id:
                self._dirty = True  # the editor still shows the text; it is saved with the next try
            else:
                # The user moved on: keep exactly this text, the editor no longer holds it.
                self._unsaved[section_id] = (content, data)
            if isinstance(exc, ValidationError):
                text = " ".join(field_error(e.field, e.code) for e in exc.errors)
            elif isinstance(exc, TemplateUnknownError):
                text = read_only_text(exc.key, exc.version)
            else:
                log.exception("saving a section failed", exc_info=exc)
                text = unexpected_error_text(exc)
                self._timer.start(RETRY_MS)  # e.g. the database was busy: try again by itself
            if section_id == self.current_id:
                self.ui.section_error.setText(text)
            self.ui.save_state_label.setText(self.tr("Not saved."))
            self.save_failed.emit(exc)

        self.tasks.run_db(lambda: concepts.save_section(section_id, content, data), saved, failed)

    def _sync_format_buttons(self) -> None:
        fmt = self.text_edit.currentCharFormat()
        for button, on in (
            (self.ui.bold_button, fmt.fontWeight() >= 600),
            (self.ui.italic_button, fmt.fontItalic()),
            (self.ui.heading_button, self.text_edit.textCursor().blockFormat().headingLevel() > 0),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    # --- status --------------------------------------------------------------------------
    def _update_decided_visibility(self) -> None:
        adopted = self.ui.status_combo.currentData() == ConceptStatus.ADOPTED
        self.ui.decided_label.setVisible(adopted)
        self.ui.decided_on_edit.setVisible(adopted)
        if adopted and self.ui.decided_on_edit.date() == EMPTY_DATE:
            # The calendar opens at today, not in 1900; the date is saved only once confirmed.
            self.ui.decided_on_edit.blockSignals(True)
            self.ui.decided_on_edit.setDate(QDate.currentDate())
            self.ui.decided_on_edit.blockSignals(False)

    def begin_new_version(self) -> None:
        if self.view is None:
            return
        concept_id = self.view.id
        concepts = self.workspace.concepts
        self.tasks.run_db(lambda: concepts.new_version(concept_id), lambda _n: self.reload(), self._failed)

    def _status_edited(self, *_args: Any) -> None:
        if self.view is None or self.view.read_only:
            return
        self._update_decided_visibility()
        status = ConceptStatus(self.ui.status_combo.currentData())
        qdate = self.ui.decided_on_edit.date()
        decided: dt.date | None = (
            None if qdate == EMPTY_DATE else dt.date(qdate.year(), qdate.month(), qdate.day())
        )
        if status == self.view.status and decided == self.view.decided_on:
            return
        concept_id = self.view.id
        concepts = self.workspace.concepts
        label = self.tr("Set the concept's status to “{status}”").format(
            status=self.ui.status_combo.currentText()
        )

        def saved(_r: Any) -> None:
            self.ui.status_error.clear()
            if self.view is not None:
                self.view = dataclasses.replace(self.view, status=status, decided_on=decided)

        def failed(exc: Exception) -> None:
            if isinstance(exc, ValidationError):
                self.ui.status_error.setText(" ".join(field_error(e.field, e.code) for e in exc.errors))
                if status is ConceptStatus.ADOPTED:
                    self.ui.decided_on_edit.setFocus()
            elif isinstance(exc, ConceptIncompleteError):
                if self._confirm_incomplete(exc.missing):
                    self.tasks.run_db(
                        lambda: concepts.set_status(concept_id, status, decided, accept_missing=True),
                        decided_anyway,
                        failed,
                    )
                else:
                    self.reload()  # back to the status as stored
            else:
                self._failed(exc)

        def decided_anyway(_r: Any) -> None:
            self.reload()

        def set_and_show(_r: Any) -> None:
            saved(_r)
            if status is ConceptStatus.ADOPTED:
                self.reload()  # decided: the editor becomes read-only

        if status is ConceptStatus.ADOPTED:
            # Not undoable: a decided concept is left only through "Neue Fassung beginnen".
            self.tasks.run_db(lambda: concepts.set_status(concept_id, status, decided), set_and_show, failed)
        else:
            self._run_recorded(
                label, lambda: concepts.set_status(concept_id, status, decided), set_and_show, failed
            )

    def _confirm_incomplete(self, missing: list[str]) -> bool:
        shown = "\n".join(f"• {title}" for title in missing[:15]) + ("\n…" if len(missing) > 15 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Required entries missing"),
            self.tr(
                "These sections still lack required entries:\n{sections}\n\nMark the concept as decided "
                "anyway? The PDF lists them in an appendix."
            ).format(sections=shown),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- comments ------------------------------------------------------------------------
    def _show_comments(self) -> None:
        listing = self.ui.comments_list
        listing.blockSignals(True)
        listing.clear()
        if self.view is not None:
            for comment in self.view.comments:
                if comment.section_id != self.current_id:
                    continue
                when = format_date(comment.created_at.astimezone().date())
                item = QListWidgetItem(f"{comment.author or '–'} · {when}\n{comment.body}", listing)
                item.setData(ID_ROLE, comment.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if comment.resolved else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("Tick when the comment has been dealt with (resolved)."))
        listing.blockSignals(False)
        self.ui.comments_heading.setText(self.tr("Comments (%n open)", "", self._open_comments()))

    def _open_comments(self) -> int:
        if self.view is None:
            return 0
        return sum(1 for c in self.view.comments if c.section_id == self.current_id and not c.resolved)

    def add_comment(self) -> None:
        if self.view is None or self.current_id is None:
            return
        body = self.ui.comment_edit.toPlainText()
        concept_id, section_id = self.view.id, self.current_id
        concepts = self.workspace.concepts

        def failed(exc: Exception) -> None:
            if isinstance(exc, ValidationError):
                self.ui.comment_error.setText(self.tr("Please write the comment first."))
            else:
                self._failed(exc)

        def added(_id: Any) -> None:
            self.ui.comment_edit.clear()
            self.ui.comment_error.clear()
            self.reload()

        self._run_recorded(
            self.tr("Add comment “{text}”").format(text=body.strip()[:40]),
            lambda: concepts.add_comment(concept_id, section_id, body),
            added,
            failed,
        )

    def _comment_toggled(self, item: QListWidgetItem) -> None:
        comment_id = item.data(ID_ROLE)
        resolved = item.checkState() == Qt.CheckState.Checked
        concepts = self.workspace.concepts
        label = self.tr("Mark comment as done") if resolved else self.tr("Reopen comment")
        self._run_recorded(
            label,
            lambda: concepts.set_comment_resolved(comment_id, resolved),
            lambda _r: self.reload(),
            self._failed,
        )

    def _run_recorded(
        self,
        label: str,
        action: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """A service edit on the database worker, undoable on the district's history."""
        run_edit(self.undo, self.tasks, label, self.district_id, action, on_done, on_failed)

    # --- concept, versions, upgrade, agreements ------------------------------------------
    def create_concept(self) -> None:
        if self.district_id is None:
            return
        key = self.ui.template_combo.currentData()
        district_id = self.district_id
        concepts = self.workspace.concepts
        self.tasks.run_db(lambda: concepts.create(district_id, key), lambda _id: self.reload(), self._failed)

    def save_version_interactive(self) -> None:
        if self.view is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save version"),
            self.tr("Name of the version (e.g. “Stand für die Steuerungsgruppe”):"),
        )
        if ok:
            self.save_version(name)

    def save_version(self, name: str) -> None:
        if self.view is None:
            return
        self.flush()
        concept_id = self.view.id
        concepts = self.workspace.concepts

        def saved(number: Any) -> None:
            self.ui.save_state_label.setText(self.tr("Version {number} saved.").format(number=number))
            self.reload()

        self.tasks.run_db(lambda: concepts.save_version(concept_id, name), saved, self._failed)

    def show_versions(self) -> None:
        if self.view is None:
            return
        from lzz_desktop.ui.concepts.versions import VersionsDialog

        self.flush()
        dialog = VersionsDialog(self.workspace, self.tasks, self.view, self)
        dialog.restored.connect(self.reload)
        dialog.exec()

    def upgrade_interactive(self) -> None:
        if self.view is None or self.view.upgrade_to is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Update template"),
            self.tr(
                "Update this draft to version {new} of the template? New sections are added, renamed "
                "sections keep their text, and sections the template no longer has are kept under "
                "“Archived”. The current state is saved as a version first."
            ).format(new=self.view.upgrade_to),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.upgrade()

    def upgrade(self) -> None:
        if self.view is None:
            return
        self.flush()
        concept_id = self.view.id
        concepts = self.workspace.concepts
        self.tasks.run_db(lambda: concepts.upgrade(concept_id), lambda _v: self.reload(), self._failed)

    def link_agreement_interactive(self) -> None:
        if self.view is None or self.current_id is None:
            return
        district_id = self.view.district_id
        concepts = self.workspace.concepts
        self.tasks.run_db(lambda: concepts.agreements(district_id), self._choose_agreement, self._failed)

    def _choose_agreement(self, agreements: list[AgreementOrigin]) -> None:
        if not agreements:
            QMessageBox.information(
                self, APP_NAME, self.tr("The workshops of this district have no agreements yet.")
            )
            return
        labels = [origin_text(a) for a in agreements]
        label, ok = QInputDialog.getItem(
            self, self.tr("Link agreement"), self.tr("Agreement for this section:"), labels, 0, False
        )
        if ok and label in labels:
            self.link_agreement(agreements[labels.index(label)].id)

    def link_learning_interactive(self) -> None:
        """Choose a learning of an event the district took part in for the current section."""
        if self.view is None or self.current_id is None:
            return
        district_id = self.view.district_id
        events = self.workspace.events
        self.tasks.run_db(lambda: events.learnings_for(district_id), self._choose_learning, self._failed)

    def _choose_learning(self, learnings: list[LearningInfo]) -> None:
        if not learnings:
            QMessageBox.information(
                self, APP_NAME, self.tr("The programme events of this district have no learnings yet.")
            )
            return
        labels = [learning_choice_text(lr) for lr in learnings]
        label, ok = QInputDialog.getItem(
            self, self.tr("Use a learning"), self.tr("Learning for this section:"), labels, 0, False
        )
        if ok and label in labels:
            self.link_learning(learnings[labels.index(label)].id)

    def link_learning(self, learning_id: str) -> None:
        section_id = self.current_id
        if section_id is None or self.view is None:
            return
        events = self.workspace.events
        run_edit(
            self.undo,
            self.tasks,
            self.tr("Use a learning in the concept"),
            self.view.district_id,
            lambda: events.link(learning_id, section_id),
            lambda _r: self.reload(),
            self._failed,
        )

    def link_agreement(self, agreement_id: str) -> None:
        section_id = self.current_id
        concepts = self.workspace.concepts
        self.tasks.run_db(
            lambda: concepts.link_agreement(agreement_id, section_id), lambda _r: self.reload(), self._failed
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, TemplateUnknownError):
            self.ui.banner_label.setText(read_only_text(exc.key, exc.version))
            self.ui.banner_label.setVisible(True)
            return
        log.exception("concept operation failed", exc_info=exc)
        QMessageBox.warning(self, APP_NAME, unexpected_error_text(exc))


def _in_focus_order(widget: QWidget) -> list[QWidget]:
    """The descendants of ``widget`` in the order of the focus chain."""
    found: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not None and current is not widget and widget.isAncestorOf(current) and len(found) < 500:
        found.append(current)
        current = current.nextInFocusChain()
    return found
