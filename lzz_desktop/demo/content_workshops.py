"""Workshop content per format: titles, goals, agenda items (TOPs), agreements and action items.

Texts are format strings filled per district (``{kreis}``, ``{short}``, ``{focus}``, ``{seat}``,
``{town}``, ``{consultancy}``, ``{authority}``, ``{motto}``, ``{destination}``, ``{ihk}``,
``{hwk}``, ``{vhs}``, ``{n}``). A responsible party starting with ``@`` names a person template
key (see content_actors); the seed falls back to plain text where that person does not exist.
"""

from __future__ import annotations

from typing import NamedTuple

from lzz_desktop.domain.enums import WorkshopFormat


class Agenda(NamedTuple):
    title: str
    notes: str
    results: str


class AgreementText(NamedTuple):
    text: str
    section: str | None = None  # concept section key the agreement feeds


class Action(NamedTuple):
    title: str
    responsible: str  # "@person_key" or a text
    fallback: str = "Koordinierungsstelle Integration"


class FormatContent(NamedTuple):
    title: str
    goals: str
    # The first and the last item always appear; the seed picks from those in between.
    agenda: tuple[Agenda, ...]
    agreements: tuple[AgreementText, ...]
    actions: tuple[Action, ...]
    start_hour: int
    hours: int


F = WorkshopFormat

CLOSING = Agenda(
    "Ausblick, nächste Schritte und Feedback",
    "Kurzes Blitzlicht aller Teilnehmenden; Termine bis zum nächsten Treffen.",
    "Protokoll geht innerhalb von zwei Wochen an alle Teilnehmenden.",
)

