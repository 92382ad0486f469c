"""Templates for the actors of a district and the relationships between them.

Names are format strings filled per district (``{authority}``, ``{short}``, ``{kreis}``, ``{genitive}``,
``{town}``, ``{seat}``, ``{ihk}``, ``{hwk}``, ``{vhs}``, ``{arbeitsagentur}``, ``{schulamt}``).
Keys tie persons to their organisation and relationships to their ends; a template whose key is
not present in a district (an optional one left out) silently drops what refers to it.
"""

from __future__ import annotations

from typing import NamedTuple

from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector

S = Sector
A = ActorKind
R = RelationshipKind


class OrgTemplate(NamedTuple):
    key: str
    kind: ActorKind
    sector: Sector
    names: tuple[str, ...]  # one is chosen per district
    role: str
    influence: int
    attitude: int
    interest: int
    tags: str
    notes: str = ""
    optional: bool = False
    # Party fractions are real parties: their position is not ours to make up, so no jitter.
    jitter: bool = True


class PersonTemplate(NamedTuple):
    key: str
    sector: Sector
    org: str | None  # key of the organisation the person belongs to
    role_f: str
    role_m: str
    langs: tuple[str, ...]  # "de" or migrant language keys; "mso1".. take the organisation's
    influence: int
    attitude: int
    interest: int
    tags: str
    notes: str = ""
    optional: bool = False


