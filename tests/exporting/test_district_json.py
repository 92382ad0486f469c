"""district.json: complete, shared-state only, byte-stable; and the slugs of export folders."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from lzz_desktop.domain import (
    SYNCED_MODELS,
    Actor,
    AgendaItem,
    Consent,
    District,
    LocalBase,
    Outbox,
    ProgrammePhase,
    Workshop,
)
from lzz_desktop.domain.base import DistrictScoped
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, Sector, WorkshopFormat
from lzz_desktop.domain.outbox import LocalState
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.exporting.district_json import FILE_NAME, FORMAT, export_district
from lzz_desktop.exporting.slug import slugify
from lzz_desktop.records.districts import DistrictData, NotFoundError
from lzz_desktop.services.outbox import SUPPRESS_KEY
from lzz_desktop.services.workspace import DATABASE_NAME, Workspace
from lzz_desktop.store.keys import KEY_FILE_NAME

STARTS = dt.datetime(2024, 3, 1, 9, 30, tzinfo=dt.UTC)


def _seed(workspace: Workspace) -> dict[str, str]:
    """Goslar with a phase, actors (one deleted), a workshop with an agenda item, a consent; and a
    second district whose rows must stay out of Goslar's export."""
    with workspace.transaction() as session:
        phase = ProgrammePhase(name="Phase 2023–2024", start_year=2023, end_year=2024)
        session.add(phase)
        session.flush()
        phase_id = phase.id
    goslar = workspace.districts.create(
        DistrictData(
            name="Landkreis Goslar",
            state=FederalState.NIEDERSACHSEN,
            ags="03153000",
            phase_id=phase_id,
            process_start=dt.date(2023, 4, 1),
            notes="Harz – „Oberharz“",
        )
    )
    harz = workspace.districts.create(DistrictData(name="Harz", state=FederalState.SACHSEN_ANHALT))
    with workspace.transaction() as session:
        person = Actor(
            district_id=goslar,
            kind=ActorKind.PERSON,
            name="Zoë Ağaoğlu",
            sector=Sector.MIGRANTS,
            attitude=-1,
        )
        gone = Actor(
            district_id=goslar, kind=ActorKind.ORGANISATION, name="Aufgelöst e.V.", sector=Sector.BUSINESS
        )
        elsewhere = Actor(district_id=harz, kind=ActorKind.PERSON, name="Anderswo", sector=Sector.POLITICS)
        workshop = Workshop(
            district_id=goslar, title="Auftakt", format=WorkshopFormat.KICKOFF, starts_at=STARTS
        )
        session.add_all([person, gone, elsewhere, workshop])
        session.flush()
        session.add(AgendaItem(district_id=goslar, workshop_id=workshop.id, position=1, title="Begrüßung"))
        session.add(
            Consent(
                district_id=goslar,
                actor_id=person.id,
                status=ConsentStatus.GIVEN,
                given_on=dt.date(2024, 3, 1),
            )
        )
        ids = {"goslar": goslar, "harz": harz, "phase": phase_id, "person": person.id, "gone": gone.id}
        ids["elsewhere"] = elsewhere.id
    with workspace.transaction() as session:
        row = session.get(Actor, ids["gone"])
        assert row is not None
        row.deleted_at = STARTS
    return ids


def _load(folder: Path) -> dict[str, Any]:
    data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_export_writes_folder_named_by_slug(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)
    out_dir = tmp_path / "out"

    folder = export_district(workspace, ids["goslar"], out_dir)

    assert folder == out_dir / "landkreis-goslar"
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME], "no temporary files left behind"


def test_document_content(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)

    data = _load(export_district(workspace, ids["goslar"], tmp_path / "out"))

    assert data["format"] == FORMAT == "lzz-district-export"
    assert data["format_version"] == 1
    district = data["district"]
    assert district["id"] == ids["goslar"]
    assert district["name"] == "Landkreis Goslar"
    assert district["state"] == "NI"
    assert district["process_start"] == "2023-04-01"
    assert district["process_end"] is None
    assert district["notes"] == "Harz – „Oberharz“"
    assert district["updated_by"] == "Test"
    assert data["programme_phase"]["id"] == ids["phase"]
    assert data["programme_phase"]["name"] == "Phase 2023–2024"
    records = data["records"]
    district_scoped = {m.__entity__ for m in SYNCED_MODELS if issubclass(m, DistrictScoped)}
    assert set(records) == district_scoped, "every district-scoped entity, empty ones too"
    assert {a["name"] for a in records["actor"]} == {"Zoë Ağaoğlu", "Aufgelöst e.V."}
    [workshop] = records["workshop"]
    assert workshop["starts_at"] == "2024-03-01T09:30:00+00:00"
    assert workshop["format"] == "KICKOFF"
    [consent] = records["consent"]
    assert consent["actor_id"] == ids["person"] and consent["given_on"] == "2024-03-01"
    assert [r["title"] for r in records["agenda_item"]] == ["Begrüßung"]
    for rows in records.values():
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)


