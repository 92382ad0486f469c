"""Names of the people in the demo workspace, all fictional, and the few fixed texts about them.

E-mail addresses use the reserved ``.example`` domain so that nobody writes to a real inbox from
demo data.
"""

from __future__ import annotations

from typing import NamedTuple

DEMO_AUTHOR = "Beispieldaten"


class PersonName(NamedTuple):
    """A full name, ``f`` or ``m`` for gendered role titles, and a Latin spelling for e-mail
    addresses where the name is written in another script."""

    name: str
    gender: str
    latin: str = ""


# --- names -----------------------------------------------------------------------------------
GERMAN_FIRST_F: tuple[str, ...] = (
    "Anja", "Katrin", "Sabine", "Petra", "Claudia", "Susanne", "Birgit", "Heike", "Kerstin",
    "Nicole", "Julia", "Sandra", "Stefanie", "Anne", "Franziska", "Lena", "Ines", "Doreen",
    "Manuela", "Ulrike", "Christine", "Marion", "Jana", "Silke", "Annett", "Antje", "Maren",
    "Carolin", "Theresa", "Kathrin",
)  # fmt: skip
GERMAN_FIRST_M: tuple[str, ...] = (
    "Thomas", "Andreas", "Michael", "Frank", "Jens", "Stefan", "Uwe", "Matthias", "Torsten",
    "Ralf", "Dirk", "Holger", "Markus", "Sven", "Jörg", "Lars", "Christian", "Tobias", "Martin",
    "Henning", "Steffen", "Rainer", "Klaus", "Bernd", "Florian", "Felix", "Georg", "Volker",
)  # fmt: skip
GERMAN_LAST: tuple[str, ...] = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner",
    "Krause", "Lehmann", "Köhler", "Böhm", "Seidel", "Vogel", "Friedrich", "Günther", "Pohl",
    "Kühn", "Ziegler", "Engel", "Brandt", "Sauer", "Haase", "Voigt", "Dietrich", "Roth",
    "Franke", "Winkler", "Lorenz", "Jahn", "Thiele", "Heinrich", "Ebert", "Kaiser", "Fuchs",
    "Scholz", "Möller", "Peters", "Albrecht", "Ludwig", "Reichel", "Wendt",
)  # fmt: skip

