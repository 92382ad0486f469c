"""Icons from qtawesome (Material Design Icons), named once here."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

ICONS = {
    "new": "mdi6.plus-circle-outline",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.trash-can-outline",
    "recycle_bin": "mdi6.delete-restore",
    "export": "mdi6.folder-arrow-down-outline",
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

ACCENT = "#1f5f8b"


def icon(name: str, color: str = ACCENT) -> QIcon:
    return qta.icon(ICONS[name], color=color)