def test_every_column_is_exported(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)

    data = _load(export_district(workspace, ids["goslar"], tmp_path / "out"))

    [actor] = [a for a in data["records"]["actor"] if a["id"] == ids["person"]]
    assert set(actor) == set(Actor.__table__.columns.keys())
    assert actor["attitude"] == -1 and actor["version"] is None


def test_deleted_rows_are_present_with_deleted_at(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)

    actors = _load(export_district(workspace, ids["goslar"], tmp_path / "out"))["records"]["actor"]

    by_id = {a["id"]: a for a in actors}
    assert by_id[ids["gone"]]["deleted_at"] == "2024-03-01T09:30:00+00:00"
    assert by_id[ids["person"]]["deleted_at"] is None


def test_other_districts_rows_are_absent(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)

    text = (export_district(workspace, ids["goslar"], tmp_path / "out") / FILE_NAME).read_text(
        encoding="utf-8"
    )

    assert ids["elsewhere"] not in text
    assert ids["harz"] not in text


def test_no_local_state_in_export(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)
    with workspace.transaction() as session:
        session.add(LocalState(key="sync_cursor", value="cursor-4711"))
        op_ids = list(session.scalars(select(Outbox.op_id)))
    assert op_ids

    text = (export_district(workspace, ids["goslar"], tmp_path / "out") / FILE_NAME).read_text(
        encoding="utf-8"
    )

    assert not any(op_id in text for op_id in op_ids)
    assert "cursor-4711" not in text
    assert "outbox" not in text and "local_state" not in text
    assert str(tmp_path) not in text, "no absolute paths"
    assert not [m for m in SYNCED_MODELS if issubclass(m, LocalBase)]


def test_same_data_in_two_workspaces_exports_identical_bytes(
    make_workspace: Callable[..., Workspace], tmp_path: Path
) -> None:
    first = make_workspace("first")
    ids = _seed(first)
    first.close()
    (tmp_path / "second").mkdir()
    for name in (DATABASE_NAME, KEY_FILE_NAME):  # the database with its key
        shutil.copyfile(tmp_path / "first" / name, tmp_path / "second" / name)
    first = make_workspace("first")
    second = make_workspace("second", author="Jemand anderes")
    # Local-only state differs: the second workspace has synced (empty outbox) and has a cursor.
    with second.transaction() as session:
        session.execute(delete(Outbox))
        session.add(LocalState(key="sync_cursor", value="cursor-4711"))

    a = export_district_bundle(first, ids["goslar"], tmp_path / "export-a")
    b = export_district_bundle(second, ids["goslar"], tmp_path / "export-b")

    assert a.name == b.name == "landkreis-goslar"
    assert (a / FILE_NAME).read_bytes() == (b / FILE_NAME).read_bytes()


def _fixed_rows() -> list[Any]:
    """Rows with fixed ids and timestamps, as a pull from the central store would write them."""
    stamp = {"created_at": STARTS, "updated_at": STARTS, "updated_by": "Zentrale", "version": 3}
    district = District(id="d-1", name="Goslar", state=FederalState.NIEDERSACHSEN, notes="", **stamp)
    actors = [
        Actor(
            id=f"a-{n}",
            district_id="d-1",
            kind=ActorKind.PERSON,
            name=f"Person {n}",
            sector=Sector.POLITICS,
            role="",
            email="",
            phone="",
            address="",
            influence=2,
            attitude=0,
            interest=2,
            tags="",
            notes="",
            **stamp,
        )
        for n in (3, 1, 2)
    ]
    return [district, *actors]


