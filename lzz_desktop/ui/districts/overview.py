"""The district overview page: master data, what the district holds, the year's stages (plan
against actual, what is late), notes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from lzz_desktop.domain.enums import FEDERAL_STATE_NAMES
from lzz_desktop.labels import format_date, stage_label
from lzz_desktop.ui import theme
from lzz_desktop.ui.districts.stage_dialog import StageDialog
from lzz_desktop.ui.fit import elide
from lzz_desktop.ui.forms.ui_district_overview import Ui_DistrictOverview

if TYPE_CHECKING:
    from lzz_desktop.records.districts import DistrictPage
    from lzz_desktop.records.milestones import StageState, Timeline


class _CountCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.number = QLabel("–", self)
        self.number.setProperty("role", "card-number")
        self.caption = QLabel(caption, self)
        self.caption.setProperty("role", "card-caption")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class DistrictOverview(QWidget):
    edit_requested = Signal()
    stage_edited = Signal(object)  # a StageEdit the user saved in the stage dialog

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DistrictOverview()
        self.ui.setupUi(self)
        elide(self.ui.title_label, self.ui.subtitle_label)  # a long name never widens the window
        self.cards = {
            "actors": _CountCard(self.tr("Actors"), self),
            "relationships": _CountCard(self.tr("Relationships"), self),
            "workshops": _CountCard(self.tr("Workshops"), self),
            "open_action_items": _CountCard(self.tr("Open tasks"), self),
            "concepts": _CountCard(self.tr("Concepts"), self),
        }
        for card in self.cards.values():
            self.ui.counts_layout.addWidget(card)
        self.ui.edit_button.clicked.connect(self.edit_requested)
        self.page: DistrictPage | None = None
        self.read_only = False
        self.stage_dialog: StageDialog | None = None
        table = self.ui.stages_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.doubleClicked.connect(lambda index: self.open_stage(index.row()))
        table.installEventFilter(self)  # Enter opens the stage, as a double click does

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        table = self.ui.stages_table
        if (
            watched is table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and table.currentRow() >= 0
        ):
            self.open_stage(table.currentRow())
            return True
        return super().eventFilter(watched, event)

    def set_role_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.ui.edit_button.setEnabled(not read_only)

    def show_page(self, page: DistrictPage) -> None:
        data = page.data
        locale = QLocale()
        self.ui.title_label.setText(data.name)
        subtitle = [FEDERAL_STATE_NAMES[data.state]]
        if page.phase_name:
            subtitle.append(page.phase_name)
        self.ui.subtitle_label.setText(" · ".join(subtitle))
        self.ui.state_value.setText(FEDERAL_STATE_NAMES[data.state])
        self.ui.ags_value.setText(data.ags or self.tr("not given"))
        self.ui.phase_value.setText(page.phase_name or self.tr("not assigned"))

        if data.process_start or data.process_end:
            start, end = format_date(data.process_start) or "…", format_date(data.process_end) or "…"
            self.ui.process_value.setText(f"{start} – {end}")
        else:
            self.ui.process_value.setText(self.tr("not scheduled"))
        self.ui.notes_value.setText(data.notes or self.tr("No notes yet."))
        for key, card in self.cards.items():
            card.number.setText(locale.toString(getattr(page.counts, key)))
        self.page = page
        self._show_timeline(page.timeline)

    # --- the year's stages -----------------------------------------------------------------
    def stage_status(self, state: StageState) -> str:
        if state.actual_on is not None:
            return self.tr("reached (from the data)") if state.derived else self.tr("reached")
        if state.late:
            return self.tr("late")
        return self.tr("open") if state.planned_on is not None else self.tr("no plan")

    def _show_timeline(self, timeline: Timeline | None) -> None:
        table = self.ui.stages_table
        stages = timeline.stages if timeline is not None else ()
        self.ui.stages_box.setVisible(timeline is not None)
        table.setRowCount(len(stages))
        late_colour = theme.colour("error")
        for row, state in enumerate(stages):
            planned = format_date(state.planned_on) or "–"
            if state.planned_on is not None and not state.planned_by_hand:
                planned = self.tr("{date} (spread)").format(date=planned)
            cells = (
                stage_label(state.stage),
                planned,
                format_date(state.actual_on) or "–",
                self.stage_status(state),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if state.note:
                    item.setToolTip(state.note)
                if state.late:
                    item.setForeground(late_colour)
                table.setItem(row, column, item)
        if timeline is None:
            self.ui.stages_summary.clear()
            return
        none = self.tr("none yet")
        due = timeline.due(dt.date.today())
        summary = self.tr("Reached: {reached} · according to plan: {due}").format(
            reached=stage_label(timeline.reached) if timeline.reached else none,
            due=stage_label(due) if due else none,
        )
        if timeline.late:
            summary += " · " + self.tr("late: {count}").format(count=QLocale().toString(timeline.late))
        self.ui.stages_summary.setText(summary)
        table.setMinimumHeight(
            table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(stages))) + 4
        )

    def stage_state(self, row: int) -> StageState | None:
        timeline = self.page.timeline if self.page is not None else None
        if timeline is None or not 0 <= row < len(timeline.stages):
            return None
        return timeline.stages[row]

    def open_stage(self, row: int) -> None:
        """The dialog for the stage in ``row``: its dates and note by hand (not for read-only
        roles); saving asks the window to store it (:attr:`stage_edited`)."""
        state = self.stage_state(row)
        if state is None or self.page is None or self.read_only:
            return
        if self.stage_dialog is not None and self.stage_dialog.isVisible():
            return
        dialog = StageDialog(self.page.id, state, self)
        dialog.accepted.connect(lambda: self.stage_edited.emit(dialog.edit()))
        self.stage_dialog = dialog
        dialog.open()
