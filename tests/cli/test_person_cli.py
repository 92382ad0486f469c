"""``lzz-desktop person erase`` (issue 14) as a real process: it asks for confirmation, names what
it cannot find, lists namesakes, and erases for good — here at once, everywhere at the next sync."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from lzz_desktop.domain import Actor, Erasure
from lzz_desktop.domain.enums import ActorKind, FederalState, Sector
from lzz_desktop.domain.erasure import ERASED_NAME
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData
from lzz_desktop.services.workspace import Workspace
from tests.cli.test_cli import run_cli


def _workspace(data_dir: Path) -> tuple[str, str]:
    workspace = Workspace.open(data_dir, author="Büro")
    try:
        district_id = workspace.districts.create(
            DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN)
        )
        people = workspace.stakeholders
        person = people.create_actor(
            district_id,
            ActorData(
                name="Tesfay Gebremedhin", kind=ActorKind.PERSON, sector=Sector.MIGRANTS, notes="Notiz"
            ),
        )
        for role in ("Lehrer", "Dolmetscher"):
            people.create_actor(
                district_id,
                ActorData(name="Anna Schmidt", kind=ActorKind.PERSON, sector=Sector.POLITICS, role=role),
            )
        return district_id, person
    finally:
        workspace.close()


def test_person_erase_asks_names_lists_and_erases(tmp_path: Path) -> None:
    data_dir = tmp_path / "daten"
    _district_id, person = _workspace(data_dir)
    base = ("--data-dir", str(data_dir), "--lang", "de", "person", "erase", "--district", "Goslar")

    unconfirmed = run_cli(*base, "--name", "Tesfay Gebremedhin")
    assert unconfirmed.returncode == 2
    assert "kann nicht rückgängig gemacht werden" in unconfirmed.stderr and "--yes" in unconfirmed.stderr

    unknown = run_cli(*base, "--name", "Niemand", "--yes")
    assert unknown.returncode == 1 and "Keine Person „Niemand“" in unknown.stderr

    namesakes = run_cli(*base, "--name", "anna schmidt", "--yes")
    assert namesakes.returncode == 1
    assert "--id" in namesakes.stderr and "Lehrer" in namesakes.stderr and "Dolmetscher" in namesakes.stderr

    erased = run_cli(*base, "--name", "Tesfay Gebremedhin", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "Endgültig gelöscht" in erased.stdout and "nächsten Abgleich" in erased.stdout
    workspace = Workspace.open(data_dir)
    try:
        with workspace.session() as session:
            actor = session.get(Actor, person)
            assert actor is not None and actor.name == ERASED_NAME and actor.notes == ""
            [audit] = session.scalars(select(Erasure)).all()
            assert (audit.record_id, audit.pending) == (person, True)
    finally:
        workspace.close()
    again = run_cli(*base, "--name", "Tesfay Gebremedhin", "--yes")
    assert again.returncode == 1  # gone: nobody of that name is left
