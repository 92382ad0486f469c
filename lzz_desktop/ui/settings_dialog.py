"""Settings: the display name used as author of records, the language, the sync interval."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from lzz_desktop.settings import Settings
from lzz_desktop.ui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.display_name_edit.setText(settings.display_name)
        self.ui.language_combo.addItem("Deutsch", "de")
        self.ui.language_combo.addItem("English", "en")
        self.ui.language_combo.setCurrentIndex(max(0, self.ui.language_combo.findData(settings.language)))
        self.ui.sync_interval_spin.setValue(settings.sync_interval_minutes)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def apply_to(self, settings: Settings) -> None:
        settings.display_name = self.ui.display_name_edit.text().strip()
        settings.language = str(self.ui.language_combo.currentData())
        settings.sync_interval_minutes = self.ui.sync_interval_spin.value()
