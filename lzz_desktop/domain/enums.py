"""Enumerations, stored as stable strings (never as ordinals)."""

from __future__ import annotations

from enum import StrEnum


class FederalState(StrEnum):
    BADEN_WUERTTEMBERG = "BW"
    BAYERN = "BY"
    BERLIN = "BE"
    BRANDENBURG = "BB"
    BREMEN = "HB"
    HAMBURG = "HH"
    HESSEN = "HE"
    MECKLENBURG_VORPOMMERN = "MV"
    NIEDERSACHSEN = "NI"
    NORDRHEIN_WESTFALEN = "NW"
    RHEINLAND_PFALZ = "RP"
    SAARLAND = "SL"
    SACHSEN = "SN"
    SACHSEN_ANHALT = "ST"
    SCHLESWIG_HOLSTEIN = "SH"
    THUERINGEN = "TH"


# The first two digits of an Amtlicher Gemeindeschlüssel name the Land.
AGS_STATE_PREFIX: dict[FederalState, str] = {
    FederalState.SCHLESWIG_HOLSTEIN: "01",
    FederalState.HAMBURG: "02",
    FederalState.NIEDERSACHSEN: "03",
    FederalState.BREMEN: "04",
    FederalState.NORDRHEIN_WESTFALEN: "05",
    FederalState.HESSEN: "06",
    FederalState.RHEINLAND_PFALZ: "07",
    FederalState.BADEN_WUERTTEMBERG: "08",
    FederalState.BAYERN: "09",
    FederalState.SAARLAND: "10",
    FederalState.BERLIN: "11",
    FederalState.BRANDENBURG: "12",
    FederalState.MECKLENBURG_VORPOMMERN: "13",
    FederalState.SACHSEN: "14",
    FederalState.SACHSEN_ANHALT: "15",
    FederalState.THUERINGEN: "16",
}

# The German names are proper names and appear in every language of the UI.
FEDERAL_STATE_NAMES: dict[FederalState, str] = {
    FederalState.BADEN_WUERTTEMBERG: "Baden-Württemberg",
    FederalState.BAYERN: "Bayern",
    FederalState.BERLIN: "Berlin",
    FederalState.BRANDENBURG: "Brandenburg",
    FederalState.BREMEN: "Bremen",
    FederalState.HAMBURG: "Hamburg",
    FederalState.HESSEN: "Hessen",
    FederalState.MECKLENBURG_VORPOMMERN: "Mecklenburg-Vorpommern",
    FederalState.NIEDERSACHSEN: "Niedersachsen",
    FederalState.NORDRHEIN_WESTFALEN: "Nordrhein-Westfalen",
    FederalState.RHEINLAND_PFALZ: "Rheinland-Pfalz",
    FederalState.SAARLAND: "Saarland",
    FederalState.SACHSEN: "Sachsen",
    FederalState.SACHSEN_ANHALT: "Sachsen-Anhalt",
    FederalState.SCHLESWIG_HOLSTEIN: "Schleswig-Holstein",
    FederalState.THUERINGEN: "Thüringen",
}


class Sector(StrEnum):
    POLITICS = "POLITICS"
    ADMINISTRATION = "ADMINISTRATION"
    CIVIL_SOCIETY = "CIVIL_SOCIETY"
    MIGRANTS = "MIGRANTS"
    BUSINESS = "BUSINESS"


# The sectors' names in documents and exported files (the actor list, protocols, the concept).
SECTOR_NAMES: dict[str, dict[Sector, str]] = {
    "de": {
        Sector.POLITICS: "Politik",
        Sector.ADMINISTRATION: "Verwaltung",
        Sector.CIVIL_SOCIETY: "Zivilgesellschaft",
        Sector.MIGRANTS: "Migrant:innen",
        Sector.BUSINESS: "Wirtschaft",
    },
    "en": {
        Sector.POLITICS: "Politics",
        Sector.ADMINISTRATION: "Administration",
        Sector.CIVIL_SOCIETY: "Civil society",
        Sector.MIGRANTS: "Migrants",
        Sector.BUSINESS: "Business",
    },
}


class ActorKind(StrEnum):
    PERSON = "PERSON"
    ORGANISATION = "ORGANISATION"
    GROUP = "GROUP"
    NETWORK = "NETWORK"