ORGANISATIONS: tuple[OrgTemplate, ...] = (
    # Politik
    OrgTemplate("kreistag", A.GROUP, S.POLITICS, ("Kreistag {genitive}",),
                "Vertretung der Kreisbevölkerung; beschließt Haushalt und Integrationskonzept",
                4, 0, 2, "Beschlüsse,Haushalt"),
    OrgTemplate("ausschuss", A.GROUP, S.POLITICS,
                ("Ausschuss für Soziales, Gesundheit und Integration", "Sozial- und Integrationsausschuss"),
                "Fachausschuss des Kreistags; berät das Konzept vor der Beschlussfassung",
                3, 1, 3, "Beschlüsse,Soziales", optional=True),
    OrgTemplate("fraktion_a", A.ORGANISATION, S.POLITICS, ("Kreistagsfraktion CDU",),
                "Fraktion im Kreistag", 3, 0, 1, "Kreistag", jitter=False),
    OrgTemplate("fraktion_b", A.ORGANISATION, S.POLITICS, ("Kreistagsfraktion SPD",),
                "Fraktion im Kreistag", 3, 0, 2, "Kreistag", jitter=False),
    OrgTemplate("fraktion_c", A.ORGANISATION, S.POLITICS,
                ("Kreistagsfraktion Bündnis 90/Die Grünen", "Kreistagsfraktion Die Linke",
                 "Kreistagsfraktion FDP"),
                "Fraktion im Kreistag", 2, 0, 2, "Kreistag", optional=True, jitter=False),
    # Verwaltung
    OrgTemplate("abh", A.ORGANISATION, S.ADMINISTRATION, ("{authority} – Ausländerbehörde",),
                "Aufenthaltsrecht, Beschäftigungserlaubnisse, Ausbildungsduldung",
                4, 0, 3, "Aufenthaltsrecht,Verwaltung",
                "Lange Wartezeiten auf Termine; Online-Terminvergabe seit Herbst 2018 im Aufbau."),
    OrgTemplate("koord", A.ORGANISATION, S.ADMINISTRATION,
                ("{authority} – Koordinierungsstelle Integration",),
                "Steuert den Prozess im Landkreis; Geschäftsstelle der Steuerungsgruppe",
                3, 2, 4, "Steuerungsgruppe,Koordination"),
    OrgTemplate("sozialamt", A.ORGANISATION, S.ADMINISTRATION, ("{authority} – Sozialamt",),
                "Leistungen nach dem Asylbewerberleistungsgesetz, Unterbringung",
                3, 0, 2, "Unterbringung,Leistungen"),
    OrgTemplate("jugendamt", A.ORGANISATION, S.ADMINISTRATION, ("{authority} – Jugendamt",),
                "Unbegleitete minderjährige Geflüchtete, Hilfen zur Erziehung",
                3, 1, 2, "Jugend,Familie", optional=True),
    OrgTemplate("bildungsbuero", A.ORGANISATION, S.ADMINISTRATION, ("{authority} – Bildungsbüro",),
                "Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte",
                2, 2, 4, "Bildung,Sprache", optional=True),
    OrgTemplate("jobcenter", A.ORGANISATION, S.ADMINISTRATION, ("Jobcenter {kreis}",),
                "Grundsicherung, Vermittlung in Arbeit, Zuweisung in Sprachkurse",
                4, 1, 3, "Arbeitsmarkt,Sprache"),
    OrgTemplate("agentur", A.ORGANISATION, S.ADMINISTRATION, ("{arbeitsagentur}",),
                "Arbeitgeberservice, Berufsberatung, Anerkennungsberatung",
                3, 1, 2, "Arbeitsmarkt,Ausbildung", optional=True),
    OrgTemplate("gemeinde", A.ORGANISATION, S.ADMINISTRATION, ("Stadt {town} – Bürgerbüro",),
                "Meldewesen, erste Anlaufstelle nach dem Umzug in die Gemeinde",
                2, 1, 2, "Gemeinde,Ankommen"),
    OrgTemplate("schulamt", A.ORGANISATION, S.ADMINISTRATION, ("{schulamt}",),
                "Schulaufsicht; Sprachförderklassen und Beschulung neu zugewanderter Kinder",
                3, 1, 2, "Schule,Bildung", optional=True),
    # Zivilgesellschaft
    OrgTemplate("vhs", A.ORGANISATION, S.CIVIL_SOCIETY, ("{vhs}",),
                "Träger von Integrations- und Berufssprachkursen", 2, 2, 4, "Sprache,Bildung"),
    OrgTemplate("caritas", A.ORGANISATION, S.CIVIL_SOCIETY,
                ("Caritasverband {short} e.V.", "Diakonisches Werk {short}"),
                "Migrationsberatung für Erwachsene (MBE)", 2, 2, 4, "Beratung,Wohlfahrt"),
    OrgTemplate("diakonie", A.ORGANISATION, S.CIVIL_SOCIETY,
                ("AWO Kreisverband {short} e.V.", "DRK-Kreisverband {short} e.V."),
                "Jugendmigrationsdienst, Betrieb einer Gemeinschaftsunterkunft",
                2, 2, 3, "Beratung,Jugend,Unterbringung", optional=True),
    OrgTemplate("willkommen", A.GROUP, S.CIVIL_SOCIETY, ("Willkommensinitiative {town}",),
                "Ehrenamtliche Patenschaften, Sprachcafé, Begleitung zu Behörden",
                1, 2, 4, "Ehrenamt,Patenschaften",
                "Rund 25 Aktive, überwiegend im Ruhestand; sucht jüngere Mitstreiter:innen."),
    OrgTemplate("kirche", A.ORGANISATION, S.CIVIL_SOCIETY,
                ("Evangelische Kirchengemeinde {town}", "Katholische Pfarrei St. Marien {town}"),
                "Stellt Räume für Sprachcafé und Kleiderkammer", 1, 2, 2, "Religion,Ehrenamt",
                optional=True),
    OrgTemplate("sport", A.ORGANISATION, S.CIVIL_SOCIETY,
                ("SV Blau-Weiß {town} e.V.", "TSV {town} 1862 e.V.", "FSV {town} e.V."),
                "Sportverein; Programm „Integration durch Sport“", 1, 1, 2, "Sport,Jugend",
                optional=True),
    OrgTemplate("mgh", A.ORGANISATION, S.CIVIL_SOCIETY, ("Mehrgenerationenhaus {town}",),
                "Offener Treff, Elterncafé, Räume für Initiativen", 1, 2, 3, "Begegnung,Familie",
                optional=True),
    OrgTemplate("netzwerk", A.NETWORK, S.CIVIL_SOCIETY, ("Netzwerk Integration {short}",),
                "Zusammenschluss von Beratungsstellen, Initiativen und Verwaltung; trifft sich "
                "vierteljährlich", 2, 2, 4, "Netzwerk,Koordination"),
    OrgTemplate("anwohner", A.GROUP, S.CIVIL_SOCIETY,
                ("Anwohnerinitiative Gemeinschaftsunterkunft {town}",),
                "Anwohner:innen mit Sorgen um Lärm, Verkehr und Sicherheit", 1, -1, 3,
                "Konflikt,Unterbringung", "Hat sich nach der Bürgerversammlung 2017 gegründet."),
    OrgTemplate("freiwillige", A.ORGANISATION, S.CIVIL_SOCIETY, ("Freiwilligenagentur {seat}",),
                "Vermittelt Ehrenamtliche, bietet Schulungen für Pat:innen an", 1, 2, 3, "Ehrenamt",
                optional=True),
    # Migrant:innen – names from the district's own list (see DistrictSpec.msos)
    OrgTemplate("beirat", A.GROUP, S.MIGRANTS, ("Migrations- und Integrationsbeirat {short}",),
                "Beratendes Gremium; vertritt die Anliegen der Zugewanderten gegenüber dem Kreistag",
                2, 2, 4, "Beteiligung,Beirat"),
    # Wirtschaft
    OrgTemplate("ihk", A.ORGANISATION, S.BUSINESS, ("{ihk}",),
                "Ausbildungsberatung, Projekt „Integration durch Ausbildung und Arbeit“",
                3, 1, 2, "Ausbildung,Fachkräfte"),
    OrgTemplate("hwk", A.ORGANISATION, S.BUSINESS, ("{hwk}",),
                "Willkommenslotsen für Betriebe, Anerkennung ausländischer Abschlüsse",
                3, 1, 3, "Ausbildung,Handwerk"),
    OrgTemplate("kh", A.ORGANISATION, S.BUSINESS, ("Kreishandwerkerschaft {short}",),
                "Innungen des Kreises; Praktikumsbörse", 2, 1, 2, "Handwerk", optional=True),
    OrgTemplate("wifoe", A.ORGANISATION, S.BUSINESS, ("Wirtschaftsförderung {short}",),
                "Standortmarketing, Fachkräftesicherung, Kontakt zu Unternehmen",
                2, 1, 3, "Fachkräfte,Standort", optional=True),
    OrgTemplate("unternehmensnetz", A.NETWORK, S.BUSINESS,
                ("Unternehmensnetzwerk Fachkräfte {short}",),
                "Austausch von Betrieben zu Ausbildung und Beschäftigung Geflüchteter",
                2, 2, 3, "Fachkräfte,Netzwerk", optional=True),
)  # fmt: skip

