"""The words a map writes, from the Qt catalogue in the user's language. Their translation
contexts are those of the window ("Stakeholders", "Labels"), so one translation serves the
window and the files."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from lzz_desktop.domain.enums import RelationshipKind, Sector


def sector_label(sector: Sector) -> str:
    return {
        Sector.POLITICS: QCoreApplication.translate("Labels", "Politics"),
        Sector.ADMINISTRATION: QCoreApplication.translate("Labels", "Administration"),
        Sector.CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
        Sector.MIGRANTS: QCoreApplication.translate("Labels", "Migrants"),
        Sector.BUSINESS: QCoreApplication.translate("Labels", "Business"),
    }[sector]


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


def format_date(value: dt.date) -> str:
    """A date in the user's locale with a four-digit year (Qt's short German format has two), as
    the window writes it."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    pattern = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)
