"""The one settings declaration: typed fields with defaults, stored as JSON in the data directory.

A damaged settings file is moved aside and defaults are used: settings never stop the app.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, fields
from pathlib import Path

from lzz_desktop.fileio import write_text

SETTINGS_NAME = "settings.json"
LANGUAGES = ("de", "en")
APPEARANCES = ("system", "light", "dark")


@dataclass
class Settings:
    display_name: str = ""  # author of records ("updated_by")
    language: str = "de"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""
    last_district_id: str = ""
    sync_interval_minutes: int = 15  # automatic sync while online; 0 = only by hand
    appearance: str = "system"  # "system" follows the desktop's light or dark scheme; or "light", "dark"

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / SETTINGS_NAME
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("settings must be a JSON object")
        except (OSError, UnicodeDecodeError, ValueError):
            path.replace(path.with_name(SETTINGS_NAME + ".defekt"))
            return cls()
        settings = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, str) and f.type == "str":
                setattr(settings, f.name, value)
            elif isinstance(value, int) and not isinstance(value, bool) and f.type == "int":
                setattr(settings, f.name, max(0, min(value, 24 * 60)))
        if settings.language not in LANGUAGES:
            settings.language = "de"
        if settings.appearance not in APPEARANCES:
            settings.appearance = "system"
        return settings

    def save(self, data_dir: Path) -> None:
        """Write atomically, so a crash never leaves half a file."""
        write_text(
            data_dir / SETTINGS_NAME, json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False)
        )
