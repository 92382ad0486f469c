"""Encryption at rest (issue 14): the database, its WAL, the backups and the attachments hold no
readable byte of a person; the key comes from the keyring or a passphrase, never from nowhere; a
workspace of an earlier version is converted without losing anything."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PIL import Image

from lzz_desktop.domain import Actor
from lzz_desktop.domain.enums import ActorKind, FederalState, Sector, WorkshopFormat
from lzz_desktop.fileio import SHRED_ASIDE, shred_leftover
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.reports.protocol import build_protocol
from lzz_desktop.services.workspace import DATABASE_NAME, Workspace
from lzz_desktop.store import backup
from lzz_desktop.store.engine import connect
from lzz_desktop.store.errors import (
    KeyMissingError,
    PassphraseRequired,
    WeakPassphraseError,
    WrongPassphraseError,
)
from lzz_desktop.store.keys import KEY_FILE_NAME, PASSPHRASE_ENV, workspace_key
from lzz_desktop.store.sealed import SealError
from tests.sync.keyrings import MemoryKeyring

CANARY_NAME = "Zebulon Quaxmeier"
CANARY_MAIL = "zebulon.quaxmeier@canary.example"
CANARY_NOTE = "Kanarienvogel-Notiz-7f3a"
CANARIES = [CANARY_NAME, CANARY_MAIL, CANARY_NOTE]


def canaries_in(folder: Path) -> list[str]:
    """Every file under ``folder`` whose bytes hold a canary (UTF-8 or UTF-16, as SQLite or a log
    might write it)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for canary in CANARIES:
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                if encoded in data:
                    found.append(f"{path.relative_to(folder)}: {canary}")
    return found


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(PASSPHRASE_ENV)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def _fill(workspace: Workspace, photo: Path | None = None) -> str:
    district_id = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
    with workspace.transaction() as session:
        session.add(
            Actor(
                district_id=district_id,
                kind=ActorKind.PERSON,
                name=CANARY_NAME,
                email=CANARY_MAIL,
                notes=CANARY_NOTE,
                sector=Sector.MIGRANTS,
            )
        )
    if photo is not None:
        import datetime as dt

        from lzz_desktop.records.workshops import WorkshopData

        workshop = workspace.workshops.create(
            district_id,
            WorkshopData(
                title="Auftakt",
                format=WorkshopFormat.KICKOFF,
                starts_at=dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC),
            ),
        )
        workspace.workshops.add_attachment(workshop, photo)
    return district_id


def _photo(path: Path) -> Path:
    """A picture whose pixels spell nothing but whose file carries the canary in its comment."""
    image = Image.new("RGB", (64, 48), "#224466")
    image.save(path, "PNG", pnginfo=_png_text(CANARY_NAME))
    return path


def _png_text(text: str) -> object:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", text)
    return info


def test_no_file_of_the_data_folder_holds_a_readable_byte_of_a_person(tmp_path: Path) -> None:
    data_dir = tmp_path / "daten"
    workspace = Workspace.open(data_dir, author="Test")
    try:
        _fill(workspace, _photo(tmp_path / "flipchart.png"))
        backup.make_backup(workspace.database.path, "test", workspace.database.key)
        # The WAL holds the last commits before a checkpoint: read while the workspace is open.
        assert (data_dir / (DATABASE_NAME + "-wal")).stat().st_size > 0
        assert canaries_in(data_dir) == []
    finally:
        workspace.close()
    assert canaries_in(data_dir) == []
    # The database is no SQLite file to anybody without the key …
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(data_dir / DATABASE_NAME).execute("SELECT count(*) FROM sqlite_master").fetchone()
    # … and everything is there for the one who has it.
    reopened = Workspace.open(data_dir)
    try:
        with reopened.session() as session:
            actor = session.query(Actor).filter(Actor.name == CANARY_NAME).one()
            assert actor.email == CANARY_MAIL
    finally:
        reopened.close()


def test_the_passphrase_path_when_no_keyring_is_available(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV)
    data_dir = tmp_path / "daten"
    with pytest.raises(PassphraseRequired) as asked:
        Workspace.open(data_dir)
    assert asked.value.new  # never a plain-text fallback: a new passphrase is asked for
    assert not (data_dir / DATABASE_NAME).exists()
    with pytest.raises(WeakPassphraseError):
        Workspace.open(data_dir, passphrase="kurz")
    workspace = Workspace.open(data_dir, passphrase="Rathaus am Markt 1")
    _fill(workspace)
    workspace.close()
    info = json.loads((data_dir / KEY_FILE_NAME).read_text(encoding="utf-8"))
    assert info["source"] == "passphrase" and info["kdf"] == "argon2id" and info["memory_kib"] >= 65536
    assert "Rathaus" not in (data_dir / KEY_FILE_NAME).read_text(encoding="utf-8")

    with pytest.raises(PassphraseRequired) as again:
        Workspace.open(data_dir)
    assert not again.value.new
    before = (data_dir / DATABASE_NAME).read_bytes()
    with pytest.raises(WrongPassphraseError):
        Workspace.open(data_dir, passphrase="Rathaus am Markt 2")
    assert (data_dir / DATABASE_NAME).read_bytes() == before
    reopened = Workspace.open(data_dir, passphrase="Rathaus am Markt 1")
    try:
        assert [d.name for d in reopened.districts.list()] == ["Goslar"]
    finally:
        reopened.close()


