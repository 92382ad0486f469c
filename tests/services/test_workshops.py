"""The workshop service: rules, order, carry-over of open tasks, duplicates, the recycle bin, outbox
entries and the content-addressed photo store."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lzz_desktop.domain import ActionItem, Outbox
from lzz_desktop.domain.enums import ActionStatus, AttendanceStatus, Sector, WorkshopStatus
from lzz_desktop.domain.validation import ErrorCode, ValidationError
from lzz_desktop.records.workshops import CARRY_OVER_TITLE
from lzz_desktop.services.attachments import blob_path, print_copy_path, thumbnail_path
from lzz_desktop.services.workspace import Workspace
from tests.workshop_fixtures import START, make_district, picture, workshop_data


def test_end_before_start_and_missing_title_are_refused_with_codes(workspace: Workspace) -> None:
    district = make_district(workspace)
    bad = dataclasses.replace(workshop_data(title="  "), ends_at=START - dt.timedelta(hours=1))
    with pytest.raises(ValidationError) as info:
        workspace.workshops.create(district.id, bad)
    assert info.value.codes_for("title") == [ErrorCode.REQUIRED]
    assert info.value.codes_for("ends_at") == [ErrorCode.END_BEFORE_START]
    assert workspace.workshops.list(district.id) == []


def test_agenda_keeps_its_order_and_refuses_items_without_title(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    ids = [service.add_agenda_item(wid, t) for t in ("Begrüßung", "Wohnen", "Ausblick")]
    with pytest.raises(ValidationError) as info:
        service.add_agenda_item(wid, "   ")
    assert info.value.codes_for("title") == [ErrorCode.REQUIRED]
    service.reorder_agenda(wid, [ids[2], ids[0], ids[1]])
    assert [a.title for a in service.get(wid).agenda] == ["Ausblick", "Begrüßung", "Wohnen"]
    service.remove_agenda_item(ids[0])
    assert [a.title for a in service.get(wid).agenda] == ["Ausblick", "Wohnen"]


def test_every_change_writes_an_outbox_entry(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    item = service.add_agenda_item(wid, "Begrüßung")
    service.update_agenda_item(item, notes="Runde")
    with workspace.session() as session:
        ops = [
            (o.entity, o.op, json.loads(o.changes))
            for o in session.scalars(select(Outbox).where(Outbox.entity.in_(["workshop", "agenda_item"])))
        ]
    assert [(entity, op) for entity, op, _ in ops] == [
        ("workshop", "insert"),
        ("agenda_item", "insert"),
        ("agenda_item", "update"),
    ]
    assert ops[2][2]["notes"] == ["", "Runde"]


def test_open_action_items_are_carried_over_once_without_copies(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    first = service.create(district.id, workshop_data("Auftakt"))
    service.add_action_item(
        first, "Wohnraumbörse prüfen", district.persons["Şükrü Yılmaz"], due_on=dt.date(2026, 4, 1)
    )
    service.add_action_item(
        first, "Protokoll versenden", responsible_text="Moderation", status=ActionStatus.DONE
    )
    later = START + dt.timedelta(days=30)
    second = service.create(district.id, workshop_data("Steuerungsgruppe", later))
    agenda = service.get(second).agenda
    assert [a.title for a in agenda] == [CARRY_OVER_TITLE]
    # Linked, not copied as text: the tasks as they are now (a task done before planning is not shown).
    carried = service.get(second).carried_over
    assert [(a.title, a.responsible, a.due_on) for a in carried] == [
        ("Wohnraumbörse prüfen", "Şükrü Yılmaz", dt.date(2026, 4, 1))
    ]
    # Not copied: the item stays one row of the first workshop; the district view lists it once.
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(ActionItem)) == 2
    assert [a.title for a in service.open_actions(district.id)] == ["Wohnraumbörse prüfen"]
    # A duplicate of the second workshop gets one "Offene Aufgaben" item, not two.
    copy = service.duplicate(second)
    assert [a.title for a in service.get(copy).agenda].count(CARRY_OVER_TITLE) == 1


def test_duplicate_is_a_planned_template_four_weeks_later(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    service.add_agenda_item(wid, "Begrüßung", notes="alt", results="alt")
    service.add_attendance(wid, actor_id=district.persons["Jana Ludwig"], status=AttendanceStatus.PRESENT)
    service.add_attendance(wid, guest_name="Gast Eins", guest_organisation="VHS")
    service.add_agreement(wid, "Wir treffen uns wieder.")
    copy = service.get(service.duplicate(wid))
    assert copy.data.starts_at == START + dt.timedelta(days=28)
    assert copy.data.status == WorkshopStatus.PLANNED
    assert [(a.title, a.notes, a.results) for a in copy.agenda] == [("Begrüßung", "", "")]
    assert [(a.name, a.status) for a in copy.attendance] == [
        ("Jana Ludwig", AttendanceStatus.INVITED),
        ("Gast Eins", AttendanceStatus.INVITED),
    ]
    assert copy.agreements == []


def test_delete_moves_to_recycle_bin_and_restore_brings_it_back(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    service.delete(wid)
    assert service.list(district.id) == []
    assert [w.id for w in service.list(district.id, deleted=True)] == [wid]
    service.restore(wid)
    assert [w.id for w in service.list(district.id)] == [wid]


def test_photos_are_stored_by_content_hash_untouched(workspace: Workspace, tmp_path: Path) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    source = picture(tmp_path / "flipchart.png")
    _id, stored = service.add_attachment(wid, source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.sha256 == digest
    assert workspace.attachments.read(digest) == source.read_bytes()
    assert blob_path(workspace.attachments_dir, digest).read_bytes() != source.read_bytes()  # sealed
    assert thumbnail_path(workspace.attachments_dir, digest).exists()
    assert print_copy_path(workspace.attachments_dir, digest).exists()  # what protocols embed
    # The same picture twice is stored once.
    service.add_attachment(wid, source)
    assert len(list(workspace.attachments_dir.glob("*/" + digest))) == 1
    # Captions are what the minute taker writes: not pre-filled with the file name (issue 13).
    assert [a.caption for a in service.get(wid).attachments] == ["", ""]
    assert [a.filename for a in service.get(wid).attachments] == ["flipchart.png", "flipchart.png"]


def test_files_that_are_no_pictures_or_unreadable_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    fake = tmp_path / "whiteboard.jpg"
    fake.write_text("not a picture")
    with pytest.raises(ValidationError) as info:
        service.add_attachment(wid, fake)
    assert info.value.errors[0].code == ErrorCode.NOT_AN_IMAGE
    with pytest.raises(ValidationError) as info:
        service.add_attachment(wid, tmp_path / "missing.png")
    assert info.value.errors[0].code == ErrorCode.UNREADABLE
    assert service.get(wid).attachments == []


def test_attendees_of_a_planned_workshop_are_invited_of_a_held_one_present(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    planned = service.create(district.id, workshop_data("Geplant"))
    held = service.create(
        district.id, dataclasses.replace(workshop_data("Gehalten"), status=WorkshopStatus.HELD)
    )
    for wid in (planned, held):
        service.add_attendance(wid, actor_id=district.persons["Jana Ludwig"])
        service.add_attendance(wid, guest_name="Gast Eins")
    assert {a.status for a in service.get(planned).attendance} == {AttendanceStatus.INVITED}
    assert {a.status for a in service.get(held).attendance} == {AttendanceStatus.PRESENT}
    # An explicit status still wins.
    service.add_attendance(planned, guest_name="Gast Zwei", status=AttendanceStatus.EXCUSED)
    assert service.get(planned).attendance[-1].status == AttendanceStatus.EXCUSED


def test_guests_carry_a_sector_that_is_synced_and_copied(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    guest = service.add_attendance(wid, guest_name="Gast Eins", guest_sector=Sector.BUSINESS)
    assert [a.sector for a in service.get(wid).attendance] == [Sector.BUSINESS]
    service.set_attendance_guest_sector(guest, Sector.CIVIL_SOCIETY)
    assert [a.sector for a in service.get(wid).attendance] == [Sector.CIVIL_SOCIETY]
    with workspace.session() as session:
        changes = [
            json.loads(o.changes)
            for o in session.scalars(
                select(Outbox).where(Outbox.entity == "attendance", Outbox.op == "update")
            )
        ]
    assert changes[-1]["guest_sector"] == ["BUSINESS", "CIVIL_SOCIETY"]
    copy = service.get(service.duplicate(wid))
    assert [a.sector for a in copy.attendance] == [Sector.CIVIL_SOCIETY]
    service.set_attendance_guest_sector(guest, None)
    assert [a.sector for a in service.get(wid).attendance] == [None]
