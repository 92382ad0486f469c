"""The attendance tab of the workshop editor: persons of the district and guests, with their status
and role."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from lzz_desktop.domain.enums import AttendanceRole, AttendanceStatus, Sector
from lzz_desktop.labels import attendance_role_label, attendance_status_label, sector_label
from lzz_desktop.records.workshops import PersonOption, WorkshopDetail
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.messages import field_error
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.workshops.editor_tab import EditorTab, show_error

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def _matches(item: str, text: str, flag: Qt.MatchFlag) -> bool:
    item, text = item.casefold(), text.casefold()
    return item.startswith(text) if flag == Qt.MatchFlag.MatchStartsWith else text in item


class AttendanceTab(EditorTab):
    """Owns ``attendance_table``, the person chooser, the guest fields and their buttons."""

    def __init__(
        self,
        ui: Ui_WorkshopEditor,
        workspace: Workspace,
        workshop_id: Callable[[], str | None],
        detail: Callable[[], WorkshopDetail | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(ui, workspace, workshop_id, detail, parent)
        show_error(ui.attendance_error, "")
        ui.person_combo.setEditable(True)
        ui.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        ui.add_person_button.clicked.connect(self._add_person)
        person_edit = ui.person_combo.lineEdit()
        if person_edit is not None:
            # Enter on a (completed) name adds that person, as the button does.
            person_edit.returnPressed.connect(self._add_person)
        ui.add_guest_button.clicked.connect(self._add_guest)
        ui.guest_sector_combo.addItem(QCoreApplication.translate("WorkshopEditor", "No sector"), "")
        for sector in Sector:
            ui.guest_sector_combo.addItem(sector_label(sector), sector.value)
        ui.guest_org_edit.returnPressed.connect(self._add_guest)
        ui.attendance_remove_button.clicked.connect(self._remove)
        table = ui.attendance_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("WorkshopEditor", "Name"),
                QCoreApplication.translate("WorkshopEditor", "Organisation"),
                QCoreApplication.translate("WorkshopEditor", "Sector"),
                QCoreApplication.translate("WorkshopEditor", "Status"),
                QCoreApplication.translate("WorkshopEditor", "Role"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # --- the editor's interface ------------------------------------------------------------
    def fill_persons(self, persons: list[PersonOption]) -> None:
        """The persons of the workshop's district, to choose from."""
        combo = self.ui.person_combo
        combo.clear()
        for p in persons:
            combo.addItem(f"{p.name} – {p.organisation}" if p.organisation else p.name, p.id)
        combo.setCurrentIndex(-1)
        edit = combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(
                QCoreApplication.translate("WorkshopEditor", "Choose a person of the district")
            )

    def fill(self, detail: WorkshopDetail) -> None:
        filling, self._filling = self._filling, True
        try:
            self._fill(detail)
        finally:
            self._filling = filling

    def _fill(self, detail: WorkshopDetail) -> None:
        workshops = self.workspace.workshops
        table = self.ui.attendance_table
        table.setRowCount(len(detail.attendance))
        for row, a in enumerate(detail.attendance):
            name = QTableWidgetItem(
                a.name
                if a.actor_id
                else QCoreApplication.translate("WorkshopEditor", "{name} (guest)").format(name=a.name)
            )
            name.setData(ID_ROLE, a.id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(a.organisation))
            if a.actor_id:
                table.setItem(row, 2, QTableWidgetItem(sector_label(a.sector) if a.sector else ""))
            else:
                self._choice_cell(
                    table,
                    row,
                    2,
                    [
                        (QCoreApplication.translate("WorkshopEditor", "No sector"), ""),
                        *((sector_label(v), v.value) for v in Sector),
                    ],
                    a.sector.value if a.sector else "",
                    partial(workshops.set_attendance_guest_sector, a.id),
                    QCoreApplication.translate("WorkshopEditor", "Change sector of “{name}”").format(
                        name=a.name
                    ),
                )
            self._choice_cell(
                table,
                row,
                3,
                [(attendance_status_label(v), v) for v in AttendanceStatus],
                a.status,
                partial(workshops.set_attendance_status, a.id),
                QCoreApplication.translate("WorkshopEditor", "Change attendance of “{name}”").format(
                    name=a.name
                ),
            )
            self._choice_cell(
                table,
                row,
                4,
                [(attendance_role_label(v), v) for v in AttendanceRole],
                a.role,
                partial(workshops.set_attendance_role, a.id),
                QCoreApplication.translate("WorkshopEditor", "Change role of “{name}”").format(name=a.name),
            )
        present = sum(a.status == AttendanceStatus.PRESENT for a in detail.attendance)
        # Phrased without plural forms: lupdate of PySide6 6.11 misses plurals in translate() calls.
        listed = len(detail.attendance)
        self.ui.attendance_count_label.setText(
            QCoreApplication.translate("WorkshopEditor", "Present: {present} · listed: {listed}").format(
                present=present, listed=listed
            )
        )

    # --- editing ---------------------------------------------------------------------------
    def _chosen_person_index(self) -> int:
        """The person the combo's text names: the item of that text, else the one item the typed
        text begins (or, failing that, contains) — what the completion would offer."""
        combo = self.ui.person_combo
        text = combo.currentText().strip()
        if not text:
            return -1
        index = combo.findText(text)
        if index >= 0:
            return index
        for flag in (Qt.MatchFlag.MatchStartsWith, Qt.MatchFlag.MatchContains):
            found = [i for i in range(combo.count()) if _matches(combo.itemText(i), text, flag)]
            if len(found) == 1:
                return found[0]
            if found:
                return -1
        return -1

    def _add_person(self) -> None:
        combo = self.ui.person_combo
        index = self._chosen_person_index()
        actor_id = combo.itemData(index) if index >= 0 else None
        workshop_id = self.workshop_id
        if actor_id is None or workshop_id is None:
            show_error(
                self.ui.attendance_error,
                QCoreApplication.translate("WorkshopEditor", "Please choose a person from the list."),
            )
            return
        detail = self.detail
        if detail and any(a.actor_id == actor_id for a in detail.attendance):
            show_error(
                self.ui.attendance_error,
                QCoreApplication.translate("WorkshopEditor", "This person is already on the list."),
            )
            return
        show_error(self.ui.attendance_error, "")
        combo.setCurrentIndex(-1)
        workshops = self.workspace.workshops
        self._request_write(
            lambda: workshops.add_attendance(workshop_id, actor_id=actor_id),
            label=QCoreApplication.translate("WorkshopEditor", "Add participant “{name}”").format(
                name=combo.itemText(combo.findData(actor_id)).split(" – ")[0]
            ),
        )

    def _add_guest(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        ui = self.ui
        guest, organisation = ui.guest_name_edit.text(), ui.guest_org_edit.text()
        chosen = ui.guest_sector_combo.currentData()
        sector = Sector(chosen) if chosen else None
        workshops = self.workspace.workshops

        def added(_id: object) -> None:
            show_error(ui.attendance_error, "")
            ui.guest_name_edit.clear()
            ui.guest_org_edit.clear()
            ui.guest_sector_combo.setCurrentIndex(0)

        self._request_write(
            lambda: workshops.add_attendance(
                workshop_id, guest_name=guest, guest_organisation=organisation, guest_sector=sector
            ),
            label=QCoreApplication.translate("WorkshopEditor", "Add participant “{name}”").format(
                name=guest.strip() or organisation.strip()
            ),
            done=added,
            invalid=lambda exc: show_error(
                ui.attendance_error, field_error("guest_name", exc.errors[0].code)
            ),
        )

    def _remove(self) -> None:
        row = self.ui.attendance_table.currentRow()
        item = self.ui.attendance_table.item(row, 0) if row >= 0 else None
        if item is not None:
            rid = item.data(ID_ROLE)
            workshops = self.workspace.workshops
            self._request_write(
                lambda: workshops.remove_attendance(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove participant “{name}”").format(
                    name=item.text()
                ),
            )
