"""Importing actors from XLSX or CSV: read the table, map its columns to fields, check every row,
then write all rows in one transaction — or none, when any row has an error.

The exported ``actors.xlsx`` comes back whole (also re-saved by LibreOffice or as CSV): it carries
each person's consent (status, date, method), so contact data returns with it; a person without
consent is imported without contact data (said per row) instead of refusing the file; an
organisation named but not yet in the district is created (listed for the user to confirm); a row
whose name is already an actor of the district is skipped or, where the user chooses, updates it."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from lzz_desktop.domain.enums import (
    ACTOR_KIND_NAMES,
    CONSENT_STATUS_NAMES,
    SECTOR_NAMES,
    ActorKind,
    ConsentStatus,
    Sector,
)
from lzz_desktop.domain.validation import ATTITUDE_RANGE, INFLUENCE_RANGE, INTEREST_RANGE
from lzz_desktop.records.stakeholders import ActorData, ConsentData

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

MAX_ROWS = 5000
FIELDS = (
    "name",
    "kind",
    "sector",
    "role",
    "organisation",
    "influence",
    "attitude",
    "interest",
    "tags",
    "notes",
    "email",
    "phone",
    "address",
    "consent",
    "consent_on",
    "consent_method",
)
CONTACT_FIELDS = ("email", "phone", "address")
REQUIRED_FIELDS = ("name", "sector")
# Column headers of the exported actor list (German, as the programme's spreadsheets have them);
# the import recognises them and common alternatives.
EXPORT_HEADERS = {
    "name": "Name",
    "kind": "Art",
    "sector": "Sektor",
    "role": "Rolle/Funktion",
    "organisation": "Organisation",
    "influence": "Einfluss",
    "attitude": "Haltung",
    "interest": "Interesse",
    "tags": "Schlagworte",
    "notes": "Notizen",
    "email": "E-Mail",
    "phone": "Telefon",
    "address": "Adresse",
    "consent": "Einwilligung",
    "consent_on": "Einwilligung am",
    "consent_method": "Einwilligung wie",
}
_SYNONYMS = {
    "name": ("name", "bezeichnung", "akteur", "akteurin", "akteur:in"),
    "kind": ("art", "typ", "kind", "type"),
    "sector": ("sektor", "sector", "bereich"),
    "role": ("rolle/funktion", "rolle", "funktion", "role", "position"),
    "organisation": ("organisation", "organization", "institution", "gehört zu"),
    "influence": ("einfluss", "influence"),
    "attitude": ("haltung", "attitude", "einstellung"),
    "interest": ("interesse", "interest"),
    "tags": ("schlagworte", "stichworte", "tags"),
    "notes": ("notizen", "bemerkungen", "bemerkung", "notes"),
    "email": ("e-mail", "email", "mail"),
    "phone": ("telefon", "phone", "tel."),
    "address": ("adresse", "anschrift", "address"),
    "consent": ("einwilligung", "consent", "einverständnis"),
    "consent_on": ("einwilligung am", "consent given on", "consent date", "einwilligungsdatum"),
    "consent_method": ("einwilligung wie", "consent method", "art der einwilligung"),
}
CONSENT_NAMES = {
    ConsentStatus.GIVEN: ("erteilt", "ja", "given", "yes"),
    ConsentStatus.WITHDRAWN: ("widerrufen", "withdrawn"),
    ConsentStatus.NONE: ("keine", "nein", "none", "no", "offen"),
}
CONSENT_EXPORT = CONSENT_STATUS_NAMES
# Sector names an imported table may use: the exported names in both languages and common variants.
SECTOR_ALIASES = {
    sector: (
        *{names[sector].casefold() for names in SECTOR_NAMES.values()},
        *{
            Sector.CIVIL_SOCIETY: ("civil_society",),
            Sector.MIGRANTS: ("migrantinnen", "migrant*innen", "migranten"),
        }.get(sector, ()),
    )
    for sector in Sector
}
SECTOR_EXPORT = SECTOR_NAMES["de"]
KIND_NAMES = {
    ActorKind.PERSON: ("person",),
    ActorKind.ORGANISATION: ("organisation", "organization", "institution"),
    ActorKind.GROUP: ("gruppe", "group"),
    ActorKind.NETWORK: ("netzwerk", "network"),
}
KIND_EXPORT = ACTOR_KIND_NAMES


class FileProblem(StrEnum):
    EMPTY = "empty"
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    TOO_MANY_ROWS = "too_many_rows"
    MISSING_COLUMN = "missing_column"
    UNREADABLE = "unreadable"


class ImportFileError(Exception):
    """The file as a whole cannot be imported; nothing was written."""

    def __init__(self, problem: FileProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}")
        self.problem = problem
        self.detail = detail


class RowProblem(StrEnum):
    REQUIRED = "required"
    UNKNOWN_SECTOR = "unknown_sector"
    UNKNOWN_KIND = "unknown_kind"
    NOT_A_NUMBER = "not_a_number"
    OUT_OF_RANGE = "out_of_range"
    DUPLICATE = "duplicate"
    UNKNOWN_CONSENT = "unknown_consent"
    NOT_A_DATE = "not_a_date"
    CONTACT_LEFT_OUT = "contact_left_out"  # a note, not an error: imported without contact data


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet numbers it (the header is row 1)
    field: str
    problem: RowProblem
    value: str = ""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""


@dataclass(frozen=True)
class ImportRow:
    row: int  # as the spreadsheet numbers it
    data: ActorData
    organisation: str  # the name of the organisation the actor belongs to ("" for none)
    consent: ConsentData | None = None  # a person's consent as the file states it
    existing_id: str | None = None  # an actor of the district with this name: skip or update


@dataclass
class ImportReport:
    actors: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[RowError] = field(default_factory=list)  # accepted with a change, said per row
    new_organisations: list[tuple[str, Sector]] = field(default_factory=list)  # created by the import

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.actors)

    @property
    def matches(self) -> list[ImportRow]:
        """Rows whose actor is already in the district."""
        return [r for r in self.actors if r.existing_id is not None]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()  # a date cell (Excel stores dates as date-times)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_date(text: str) -> dt.date | None:
    """A date as spreadsheets write it: ISO, German (15.01.2026, 15.01.26) or with a time."""
    text = text.strip()
    if not text:
        return None
    for candidate in (text, text.split(" ")[0], text.split("T")[0]):
        try:
            return dt.date.fromisoformat(candidate)
        except ValueError:
            pass
        for pattern in ("%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y"):
            try:
                return dt.datetime.strptime(candidate, pattern).date()
            except ValueError:
                pass
    raise ValueError(text)


def read_table(path: Path) -> Table:
    """The header and data rows of an XLSX or CSV file (CSV in UTF-8 or Windows-1252)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(FileProblem.UNREADABLE, str(exc)) from exc
    if not raw.strip():
        raise ImportFileError(FileProblem.EMPTY)
    table = _read_xlsx(raw) if raw[:2] == b"PK" else _read_csv(raw)
    rows = [r for r in table.rows if any(c for c in r)]
    if not table.headers or not any(table.headers) or not rows:
        raise ImportFileError(FileProblem.EMPTY)
    if len(rows) > MAX_ROWS:
        raise ImportFileError(FileProblem.TOO_MANY_ROWS, str(len(rows)))
    width = len(table.headers)
    table.rows = [(r + [""] * width)[:width] for r in rows]
    return table


