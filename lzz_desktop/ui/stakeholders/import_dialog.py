"""Import actors from XLSX or CSV: choose the file, see its first rows, map its columns, choose
for rows that name existing actors whether they update them, see the check result; the import runs
only when every row is valid (all or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from lzz_desktop.domain.enums import ACTOR_KIND_NAMES, CONSENT_STATUS_NAMES, SECTOR_NAMES
from lzz_desktop.services.actor_import import (
    FIELDS,
    FileProblem,
    ImportFileError,
    ImportReport,
    RowError,
    RowProblem,
    Table,
    check_table,
    guess_mapping,
    read_table,
)
from lzz_desktop.ui.forms.ui_import_dialog import Ui_ImportDialog
from lzz_desktop.ui.messages import unexpected_error_text
from lzz_desktop.ui.roles import ROW_ROLE
from lzz_desktop.ui.tasks import TaskRunner


def field_label(name: str) -> str:
    return {
        "name": QCoreApplication.translate("Stakeholders", "Name"),
        "kind": QCoreApplication.translate("Stakeholders", "Kind"),
        "sector": QCoreApplication.translate("Stakeholders", "Sector"),
        "role": QCoreApplication.translate("Stakeholders", "Role"),
        "organisation": QCoreApplication.translate("Stakeholders", "Organisation"),
        "influence": QCoreApplication.translate("Stakeholders", "Influence"),
        "attitude": QCoreApplication.translate("Stakeholders", "Attitude"),
        "interest": QCoreApplication.translate("Stakeholders", "Interest"),
        "tags": QCoreApplication.translate("Stakeholders", "Tags"),
        "notes": QCoreApplication.translate("Stakeholders", "Notes"),
        "email": QCoreApplication.translate("Stakeholders", "E-mail"),
        "phone": QCoreApplication.translate("Stakeholders", "Phone"),
        "address": QCoreApplication.translate("Stakeholders", "Address"),
        "consent": QCoreApplication.translate("Stakeholders", "Consent"),
        "consent_on": QCoreApplication.translate("Stakeholders", "Consent given on"),
        "consent_method": QCoreApplication.translate("Stakeholders", "Consent given how"),
    }[name]


def file_problem_text(error: ImportFileError) -> str:
    if error.problem is FileProblem.EMPTY:
        return QCoreApplication.translate(
            "Stakeholders", "The file is empty: it has no header row or no actors. Nothing was imported."
        )
    if error.problem is FileProblem.NOT_A_SPREADSHEET:
        return QCoreApplication.translate(
            "Stakeholders",
            "The file is not a spreadsheet. Please save it as Excel workbook (.xlsx) or as CSV "
            "and choose it again. Nothing was imported.",
        )
    if error.problem is FileProblem.TOO_MANY_ROWS:
        return QCoreApplication.translate(
            "Stakeholders",
            "The file has {count} rows; one import takes at most 5000 actors. "
            "Please split the file. Nothing was imported.",
        ).format(count=error.detail)
    if error.problem is FileProblem.MISSING_COLUMN:
        return QCoreApplication.translate(
            "Stakeholders",
            "No column is chosen for “{field}”. Every actor needs it: choose the column "
            "in the mapping above. Nothing was imported.",
        ).format(field=field_label(error.detail))
    return QCoreApplication.translate("Stakeholders", "The file cannot be read: {detail}").format(
        detail=error.detail
    )


def row_problem_text(error: RowError) -> str:
    field = field_label(error.field)
    text = {
        RowProblem.REQUIRED: QCoreApplication.translate("Stakeholders", "{field} is empty"),
        RowProblem.UNKNOWN_SECTOR: QCoreApplication.translate(
            "Stakeholders",
            "unknown sector “{value}” (allowed: {allowed})",
        ),
        RowProblem.UNKNOWN_KIND: QCoreApplication.translate(
            "Stakeholders", "unknown kind “{value}” (allowed: {allowed})"
        ),
        RowProblem.NOT_A_NUMBER: QCoreApplication.translate(
            "Stakeholders", "{field} “{value}” is not a number"
        ),
        RowProblem.OUT_OF_RANGE: QCoreApplication.translate(
            "Stakeholders", "{field} “{value}” is out of range"
        ),
        RowProblem.CONTACT_LEFT_OUT: QCoreApplication.translate(
            "Stakeholders",
            "“{value}” is imported without contact data: the file records no consent of this person",
        ),
        RowProblem.UNKNOWN_CONSENT: QCoreApplication.translate(
            "Stakeholders", "unknown consent “{value}” (allowed: {allowed})"
        ),
        RowProblem.NOT_A_DATE: QCoreApplication.translate(
            "Stakeholders", "{field} “{value}” is not a date (for example 15.01.2026)"
        ),
        RowProblem.DUPLICATE: QCoreApplication.translate(
            "Stakeholders", "“{value}” appears more than once in the file"
        ),
    }[error.problem]
    # the names the exported file uses (the import knows more variants)
    allowed = {
        RowProblem.UNKNOWN_SECTOR: SECTOR_NAMES["de"].values(),
        RowProblem.UNKNOWN_KIND: ACTOR_KIND_NAMES.values(),
        RowProblem.UNKNOWN_CONSENT: sorted(CONSENT_STATUS_NAMES.values()),
    }.get(error.problem, ())
    return QCoreApplication.translate("Stakeholders", "Row {row}: {problem}").format(
        row=error.row, problem=text.format(field=field, value=error.value, allowed=", ".join(allowed))
    )


RunImport = Callable[[ImportReport, frozenset[int], Callable[[int], None], Callable[[Exception], None]], None]
PREVIEW_ROWS = 8


class ImportDialog(QDialog):
    """``run_import(report, update_rows, done, failed)`` writes the actors (through the service, on
    the database worker; ``update_rows`` are the spreadsheet rows that update an existing actor)
    and reports their number to ``done``. The file is read on a worker too: ``checked`` tells when
    the report under the mapping is up to date. ``existing`` maps the casefolded names of the
    district's actors to their ids."""

    checked = Signal()

    def __init__(
        self,
        known_organisations: set[str],
        run_import: RunImport,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        existing: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._known = known_organisations
        self._existing = existing or {}
        self._run_import = run_import
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.imported = 0
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"map_{name}")
            self.combos[name] = combo
            label = field_label(name) + (" *" if name in ("name", "sector") else "")
            self.ui.mapping_form.addRow(label + ":", combo)
            combo.currentIndexChanged.connect(self._check)
        self.ui.matches_list.itemChanged.connect(lambda _item: self._update_report())
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.matches_tab), False)
        self.ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(False)
        self.ui.file_label.setText(self.tr("No file chosen yet."))
        self.ui.choose_button.clicked.connect(self._choose)
        self.ui.button_box.accepted.connect(self._import)
        self.ui.button_box.rejected.connect(self.reject)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), "", self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.ui.file_label.setText(str(path))
        self.table = None
        self.report = None
        self.ok_button.setEnabled(False)
        self.ui.report_edit.setPlainText(self.tr("Reading the file …"))
        self._tasks.run(lambda: read_table(path), self._read, self._unreadable)

    def _unreadable(self, exc: Exception) -> None:
        if isinstance(exc, ImportFileError):
            self.ui.report_edit.setPlainText(file_problem_text(exc))
        else:
            self.ui.report_edit.setPlainText(unexpected_error_text(exc))
        self.checked.emit()

    @property
    def update_rows(self) -> frozenset[int]:
        """The rows the user ticked to update the existing actor; the other matches are skipped."""
        items = (self.ui.matches_list.item(i) for i in range(self.ui.matches_list.count()))
        return frozenset(
            int(item.data(ROW_ROLE))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def _preview(self, table: Table) -> None:
        preview = self.ui.preview_table
        preview.clear()
        preview.setColumnCount(len(table.headers))
        preview.setHorizontalHeaderLabels(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                preview.setItem(r, c, QTableWidgetItem(value))
        preview.setVerticalHeaderLabels([str(n) for n in range(2, 2 + len(shown))])
        preview.resizeColumnsToContents()
        self.ui.preview_label.setText(
            self.tr("The first %n row(s) of %1:", "", len(shown)).replace("%1", str(len(table.rows)))
        )

    def _fill_matches(self, report: ImportReport) -> None:
        """One tickable line per row that names an existing actor, kept ticked across checks."""
        ticked = self.update_rows
        matches = self.ui.matches_list
        matches.blockSignals(True)
        matches.clear()
        for row in report.matches:
            item = QListWidgetItem(
                self.tr("Row {row}: “{name}” – update").format(row=row.row, name=row.data.name)
            )
            item.setData(ROW_ROLE, row.row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.row in ticked else Qt.CheckState.Unchecked)
            matches.addItem(item)
        matches.blockSignals(False)
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.matches_tab), bool(report.matches))

    def _read(self, table: Table) -> None:
        self.table = table
        self._preview(table)
        mapping = guess_mapping(table.headers)
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for i, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column {n}").format(n=i + 1), i)
            index = mapping[name]
            combo.setCurrentIndex(0 if index is None else index + 1)
            combo.blockSignals(False)
        self._check()

    def _check(self) -> None:
        self._update_report()
        self.checked.emit()

    def _update_report(self) -> None:
        if self.table is None:
            return
        mapping = {name: combo.currentData() for name, combo in self.combos.items()}
        self.ok_button.setEnabled(False)
        try:
            report = check_table(self.table, mapping, self._known, self._existing)
        except ImportFileError as exc:
            self.report = None
            self.ui.report_edit.setPlainText(file_problem_text(exc))
            return
        if self.report is None or [r.row for r in self.report.matches] != [r.row for r in report.matches]:
            self._fill_matches(report)
        self.report = report
        if report.errors:
            rows = len({e.row for e in report.errors})
            lines = [
                self.tr(
                    "%n row(s) have errors. Correct the file and choose it again; nothing is imported until "
                    "every row is valid.",
                    "",
                    rows,
                ),
                "",
                *(row_problem_text(e) for e in report.errors[:200]),
            ]
            if len(report.errors) > 200:
                lines.append("…")
            self.ui.report_edit.setPlainText("\n".join(lines))
            return
        encoding = (
            self.tr(" The file was read as Windows-1252 text.")
            if self.table.encoding == "windows-1252"
            else ""
        )
        update = self.update_rows
        skipped = len([r for r in report.matches if r.row not in update])
        lines = [
            self.tr("%n actor(s) ready to import.", "", len(report.actors) - len(report.matches)) + encoding
        ]
        if report.matches:
            lines.append(
                self.tr("%n actor(s) already in the district: ", "", len(report.matches))
                + self.tr("%n updated, ", "", len(report.matches) - skipped)
                + self.tr("%n skipped (choose under “Already in the district”).", "", skipped)
            )
        if report.new_organisations:
            lines.append(
                self.tr("%n new organisation(s) will be created: ", "", len(report.new_organisations))
                + ", ".join(name for name, _sector in report.new_organisations)
            )
        if report.notes:
            lines += ["", *(row_problem_text(n) for n in report.notes[:200])]
        self.ui.report_edit.setPlainText("\n".join(lines))
        self.ok_button.setEnabled(len(report.actors) > skipped)

    def _import(self) -> None:
        if self.report is None or not self.report.ok:
            return
        self.ui.button_box.setEnabled(False)
        self.ui.report_edit.setPlainText(self.tr("Importing …"))

        def done(count: int) -> None:
            self.imported = count
            self.accept()

        def failed(exc: Exception) -> None:
            self.ui.button_box.setEnabled(True)
            self.ui.report_edit.setPlainText(unexpected_error_text(exc))

        self._run_import(self.report, self.update_rows, done, failed)
