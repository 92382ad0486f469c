"""Programme phases (issue 15, point 1): the office creates and edits phases and assigns districts;
the changes go to the outbox like every edit; a consultant's device refuses them before they are
sent; wrong values get field errors."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from lzz_desktop.domain import District, Outbox
from lzz_desktop.domain.enums import FederalState
from lzz_desktop.domain.validation import ErrorCode, ValidationError
from lzz_desktop.records.districts import DistrictData, NotFoundError
from lzz_desktop.services.phases import PhaseData
from lzz_desktop.services.workspace import Workspace


def _districts(workspace: Workspace, *names: str) -> list[str]:
    return [workspace.districts.create(DistrictData(name=n, state=FederalState.BAYERN)) for n in names]


def test_the_office_creates_edits_assigns_and_deletes_phases(
    make_workspace: Callable[..., Workspace],
) -> None:
    workspace = make_workspace()
    coburg, hof, wunsiedel = _districts(workspace, "Landkreis Coburg", "Landkreis Hof", "Landkreis Wunsiedel")
    phases = workspace.phases
    pilot = phases.create(PhaseData("Pilotphase", 2018, 2019, "Sechs Landkreise"), [coburg, hof])
    second = phases.create(PhaseData("Programmphase 2023–2024", 2023, 2024), [wunsiedel])
    listed = {p.name: p for p in phases.list()}
    assert set(listed["Pilotphase"].district_ids) == {coburg, hof}
    assert listed["Programmphase 2023–2024"].district_ids == (wunsiedel,)
    assert [d.phase_name for d in workspace.districts.list()] == [
        "Pilotphase",
        "Pilotphase",
        "Programmphase 2023–2024",
    ]

    # Hof moves to the second phase; the pilot's dates are corrected.
    phases.update(second, PhaseData("Programmphase 2023–2024", 2023, 2024), [wunsiedel, hof])
    phases.update(pilot, PhaseData(" Pilotphase ", 2018, 2020, "Sechs Landkreise"))
    listed = {p.name: p for p in phases.list()}
    assert listed["Pilotphase"].district_ids == (coburg,) and listed["Pilotphase"].end_year == 2020
    assert set(listed["Programmphase 2023–2024"].district_ids) == {hof, wunsiedel}

    with workspace.session() as session:
        ops = [
            (o.entity, o.op, json.loads(o.changes))
            for o in session.scalars(select(Outbox).order_by(Outbox.seq))
        ]
    assert ("programme_phase", "insert") in [(e, op) for e, op, _c in ops]
    assert any(
        e == "district" and c.get("phase_id") == [None, second] for e, _op, c in ops if e == "district"
    )

    phases.delete(pilot)
    assert [p.name for p in phases.list()] == ["Programmphase 2023–2024"]
    with workspace.session() as session:
        assert session.get(District, coburg).phase_id is None  # type: ignore[union-attr]  # its work stays
    with pytest.raises(NotFoundError):
        phases.delete(pilot)


def test_wrong_values_get_field_errors(make_workspace: Callable[..., Workspace]) -> None:
    phases = make_workspace().phases
    phases.create(PhaseData("Pilotphase", 2018, 2019))
    with pytest.raises(ValidationError) as caught:
        phases.create(PhaseData("  ", 2019, 2018))
    assert caught.value.codes_for("name") == [ErrorCode.REQUIRED]
    assert caught.value.codes_for("end_year") == [ErrorCode.OUT_OF_RANGE]
    with pytest.raises(ValidationError) as twice:
        phases.create(PhaseData("Pilotphase", 2018, 2019))
    assert twice.value.codes_for("name") == [ErrorCode.DUPLICATE_NAME]
    with pytest.raises(ValidationError) as far:
        phases.create(PhaseData("Zukunft", 1999, 2300))
    assert far.value.codes_for("start_year") == [ErrorCode.OUT_OF_RANGE]


def test_a_consultant_device_refuses_to_write_phases(make_workspace: Callable[..., Workspace]) -> None:
    from lzz_desktop.records.districts import RoleRefusedError
    from lzz_desktop.sync.service import K_ROLE, set_state

    workspace = make_workspace()
    with workspace.transaction() as session:
        set_state(session, K_ROLE, "consultant")
    with pytest.raises(RoleRefusedError):
        workspace.phases.create(PhaseData("Eigenmächtig", 2025, 2026))
    assert workspace.phases.list() == []