def test_insertion_order_does_not_matter(make_workspace: Callable[..., Workspace], tmp_path: Path) -> None:
    first, second = make_workspace("first"), make_workspace("second")
    for workspace, rows in ((first, _fixed_rows()), (second, _fixed_rows()[:1] + _fixed_rows()[:0:-1])):
        with workspace.transaction() as session:
            # Suppressed so the recorder does not stamp its own clock on the rows.
            session.info[SUPPRESS_KEY] = True
            for row in rows:
                session.add(row)
                session.flush()

    a = export_district(first, "d-1", tmp_path / "a") / FILE_NAME
    b = export_district(second, "d-1", tmp_path / "b") / FILE_NAME

    assert a.read_bytes() == b.read_bytes()
    assert [r["id"] for r in _load(a.parent)["records"]["actor"]] == ["a-1", "a-2", "a-3"]


def test_export_is_repeatable_and_replaces_the_file(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)
    out_dir = tmp_path / "out"
    first = (export_district(workspace, ids["goslar"], out_dir) / FILE_NAME).read_bytes()

    again = (export_district(workspace, ids["goslar"], out_dir) / FILE_NAME).read_bytes()
    assert again == first

    with workspace.transaction() as session:
        actor = session.get(Actor, ids["person"])
        assert actor is not None
        actor.notes = "neu"
    changed = (export_district(workspace, ids["goslar"], out_dir) / FILE_NAME).read_bytes()
    assert changed != first
    assert sorted(p.name for p in (out_dir / "landkreis-goslar").iterdir()) == [FILE_NAME]


def test_file_format(workspace: Workspace, tmp_path: Path) -> None:
    ids = _seed(workspace)

    raw = (export_district(workspace, ids["goslar"], tmp_path / "out") / FILE_NAME).read_bytes()

    assert raw.endswith(b"}\n") and not raw.endswith(b"\n\n")
    assert b"\r\n" not in raw
    text = raw.decode("utf-8")
    assert "Zoë Ağaoğlu" in text, "ensure_ascii=False"
    assert text.startswith('{\n  "district": {\n')
    assert json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n" == text


def test_district_without_phase(workspace: Workspace, tmp_path: Path) -> None:
    district_id = workspace.districts.create(DistrictData(name="Bautzen", state=FederalState.SACHSEN))

    data = _load(export_district(workspace, district_id, tmp_path / "out"))

    assert data["programme_phase"] is None
    assert all(rows == [] for rows in data["records"].values())


def test_unknown_district_raises_not_found_and_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"

    with pytest.raises(NotFoundError):
        export_district(workspace, "no-such-district", out_dir)
    with pytest.raises(NotFoundError):
        export_district_bundle(workspace, "no-such-district", out_dir)

    assert not out_dir.exists()


# --- slugs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Landkreis Ludwigslust-Parchim", "landkreis-ludwigslust-parchim"),
        ("Mecklenburgische Seenplatte", "mecklenburgische-seenplatte"),
        ("Müritz", "mueritz"),
        ("Märkisch-Oderland", "maerkisch-oderland"),
        ("Lörrach", "loerrach"),
        ("Görlitz", "goerlitz"),
        ("Straßburg", "strassburg"),
        ("GROSSE ÖFFNUNG", "grosse-oeffnung"),
        ("ÄÖÜ äöü ß ẞ", "aeoeue-aeoeue-ss-ss"),
        ("Saint-Étienne", "saint-etienne"),
        ("Łódź", "lodz"),
        ("Kreis  Höxter / Weser!!", "kreis-hoexter-weser"),
        ("  --Goslar--  ", "goslar"),
        ("Landkreis 2024", "landkreis-2024"),
        ("Mu\u0308ritz", "mueritz"),  # decomposed umlaut (NFD), as macOS file dialogs hand it over
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("text", ["Київ", "القاهرة", "東京", "", "   ", "!!!", "🙂"])
def test_slugify_never_empty_and_ascii(text: str) -> None:
    slug = slugify(text)

    assert slug
    assert slug.isascii()
    assert slug == slug.lower()
    assert slug.startswith("x") and len(slug) == 9
    assert slugify(text) == slug, "deterministic"


def test_slugify_keeps_non_latin_names_apart() -> None:
    assert slugify("Київ") != slugify("Харків")
    assert slugify("Kreis Київ") != slugify("Kreis Харків")
    assert slugify("Kreis Київ").startswith("kreis-x")


def test_slugify_is_safe_as_folder_name() -> None:
    assert slugify("CON") != "con"
    assert slugify("nul") != "nul"
    long = slugify("Landkreis " * 40)
    assert len(long) <= 80 and not long.endswith("-")
