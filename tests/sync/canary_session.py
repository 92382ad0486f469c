"""A working session as a real process, for the canary test: persons with unique canary values are
created and edited, a photo is imported, the workspace syncs, a backup is made, a protocol is
previewed; then the session keeps typing notes until it is killed (SIGKILL, mid-edit).

Usage: python -m tests.sync.canary_session DATA_DIR SERVER_URL TOKEN PHOTO CANARY..."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import tempfile
from pathlib import Path

from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, Sector, WorkshopFormat
from lzz_desktop.logs import setup_logging
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData, ConsentData
from lzz_desktop.records.workshops import WorkshopData
from lzz_desktop.reports.protocol import build_protocol
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.store import backup
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.service import SyncService


def main(data_dir: Path, server: str, token: str, photo: Path, name: str, mail: str, note: str) -> None:
    setup_logging(data_dir)
    log = logging.getLogger("canary")
    workspace = Workspace.open(data_dir, author="berater")
    district_id = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
    people = workspace.stakeholders
    with_consent = people.create_actor(
        district_id,
        ActorData(name=name, kind=ActorKind.PERSON, sector=Sector.MIGRANTS, email=mail, notes=note),
        ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date(2026, 11, 2), method="schriftlich"),
    )
    people.create_actor(
        district_id, ActorData(name=name + " Zwei", kind=ActorKind.PERSON, sector=Sector.MIGRANTS, notes=note)
    )
    workshop = workspace.workshops.create(
        district_id,
        WorkshopData(
            title="Auftakt",
            format=WorkshopFormat.KICKOFF,
            starts_at=dt.datetime(2026, 11, 3, 9, tzinfo=dt.UTC),
        ),
    )
    workspace.workshops.add_attendance(workshop, with_consent)
    workspace.workshops.add_attendance(workshop, guest_name=name + " Gast")
    workspace.workshops.add_attachment(workshop, photo)
    with SyncClient(server, token) as client:
        SyncService(workspace, client).sync()
    backup.make_backup(workspace.database.path, "canary", workspace.database.key)
    with tempfile.TemporaryDirectory(prefix="lzz-documents-") as folder:  # as the window previews
        build_protocol(workspace.workshops.get(workshop), workspace.attachments, Path(folder) / "p.pdf")
    try:  # a failure whose message quotes the person, as a library's error might
        raise ValueError(f"cannot save {name} <{mail}>: {note}")
    except ValueError:
        log.exception("saving failed")
    log.info("session ready")
    print("ready", flush=True)
    count = 0
    while True:  # typing without a pause until the process is killed
        count += 1
        people.update_actor(
            with_consent,
            ActorData(
                name=name, kind=ActorKind.PERSON, sector=Sector.MIGRANTS, email=mail, notes=f"{note} {count}"
            ),
        )


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]), args[1], args[2], Path(args[3]), args[4], args[5], args[6])
