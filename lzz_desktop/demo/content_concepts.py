"""Concept drafts of the pilot districts: sections of the template, district prose, comments.

Figures are rounded and given as a draft would give them; they set the scene, they are not data.
The seed assembles the Markdown; ``akteure`` is written from the district's own actors.
"""

from __future__ import annotations

from typing import NamedTuple

TEMPLATE_KEY = "integrationskonzept-landkreis"
TEMPLATE_VERSION = 1


class Field(NamedTuple):
    title: str
    goal: str
    measures: tuple[str, ...]


class ConceptText(NamedTuple):
    ausgangslage: str
    leitbild: str
    fields: tuple[Field, ...]
    beteiligung: str
    verstetigung: str
    indicators: tuple[str, ...]


CONCEPTS: dict[str, ConceptText] = {
    "coburg": ConceptText(
        ausgangslage=(
            "Der Landkreis Coburg liegt im Norden Oberfrankens an der Grenze zu Thüringen. Rund "
            "87.000 Menschen leben in den Städten und Gemeinden rund um die kreisfreie Stadt "
            "Coburg. Seit 2015 sind mehrere Hundert Geflüchtete in den Landkreis gekommen, vor "
            "allem aus Syrien, Afghanistan, dem Irak und Eritrea. Hinzu kommen Beschäftigte aus "
            "Polen, Rumänien und der Türkei, deren Familien teils seit Jahrzehnten hier leben.\n\n"
            "## Bestandsaufnahme\n\n"
            "- Die Betriebe der Möbel-, Metall- und Zulieferindustrie suchen Auszubildende; "
            "zugleich brechen junge Geflüchtete ihre Ausbildung überdurchschnittlich oft ab.\n"
            "- Berufsschule, Sprachkurs und Betrieb liegen oft weit auseinander; ohne Auto sind "
            "viele Orte schwer erreichbar.\n"
            "- Jobcenter, Kammern und Migrationsberatung beraten engagiert, aber wenig "
            "aufeinander abgestimmt.\n"
        ),
        leitbild=(
            "Der Landkreis Coburg versteht Zuwanderung als Teil seiner Zukunft. Wer hier lebt, "
            "lernt und arbeitet, soll im Coburger Land heimisch werden können – unabhängig von "
            "Herkunft und Aufenthaltsdauer. Verwaltung, Betriebe, Vereine und Zugewanderte "
            "arbeiten dafür auf Augenhöhe zusammen."
        ),
        fields=(
            Field(
                "Ausbildung begleiten",
                "Mehr junge Zugewanderte schließen eine Ausbildung erfolgreich ab.",
                (
                    "Ehrenamtliche Ausbildungsmentor:innen aus dem Handwerk",
                    "Berufsbezogener Deutschkurs an der Berufsschule, abgestimmt mit den Betrieben",
                    "Feste Ansprechperson für Ausbildungsduldungen in der Ausländerbehörde",
                ),
            ),
            Field(
                "Betriebe gewinnen",
                "Kleine und mittlere Betriebe kennen die Wege zur Beschäftigung Zugewanderter.",
                (
                    "Betriebsbesuche gemeinsam mit Kammern und Jobcenter",
                    "Leitfaden „Beschäftigung Geflüchteter im Coburger Land“",
                ),
            ),
            Field(
                "Ankommen in der Gemeinde",
                "Neuzugewanderte finden in jeder Gemeinde eine Ansprechperson.",
                ("Integrationslots:innen in den Rathäusern", "Begrüßungsmappe in sechs Sprachen"),
            ),
        ),
        beteiligung=(
            "Migrantenselbstorganisationen sind mit drei Sitzen in der Steuerungsgruppe "
            "vertreten. Vor jedem Fachworkshop lädt der Türkisch-Deutsche Kulturverein Neustadt "
            "zu einem Vorgespräch ein, in dem Zugewanderte ihre Erfahrungen einbringen – auf "
            "Wunsch mit Sprachmittlung in Arabisch, Tigrinya und Türkisch.\n\n"
            "Junge Eritreer:innen, die im Handwerk ausgebildet werden, haben im Fachworkshop "
            "selbst über Hürden in Berufsschule und Betrieb berichtet; ihre Vorschläge sind in "
            "das Handlungsfeld „Ausbildung begleiten“ eingeflossen."
        ),
        verstetigung=(
            "Die Ausbildungsmentor:innen werden über die Handwerkskammer für Oberfranken "
            "geschult; der Landkreis prüft eine dauerhafte Finanzierung der Koordinierungsstelle."
        ),
        indicators=(
            "Zahl der Ausbildungsverträge mit Auszubildenden mit Fluchtgeschichte",
            "Anteil vorzeitig gelöster Ausbildungsverträge",
            "Zahl der Betriebe, die erstmals Zugewanderte ausbilden",
        ),
    ),
    "goslar": ConceptText(
        ausgangslage=(
            "Der Landkreis Goslar am Nordrand des Harzes hat seit der Jahrtausendwende deutlich "
            "an Einwohner:innen verloren; heute leben hier rund 137.000 Menschen. Besonders in "
            "den Oberharzer Bergstädten und in Braunlage stehen Wohnungen leer, Schulen und "
            "Arztpraxen suchen Nachwuchs. Seit 2015 sind Geflüchtete vor allem aus Syrien und "
            "Afghanistan in den Landkreis gekommen, und die TU Clausthal zieht Studierende aus "
            "aller Welt an – die meisten verlassen die Region nach dem Abschluss wieder.\n\n"
            "## Bestandsaufnahme\n\n"
            "- Viele Geflüchtete ziehen nach dem Ende der Wohnsitzauflage in größere Städte; sie "
            "nennen fehlende Kontakte, lange Wege und wenige Arbeitsangebote.\n"
            "- Leerstehender Wohnraum ist vorhanden, aber oft sanierungsbedürftig und schlecht "
            "angebunden.\n"
            "- Internationale Absolvent:innen kennen die Betriebe der Region kaum.\n"
        ),
        leitbild=(
            "Der Landkreis Goslar ist ein Ort, an dem man ankommen und bleiben kann. Neuzugewanderte "
            "sollen hier Wohnung, Arbeit und Freund:innen finden und den Landkreis mitgestalten. "
            "Vielfalt verstehen wir als Antwort auf den demografischen Wandel."
        ),
        fields=(
            Field(
                "Wohnen",
                "Neuzugewanderte finden bezahlbaren Wohnraum in Orten mit guter Anbindung.",
                (
                    "Wohnraumbörse mit Städten, Gemeinden und Wohnungsgesellschaften",
                    "Mietführerschein in Kooperation mit der Kreisvolkshochschule",
                ),
            ),
            Field(
                "Ankommen und Haltefaktoren",
                "Neuzugewanderte haben innerhalb eines Monats nach dem Umzug eine persönliche "
                "Ansprechperson.",
                (
                    "Willkommenspat:innen in jeder Stadt und Gemeinde",
                    "Begrüßungsveranstaltung zweimal im Jahr im Kreishaus",
                    "Tandem-Modell aus Hauptamt und Ehrenamt nach dem Vorbild Altenas",
                ),
            ),
            Field(
                "Internationale Studierende halten",
                "Mehr internationale Absolvent:innen der TU Clausthal beginnen ihr Berufsleben im Landkreis.",
                (
                    "Betriebsexkursionen für internationale Studierende",
                    "Praktikumsbörse mit IHK und Wirtschaftsförderung",
                ),
            ),
        ),
        beteiligung=(
            "Der Syrisch-Deutsche Kulturverein Goslar und der Afghanische Familienverein Harz "
            "sind Mitglieder der Steuerungsgruppe. Für die Bestandsaufnahme wurden rund 40 "
            "Neuzugewanderte in ihren Sprachen gefragt, warum sie bleiben oder gehen wollen; die "
            "Antworten sind in die Handlungsfelder eingeflossen.\n\n"
            "Der Migrations- und Integrationsbeirat wird künftig vor jeder Entscheidung des "
            "Kreistags zu Integrationsfragen gehört. Sitzungen mit Ehrenamtlichen beginnen nicht "
            "vor 17 Uhr; Fahrtkosten werden erstattet."
        ),
        verstetigung=(
            "Die Wohnraumbörse wird nach einer Erprobung in Seesen und Braunlage in allen "
            "Kommunen eingeführt; die Kosten teilen sich Landkreis und Kommunen."
        ),
        indicators=(
            "Zahl der Neuzugewanderten, die zwei Jahre nach Zuzug noch im Landkreis leben",
            "Vermittelte Wohnungen über die Wohnraumbörse",
            "Zahl internationaler Absolvent:innen mit Arbeitsplatz im Landkreis",
        ),
    ),
    "harz": ConceptText(
        ausgangslage=(
            "Der Landkreis Harz ist mit rund 215.000 Einwohner:innen der bevölkerungsreichste "
            "Landkreis Sachsen-Anhalts. In Halberstadt liegt die Zentrale Anlaufstelle für "
            "Asylbewerber des Landes; viele Geflüchtete kommen deshalb zuerst hierher, werden "
            "dann aber auf andere Kreise verteilt. Wer bleibt, lebt vor allem in Halberstadt, "
            "Wernigerode und Quedlinburg.\n\n"
            "## Bestandsaufnahme\n\n"
            "- In der Kreisverwaltung fehlen mehrsprachige Informationen; Formulare gibt es fast "
            "nur auf Deutsch.\n"
            "- Zugewanderte berichten von Unsicherheit im Kontakt mit Behörden.\n"
            "- Ehrenamtliche Initiativen sind engagiert, fühlen sich aber von der Verwaltung "
            "wenig unterstützt.\n"
        ),
        leitbild=(
            "Der Landkreis Harz will ein offener Landkreis sein, in dem Vielfalt selbstverständlich "
            "ist. Die Kreisverwaltung versteht sich als Dienstleisterin für alle Einwohner:innen "
            "und öffnet ihre Angebote, ihre Sprache und ihr Personal für Menschen mit "
            "Einwanderungsgeschichte."
        ),
        fields=(
            Field(
                "Interkulturelle Öffnung der Verwaltung",
                "Beschäftigte mit Publikumsverkehr sind interkulturell geschult; wichtige "
                "Informationen liegen mehrsprachig vor.",
                (
                    "Fortbildungsreihe „Interkulturelle Kompetenz“ für alle Fachbereiche mit "
                    "Publikumsverkehr",
                    "Mehrsprachige Wegweiser und Merkblätter in der Kreisverwaltung",
                    "Gezielte Ansprache von Bewerber:innen mit Einwanderungsgeschichte für "
                    "Ausbildungsplätze in der Verwaltung",
                ),
            ),
            Field(
                "Willkommenskultur in den Gemeinden",
                "In jeder Einheitsgemeinde gibt es einen Ort der Begegnung.",
                ("Interkulturelle Woche in allen Städten", "Begegnungscafés in Mehrgenerationenhäusern"),
            ),
            Field(
                "Ehrenamt stärken",
                "Ehrenamtliche erhalten verlässliche Ansprechpersonen und Fortbildungen.",
                ("Ehrenamtskoordination in der Koordinierungsstelle", "Jährlicher Ehrenamtstag"),
            ),
        ),
        beteiligung=(
            "Der Kurdische Kulturverein Halberstadt und der Afrikanisch-Deutsche Verein Harz "
            "haben das Vernetzungstreffen mit vorbereitet. Im Frauencafé International in "
            "Wernigerode wurde das Leitbild in vier Sprachen diskutiert."
        ),
        verstetigung="",
        indicators=(),
    ),
    "lup": ConceptText(
        ausgangslage=(
            "Der Landkreis Ludwigslust-Parchim ist mit rund 4.750 Quadratkilometern einer der "
            "flächengrößten Landkreise Deutschlands; hier leben gut 210.000 Menschen, viele in "
            "kleinen Dörfern. Zugewanderte kommen als Geflüchtete, zunehmend aber auch als "
            "Beschäftigte aus Polen und Rumänien, die in Landwirtschaft, Lebensmittelindustrie "
            "und Logistik arbeiten.\n\n"
            "## Bestandsaufnahme\n\n"
            "- Integrationskurse finden fast nur in Parchim, Ludwigslust und Hagenow statt; aus "
            "vielen Dörfern dauert die Fahrt mit Bus und Bahn über eine Stunde.\n"
            "- Der Schülerverkehr prägt den Busfahrplan; in den Ferien und am Nachmittag fahren "
            "kaum Busse.\n"
            "- Beratung erreicht Beschäftigte im Schichtdienst schlecht.\n"
        ),
        leitbild=(
            "Im Landkreis Ludwigslust-Parchim soll niemand wegen seines Wohnorts von Sprache, "
            "Beratung und Arbeit ausgeschlossen sein. Wir bringen die Angebote zu den Menschen "
            "und die Menschen zu den Angeboten."
        ),
        fields=(
            Field(
                "Sprachkurse erreichbar machen",
                "Von jeder Gemeinde aus ist ein Sprachkursort in höchstens 45 Minuten erreichbar.",
                (
                    "Kurse mit Kinderbetreuung in den Grundzentren",
                    "Verbindung von Präsenz- und Onlineunterricht",
                    "Fahrtkostenübernahme mit Jobcenter und Kursträgern klären",
                ),
            ),
            Field(
                "Beratung vor Ort",
                "Beratung erreicht auch Menschen ohne Auto und im Schichtdienst.",
                ("Mobile Beratung an festen Tagen in den Ämtern", "Abendsprechstunden in Hagenow und Lübz"),
            ),
            Field(
                "Ehrenamt in den Dörfern",
                "Ehrenamtliche Fahrdienste und Patenschaften sind abgesichert und vernetzt.",
                ("Versicherungsschutz für ehrenamtliche Fahrdienste", "Mitfahrbänke an Bushaltestellen"),
            ),
        ),
        beteiligung="",
        verstetigung=(
            "Die mobile Beratung wird gemeinsam mit den Wohlfahrtsverbänden getragen; der "
            "Landkreis bringt das Thema in den Nahverkehrsplan ein."
        ),
        indicators=(),
    ),
    "prignitz": ConceptText(
        ausgangslage=(
            "Die Prignitz im Nordwesten Brandenburgs ist mit rund 77.000 Einwohner:innen auf "
            "gut 2.100 Quadratkilometern einer der am dünnsten besiedelten Landkreise "
            "Deutschlands. Die Zahl der Menschen im erwerbsfähigen Alter sinkt weiter; "
            "Pflegeeinrichtungen und Handwerksbetriebe finden schon heute kaum Nachwuchs.\n\n"
            "## Bestandsaufnahme\n\n"
            "- Junge Geflüchtete, vor allem aus Afghanistan und Syrien, beginnen Ausbildungen in "
            "Pflege und Handwerk, brechen aber oft im ersten Jahr ab.\n"
            "- In Wittenberge und Perleberg leben vietnamesische Familien, teils seit der Zeit "
            "der Vertragsarbeit; ihre Erfahrungen werden bisher kaum genutzt.\n"
            "- Zwischen Betrieben und Beratungsstellen gibt es wenig Kontakt.\n"
        ),
        leitbild=(
            "Die Prignitz braucht jede und jeden. Junge Zugewanderte sollen hier eine Ausbildung "
            "abschließen, Arbeit finden und bleiben – Betriebe, Schulen und Verwaltung begleiten "
            "sie dabei gemeinsam."
        ),
        fields=(
            Field(
                "Ausbildung in der Pflege",
                "Mehr Auszubildende mit Einwanderungsgeschichte schließen die Pflegeausbildung ab.",
                ("Sprachförderung parallel zur Ausbildung", "Praxisanleitung mit interkultureller Schulung"),
            ),
            Field(
                "Handwerk und Betriebe",
                "Betriebe finden über eine Anlaufstelle zu geeigneten Bewerber:innen.",
                ("Gemeinsame Anlaufstelle von Jobcenter und Kammern", "Praktikumswochen in den Sommerferien"),
            ),
            Field(
                "Bleiben nach der Ausbildung",
                "Ausgebildete Fachkräfte finden Wohnung und Anschluss in der Prignitz.",
                ("Wohnungsangebote der kommunalen Gesellschaften für Auszubildende",),
            ),
        ),
        beteiligung=(
            "Der Afghanische Kulturverein Prignitz und die Vietnamesische Gemeinschaft Wittenberge "
            "sind in die Steuerungsgruppe eingeladen. Auszubildende berichten in einer eigenen "
            "Runde, was ihnen geholfen hat und was gefehlt hat."
        ),
        verstetigung="",
        indicators=(),
    ),
    "vogtland": ConceptText(
        ausgangslage=(
            "Im Vogtlandkreis leben rund 227.000 Menschen. Der Anteil der Zugewanderten ist "
            "gering, aber seit 2015 deutlich gestiegen. Neben Geflüchteten aus Syrien, dem Irak "
            "und Afghanistan sind Familien aus Rumänien, Polen und der Ukraine zugezogen, viele "
            "davon nach Plauen, Reichenbach und Auerbach. In Kitas und Grundschulen wächst die "
            "Zahl der Kinder, die zu Hause eine andere Sprache als Deutsch sprechen.\n\n"
            "## Bestandsaufnahme\n\n"
            "- Sprachförderung endet oft mit dem Integrationskurs; für Eltern mit kleinen Kindern "
            "fehlen Kurse mit Kinderbetreuung.\n"
            "- Schulen und Kitas haben kaum Zugang zu Sprachmittlung.\n"
            "- Eltern mit Einwanderungsgeschichte kennen das sächsische Schulsystem und die "
            "Übergänge nach Klasse 4 wenig.\n"
        ),
        leitbild=(
            "Sprache öffnet Türen. Der Vogtlandkreis will allen Kindern und Eltern – gleich "
            "welche Sprache sie zu Hause sprechen – gute Bildungswege ermöglichen. Mehrsprachigkeit "
            "ist eine Stärke, Eltern sind Partner:innen von Kita und Schule."
        ),
        fields=(
            Field(
                "Sprachförderung für Eltern",
                "Eltern kleiner Kinder können einen Sprachkurs besuchen.",
                ("Kurse mit Kinderbetreuung in Plauen, Reichenbach und Auerbach", "Elterncafés in Kitas"),
            ),
            Field(
                "Sprachmittlung in Kita und Schule",
                "Jede Schule und Kita kann bei Elterngesprächen Sprachmittlung anfordern.",
                ("Pool geschulter Sprachmittler:innen", "Elternlots:innen für Elternabende"),
            ),
            Field(
                "Bildungsübergänge begleiten",
                "Eltern kennen die Bildungswege und Übergänge im sächsischen Schulsystem.",
                ("Mehrsprachige Informationsabende vor der Bildungsempfehlung",),
            ),
        ),
        beteiligung=(
            "Der Ukrainische Kulturverein Vogtland und der Arabische Elternverein Plauen haben "
            "den Fachworkshop mit vorbereitet. Die Elternlots:innen bringen die Fragen der Familien "
            "in die Steuerungsgruppe ein."
        ),
        verstetigung=(
            "Der Sprachmittlerpool wird über das Bildungsbüro koordiniert; die Finanzierung nach "
            "2020 ist noch offen."
        ),
        indicators=(),
    ),
}

