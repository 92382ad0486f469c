"""The conference report of a phase (issue 15, point 5): `lzz-desktop report --phase NAME --out
FILE.pdf` writes one chapter per district of the phase and one across them, read with pdftotext:
every district of the phase (and none of another phase), their workshops and fields of action —
and no person's name, with or without consent (a document fit to hand to the public)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from lzz_desktop.demo import seed_demo
from lzz_desktop.domain import Actor
from lzz_desktop.domain.enums import DEFAULT_STAGES, ActorKind
from lzz_desktop.services.programme import phase_report
from lzz_desktop.services.workspace import Workspace
from tests.cli.test_cli import run_cli

PILOT = (
    "Landkreis Coburg",
    "Landkreis Goslar",
    "Landkreis Harz",
    "Landkreis Ludwigslust-Parchim",
    "Landkreis Prignitz",
    "Vogtlandkreis",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("konferenz") / "daten"
    workspace = Workspace.open(data_dir)
    try:
        seed_demo(workspace)
        # A district of another phase must not appear in the pilot's report.
        phases = {p.name: p for p in workspace.phases.list()}
        from lzz_desktop.domain.enums import FederalState
        from lzz_desktop.records.districts import DistrictData
        from lzz_desktop.services.phases import PhaseData

        hof = workspace.districts.create(DistrictData(name="Landkreis Hof", state=FederalState.BAYERN))
        second = phases["Programmphase 2023–2024"]
        workspace.phases.update(second.id, PhaseData(second.name, 2023, 2024), [*second.district_ids, hof])
    finally:
        workspace.close()
    return data_dir


def test_the_report_has_a_chapter_per_district_of_the_phase_and_names_no_person(
    demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "konferenz_pilotphase.pdf"
    done = run_cli(
        "--data-dir", str(demo), "--lang", "de", "report", "--phase", "Pilotphase", "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Konferenz Pilotphase (2018–2019)" in flat
    for district in PILOT:
        assert flat.count(district) >= 2, district  # on the title page and as a chapter
    assert "Landkreis Hof" not in flat
    assert "Über die Landkreise hinweg" in flat and "Gewählte Handlungsfelder und Maßnahmen" in flat
    assert "Auftaktworkshop" in flat and "Handlungsfeld:" in flat
    # The phase's events across the districts: the Forum, the Lernreise with its host, the conference.
    assert "Veranstaltungen der Phase" in flat
    # A learning of the Lernreise used in a concept: in that district's chapter and across them.
    assert flat.count("Ehrenamtliche Integrationslotsen") == 2
    assert flat.count("erster Stand (") == len(PILOT)  # a small map then and now per district
    assert "Forum Integration in ländlichen Räumen" in flat
    assert "Lernreise Ehrenamt und Ankommen (Altena, Deutschland)" in flat
    assert "Abschlusskonferenz der Pilotphase" in flat
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert all(" yes " in row for row in fonts.splitlines()[2:]), fonts  # every font embedded
    # Stage and timeline per district: the stages, planned against reached.
    assert flat.count("Stufen und Zeitplan") == len(PILOT)
    for stage in DEFAULT_STAGES:
        assert flat.count(stage) >= len(PILOT), stage

    workspace = Workspace.open(demo)
    try:
        with workspace.session() as session:
            persons = session.scalars(select(Actor.name).where(Actor.kind == ActorKind.PERSON)).all()
        report = phase_report(workspace, "pilotphase")
    finally:
        workspace.close()
    assert len(persons) > 50
    named = [p for p in persons if p in flat]
    assert named == []  # neither with nor without consent: the report names districts, not people
    assert [d.name for d in report.districts] == list(PILOT)
    assert all(d.held for d in report.districts)  # every pilot district held workshops
    assert all(d.timeline is not None and d.timeline.reached for d in report.districts)


def test_an_unknown_phase_lists_the_phases_there_are(demo: Path, tmp_path: Path) -> None:
    done = run_cli(
        "--data-dir",
        str(demo),
        "--lang",
        "de",
        "report",
        "--phase",
        "Phase 9",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert done.returncode == 1
    assert "Keine Phase „Phase 9“" in done.stderr and "Pilotphase" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_report_speaks_english_when_asked(demo: Path, tmp_path: Path) -> None:
    """Issue 17, every string of the PDFs: the report's own words follow ``--lang en``."""
    out = tmp_path / "conference.pdf"
    done = run_cli(
        "--data-dir", str(demo), "--lang", "en", "report", "--phase", "Pilotphase", "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    for english in (
        "Conference Pilotphase (2018–2019)",
        "Stages and timeline",
        "Across the districts",
        "Events of the phase",
        "Learning journey",
        "Page 2",
    ):
        assert english in flat, english
    for german in (
        "Akteurslandschaft",
        "Über die Landkreise",
        "Veranstaltungen der Phase",
        "Seite ",
        "verspätet",
    ):
        assert german not in flat, german
