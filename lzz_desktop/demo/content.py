"""The demo workspace as data: programme phases and the six pilot districts.

Every person is fictional. The districts, their towns, chambers and authorities are real, so that
consultants recognise the setting; organisations below district level (associations, firms) are
invented. People are in ``content_people``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from lzz_desktop.demo.content_people import PersonName
from lzz_desktop.domain.enums import FederalState, WorkshopFormat

PILOT_PHASE = "Pilotphase"


@dataclass(frozen=True)
class PhaseSpec:
    name: str
    start_year: int
    end_year: int
    notes: str


PHASES: tuple[PhaseSpec, ...] = (
    PhaseSpec(
        PILOT_PHASE,
        2018,
        2019,
        "Pilotphase mit sechs Landkreisen ab Januar 2018; Konzepte bis Mitte 2019.",
    ),
    PhaseSpec(
        "Programmphase 2020–2022",
        2020,
        2022,
        "Aufnahme weiterer Landkreise; Weiterentwicklung auf Basis der Erfahrungen der Pilotphase.",
    ),
    PhaseSpec(
        "Programmphase 2023–2024",
        2023,
        2024,
        "Zweite Programmphase mit sechs neuen Landkreisen.",
    ),
)


class Town(NamedTuple):
    name: str
    plz: str


class Mso(NamedTuple):
    """A migrant organisation (Migrantenselbstorganisation) or community group of a district."""

    name: str
    kind: str  # ActorKind value
    role: str
    lang: str  # language key of its members' names


@dataclass(frozen=True)
class DistrictSpec:
    key: str
    name: str
    short: str
    genitive: str  # "des Landkreises Goslar", for names like "Kreistag des …"
    state: FederalState
    ags: str
    process_start: dt.date
    process_end: dt.date
    note: str
    authority: str
    hall: str
    seat: Town
    towns: tuple[Town, ...]
    area_code: str
    domain: str
    ihk: str
    hwk: str
    vhs: str
    arbeitsagentur: str
    schulamt: str
    focus: str
    motto: str
    businesses: tuple[tuple[str, Town, str], ...]  # name, town, line of business
    msos: tuple[Mso, ...]
    venues: tuple[str, ...]
    consultancy: str
    formats: tuple[WorkshopFormat, ...]
    empty_sections: frozenset[str]
    in_review: bool = False
    learning_journey: tuple[str, str] = ("", "")  # destination, venue
    # Names the protocol tests look for: template key → (name, language key).
    fixed_names: dict[str, tuple[PersonName, str]] = field(default_factory=dict)


K = WorkshopFormat

DISTRICTS: tuple[DistrictSpec, ...] = (
    DistrictSpec(
        key="coburg",
        name="Landkreis Coburg",
        short="Coburg",
        genitive="des Landkreises Coburg",
        state=FederalState.BAYERN,
        ags="09473000",
        process_start=dt.date(2018, 1, 15),
        process_end=dt.date(2019, 6, 30),
        note=(
            "Pilotlandkreis seit Januar 2018. Schwerpunkt der Prozessbegleitung: Übergang "
            "Geflüchteter in Ausbildung und Arbeit, gemeinsam mit Handwerk und Industrie im "
            "Coburger Land."
        ),
        authority="Landratsamt Coburg",
        hall="Landratsamt Coburg, Großer Sitzungssaal",
        seat=Town("Coburg", "96450"),
        towns=(
            Town("Neustadt bei Coburg", "96465"),
            Town("Rödental", "96472"),
            Town("Bad Rodach", "96476"),
            Town("Seßlach", "96145"),
            Town("Ebersdorf bei Coburg", "96237"),
        ),
        area_code="09561",
        domain="landkreis-coburg.example",
        ihk="IHK zu Coburg",
        hwk="Handwerkskammer für Oberfranken",
        vhs="Volkshochschule Coburg Stadt und Land",
        arbeitsagentur="Agentur für Arbeit Coburg",
        schulamt="Staatliches Schulamt im Landkreis Coburg",
        focus="Übergang in Ausbildung und Arbeit",
        motto="Gemeinsam im Coburger Land",
        businesses=(
            ("Polstermöbelwerk Rödental GmbH", Town("Rödental", "96472"), "Möbelindustrie"),
            ("Metallbau Ebert GmbH & Co. KG", Town("Ebersdorf bei Coburg", "96237"), "Metallbau"),
            ("Landgasthof Zur Linde", Town("Seßlach", "96145"), "Gastronomie"),
        ),
        msos=(
            Mso(
                "Türkisch-Deutscher Kulturverein Neustadt e.V.",
                "ORGANISATION",
                "Migrantenselbstorganisation; Kultur-, Jugend- und Elternarbeit",
                "tr",
            ),
            Mso(
                "Syrischer Verein Coburger Land e.V.",
                "ORGANISATION",
                "Selbstorganisation syrischer Familien; Hausaufgabenhilfe und Sprachmittlung",
                "ar",
            ),
            Mso(
                "Eritreische Gemeinschaft Coburg",
                "GROUP",
                "Informelle Gemeinschaft junger Eritreer:innen; trifft sich im Jugendhaus",
                "ti",
            ),
        ),
        venues=(
            "Mehrgenerationenhaus Neustadt bei Coburg, Großer Saal",
            "Bildungszentrum der Handwerkskammer, Coburg, Seminarraum 3",
            "Kongresshaus Rosengarten, Coburg",
        ),
        consultancy="Kompetus",
        formats=(K.KICKOFF, K.THEMATIC, K.STEERING_GROUP, K.CONFERENCE),
        empty_sections=frozenset({"monitoring"}),
        fixed_names={"mso1_chair": (PersonName("Şükrü Yılmaz", "m"), "tr")},
    ),
    DistrictSpec(
        key="goslar",
        name="Landkreis Goslar",
        short="Goslar",
        genitive="des Landkreises Goslar",
        state=FederalState.NIEDERSACHSEN,
        ags="03153000",
        process_start=dt.date(2018, 1, 15),
        process_end=dt.date(2019, 6, 30),
        note=(
            "Pilotlandkreis seit Januar 2018. Schwerpunkt: Bleibeperspektiven in einem Landkreis "
            "mit starkem Bevölkerungsrückgang – Wohnen, Ankommen und Haltefaktoren, auch für "
            "internationale Studierende der TU Clausthal."
        ),
        authority="Landkreis Goslar",
        hall="Kreishaus Goslar, Großer Sitzungssaal",
        seat=Town("Goslar", "38640"),
        towns=(
            Town("Bad Harzburg", "38667"),
            Town("Seesen", "38723"),
            Town("Langelsheim", "38685"),
            Town("Clausthal-Zellerfeld", "38678"),
            Town("Braunlage", "38700"),
        ),
        area_code="05321",
        domain="landkreis-goslar.example",
        ihk="IHK Braunschweig",
        hwk="Handwerkskammer Braunschweig-Lüneburg-Stade",
        vhs="Kreisvolkshochschule Goslar",
        arbeitsagentur="Agentur für Arbeit Goslar",
        schulamt="Regionales Landesamt für Schule und Bildung Braunschweig",
        focus="Wohnen, Ankommen und Bleiben",
        motto="Ankommen im Harz – Bleiben in Goslar",
        businesses=(
            ("Harzer Holzbau GmbH", Town("Langelsheim", "38685"), "Holzbau und Zimmerei"),
            ("Hotel Bergblick Braunlage", Town("Braunlage", "38700"), "Hotellerie"),
            ("Pflegezentrum am Steinberg gGmbH", Town("Goslar", "38640"), "Altenpflege"),
        ),
        msos=(
            Mso(
                "Syrisch-Deutscher Kulturverein Goslar e.V.",
                "ORGANISATION",
                "Migrantenselbstorganisation; Sprachmittlung, Feste, Beratung von Neuzugewanderten",
                "ar",
            ),
            Mso(
                "Afghanischer Familienverein Harz e.V.",
                "ORGANISATION",
                "Selbstorganisation afghanischer Familien; Frauen- und Jugendgruppe",
                "fa",
            ),
            Mso(
                "Internationale Studierendengruppe Clausthal",
                "GROUP",
                "Zusammenschluss internationaler Studierender der TU Clausthal",
                "vi",
            ),
        ),
        venues=(
            "Mehrgenerationenhaus Goslar, Seminarraum",
            "Haus der Kirche Bad Harzburg, Gemeindesaal",
            "Kreishaus Goslar, Raum 112",
        ),
        consultancy="Ramboll",
        formats=(K.KICKOFF, K.THEMATIC, K.LEARNING_JOURNEY, K.STEERING_GROUP),
        empty_sections=frozenset(),
        in_review=True,
        learning_journey=("Altena (Sauerland)", "Rathaus Altena, Ratssaal"),
        fixed_names={"mso1_chair": (PersonName("أحمد الحسن", "m", "ahmad alhassan"), "ar")},
    ),
    DistrictSpec(
        key="harz",
        name="Landkreis Harz",
        short="Harz",
        genitive="des Landkreises Harz",
        state=FederalState.SACHSEN_ANHALT,
        ags="15085000",
        process_start=dt.date(2018, 1, 22),
        process_end=dt.date(2019, 6, 30),
        note=(
            "Pilotlandkreis seit Januar 2018. Schwerpunkt: interkulturelle Öffnung der "
            "Kreisverwaltung und Stärkung der Willkommenskultur in den Städten und Gemeinden."
        ),
        authority="Landkreis Harz",
        hall="Kreisverwaltung Harz, Halberstadt, Sitzungssaal",
        seat=Town("Halberstadt", "38820"),
        towns=(
            Town("Wernigerode", "38855"),
            Town("Quedlinburg", "06484"),
            Town("Blankenburg (Harz)", "38889"),
            Town("Thale", "06502"),
            Town("Osterwieck", "38835"),
        ),
        area_code="03941",
        domain="kreis-harz.example",
        ihk="IHK Magdeburg",
        hwk="Handwerkskammer Magdeburg",
        vhs="Kreisvolkshochschule Harz",
        arbeitsagentur="Agentur für Arbeit Halberstadt",
        schulamt="Landesschulamt Sachsen-Anhalt",
        focus="Willkommenskultur und interkulturelle Öffnung der Verwaltung",
        motto="Vielfalt im Harz gestalten",
        businesses=(
            ("Bode-Metallbearbeitung GmbH", Town("Thale", "06502"), "Metallbearbeitung"),
            ("Café Domblick", Town("Halberstadt", "38820"), "Gastronomie"),
            ("Pflegedienst Harzblick", Town("Wernigerode", "38855"), "Ambulante Pflege"),
        ),
        msos=(
            Mso(
                "Kurdischer Kulturverein Halberstadt e.V.",
                "ORGANISATION",
                "Migrantenselbstorganisation syrischer Kurd:innen; Sprachkurse und Feste",
                "ku",
            ),
            Mso(
                "Afrikanisch-Deutscher Verein Harz e.V.",
                "ORGANISATION",
                "Selbstorganisation; Beratung, Sport und Musik",
                "ti",
            ),
            Mso(
                "Frauencafé International Wernigerode",
                "GROUP",
                "Offener Treff für Frauen aus aller Welt",
                "ar",
            ),
        ),
        venues=(
            "Mehrgenerationenhaus Wernigerode, Saal",
            "Bürgerhaus Quedlinburg, Seminarraum",
        ),
        consultancy="Kompetus",
        formats=(K.KICKOFF, K.NETWORK_MEETING, K.THEMATIC),
        empty_sections=frozenset({"umsetzung", "monitoring"}),
    ),
    DistrictSpec(
        key="lup",
        name="Landkreis Ludwigslust-Parchim",
        short="Ludwigslust-Parchim",
        genitive="des Landkreises Ludwigslust-Parchim",
        state=FederalState.MECKLENBURG_VORPOMMERN,
        ags="13076000",
        process_start=dt.date(2018, 1, 15),
        process_end=dt.date(2019, 7, 31),
        note=(
            "Pilotlandkreis seit Januar 2018. Schwerpunkt: Erreichbarkeit von Sprachkursen, "
            "Beratung und Arbeit in einem der flächengrößten Landkreise Deutschlands; Ehrenamt in "
            "den Dörfern."
        ),
        authority="Landkreis Ludwigslust-Parchim",
        hall="Kreisverwaltung Parchim, Kreistagssaal",
        seat=Town("Parchim", "19370"),
        towns=(
            Town("Ludwigslust", "19288"),
            Town("Hagenow", "19230"),
            Town("Boizenburg/Elbe", "19258"),
            Town("Lübz", "19386"),
            Town("Sternberg", "19406"),
        ),
        area_code="03871",
        domain="kreis-lup.example",
        ihk="IHK zu Schwerin",
        hwk="Handwerkskammer Schwerin",
        vhs="Kreisvolkshochschule Ludwigslust-Parchim",
        arbeitsagentur="Agentur für Arbeit Schwerin",
        schulamt="Staatliches Schulamt Schwerin",
        focus="Mobilität und Erreichbarkeit im Flächenkreis",
        motto="Integration in der Fläche",
        businesses=(
            ("Agrargenossenschaft Lewitz eG", Town("Parchim", "19370"), "Landwirtschaft"),
            ("Logistikzentrum Hagenow GmbH", Town("Hagenow", "19230"), "Logistik"),
            ("Landfleischerei Sternberg", Town("Sternberg", "19406"), "Lebensmittelhandwerk"),
        ),
        msos=(
            Mso(
                "Verein Polnischer Familien Westmecklenburg e.V.",
                "ORGANISATION",
                "Selbstorganisation; Beratung von Pendler:innen und Familien aus Polen",
                "pl",
            ),
            Mso(
                "Syrische Gemeinschaft Ludwigslust",
                "GROUP",
                "Treffpunkt syrischer Familien; Sprachmittlung im Alltag",
                "ar",
            ),
            Mso(
                "Rumänischer Kulturkreis Hagenow",
                "GROUP",
                "Netzwerk rumänischer Beschäftigter in Landwirtschaft und Logistik",
                "ro",
            ),
        ),
        venues=(
            "Kulturhaus Ludwigslust, Saal",
            "Landwirtschaftsschule Hagenow, Aula",
        ),
        consultancy="Ramboll",
        formats=(K.KICKOFF, K.THEMATIC, K.EXPERT_EVENT),
        empty_sections=frozenset({"beteiligung", "monitoring"}),
    ),
    DistrictSpec(
        key="prignitz",
        name="Landkreis Prignitz",
        short="Prignitz",
        genitive="des Landkreises Prignitz",
        state=FederalState.BRANDENBURG,
        ags="12070000",
        process_start=dt.date(2018, 1, 15),
        process_end=dt.date(2019, 6, 30),
        note=(
            "Pilotlandkreis seit Januar 2018. Schwerpunkt: Fachkräftesicherung in Pflege und "
            "Handwerk und Bleibeperspektiven für junge Geflüchtete in einem der am dünnsten "
            "besiedelten Landkreise Deutschlands."
        ),
        authority="Landkreis Prignitz",
        hall="Kreisverwaltung Prignitz, Perleberg, Kreistagssaal",
        seat=Town("Perleberg", "19348"),
        towns=(
            Town("Wittenberge", "19322"),
            Town("Pritzwalk", "16928"),
            Town("Bad Wilsnack", "19336"),
            Town("Putlitz", "16949"),
            Town("Meyenburg", "16945"),
        ),
        area_code="03876",
        domain="landkreis-prignitz.example",
        ihk="IHK Potsdam",
        hwk="Handwerkskammer Potsdam",
        vhs="Kreisvolkshochschule Prignitz",
        arbeitsagentur="Agentur für Arbeit Neuruppin",
        schulamt="Staatliches Schulamt Neuruppin",
        focus="Fachkräftesicherung in Pflege und Handwerk",
        motto="Zukunft Prignitz – Fachkräfte gewinnen und halten",
        businesses=(
            ("Seniorenzentrum Stepenitz gGmbH", Town("Perleberg", "19348"), "Altenpflege"),
            ("Elbtal Maschinenbau GmbH", Town("Wittenberge", "19322"), "Maschinenbau"),
            ("Autohaus Prignitz-Nord", Town("Pritzwalk", "16928"), "Kfz-Handwerk"),
        ),
        msos=(
            Mso(
                "Afghanischer Kulturverein Prignitz e.V.",
                "ORGANISATION",
                "Migrantenselbstorganisation; Jugendarbeit und Sprachmittlung",
                "fa",
            ),
            Mso(
                "Vietnamesische Gemeinschaft Wittenberge",
                "GROUP",
                "Seit den 1980er-Jahren in Wittenberge ansässige Familien; Gewerbetreibende",
                "vi",
            ),
            Mso(
                "Syrischer Elternkreis Perleberg",
                "GROUP",
                "Elterngruppe; Austausch über Schule und Kita",
                "ar",
            ),
        ),
        venues=("Stadtbibliothek Wittenberge, Veranstaltungsraum",),
        consultancy="Kompetus",
        formats=(K.KICKOFF, K.STEERING_GROUP),
        empty_sections=frozenset({"akteure", "umsetzung", "monitoring"}),
    ),
    DistrictSpec(
        key="vogtland",
        name="Vogtlandkreis",
        short="Vogtland",
        genitive="des Vogtlandkreises",
        state=FederalState.SACHSEN,
        ags="14523000",
        process_start=dt.date(2018, 1, 15),
        process_end=dt.date(2019, 6, 30),
        note=(
            "Pilotlandkreis seit Januar 2018. Schwerpunkt: Sprachförderung, Bildungsübergänge und "
            "Elternarbeit; Zusammenarbeit mit Schulen und Kitas im Oberen Vogtland."
        ),
        authority="Landratsamt Vogtlandkreis",
        hall="Landratsamt Vogtlandkreis, Plauen, Sitzungssaal",
        seat=Town("Plauen", "08523"),
        towns=(
            Town("Auerbach/Vogtl.", "08209"),
            Town("Reichenbach im Vogtland", "08468"),
            Town("Oelsnitz/Vogtl.", "08606"),
            Town("Markneukirchen", "08258"),
            Town("Klingenthal", "08248"),
        ),
        area_code="03741",
        domain="vogtlandkreis.example",
        ihk="IHK Chemnitz, Regionalkammer Plauen",
        hwk="Handwerkskammer Chemnitz",
        vhs="Volkshochschule Vogtlandkreis",
        arbeitsagentur="Agentur für Arbeit Plauen",
        schulamt="Landesamt für Schule und Bildung, Standort Zwickau",
        focus="Sprache, Bildung und Elternarbeit",
        motto="Sprache öffnet Türen im Vogtland",
        businesses=(
            ("Vogtland Saitenmanufaktur GmbH", Town("Markneukirchen", "08258"), "Musikinstrumentenbau"),
            ("Textilveredelung Reichenbach GmbH", Town("Reichenbach im Vogtland", "08468"), "Textil"),
            ("Spedition Elsterland", Town("Oelsnitz/Vogtl.", "08606"), "Logistik"),
        ),
        msos=(
            Mso(
                "Ukrainischer Kulturverein Vogtland e.V.",
                "ORGANISATION",
                "Migrantenselbstorganisation; Elternarbeit, Samstagsschule, Chor",
                "uk",
            ),
            Mso(
                "Arabischer Elternverein Plauen e.V.",
                "ORGANISATION",
                "Selbstorganisation arabischsprachiger Eltern; Lernpatenschaften",
                "ar",
            ),
            Mso(
                "Rumänische Gemeinschaft Reichenbach",
                "GROUP",
                "Treffpunkt rumänischer Familien; Kontakt zu Schulen",
                "ro",
            ),
        ),
        venues=(
            "Malzhaus Plauen, Seminarraum",
            "Mehrgenerationenhaus Auerbach, Saal",
            "Festhalle Plauen, Kleiner Saal",
        ),
        consultancy="Ramboll",
        formats=(K.KICKOFF, K.THEMATIC, K.STEERING_GROUP, K.NETWORK_MEETING),
        empty_sections=frozenset({"monitoring"}),
        fixed_names={"elternlotse": (PersonName("Олена Коваленко", "f", "olena kovalenko"), "uk")},
    ),
)