PERSONS: tuple[PersonTemplate, ...] = (
    # Politik
    PersonTemplate("landrat", S.POLITICS, None, "Landrätin", "Landrat", ("de",),
                   4, 1, 2, "Leitung,Steuerungsgruppe", "Schirmherrschaft für den Prozess."),
    PersonTemplate("kt_member_1", S.POLITICS, "fraktion_a", "Mitglied des Kreistags",
                   "Mitglied des Kreistags", ("de",), 2, 0, 1, "Kreistag", optional=True),
    PersonTemplate("kt_member_2", S.POLITICS, "fraktion_b",
                   "Kreistagsabgeordnete, Vorsitzende des Sozialausschusses",
                   "Kreistagsabgeordneter, Vorsitzender des Sozialausschusses",
                   ("de", "de", "tr"), 3, 1, 3, "Kreistag,Steuerungsgruppe"),
    PersonTemplate("buergermeister", S.POLITICS, None, "Bürgermeisterin von {town}",
                   "Bürgermeister von {town}", ("de",), 3, 1, 2, "Gemeinde",
                   "Setzt sich für die Nachnutzung leerstehender Wohnungen ein."),
    # Verwaltung
    PersonTemplate("integration_officer", S.ADMINISTRATION, "koord",
                   "Integrationsbeauftragte des Landkreises", "Integrationsbeauftragter des Landkreises",
                   ("de", "de", "pl", "tr"), 3, 2, 4, "Steuerungsgruppe,Koordination",
                   "Hauptansprechperson für die Prozessbegleitung."),
    PersonTemplate("abh_lead", S.ADMINISTRATION, "abh", "Leiterin der Ausländerbehörde",
                   "Leiter der Ausländerbehörde", ("de",), 4, 0, 2, "Aufenthaltsrecht,Steuerungsgruppe"),
    PersonTemplate("abh_staff", S.ADMINISTRATION, "abh", "Sachbearbeiterin Aufenthaltsrecht",
                   "Sachbearbeiter Aufenthaltsrecht", ("de", "ru"), 1, 1, 2, "Aufenthaltsrecht",
                   optional=True),
    PersonTemplate("jobcenter_lead", S.ADMINISTRATION, "jobcenter", "Teamleiterin Markt und Integration",
                   "Teamleiter Markt und Integration", ("de",), 3, 1, 3, "Arbeitsmarkt,Steuerungsgruppe"),
    PersonTemplate("sozial_staff", S.ADMINISTRATION, "sozialamt", "Sachgebietsleiterin Unterbringung",
                   "Sachgebietsleiter Unterbringung", ("de",), 2, 0, 2, "Unterbringung,Wohnen",
                   optional=True),
    PersonTemplate("bildung_koord", S.ADMINISTRATION, "bildungsbuero",
                   "Bildungskoordinatorin für Neuzugewanderte", "Bildungskoordinator für Neuzugewanderte",
                   ("de", "de", "ar"), 2, 2, 4, "Bildung,Sprache", optional=True),
    # Zivilgesellschaft
    PersonTemplate("vhs_lead", S.CIVIL_SOCIETY, "vhs", "Fachbereichsleiterin Deutsch als Fremdsprache",
                   "Fachbereichsleiter Deutsch als Fremdsprache", ("de",), 2, 2, 4, "Sprache,Bildung"),
    PersonTemplate("mbe", S.CIVIL_SOCIETY, "caritas", "Migrationsberaterin", "Migrationsberater",
                   ("de", "ar", "fa"), 2, 2, 4, "Beratung",
                   "Sprechstunden in drei Außenstellen; Wartezeit derzeit rund drei Wochen."),
    PersonTemplate("jmd", S.CIVIL_SOCIETY, "diakonie", "Beraterin im Jugendmigrationsdienst",
                   "Berater im Jugendmigrationsdienst", ("de", "ku"), 1, 2, 4, "Jugend,Beratung",
                   optional=True),
    PersonTemplate("willkommen_lead", S.CIVIL_SOCIETY, "willkommen", "Sprecherin der Willkommensinitiative",
                   "Sprecher der Willkommensinitiative", ("de",), 1, 2, 4, "Ehrenamt,Patenschaften"),
    PersonTemplate("pastor", S.CIVIL_SOCIETY, "kirche", "Pastorin", "Pfarrer", ("de",),
                   1, 2, 2, "Religion", optional=True),
    PersonTemplate("coach", S.CIVIL_SOCIETY, "sport", "Übungsleiterin, Integration durch Sport",
                   "Übungsleiter, Integration durch Sport", ("de", "ku", "ti"), 1, 2, 3, "Sport,Jugend",
                   optional=True),
    # Migrant:innen
    PersonTemplate("mso1_chair", S.MIGRANTS, "mso_1", "Vorsitzende", "Vorsitzender", ("mso_1",),
                   2, 2, 4, "Beteiligung,Multiplikator:in,Steuerungsgruppe",
                   "Vertritt den Verein in der Steuerungsgruppe."),
    PersonTemplate("mso2_member", S.MIGRANTS, "mso_2", "Vorstandsmitglied, Sprach- und Kulturmittlerin",
                   "Vorstandsmitglied, Sprach- und Kulturmittler", ("mso_2",), 1, 2, 4,
                   "Sprachmittlung,Multiplikator:in"),
    PersonTemplate("mso3_member", S.MIGRANTS, "mso_3", "Ansprechpartnerin der Gruppe",
                   "Ansprechpartner der Gruppe", ("mso_3",), 1, 1, 3, "Multiplikator:in"),
    PersonTemplate("beirat_member", S.MIGRANTS, "beirat", "Sprecherin des Beirats", "Sprecher des Beirats",
                   ("tr", "ar", "pl", "fa"), 2, 2, 4, "Beteiligung,Beirat"),
    PersonTemplate("elternlotse", S.MIGRANTS, None, "Elternlotsin", "Elternlotse",
                   ("uk", "ar", "fa", "ro"), 1, 2, 4, "Bildung,Eltern",
                   "Begleitet Familien zu Elternabenden und Kita-Anmeldungen."),
    PersonTemplate("azubi", S.MIGRANTS, "business_1", "Auszubildende", "Auszubildender",
                   ("ti", "fa", "ar", "ku"), 0, 2, 3, "Ausbildung,Jugend",
                   "Berichtet im Workshop über die ersten beiden Ausbildungsjahre.", optional=True),
    PersonTemplate("sprachmittlerin", S.MIGRANTS, None, "Freiberufliche Dolmetscherin",
                   "Freiberuflicher Dolmetscher", ("fa", "ti", "ar", "uk"), 1, 1, 3, "Sprachmittlung",
                   optional=True),
    # Wirtschaft
    PersonTemplate("ihk_advisor", S.BUSINESS, "ihk", "Ausbildungsberaterin", "Ausbildungsberater",
                   ("de",), 2, 1, 3, "Ausbildung"),
    PersonTemplate("hwk_lotse", S.BUSINESS, "hwk", "Willkommenslotsin", "Willkommenslotse",
                   ("de", "de", "tr"), 2, 2, 4, "Ausbildung,Handwerk"),
    PersonTemplate("business_ceo", S.BUSINESS, "business_1", "Geschäftsführerin", "Geschäftsführer",
                   ("de",), 2, 1, 3, "Fachkräfte,Ausbildung",
                   "Bildet seit 2017 zwei Geflüchtete aus; wünscht sich schnellere Entscheidungen."),
    PersonTemplate("business_hr", S.BUSINESS, "business_2", "Personalleiterin", "Personalleiter",
                   ("de", "pl", "ro"), 2, 1, 2, "Fachkräfte", optional=True),
    PersonTemplate("business_owner", S.BUSINESS, "business_3", "Inhaberin", "Inhaber",
                   ("de", "tr", "vi"), 1, 1, 2, "Fachkräfte", optional=True),
)  # fmt: skip

