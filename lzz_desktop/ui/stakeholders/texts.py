"""Display names and colours of the stakeholder vocabulary, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from lzz_desktop.domain.enums import ConsentStatus, RelationshipKind, Sector
from lzz_desktop.records.stakeholders import ChangeKind

# Colour-blind-friendly (Okabe–Ito based), dark enough for white text.
SECTOR_COLOURS: dict[Sector, str] = {
    Sector.POLITICS: "#0072b2",
    Sector.ADMINISTRATION: "#7a5195",
    Sector.CIVIL_SOCIETY: "#009e73",
    Sector.MIGRANTS: "#d55e00",
    Sector.BUSINESS: "#b8860b",
}


def sector_colour(sector: Sector) -> QColor:
    return QColor(SECTOR_COLOURS[sector])


def relationship_kind_label(kind: RelationshipKind) -> str:
    return {
        RelationshipKind.COOPERATION: QCoreApplication.translate("Stakeholders", "Cooperation"),
        RelationshipKind.INFORMATION: QCoreApplication.translate("Stakeholders", "Information"),
        RelationshipKind.FUNDING: QCoreApplication.translate("Stakeholders", "Funding"),
        RelationshipKind.CONFLICT: QCoreApplication.translate("Stakeholders", "Conflict"),
        RelationshipKind.HIERARCHY: QCoreApplication.translate("Stakeholders", "Hierarchy"),
    }[kind]


def consent_label(status: ConsentStatus) -> str:
    return {
        ConsentStatus.NONE: QCoreApplication.translate("Stakeholders", "no consent"),
        ConsentStatus.GIVEN: QCoreApplication.translate("Stakeholders", "consent given"),
        ConsentStatus.WITHDRAWN: QCoreApplication.translate("Stakeholders", "consent withdrawn"),
    }[status]


def attitude_text(value: int) -> str:
    return f"{value:+d}" if value else "0"


def change_label(kind: ChangeKind) -> str:
    return {
        ChangeKind.ACTOR_ADDED: QCoreApplication.translate("Stakeholders", "Actor added"),
        ChangeKind.ACTOR_REMOVED: QCoreApplication.translate("Stakeholders", "Actor removed"),
        ChangeKind.INFLUENCE_CHANGED: QCoreApplication.translate("Stakeholders", "Influence changed"),
        ChangeKind.ATTITUDE_CHANGED: QCoreApplication.translate("Stakeholders", "Attitude changed"),
        ChangeKind.RELATIONSHIP_ADDED: QCoreApplication.translate("Stakeholders", "Relationship added"),
        ChangeKind.RELATIONSHIP_REMOVED: QCoreApplication.translate("Stakeholders", "Relationship removed"),
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