def _read_xlsx(raw: bytes) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(FileProblem.NOT_A_SPREADSHEET, str(exc)) from exc
    try:
        sheet = book.worksheets[0]
        values = [[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2)]
        more = sheet.max_row is not None and sheet.max_row > MAX_ROWS + 2
    finally:
        book.close()
    while values and not any(values[0]):
        values.pop(0)
    if not values:
        raise ImportFileError(FileProblem.EMPTY)
    if more:
        raise ImportFileError(FileProblem.TOO_MANY_ROWS, str(sheet.max_row - 1))
    return Table(values[0], values[1:], "xlsx")


def _looks_binary(head: bytes) -> bool:
    """PDFs, images, old .xls files and the like: control characters a text table never has."""
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return head.startswith(b"%PDF") or b"\x00" in head or control > len(head) // 100


def _read_csv(raw: bytes) -> Table:
    if _looks_binary(raw[:4096]):
        raise ImportFileError(FileProblem.NOT_A_SPREADSHEET)
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = raw.decode("cp1252", errors="replace"), "windows-1252"
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    try:
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        raise ImportFileError(FileProblem.NOT_A_SPREADSHEET, str(exc)) from exc
    while rows and not any(rows[0]):
        rows.pop(0)
    if not rows:
        raise ImportFileError(FileProblem.EMPTY)
    return Table(rows[0], rows[1:], encoding)


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """For each field, the column whose header names it (or None)."""
    normalised = [h.strip().casefold() for h in headers]
    mapping: dict[str, int | None] = {}
    for name in FIELDS:
        mapping[name] = next((i for i, h in enumerate(normalised) if h in _SYNONYMS[name]), None)
    return mapping


