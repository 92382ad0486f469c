"""Render the app's icons from qtawesome (Material Design Icons) into resources/icons/*.png
(`make icons`). At run time the app loads these files: importing qtawesome and its fonts costs
more than a tenth of a second at every start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qtawesome as qta
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48)
ACCENT = "#1f5f8b"

ICONS = {
    "new": "mdi6.plus-circle-outline",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.trash-can-outline",
    "recycle_bin": "mdi6.delete-restore",
    "export": "mdi6.folder-arrow-down-outline",
    "print": "mdi6.printer-outline",
    "settings": "mdi6.cog-outline",
    "quit": "mdi6.exit-to-app",
    "find": "mdi6.magnify",
    "refresh": "mdi6.refresh",
    "about": "mdi6.information-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "district": "mdi6.map-marker-radius-outline",
    "overview": "mdi6.view-dashboard-outline",
    "workshops": "mdi6.account-group-outline",
    "stakeholders": "mdi6.graph-outline",
    "concept": "mdi6.file-document-edit-outline",
    "format_heading": "mdi6.format-header-2",
    "format_bold": "mdi6.format-bold",
    "format_italic": "mdi6.format-italic",
    "format_bullets": "mdi6.format-list-bulleted",
    "format_numbered": "mdi6.format-list-numbered",
    "fit": "mdi6.fit-to-screen-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "connect": "mdi6.vector-line",
    "present": "mdi6.projector-screen-outline",
    "snapshot": "mdi6.camera-outline",
    "import": "mdi6.file-import-outline",
    "excel": "mdi6.microsoft-excel",
    "compare": "mdi6.compare-horizontal",
}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, glyph in sorted(ICONS.items()):
        icon = qta.icon(glyph, color=ACCENT, color_disabled="#a0a8b2")
        for size in SIZES:
            icon.pixmap(QSize(size, size)).save(str(TARGET / f"{name}-{size}.png"), "PNG")
    print(f"rendered {len(ICONS)} icons into {TARGET.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