# Where a template asks for "ru", people of the many Russian-speaking Spätaussiedler families
# fit; they carry German names, so the German pool serves them.
LANGUAGE_ALIASES: dict[str, str] = {"ru": "de"}


class RelationshipTemplate(NamedTuple):
    source: str
    target: str
    kind: RelationshipKind
    strength: int
    directed: bool
    note: str = ""


RELATIONSHIPS: tuple[RelationshipTemplate, ...] = (
    RelationshipTemplate("landrat", "kreistag", R.INFORMATION, 3, True,
                         "Berichtet im Kreistag über den Stand des Integrationskonzepts"),
    RelationshipTemplate("landrat", "koord", R.HIERARCHY, 3, True,
                         "Als Stabsstelle der Verwaltungsspitze zugeordnet"),
    RelationshipTemplate("landrat", "abh", R.HIERARCHY, 2, True),
    RelationshipTemplate("landrat", "sozialamt", R.HIERARCHY, 2, True),
    RelationshipTemplate("landrat", "buergermeister", R.COOPERATION, 2, False,
                         "Regelmäßige Bürgermeisterdienstberatung"),
    RelationshipTemplate("kreistag", "ausschuss", R.HIERARCHY, 3, True, "Fachausschuss des Kreistags"),
    RelationshipTemplate("kt_member_2", "ausschuss", R.HIERARCHY, 2, True, "Vorsitz im Ausschuss"),
    RelationshipTemplate("kt_member_1", "kt_member_2", R.CONFLICT, 1, False,
                         "Uneinig über die Finanzierung einer zusätzlichen Stelle für Integration"),
    RelationshipTemplate("koord", "ausschuss", R.INFORMATION, 2, True,
                         "Bericht zum Integrationsgeschehen zweimal im Jahr"),
    RelationshipTemplate("koord", "netzwerk", R.COOPERATION, 3, False,
                         "Koordinierungsstelle lädt ein und führt die Geschäfte"),
    RelationshipTemplate("koord", "willkommen", R.FUNDING, 2, True,
                         "Kleinförderung Ehrenamt aus Kreismitteln"),
    RelationshipTemplate("koord", "mso_1", R.FUNDING, 1, True, "Zuschuss für Räume und Veranstaltungen"),
    RelationshipTemplate("abh", "jobcenter", R.COOPERATION, 2, False,
                         "Abstimmung zu Beschäftigungserlaubnissen und Ausbildungsduldungen"),
    RelationshipTemplate("abh", "willkommen", R.CONFLICT, 2, False,
                         "Unterschiedliche Sicht auf Ermessensspielräume bei Duldungen"),
    RelationshipTemplate("abh_lead", "mbe", R.CONFLICT, 1, False,
                         "Streit um Terminvergabe und Erreichbarkeit der Behörde"),
    RelationshipTemplate("jobcenter", "vhs", R.COOPERATION, 3, False,
                         "Zuweisung in Integrations- und Berufssprachkurse"),
    RelationshipTemplate("agentur", "jobcenter", R.COOPERATION, 2, False, "Gemeinsamer Arbeitgeberservice"),
    RelationshipTemplate("jobcenter", "ihk", R.COOPERATION, 2, False,
                         "Ausbildungsvermittlung für Geflüchtete"),
    RelationshipTemplate("hwk", "business_1", R.INFORMATION, 2, True,
                         "Beratung zu Ausbildungsverträgen und Anerkennung"),
    RelationshipTemplate("ihk", "business_2", R.INFORMATION, 1, True),
    RelationshipTemplate("caritas", "willkommen", R.COOPERATION, 3, False,
                         "Gemeinsame Sprechstunde im Gemeindehaus"),
    RelationshipTemplate("caritas", "diakonie", R.COOPERATION, 2, False,
                         "Migrationsberatung nach Sozialräumen abgestimmt"),
    RelationshipTemplate("mso_1", "beirat", R.COOPERATION, 2, False, "Stellt zwei Mitglieder des Beirats"),
    RelationshipTemplate("beirat", "kreistag", R.INFORMATION, 2, True, "Empfehlungen an den Kreistag"),
    RelationshipTemplate("sport", "mso_2", R.COOPERATION, 2, False, "Gemeinsames Training und Sommerfest"),
    RelationshipTemplate("kirche", "willkommen", R.COOPERATION, 2, False,
                         "Stellt Räume für das Sprachcafé"),
    RelationshipTemplate("anwohner", "gemeinde", R.CONFLICT, 2, False,
                         "Beschwerden über die Gemeinschaftsunterkunft"),
    RelationshipTemplate("anwohner", "willkommen", R.CONFLICT, 1, False),
    RelationshipTemplate("sozialamt", "diakonie", R.FUNDING, 3, True,
                         "Betriebskosten der Gemeinschaftsunterkunft"),
    RelationshipTemplate("schulamt", "bildungsbuero", R.COOPERATION, 2, False,
                         "Abstimmung der Sprachförderklassen"),
    RelationshipTemplate("wifoe", "hwk", R.COOPERATION, 2, False, "Gemeinsame Betriebsbesuche"),
    RelationshipTemplate("wifoe", "unternehmensnetz", R.COOPERATION, 2, False, "Organisiert die Treffen"),
    RelationshipTemplate("integration_officer", "mso1_chair", R.COOPERATION, 3, False,
                         "Regelmäßiger Austausch, bereiten Workshops gemeinsam vor"),
    RelationshipTemplate("mbe", "mso2_member", R.COOPERATION, 2, False,
                         "Vermittelt Sprachmittlung bei Beratungsgesprächen"),
    RelationshipTemplate("business_ceo", "hwk_lotse", R.COOPERATION, 2, False,
                         "Begleitung bei der Einstellung von Auszubildenden"),
    RelationshipTemplate("jobcenter_lead", "ihk_advisor", R.COOPERATION, 2, False),
    RelationshipTemplate("kt_member_2", "beirat_member", R.INFORMATION, 1, True),
    RelationshipTemplate("elternlotse", "bildung_koord", R.COOPERATION, 2, False,
                         "Gemeinsame Elternabende in Grundschulen"),
    RelationshipTemplate("azubi", "jmd", R.INFORMATION, 1, True),
)  # fmt: skip

# Notes for relationships the seed adds beyond the templates above.
EXTRA_NOTES: dict[RelationshipKind, tuple[str, ...]] = {
    R.COOPERATION: (
        "Gemeinsame Veranstaltung im Herbst",
        "Abstimmung zu Einzelfällen",
        "Treffen sich im Netzwerk Integration",
        "Verweisen Ratsuchende gegenseitig",
        "",
        "",
    ),
    R.INFORMATION: (
        "Newsletter und Einladungen",
        "Informiert über neue Kursangebote",
        "Telefonischer Austausch bei Bedarf",
        "",
    ),
}

# Person notes drawn now and then, so that not every card looks alike.
PERSON_NOTES: tuple[str, ...] = (
    "Gut vernetzt in den Dörfern des Nordkreises.",
    "Bevorzugt Kontakt per Telefon, nachmittags.",
    "Hat angeboten, beim nächsten Workshop einen Tisch zu moderieren.",
    "Nimmt an der Steuerungsgruppe teil, wenn es zeitlich passt.",
    "Lebt seit 2015 im Landkreis.",
    "Engagiert sich zusätzlich in der Hausaufgabenhilfe.",
    "",
    "",
    "",
)