def test_the_key_lives_in_the_keyring_and_its_loss_is_named(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data_dir = tmp_path / "daten"
    workspace = Workspace.open(data_dir)
    _fill(workspace)
    workspace.close()
    info = json.loads((data_dir / KEY_FILE_NAME).read_text(encoding="utf-8"))
    assert info["source"] == "keyring" and "salt" not in info
    [(service, entry)] = memory_keyring.secrets
    assert service == "lzz-desktop-workspace" and entry == f"workspace-{info['id']}"
    assert memory_keyring.secrets[(service, entry)] not in (data_dir / KEY_FILE_NAME).read_text()

    reopened = Workspace.open(data_dir)
    assert [d.name for d in reopened.districts.list()] == ["Goslar"]
    reopened.close()

    memory_keyring.secrets.clear()  # another user account, a reset keyring
    before = (data_dir / DATABASE_NAME).read_bytes()
    with pytest.raises(KeyMissingError):
        Workspace.open(data_dir)
    assert (data_dir / DATABASE_NAME).read_bytes() == before
    (data_dir / KEY_FILE_NAME).unlink()  # nor is a new key made for the old data
    with pytest.raises(KeyMissingError):
        Workspace.open(data_dir)


def _decrypt_to_plain(db: Path, key_of: Path) -> None:
    """Turn an encrypted database into the plain file an earlier version wrote."""
    plain = db.with_name(db.name + ".plain")
    connection = connect(db, workspace_key(key_of))
    quoted = str(plain).replace("'", "''")
    connection.execute(f"ATTACH DATABASE '{quoted}' AS plain KEY ''")
    connection.execute("SELECT sqlcipher_export('plain')")
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute(f"PRAGMA plain.user_version = {version}")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    os.replace(plain, db)


def test_a_workspace_of_an_earlier_version_is_encrypted_on_start_without_losing_anything(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "daten"
    workspace = Workspace.open(data_dir)
    _fill(workspace, _photo(tmp_path / "flipchart.png"))
    photo_bytes = (tmp_path / "flipchart.png").read_bytes()
    backup.make_backup(workspace.database.path, "taeglich", workspace.database.key)
    vault = workspace.attachments.vault
    workspace.close()
    # What the earlier version left: plain database and backups, plain files, no key file.
    db = data_dir / DATABASE_NAME
    for old in backup.list_backups(db):
        _decrypt_to_plain(old, db)
    _decrypt_to_plain(db, db)
    for path in (p for p in (data_dir / "attachments").rglob("*") if p.is_file()):
        path.write_bytes(vault.unseal(path.read_bytes()))
    (data_dir / KEY_FILE_NAME).unlink()
    assert canaries_in(data_dir) != []  # the old version's files are readable …
    plain_backups = backup.list_backups(db)

    converted = Workspace.open(data_dir)
    try:
        assert [d.name for d in converted.districts.list()] == ["Goslar"]
        with converted.session() as session:
            assert session.query(Actor).filter(Actor.email == CANARY_MAIL).count() == 1
        [attachment] = converted.workshops.get(
            converted.workshops.list(converted.districts.list()[0].id)[0].id
        ).attachments
        assert converted.attachments.read(attachment.sha256) == photo_bytes
        assert converted.attachments.thumbnail(attachment.sha256) is not None
    finally:
        converted.close()
    assert canaries_in(data_dir) == []  # … and after the first start nothing is
    backups = backup.list_backups(db)
    assert len(backups) == len(plain_backups) + 1
    assert any("vor-verschluesselung" in b.name for b in backups)
    assert not list(data_dir.rglob(f"*{SHRED_ASIDE}"))
    for made in backups:  # every backup opens with the workspace's key and holds the data
        with connect(made, workspace_key(db)) as connection:
            assert connection.execute("SELECT name FROM actors").fetchall() == [(CANARY_NAME,)]


def test_a_conversion_cut_short_keeps_the_file_it_had(tmp_path: Path) -> None:
    target = tmp_path / "lzz.sqlite"
    target.write_bytes(b"SQLite format 3\x00 the only copy")
    aside = target.with_name(target.name + SHRED_ASIDE)
    os.link(target, aside)  # the crash came after the second name, before the replacement
    shred_leftover(aside)
    assert target.read_bytes() == b"SQLite format 3\x00 the only copy" and not aside.exists()

    os.link(target, aside)
    target.unlink()
    target.write_bytes(b"encrypted")  # the replacement happened: the old bytes are overwritten
    shred_leftover(aside)
    assert not aside.exists() and target.read_bytes() == b"encrypted"


def test_a_changed_byte_in_a_sealed_file_is_refused_and_the_protocol_still_prints(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "daten")
    try:
        district_id = _fill(workspace, _photo(tmp_path / "flipchart.png"))
        summary = workspace.workshops.list(district_id)[0]
        [attachment] = workspace.workshops.get(summary.id).attachments
        path = workspace.attachments.blob_path(attachment.sha256)
        raw = bytearray(path.read_bytes())
        raw[-5] ^= 0xFF
        path.write_bytes(bytes(raw))
        with pytest.raises(SealError):
            workspace.attachments.read(attachment.sha256)
        with Image.open(io.BytesIO(workspace.attachments.make_print_copy(attachment.sha256) or b"")) as pic:
            assert pic.size == (64, 48)  # the print copy was sealed separately at import
        pdf = build_protocol(workspace.workshops.get(summary.id), workspace.attachments, tmp_path / "p.pdf")
        assert pdf.stat().st_size > 0
    finally:
        workspace.close()