UMSETZUNG = (
    "## Steuerung\n\n"
    "Die Koordinierungsstelle Integration im {authority} ist für die Umsetzung verantwortlich. "
    "Die Steuerungsgruppe aus Politik, Verwaltung, Zivilgesellschaft, Migrant:innen und "
    "Wirtschaft tagt zweimal im Jahr und berichtet jährlich im Sozialausschuss des Kreistags.\n\n"
    "## Zeitplan\n\n"
    "- zweites Halbjahr 2019: Beratung im Sozialausschuss und Beschluss im Kreistag\n"
    "- 2020: Start der ersten Maßnahmen, beginnend mit „{first_measure}“\n"
    "- 2021: Zwischenbilanz und Anpassung der Maßnahmen\n\n"
    "## Verstetigung\n\n"
    "{verstetigung}\n"
)

MONITORING = (
    "Für jedes Ziel legt die Steuerungsgruppe mindestens einen Indikator fest. Die "
    "Koordinierungsstelle erhebt die Daten jährlich und stellt sie im Sozialausschuss vor.\n\n"
    "## Indikatoren\n\n"
    "{indicators}\n"
)

AKTEURE_INTRO = (
    "Die Akteurslandkarte aus dem Auftaktworkshop wird von der Koordinierungsstelle gepflegt. "
    "Am Prozess im {kreis} beteiligt sind:\n\n"
)
AKTEURE_OUTRO = (
    "\nDie Steuerungsgruppe verbindet diese Akteur:innen; die engsten Kooperationen bestehen "
    "zwischen Jobcenter, Volkshochschule und Migrationsberatung. Spannungen gibt es zwischen "
    "Ausländerbehörde und Ehrenamt bei der Auslegung von Ermessensspielräumen."
)


