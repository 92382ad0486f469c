"""The district overview page: master data, what the district holds, notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lzz_desktop.domain.enums import FEDERAL_STATE_NAMES
from lzz_desktop.labels import format_date
from lzz_desktop.ui.fit import elide
from lzz_desktop.ui.forms.ui_district_overview import Ui_DistrictOverview

if TYPE_CHECKING:
    from lzz_desktop.records.districts import DistrictPage


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

    def set_role_read_only(self, read_only: bool) -> None:
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