def _lookup(value: str, names: dict[Sector, tuple[str, ...]] | dict[ActorKind, tuple[str, ...]]) -> object:
    wanted = value.strip().casefold()
    for key, aliases in names.items():
        if wanted in aliases or wanted == str(key).casefold():
            return key
    return None


def check_table(
    table: Table,
    mapping: dict[str, int | None],
    known_organisations: set[str],
    existing: dict[str, str] | None = None,
) -> ImportReport:
    """Every row checked; the report lists each problem with its row, or the actors to create,
    the organisations the import creates, and the rows whose name ``existing`` (casefolded name →
    actor id of the district) already holds."""
    for name in REQUIRED_FIELDS:
        if mapping.get(name) is None:
            raise ImportFileError(FileProblem.MISSING_COLUMN, name)
    existing = existing or {}
    report = ImportReport()
    file_orgs = set()
    kind_col = mapping.get("kind")
    name_col = mapping["name"]
    assert name_col is not None
    for row in table.rows:
        row_kind = _lookup(row[kind_col], KIND_NAMES) if kind_col is not None else ActorKind.ORGANISATION
        if row_kind is not ActorKind.PERSON and row[name_col]:
            file_orgs.add(row[name_col].casefold())
    known = {o.casefold() for o in known_organisations} | file_orgs
    created: dict[str, tuple[str, Sector]] = {}
    seen: set[str] = set()
    for number, row in enumerate(table.rows, start=2):
        values = {name: (row[i] if i is not None else "") for name, i in mapping.items()}
        values.update({name: "" for name in FIELDS if name not in values})
        errors: list[RowError] = []
        if not values["name"]:
            errors.append(RowError(number, "name", RowProblem.REQUIRED))
        elif values["name"].casefold() in seen:
            errors.append(RowError(number, "name", RowProblem.DUPLICATE, values["name"]))
        seen.add(values["name"].casefold())
        sector = _lookup(values["sector"], SECTOR_ALIASES)
        if not values["sector"]:
            errors.append(RowError(number, "sector", RowProblem.REQUIRED))
        elif sector is None:
            errors.append(RowError(number, "sector", RowProblem.UNKNOWN_SECTOR, values["sector"]))
        kind: ActorKind = ActorKind.ORGANISATION
        if values.get("kind"):
            found = _lookup(values["kind"], KIND_NAMES)
            if found is None:
                errors.append(RowError(number, "kind", RowProblem.UNKNOWN_KIND, values["kind"]))
            else:
                assert isinstance(found, ActorKind)
                kind = found
        numbers: dict[str, int] = {}
        for name, (low, high), default in (
            ("influence", INFLUENCE_RANGE, 2),
            ("attitude", ATTITUDE_RANGE, 0),
            ("interest", INTEREST_RANGE, 2),
        ):
            text = values.get(name, "").replace("−", "-").replace("+", "")
            if not text:
                numbers[name] = default
                continue
            try:
                numbers[name] = int(float(text.replace(",", ".")))
            except ValueError:
                errors.append(RowError(number, name, RowProblem.NOT_A_NUMBER, values[name]))
                continue
            if not low <= numbers[name] <= high:
                errors.append(RowError(number, name, RowProblem.OUT_OF_RANGE, values[name]))
        consent = _consent(values, number, errors) if kind is ActorKind.PERSON else None
        contact = {f: values.get(f, "") for f in CONTACT_FIELDS}
        if (
            kind is ActorKind.PERSON
            and any(contact.values())
            and (consent is None or consent.status is not ConsentStatus.GIVEN)
        ):
            # Data protection: contact data of a person only with consent; the person comes in
            # without it, and the report says so for this row.
            report.notes.append(RowError(number, "email", RowProblem.CONTACT_LEFT_OUT, values["name"]))
            contact = {f: "" for f in CONTACT_FIELDS}
        organisation = values.get("organisation", "")
        if organisation and organisation.casefold() not in known and sector is not None:
            created.setdefault(organisation.casefold(), (organisation, sector))  # type: ignore[arg-type]
        if errors:
            report.errors.extend(errors)
            continue
        assert isinstance(sector, Sector)
        report.actors.append(
            ImportRow(
                row=number,
                data=ActorData(
                    name=values["name"],
                    kind=kind,
                    sector=sector,
                    role=values.get("role", ""),
                    email=contact["email"],
                    phone=contact["phone"],
                    address=contact["address"],
                    tags=values.get("tags", ""),
                    notes=values.get("notes", ""),
                    influence=numbers.get("influence", 2),
                    attitude=numbers.get("attitude", 0),
                    interest=numbers.get("interest", 2),
                ),
                organisation=organisation,
                consent=consent,
                existing_id=existing.get(values["name"].casefold()),
            )
        )
    report.new_organisations = [
        value for key, value in created.items() if key not in {r.data.name.casefold() for r in report.actors}
    ]
    return report