FORMATS: dict[WorkshopFormat, FormatContent] = {
    F.KICKOFF: FormatContent(
        title="Auftaktworkshop „{motto}“",
        goals=(
            "Die Beteiligten im {kreis} lernen das Programm Land.Zuhause.Zukunft und einander "
            "kennen, tragen zusammen, wo der Landkreis bei der Integration Neuzugewanderter steht, "
            "und verständigen sich auf einen Themenschwerpunkt für die Prozessbegleitung."
        ),
        agenda=(
            Agenda(
                "Begrüßung und Vorstellungsrunde",
                "Begrüßung durch die Verwaltungsspitze. Vorstellung aller Teilnehmenden mit ihren "
                "Erwartungen an den Prozess (Kartenabfrage).",
                "Erwartungen auf Moderationskarten gesammelt; Fotoprotokoll folgt.",
            ),
            Agenda(
                "Das Programm Land.Zuhause.Zukunft: Ziele und Ablauf",
                "Input des Programmbüros zu Zielen, Zeitplan und Rollen; einjährige "
                "Prozessbegleitung durch {consultancy}; Forum Integration in ländlichen Räumen und "
                "Lernreisen als Angebote des Programms.",
                "Zeitplan bis Mitte 2019 vorgestellt. Die Frage nach der Verstetigung nach "
                "Programmende greift die Steuerungsgruppe auf.",
            ),
            Agenda(
                "Bestandsaufnahme: Wo stehen wir bei der Integration im {kreis}?",
                "Zahlen der Ausländerbehörde und des Jobcenters zu Aufenthaltsstatus, Alter und "
                "Leistungsbezug; Ergänzungen aus der Runde, vor allem von den "
                "Migrantenselbstorganisationen.",
                "Viele Angebote existieren, sind aber wenig bekannt und schlecht erreichbar. "
                "Bedarf an einer gemeinsamen Übersicht.",
            ),
            Agenda(
                "Akteurslandkarte: Wer ist im Landkreis aktiv?",
                "Gemeinsame Erstellung einer Akteurslandkarte an der Pinnwand, sortiert nach "
                "Politik, Verwaltung, Zivilgesellschaft, Migrant:innen und Wirtschaft.",
                "Lücken bei Wirtschaft und Migrantenselbstorganisationen erkannt; die Karte wird "
                "digital weitergeführt.",
            ),
            Agenda(
                "Themenfindung im World-Café",
                "Drei Tische: Arbeit und Ausbildung, Sprache und Bildung, Wohnen und Zusammenleben; "
                "zwei Runden zu je 25 Minuten, Punktabfrage zum Schluss.",
                "Schwerpunkt „{focus}“ erhält die meisten Punkte und wird Thema der Prozessbegleitung.",
            ),
            Agenda(
                "Steuerungsgruppe: Zusammensetzung und Arbeitsweise",
                "Vorschlag der Koordinierungsstelle; Diskussion, wie Migrant:innen dauerhaft "
                "vertreten sein können.",
                "Steuerungsgruppe mit zwölf Mitgliedern aus allen fünf Sektoren, davon drei aus "
                "Migrantenselbstorganisationen; Sitzungen etwa alle acht Wochen.",
            ),
            CLOSING,
        ),
        agreements=(
            AgreementText(
                "Die Prozessbegleitung konzentriert sich auf das Handlungsfeld „{focus}“.", "handlungsfelder"
            ),
            AgreementText(
                "Eine Steuerungsgruppe aus allen fünf Sektoren begleitet den Prozess; "
                "Migrantenselbstorganisationen stellen drei Mitglieder.",
                "umsetzung",
            ),
            AgreementText(
                "Die Akteurslandkarte wird von der Koordinierungsstelle gepflegt und allen "
                "Beteiligten zur Verfügung gestellt.",
                "akteure",
            ),
        ),
        actions=(
            Action(
                "Akteurslandkarte digitalisieren und an alle Teilnehmenden versenden", "@integration_officer"
            ),
            Action("Mitglieder der Steuerungsgruppe schriftlich anfragen", "@integration_officer"),
            Action(
                "Zahlen zu Aufenthaltsstatus und Altersstruktur aufbereiten", "@abh_lead", "Ausländerbehörde"
            ),
            Action("Termin für den Fachworkshop abstimmen und Räume reservieren", "{consultancy}"),
            Action("Presseinformation zum Programmstart abstimmen", "Pressestelle {authority}"),
        ),
        start_hour=9,
        hours=6,
    ),
    F.THEMATIC: FormatContent(
        title="Fachworkshop „{focus}“",
        goals=(
            "Für das Handlungsfeld „{focus}“ werden Ziele und erste Maßnahmen erarbeitet; "
            "Erfahrungen von Zugewanderten und Betrieben fließen direkt ein."
        ),
        agenda=(
            Agenda(
                "Begrüßung und Rückblick auf den Auftaktworkshop",
                "Kurzer Rückblick durch die Moderation; Stand der Aufgaben aus dem Auftakt.",
                "Akteurslandkarte liegt vor; Steuerungsgruppe hat sich konstituiert.",
            ),
            Agenda(
                "Impuls: Was brauchen Neuzugewanderte, um im {kreis} zu bleiben?",
                "Zwei Kurzberichte aus Migrantenselbstorganisationen, anschließend Rückfragen.",
                "Genannt wurden: verlässliche Ansprechpersonen, Wohnraum nahe an Arbeit und "
                "Schule, Anerkennung von Abschlüssen, Kontakte zu Einheimischen.",
            ),
            Agenda(
                "Praxisbeispiel aus einem Betrieb",
                "Erfahrungsbericht eines Unternehmens aus {town}: Ausbildung zweier Geflüchteter, "
                "Hürden bei Berufsschule und Aufenthaltsrecht.",
                "Berufsschule und Sprachkurs lassen sich schwer vereinbaren; Betriebe wünschen "
                "eine feste Ansprechperson in der Ausländerbehörde.",
            ),
            Agenda(
                "Arbeitsgruppen: Ziele und Maßnahmen",
                "Drei Arbeitsgruppen mit Leitfragen: Was wollen wir bis 2021 erreichen? Wer macht "
                "was? Was brauchen wir dafür?",
                "Je Arbeitsgruppe zwei Ziele und drei bis fünf Maßnahmenideen; Übersicht im Anhang.",
            ),
            Agenda(
                "Vorstellung und Priorisierung der Ergebnisse",
                "Galerierundgang, Punktabfrage.",
                "Fünf Maßnahmen priorisiert; sie gehen als Entwurf in das Integrationskonzept.",
            ),
            Agenda(
                "Offene Aufgaben aus dem Auftaktworkshop",
                "Durchsicht der Aufgabenliste.",
                "Zwei Aufgaben erledigt, eine verschoben.",
            ),
            CLOSING,
        ),
        agreements=(
            AgreementText(
                "Die fünf priorisierten Maßnahmen werden in das Kapitel Handlungsfelder des "
                "Konzeptentwurfs übernommen.",
                "handlungsfelder",
            ),
            AgreementText(
                "Betriebe erhalten eine feste Ansprechperson in der Ausländerbehörde.", "umsetzung"
            ),
            AgreementText(
                "Migrantenselbstorganisationen werden an der Ausarbeitung jeder Maßnahme beteiligt.",
                "beteiligung",
            ),
        ),
        actions=(
            Action("Maßnahmensteckbriefe für die fünf priorisierten Maßnahmen entwerfen", "{consultancy}"),
            Action(
                "Ansprechperson für Betriebe in der Ausländerbehörde benennen",
                "@abh_lead",
                "Ausländerbehörde",
            ),
            Action(
                "Übersicht der Sprachkursangebote mit Zeiten und Fahrwegen erstellen", "@vhs_lead", "{vhs}"
            ),
            Action("Treffen mit Betrieben zur Ausbildungsbegleitung organisieren", "@hwk_lotse", "{hwk}"),
            Action("Erfahrungsberichte von Zugewanderten für das Konzept sammeln", "@mso1_chair"),
        ),
        start_hour=13,
        hours=4,
    ),
    F.STEERING_GROUP: FormatContent(
        title="{n}. Sitzung der Steuerungsgruppe",
        goals=(
            "Die Steuerungsgruppe prüft den Stand des Konzeptentwurfs, entscheidet über offene "
            "Punkte und bereitet die Beratung im Kreistag vor."
        ),
        agenda=(
            Agenda(
                "Begrüßung und Genehmigung des letzten Protokolls",
                "",
                "Protokoll ohne Änderungen genehmigt.",
            ),
            Agenda(
                "Stand der Aufgaben",
                "Durchsicht der offenen Aufgaben aus den vorangegangenen Workshops.",
                "Mehrere Aufgaben sind überfällig, vor allem dort, wo Zuständigkeiten zwischen "
                "Ämtern geteilt sind.",
            ),
            Agenda(
                "Gliederung und Entwurf des Integrationskonzepts",
                "{consultancy} stellt die Gliederung nach der Konzeptvorlage vor; die Kapitel "
                "Ausgangslage und Handlungsfelder liegen im Entwurf vor.",
                "Gliederung bestätigt. Das Kapitel Beteiligung soll stärker die Perspektive der "
                "Zugewanderten wiedergeben.",
            ),
            Agenda(
                "Leitbild",
                "Zwei Varianten aus dem Fachworkshop; Diskussion.",
                "Variante B mit kleinen Änderungen angenommen.",
            ),
            Agenda(
                "Beratung im Kreistag vorbereiten",
                "Zeitplan: Sozialausschuss, Kreisausschuss, Kreistag.",
                "Vorstellung im Sozialausschuss nach der Sommerpause.",
            ),
            Agenda(
                "Öffentlichkeitsarbeit",
                "Idee einer Veranstaltungsreihe „Neue Nachbar:innen“ in den Gemeinden.",
                "Zunächst zwei Veranstaltungen als Versuch.",
            ),
            Agenda("Verschiedenes und Termine", "", "Nächste Sitzung in acht Wochen."),
        ),
        agreements=(
            AgreementText(
                "Das Leitbild wird in der Fassung der Variante B in das Konzept übernommen.", "leitbild"
            ),
            AgreementText("Die Steuerungsgruppe tagt auch nach Programmende zweimal im Jahr.", "umsetzung"),
            AgreementText("Für jedes Ziel wird mindestens ein Indikator festgelegt.", "monitoring"),
        ),
        actions=(
            Action("Kapitel Beteiligung überarbeiten", "@integration_officer"),
            Action("Beschlussvorlage für den Sozialausschuss entwerfen", "@integration_officer"),
            Action("Indikatoren für die Ziele vorschlagen", "{consultancy}"),
            Action("Termine für die Veranstaltungsreihe mit den Gemeinden abstimmen", "@buergermeister"),
            Action(
                "Kosten einer zusätzlichen Stelle Integrationsmanagement ermitteln",
                "@landrat",
                "Verwaltungsspitze",
            ),
        ),
        start_hour=14,
        hours=3,
    ),
    F.LEARNING_JOURNEY: FormatContent(
        title="Lernreise nach {destination}",
        goals=(
            "Eine Delegation aus dem {kreis} lernt Strukturen, Arbeitsabläufe und Projekte der "
            "Integrationsarbeit in {destination} kennen und nimmt Impulse für das eigene Konzept mit."
        ),
        agenda=(
            Agenda("Anreise und Begrüßung durch die Gastkommune", "Gemeinsame Anreise im Kleinbus.", ""),
            Agenda(
                "Vorstellung des Integrationsmanagements vor Ort",
                "Aufbau, Personal und Finanzierung; Zusammenarbeit zwischen Stadt und Ehrenamt.",
                "Feste Tandems aus Hauptamt und Ehrenamt sind der Kern des Ansatzes.",
            ),
            Agenda(
                "Besuch einer Wohnungsbaugesellschaft",
                "Wie leerstehende Wohnungen für Zugewanderte hergerichtet und vermittelt werden.",
                "Mietverträge direkt mit den Familien statt über das Sozialamt.",
            ),
            Agenda(
                "Austausch mit einer Migrantenselbstorganisation",
                "Gespräch über Beteiligung in Gremien.",
                "Beteiligung gelingt, wenn Sitzungen abends stattfinden und Fahrtkosten erstattet werden.",
            ),
            Agenda(
                "Auswertung: Was übertragen wir in den {kreis}?",
                "Reflexion auf der Rückfahrt und am Folgetag.",
                "Drei Ideen für die Steuerungsgruppe: Tandem-Modell, Wohnraumbörse, Fahrtkostenerstattung.",
            ),
        ),
        agreements=(
            AgreementText(
                "Das Tandem-Modell aus Hauptamt und Ehrenamt wird für den {kreis} geprüft.", "umsetzung"
            ),
            AgreementText(
                "Sitzungen mit Beteiligung von Ehrenamtlichen finden künftig ab 17 Uhr statt.", "beteiligung"
            ),
        ),
        actions=(
            Action("Reisebericht für die Steuerungsgruppe schreiben", "@integration_officer"),
            Action(
                "Gespräch mit der Kreiswohnungsbaugesellschaft über eine Wohnraumbörse führen",
                "@sozial_staff",
                "Sozialamt",
            ),
            Action(
                "Regelung zur Fahrtkostenerstattung für Ehrenamtliche vorschlagen", "@integration_officer"
            ),
        ),
        start_hour=7,
        hours=11,
    ),
    F.NETWORK_MEETING: FormatContent(
        title="Vernetzungstreffen Integration {short}",
        goals=(
            "Haupt- und Ehrenamtliche aus dem ganzen Landkreis tauschen sich aus, lernen neue "
            "Angebote kennen und verabreden Kooperationen."
        ),
        agenda=(
            Agenda("Begrüßung", "Kurze Einführung durch die Koordinierungsstelle.", ""),
            Agenda(
                "Marktplatz der Angebote",
                "Zwölf Stände von Beratungsstellen, Initiativen, Vereinen und Kammern.",
                "Großer Andrang am Stand der Kammern zum Thema Anerkennung.",
            ),
            Agenda(
                "Kurzinput: Neues aus dem Aufenthaltsrecht",
                "Ausbildungs- und Beschäftigungsduldung; Fragen aus der Praxis.",
                "Merkblatt der Ausländerbehörde wird über das Netzwerk verteilt.",
            ),
            Agenda(
                "Austausch an Thementischen",
                "Sprachcafés, Patenschaften, Elternarbeit, Frauen und Arbeit.",
                "Ehrenamtliche wünschen sich Supervision und Fortbildungen.",
            ),
            Agenda(
                "Ergebnisse des Konzeptprozesses",
                "Zwischenstand des Integrationskonzepts in zehn Minuten.",
                "Rückmeldungen auf Pinnwand gesammelt.",
            ),
            CLOSING,
        ),
        agreements=(
            AgreementText(
                "Das Netzwerk trifft sich künftig zweimal jährlich an wechselnden Orten.", "umsetzung"
            ),
            AgreementText("Fortbildungen für Ehrenamtliche werden gemeinsam geplant.", "handlungsfelder"),
        ),
        actions=(
            Action("Merkblatt zum Aufenthaltsrecht über den Verteiler schicken", "@integration_officer"),
            Action(
                "Fortbildungsbedarf der Ehrenamtlichen abfragen", "@willkommen_lead", "Willkommensinitiative"
            ),
            Action("Angebotsübersicht als Broschüre drucken lassen", "@integration_officer"),
        ),
        start_hour=16,
        hours=3,
    ),
    F.EXPERT_EVENT: FormatContent(
        title="Fachveranstaltung „Mobil auf dem Land – Wege zu Sprachkurs, Beratung und Arbeit“",
        goals=(
            "Verkehrsplanung, Jobcenter, Kursträger und Ehrenamt suchen gemeinsam nach Lösungen, "
            "wie Neuzugewanderte ohne Auto Sprachkurse, Beratung und Arbeitsplätze erreichen."
        ),
        agenda=(
            Agenda("Grußwort", "", ""),
            Agenda(
                "Impuls: Mobilität im ländlichen Raum",
                "Vortrag der Verkehrsgesellschaft des Landkreises.",
                "",
            ),
            Agenda("Praxisbeispiele", "Rufbus, Mitfahrbank, Fahrradwerkstatt.", ""),
            Agenda("Workshops in drei Gruppen", "Sprachkurse, Beratung, Arbeitswege.", ""),
            Agenda("Podiumsgespräch", "Mit Vertreter:innen aus Politik, Jobcenter und Ehrenamt.", ""),
            CLOSING,
        ),
        agreements=(),
        actions=(),
        start_hour=10,
        hours=5,
    ),
    F.CONFERENCE: FormatContent(
        title="Abschlusskonferenz „{motto}“",
        goals=(
            "Der Entwurf des Integrationskonzepts wird der Öffentlichkeit vorgestellt; Politik, "
            "Verwaltung, Zivilgesellschaft, Migrant:innen und Wirtschaft beraten über die Umsetzung."
        ),
        agenda=(
            Agenda("Grußwort", "", ""),
            Agenda("Vorstellung des Konzeptentwurfs", "Durch die Koordinierungsstelle Integration.", ""),
            Agenda("Stimmen aus dem Prozess", "Drei Beteiligte berichten, was sich verändert hat.", ""),
            Agenda("Podiumsdiskussion: Wie geht es nach Programmende weiter?", "", ""),
            Agenda("Marktplatz der Maßnahmen", "Stände zu den Maßnahmen des Konzepts.", ""),
            CLOSING,
        ),
        agreements=(),
        actions=(),
        start_hour=10,
        hours=5,
    ),
}

# Guests who are not actors of the district: the programme office and peers from other districts.
PEER_GUESTS: tuple[tuple[str, str], ...] = (
    ("Dr. Ingrid Sommerfeld", "Landkreis Hameln-Pyrmont, Integrationsmanagement"),
    ("Robert Kleinschmidt", "Landesnetzwerk Migrantenorganisationen"),
    ("Aylin Karaca", "Referentin für Integration im Landesministerium"),
)
