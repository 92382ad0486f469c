"""The words a map writes, from the Qt catalogue in the user's language. Their translation
contexts are those of the window ("Stakeholders", "Labels"), so one translation serves the
window and the files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lzz_desktop.domain.enums import RelationshipKind
from lzz_desktop.labels import format_date, sector_label

__all__ = ["format_date", "quadrant_labels", "relationship_kind_label", "ring_labels", "sector_label"]


def relationship_kind_label(kind: RelationshipKind) -> str:
    return {
        RelationshipKind.COOPERATION: QCoreApplication.translate("Stakeholders", "Cooperation"),
        RelationshipKind.INFORMATION: QCoreApplication.translate("Stakeholders", "Information"),
        RelationshipKind.FUNDING: QCoreApplication.translate("Stakeholders", "Funding"),
        RelationshipKind.CONFLICT: QCoreApplication.translate("Stakeholders", "Conflict"),
        RelationshipKind.HIERARCHY: QCoreApplication.translate("Stakeholders", "Hierarchy"),
    }[kind]


def ring_labels() -> list[str]:
    return [
        QCoreApplication.translate("Stakeholders", "core"),
        QCoreApplication.translate("Stakeholders", "involved"),
        QCoreApplication.translate("Stakeholders", "periphery"),
    ]


def quadrant_labels() -> dict[str, str]:
    return {
        "manage": QCoreApplication.translate("Stakeholders", "involve closely"),
        "satisfy": QCoreApplication.translate("Stakeholders", "keep satisfied"),
        "inform": QCoreApplication.translate("Stakeholders", "keep informed"),
        "monitor": QCoreApplication.translate("Stakeholders", "monitor"),
    }