# The kinds' names in the exported actor list.
ACTOR_KIND_NAMES: dict[ActorKind, str] = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANISATION: "Organisation",
    ActorKind.GROUP: "Gruppe",
    ActorKind.NETWORK: "Netzwerk",
}


class RelationshipKind(StrEnum):
    COOPERATION = "COOPERATION"
    INFORMATION = "INFORMATION"
    FUNDING = "FUNDING"
    CONFLICT = "CONFLICT"
    HIERARCHY = "HIERARCHY"


class WorkshopFormat(StrEnum):
    KICKOFF = "KICKOFF"  # Auftaktworkshop
    THEMATIC = "THEMATIC"  # Fachworkshop
    STEERING_GROUP = "STEERING_GROUP"  # Steuerungsgruppe
    LEARNING_JOURNEY = "LEARNING_JOURNEY"  # Lernreise
    NETWORK_MEETING = "NETWORK_MEETING"  # Vernetzungstreffen / Forum
    EXPERT_EVENT = "EXPERT_EVENT"  # Fachveranstaltung
    CONFERENCE = "CONFERENCE"  # Abschlusskonferenz
    OTHER = "OTHER"  # Sonstiges


class WorkshopStatus(StrEnum):
    PLANNED = "PLANNED"
    HELD = "HELD"
    CANCELLED = "CANCELLED"


class ProtocolStatus(StrEnum):
    DRAFT = "DRAFT"
    APPROVED = "APPROVED"


class AttendanceStatus(StrEnum):
    INVITED = "INVITED"
    PRESENT = "PRESENT"
    EXCUSED = "EXCUSED"


class AttendanceRole(StrEnum):
    PARTICIPANT = "PARTICIPANT"
    MODERATION = "MODERATION"
    MINUTES = "MINUTES"


class ActionStatus(StrEnum):
    OPEN = "OPEN"
    IN_PROGRESS = "IN_PROGRESS"
    DONE = "DONE"


class ConceptStatus(StrEnum):
    DRAFT = "DRAFT"  # Entwurf
    IN_REVIEW = "IN_REVIEW"  # in Abstimmung
    ADOPTED = "ADOPTED"  # beschlossen


class ConsentStatus(StrEnum):
    NONE = "NONE"
    GIVEN = "GIVEN"
    WITHDRAWN = "WITHDRAWN"


# The consent states' names in the exported actor list.
CONSENT_STATUS_NAMES: dict[ConsentStatus, str] = {
    ConsentStatus.GIVEN: "erteilt",
    ConsentStatus.WITHDRAWN: "widerrufen",
    ConsentStatus.NONE: "keine",
}


# The consultancies that accompany the districts (the programme's Beratungspartner:innen); a
# district may name another.
CONSULTANCIES = ("Kompetus", "Ramboll")


class EventKind(StrEnum):
    """Programme events across districts."""

    FORUM = "FORUM"  # Forum Integration in ländlichen Räumen
    LEARNING_JOURNEY = "LEARNING_JOURNEY"  # Lernreise
    EXPERT_EVENT = "EXPERT_EVENT"  # Fachveranstaltung
    CONFERENCE = "CONFERENCE"  # Konferenz am Ende der Phase


# The district's year, as the programme runs it: the stages a phase starts from (it may change them).
# Their names in English (a window or document in English); stages a phase named itself stay as named.
STAGE_NAMES_EN = {
    "Auftakt": "Kick-off",
    "Bestandsaufnahme": "Stock-taking",
    "Fachworkshops": "Thematic workshops",
    "Konzeptentwurf": "Concept draft",
    "Abstimmung": "Consultation",
    "Kreistagsbeschluss": "County council decision",
    "Abschluss": "Completion",
}
DEFAULT_STAGES = (
    "Auftakt",
    "Bestandsaufnahme",
    "Fachworkshops",
    "Konzeptentwurf",
    "Abstimmung",
    "Kreistagsbeschluss",
    "Abschluss",
)

# The event kinds' names in printed documents (German, like the conference report).
EVENT_KIND_NAMES: dict[EventKind, str] = {
    EventKind.FORUM: "Forum Integration in ländlichen Räumen",
    EventKind.LEARNING_JOURNEY: "Lernreise",
    EventKind.EXPERT_EVENT: "Fachveranstaltung",
    EventKind.CONFERENCE: "Konferenz",
}