def _consent(values: dict[str, str], number: int, errors: list[RowError]) -> ConsentData | None:
    """A person's consent as the row states it (None when the file says nothing about it)."""
    text = values.get("consent", "")
    if not text and not values.get("consent_on") and not values.get("consent_method"):
        return None
    status = _lookup(text, CONSENT_NAMES) if text else ConsentStatus.NONE  # type: ignore[arg-type]
    if status is None:
        errors.append(RowError(number, "consent", RowProblem.UNKNOWN_CONSENT, text))
        return None
    try:
        given_on = parse_date(values.get("consent_on", ""))
    except ValueError:
        errors.append(RowError(number, "consent_on", RowProblem.NOT_A_DATE, values["consent_on"]))
        return None
    assert isinstance(status, ConsentStatus)
    return ConsentData(status=status, given_on=given_on, method=values.get("consent_method", ""))


def import_actors(
    workspace: Workspace, district_id: str, report: ImportReport, update: frozenset[int] = frozenset()
) -> int:
    """Write a checked report in one transaction: the new organisations, then every new actor, and
    the rows in ``update`` (spreadsheet row numbers) over the existing actor of that name; other
    rows that match an existing actor are skipped. A person's consent from the file is recorded.
    Returns how many actors were created or updated. (Reading and checking a file needs no
    database: the model loads here, not with the module.)"""
    from lzz_desktop.domain import Actor, Consent

    if report.errors:
        raise ValueError("the report has errors; nothing is imported")
    with workspace.transaction() as session:
        live = session.query(Actor).filter(Actor.district_id == district_id, Actor.deleted_at.is_(None)).all()
        by_name = {a.name.casefold(): a for a in live}
        for name, sector in report.new_organisations:
            if name.casefold() not in by_name:
                organisation = Actor(
                    district_id=district_id, name=name, kind=ActorKind.ORGANISATION, sector=sector
                )
                session.add(organisation)
                session.flush()
                by_name[name.casefold()] = organisation
        written = 0
        # organisations first, so members can point to them
        ordered = sorted(report.actors, key=lambda r: r.data.kind is ActorKind.PERSON)
        for item in ordered:
            current = by_name.get(item.data.name.casefold())
            if current is not None and item.row not in update:
                continue  # already in the district: skipped unless the user chose to update it
            org = by_name.get(item.organisation.casefold()) if item.organisation else None
            values = dataclasses.asdict(
                dataclasses.replace(item.data, organisation_id=org.id if org is not None else None)
            )
            if current is None:
                current = Actor(district_id=district_id, **values)
                session.add(current)
                session.flush()
                by_name[item.data.name.casefold()] = current
            else:
                for key, value in values.items():
                    if getattr(current, key) != value:
                        setattr(current, key, value)
            if item.consent is not None and item.consent.status is not ConsentStatus.NONE:
                session.add(
                    Consent(
                        district_id=district_id,
                        actor_id=current.id,
                        status=item.consent.status,
                        given_on=item.consent.given_on,
                        method=item.consent.method,
                    )
                )
            written += 1
        session.flush()
    return written
