"""Attachments travel by SHA-256, separately from their records, resume after an interruption, and
reach only users who may read a record that names them."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from lzz_desktop.central.db import attachment_chunks
from lzz_desktop.domain import Attachment
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.sync import attachments
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.errors import SyncError
from tests.sync.helpers import add_district
from tests.sync.servers import Central


def _attach(workspace: Workspace, district_id: str, source: Path) -> str:
    sha256, size = attachments.store_file(workspace, source)
    with workspace.transaction() as session:
        session.add(Attachment(district_id=district_id, sha256=sha256, filename=source.name, size=size))
    return sha256


def test_files_travel_with_resume_and_only_to_readers(
    central_sqlite: Central,
    make_client: Callable[..., object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    central = central_sqlite
    central.add_user("office", "office")
    office = make_client(central, "office")
    goslar, uckermark = add_district(office.workspace, "Goslar"), add_district(office.workspace, "Uckermark")  # type: ignore[attr-defined]
    photo = tmp_path / "flipchart.jpg"
    photo.write_bytes(os.urandom(2 * attachments.CHUNK + 123))
    sha256 = _attach(office.workspace, goslar, photo)  # type: ignore[attr-defined]
    secret = tmp_path / "intern.pdf"
    secret.write_bytes(b"%PDF nur fuer die Uckermark")
    secret_sha = _attach(office.workspace, uckermark, secret)  # type: ignore[attr-defined]

    # The connection breaks after the first chunk: the records are synced, the file waits.
    real_upload = SyncClient.upload_chunk
    calls: list[tuple[str, int]] = []

    def flaky(self: SyncClient, sha: str, size: int, offset: int, data: bytes):  # type: ignore[no-untyped-def]
        calls.append((sha, offset))
        if (sha, offset) == (sha256, attachments.CHUNK) and len([c for c in calls if c[0] == sha256]) == 2:
            raise SyncError("unreachable", "cable pulled")
        return real_upload(self, sha, size, offset, data)

    monkeypatch.setattr(SyncClient, "upload_chunk", flaky)
    report = office.sync()  # type: ignore[attr-defined]
    assert report.files_waiting == 1 and report.files_sent == 1
    report = office.sync()  # type: ignore[attr-defined]
    assert report.files_sent == 1 and report.files_waiting == 0
    photo_offsets = [offset for sha, offset in calls if sha == sha256]
    assert photo_offsets == [0, attachments.CHUNK, attachments.CHUNK, 2 * attachments.CHUNK]  # resumed
    with central.engine.connect() as conn:
        assert (
            len(
                conn.execute(
                    select(attachment_chunks.c.offset).where(attachment_chunks.c.sha256 == sha256)
                ).all()
            )
            == 3
        )

    central.add_user("berta", "consultant", ["Goslar"])
    berta = make_client(central, "berta")
    report = berta.sync()  # type: ignore[attr-defined]
    assert report.files_received == 1
    copy = attachments.blob_path(berta.workspace, sha256)  # type: ignore[attr-defined]
    assert hashlib.sha256(berta.workspace.attachments.read(sha256)).hexdigest() == sha256  # type: ignore[attr-defined]
    assert copy.read_bytes().startswith(b"LZZSEAL1")  # sealed on the disk
    headers = {"Authorization": f"Bearer {central.token('berta')}"}
    assert httpx.get(f"{central.base_url}/attachments/{secret_sha}", headers=headers).status_code == 404


def test_a_wrong_hash_is_refused(central_sqlite: Central) -> None:
    central_sqlite.add_user("office", "office")
    headers = {"Authorization": f"Bearer {central_sqlite.token('office')}"}
    claimed = hashlib.sha256(b"echt").hexdigest()
    response = httpx.put(
        f"{central_sqlite.base_url}/attachments/{claimed}",
        params={"size": 8},
        content=b"gefaelscht",
        headers=headers,
    )
    assert response.status_code in (409, 422)
    response = httpx.put(
        f"{central_sqlite.base_url}/attachments/{claimed}",
        params={"size": 10},
        content=b"gefaelscht",
        headers=headers,
    )
    assert response.status_code == 422
    status = httpx.get(f"{central_sqlite.base_url}/attachments/{claimed}/status", headers=headers).json()
    assert status["complete"] is False and status["received"] == 0