P = PersonName
# Names of people from the many languages spoken in the districts; some in their own script,
# because participant lists and PDFs must cope with Arabic, Persian and Cyrillic letters.
MIGRANT_NAMES: dict[str, tuple[PersonName, ...]] = {
    "tr": (
        P("Ayşe Demir", "f"), P("Mehmet Öztürk", "m"), P("Elif Kaya", "f"), P("Hüseyin Çelik", "m"),
        P("Zeynep Arslan", "f"), P("Emre Doğan", "m"), P("Gülşen Aydın", "f"), P("Murat Şahin", "m"),
        P("Fatma Koç", "f"), P("Özlem Kılıç", "f"),
    ),
    "ar": (
        P("Mohammad Al-Khatib", "m"), P("Rasha Haddad", "f"), P("Omar Darwish", "m"),
        P("Lina Sabbagh", "f"), P("Khaled Hamdan", "m"), P("Nour Al-Masri", "f"),
        P("Yousef Hamoud", "m"), P("Hiba Qassem", "f"), P("Samer Issa", "m"),
        P("فاطمة خليل", "f", "fatima khalil"), P("محمد العلي", "m", "mohammad alali"),
        P("ريم السيد", "f", "reem alsayed"), P("خالد نصر", "m", "khaled nasr"),
        P("Bassel Othman", "m"), P("Dima Kassab", "f"),
    ),
    "uk": (
        P("Андрій Мельник", "m", "andrii melnyk"), P("Наталія Бондаренко", "f", "nataliia bondarenko"),
        P("Юлія Ткаченко", "f", "yuliia tkachenko"), P("Олександр Кравченко", "m", "oleksandr kravchenko"),
        P("Iryna Savchenko", "f"), P("Taras Hnatiuk", "m"), P("Oksana Lysenko", "f"),
    ),
    "fa": (
        P("Farid Ahmadi", "m"), P("Mariam Rahimi", "f"), P("Zahra Hosseini", "f"),
        P("Ahmad Shah Noori", "m"), P("Shabnam Karimi", "f"), P("Mustafa Sultani", "m"),
        P("Nasrin Jafari", "f"), P("Hamid Rezaei", "m"), P("فرشته احمدی", "f", "fereshteh ahmadi"),
        P("علی رضایی", "m", "ali rezaei"),
    ),
    "ku": (
        P("Rojda Xelîl", "f"), P("Berîvan Şêxo", "f"), P("Azad Hesen", "m"), P("Dilovan Îbrahîm", "m"),
        P("Jiyan Omer", "f"), P("Şêrko Biro", "m"), P("Nêrgiz Ûsiv", "f"),
    ),
    "pl": (
        P("Agnieszka Wójcik", "f"), P("Tomasz Nowak", "m"), P("Katarzyna Kamińska", "f"),
        P("Paweł Lewandowski", "m"), P("Małgorzata Zielińska", "f"), P("Krzysztof Wiśniewski", "m"),
        P("Joanna Dąbrowska", "f"),
    ),
    "ro": (
        P("Ioana Popescu", "f"), P("Andrei Ionescu", "m"), P("Elena Dumitrescu", "f"),
        P("Mihai Stoica", "m"), P("Cristina Munteanu", "f"), P("Florin Constantin", "m"),
    ),
    "ti": (
        P("Selam Tesfay", "f"), P("Yonas Gebremedhin", "m"), P("Mebrat Kidane", "f"),
        P("Tesfalem Habte", "m"), P("Semhar Tekle", "f"), P("Filmon Weldu", "m"),
        P("Abraham Tsegay", "m"), P("Ruta Mehari", "f"),
    ),
    "vi": (
        P("Nguyễn Thị Lan", "f"), P("Trần Văn Minh", "m"), P("Phạm Thu Hà", "f"), P("Lê Quang Huy", "m"),
        P("Đỗ Thị Mai", "f"),
    ),
}  # fmt: skip

LANGUAGE_LABELS: dict[str, str] = {
    "tr": "Türkisch",
    "ar": "Arabisch",
    "uk": "Ukrainisch und Russisch",
    "fa": "Dari und Farsi",
    "ku": "Kurmandschi und Arabisch",
    "pl": "Polnisch",
    "ro": "Rumänisch",
    "ti": "Tigrinya und Arabisch",
    "vi": "Vietnamesisch",
}

STREETS: tuple[str, ...] = (
    "Bahnhofstraße", "Hauptstraße", "Lindenstraße", "Schulstraße", "Gartenstraße", "Am Markt",
    "Bergstraße", "Kirchstraße", "Friedensstraße", "Goethestraße", "Schillerstraße", "Ringstraße",
    "Poststraße", "Mühlenweg", "Am Anger", "Rosenweg", "Lessingstraße", "Parkstraße",
)  # fmt: skip

# The consultancies named in the programme description; their staff here are fictional.
CONSULTANTS: dict[str, tuple[str, str]] = {
    "Kompetus": ("Dr. Katrin Albers", "Jonas Reinholz"),
    "Ramboll": ("Henrik Sandvoss", "Lea Marquardt"),
}
PROGRAMME_OFFICE = "Programmbüro Land.Zuhause.Zukunft, Universität Hildesheim"
PROGRAMME_OFFICE_STAFF: tuple[str, ...] = ("Sophie Brandes", "Dr. Malte Lindqvist")

CONSENT_SCOPE = (
    "Speicherung von Name, Funktion und Kontaktdaten für die Prozessbegleitung "
    "Land.Zuhause.Zukunft: Einladungen zu Workshops, Teilnehmendenlisten und Nennung im Protokoll."
)
