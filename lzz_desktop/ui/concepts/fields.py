"""Widgets for the structured fields of a section, built from the template's field list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lzz_desktop.concepts.fields import value_text
from lzz_desktop.concepts.templates import MEASURE_COLUMNS, FieldDef, FieldType, SectionDef
from lzz_desktop.i18n import current_language
from lzz_desktop.ui.concepts.text_edit import MarkdownEdit
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.roles import ID_ROLE

EMPTY_DATE = QDate(1900, 1, 1)
# The measure itself first: it is what people read and type; the field of action, mostly the
# section's own, last.
UI_COLUMNS: tuple[str, ...] = (
    "measure",
    "goal",
    "responsible",
    "partners",
    "start",
    "end",
    "resources",
    "indicator",
    "status",
    "field_of_action",
)
assert set(UI_COLUMNS) == set(MEASURE_COLUMNS)


def measure_column_labels() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "field_of_action": QCoreApplication.translate("ConceptFields", "Field of action"),
        "goal": QCoreApplication.translate("ConceptFields", "Goal"),
        "measure": QCoreApplication.translate("ConceptFields", "Measure"),
        "responsible": QCoreApplication.translate("ConceptFields", "Responsible"),
        "partners": QCoreApplication.translate("ConceptFields", "Partners"),
        "start": QCoreApplication.translate("ConceptFields", "Start"),
        "end": QCoreApplication.translate("ConceptFields", "End"),
        "resources": QCoreApplication.translate("ConceptFields", "Resources"),
        "indicator": QCoreApplication.translate("ConceptFields", "Indicator"),
        "status": QCoreApplication.translate("ConceptFields", "Status"),
    }
    return [labels[c] for c in UI_COLUMNS]


class MeasuresTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(UI_COLUMNS), self)
        self.table.setHorizontalHeaderLabels(measure_column_labels())
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(150)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        header.resizeSection(UI_COLUMNS.index("measure"), 240)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add measure"), self)
        self.remove_button = QPushButton(self.tr("Remove measure"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, UI_COLUMNS.index("measure"))
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_value(self, value: Any) -> None:
        rows = value if isinstance(value, list) else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, column in enumerate(UI_COLUMNS):
                self.table.setItem(
                    r, c, QTableWidgetItem(str(row.get(column, "")) if isinstance(row, dict) else "")
                )
        self.table.blockSignals(False)

    def value(self) -> list[dict[str, str]]:
        result = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, column in enumerate(UI_COLUMNS):
                item = self.table.item(r, c)
                text = item.text().strip() if item else ""
                if text:
                    row[column] = text
            if row:
                result.append(row)
        return result

    def setEnabled(self, enabled: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if enabled
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)


class FieldsPanel(QWidget):
    """The fields of one section; ``changed`` on every edit, ``values()`` for saving."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 6, 0, 0)
        # Labels above the fields: the measures table needs the whole width.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._getters: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._getters = {}
        self._extra = {}

    def set_section(
        self,
        definition: SectionDef | None,
        data: dict[str, Any],
        actors: tuple[tuple[str, str], ...],
        read_only: bool,
    ) -> None:
        self.clear()
        fields = definition.fields if definition else ()
        language = current_language()  # the template's English texts when the UI speaks English
        for fld in fields:
            widget = self._widget(fld, data.get(fld.key), actors, read_only)
            label = QLabel(fld.label_in(language) + (" *" if fld.required else ""), self)
            if help_text := fld.help_in(language):
                label.setToolTip(help_text)
                widget.setToolTip(help_text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        known = {f.key for f in fields}
        self._add_extra(data, known, actors)
        # Show the new rows now rather than on the next pass of the event loop, so that the
        # editor can size the panel to them at once.
        for child in self.children():
            if isinstance(child, QWidget):
                child.show()

    def _add_extra(self, data: dict[str, Any], known: set[str], actors: tuple[tuple[str, str], ...]) -> None:
        for key, value in sorted(data.items()):
            if key in known:
                continue
            # Kept from an earlier template version: shown, never dropped.
            self._extra[key] = value
            text = value_text(None, value, dict(actors))
            if text.strip():
                label = QLabel(text, self)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.form.addRow(self.tr("{key} (from an earlier template):").format(key=key), label)

    def values(self) -> dict[str, Any]:
        result = dict(self._extra)
        result.update({key: getter() for key, getter in self._getters.items()})
        return result

    def _widget(
        self, fld: FieldDef, value: Any, actors: tuple[tuple[str, str], ...], read_only: bool
    ) -> QWidget:
        emit = self.changed.emit
        widget: QWidget
        if fld.type is FieldType.TEXT:
            line = QLineEdit(str(value or ""), self)
            line.setReadOnly(read_only)
            line.textEdited.connect(lambda _t: emit())
            self._getters[fld.key] = lambda: line.text().strip()
            widget = line
        elif fld.type is FieldType.RICHTEXT:
            edit = MarkdownEdit(self)
            edit.set_markdown(str(value or ""))
            edit.setReadOnly(read_only)
            edit.setMinimumHeight(100)
            edit.textChanged.connect(emit)
            self._getters[fld.key] = edit.markdown
            widget = edit
        elif fld.type is FieldType.DATE:
            date = QDateEdit(self)
            date.setCalendarPopup(True)
            date.setSpecialValueText("–")
            setup_date_edit(date, empty=EMPTY_DATE)
            parsed = QDate.fromString(str(value or ""), Qt.DateFormat.ISODate)
            date.setDate(parsed if parsed.isValid() else EMPTY_DATE)
            date.setReadOnly(read_only)
            date.dateChanged.connect(lambda _d: emit())
            self._getters[fld.key] = lambda: (
                "" if date.date() == EMPTY_DATE else date.date().toString(Qt.DateFormat.ISODate)
            )
            widget = date
        elif fld.type is FieldType.CHOICE:
            combo = QComboBox(self)
            combo.addItem("–", "")
            for choice in fld.choices:  # stored in German, named in the UI's language
                combo.addItem(fld.choice_label(choice, current_language()), choice)
            combo.setCurrentIndex(max(0, combo.findData(str(value or ""))))
            combo.setEnabled(not read_only)
            combo.currentIndexChanged.connect(lambda _i: emit())
            self._getters[fld.key] = lambda: combo.currentData() or ""
            widget = combo
        elif fld.type is FieldType.LIST:
            lines = QPlainTextEdit(self)
            lines.setPlainText("\n".join(str(v) for v in (value or [])))
            lines.setPlaceholderText(self.tr("One entry per line"))
            lines.setMaximumHeight(110)
            lines.setReadOnly(read_only)
            lines.textChanged.connect(emit)
            self._getters[fld.key] = lambda: [
                x.strip() for x in lines.toPlainText().splitlines() if x.strip()
            ]
            widget = lines
        elif fld.type is FieldType.MEASURES:
            table = MeasuresTable(self)
            table.set_value(value)
            table.setEnabled(not read_only)
            table.changed.connect(emit)
            self._getters[fld.key] = table.value
            widget = table
        else:
            chosen = set(value or [])
            listing = QListWidget(self)
            listing.setMaximumHeight(160)
            for actor_id, name in actors:
                item = QListWidgetItem(name, listing)
                item.setData(ID_ROLE, actor_id)
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags if not read_only else flags & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if actor_id in chosen else Qt.CheckState.Unchecked)
            listing.itemChanged.connect(lambda _i: emit())

            # Ids of actors no longer listed (deleted meanwhile) stay referenced.
            hidden = [a for a in (value or []) if a not in {actor_id for actor_id, _n in actors}]

            def checked() -> list[str]:
                return hidden + [
                    listing.item(i).data(ID_ROLE)
                    for i in range(listing.count())
                    if listing.item(i).checkState() == Qt.CheckState.Checked
                ]

            self._getters[fld.key] = checked
            widget = listing
        widget.setObjectName(f"field_{fld.key}")
        return widget