class CommentText(NamedTuple):
    section: str
    author: str  # "consultant", "office" or "officer"
    body: str
    resolved: bool
    for_empty: bool = False  # the comment asks for a section that is still empty


COMMENTS: tuple[CommentText, ...] = (
    CommentText("ausgangslage", "consultant", "Bitte die Zahlen mit Quelle und Stichtag angeben.", True),
    CommentText(
        "ausgangslage",
        "office",
        "Sehr gute Bestandsaufnahme. Lassen sich die Erfahrungen der Zugewanderten noch mit "
        "Zitaten aus den Workshops belegen?",
        False,
    ),
    CommentText("leitbild", "officer", "Formulierung ist mit der Verwaltungsspitze abgestimmt.", True),
    CommentText(
        "handlungsfelder", "consultant", "Die Maßnahmen brauchen noch Verantwortliche und Zeitrahmen.", False
    ),
    CommentText("handlungsfelder", "office", "Ziele bitte so formulieren, dass sie überprüfbar sind.", False),
    CommentText(
        "beteiligung",
        "consultant",
        "Hier fehlt noch, wie Migrant:innen nach Programmende beteiligt bleiben.",
        False,
    ),
    CommentText("akteure", "officer", "Die Akteurslandkarte vom Auftaktworkshop ist eingearbeitet.", True),
    CommentText("umsetzung", "office", "Wie wird die Koordinierungsstelle nach 2019 finanziert?", False),
    CommentText(
        "monitoring",
        "consultant",
        "Kapitel noch offen – ein Vorschlag für Indikatoren folgt nach der nächsten Steuerungsgruppe.",
        False,
        for_empty=True,
    ),
    CommentText(
        "beteiligung",
        "office",
        "Kapitel bitte bis zur nächsten Sitzung der Steuerungsgruppe ergänzen.",
        False,
        for_empty=True,
    ),
)
