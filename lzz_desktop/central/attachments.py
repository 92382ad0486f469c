"""Attachments on the central store: content-addressed (SHA-256), uploaded in chunks that append at
the received offset (so an interrupted upload resumes), kept in the database (instances stay
stateless).

Access goes by permission, not by knowing a hash:

* Uploads are kept **per account** until complete: a partial or false upload of one account never
  blocks another's; an unfinished upload expires after ``UPLOAD_TTL``.
* An account that uploaded the whole content (hash verified) becomes one of its **owners**.
* A file may be read by an account that may read a district holding an attachment record with the
  hash, **created by an owner** of the content: naming somebody else's hash in one's own district
  gives nothing, since one never proved to have the file. Owners may always read what they gave.
* For anyone else, the status of a hash looks exactly like that of an unknown one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from sqlalchemy import Connection, delete, insert, select, update

from lzz_desktop.central.accounts import Principal
from lzz_desktop.central.db import (
    attachment_chunks,
    attachment_owners,
    attachment_upload_chunks,
    attachment_uploads,
    attachments,
    changes,
    devices,
    records,
)
from lzz_desktop.central.syncstore import RequestError
from lzz_desktop.sync.protocol import AttachmentStatus

MAX_SIZE = 512 * 1024 * 1024
MAX_CHUNK = 8 * 1024 * 1024
UPLOAD_TTL = dt.timedelta(hours=24)
SHA256_PATTERN = r"^[0-9a-f]{64}$"
SHA256_RE = re.compile(SHA256_PATTERN)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _check_hash(sha256: str) -> None:
    if not SHA256_RE.match(sha256):
        raise RequestError(422, "not a SHA-256 in lower-case hex")


def _unknown(sha256: str) -> AttachmentStatus:
    return AttachmentStatus(sha256=sha256, size=0, received=0, complete=False)


def _is_owner(conn: Connection, principal: Principal, sha256: str) -> bool:
    row = conn.execute(
        select(attachment_owners.c.user_id).where(
            attachment_owners.c.sha256 == sha256, attachment_owners.c.user_id == principal.user_id
        )
    ).first()
    return row is not None


def may_read(conn: Connection, principal: Principal, sha256: str) -> bool:
    """May ``principal`` read the file ``sha256`` (see the module's rules)?"""
    if _is_owner(conn, principal, sha256):
        return True
    owners = set(
        conn.execute(
            select(attachment_owners.c.user_id).where(attachment_owners.c.sha256 == sha256)
        ).scalars()
    )
    if not owners:
        return False
    naming = conn.execute(
        select(records.c.id, records.c.district_id).where(
            records.c.entity == "attachment", records.c.data["sha256"].as_string() == sha256
        )
    ).all()
    for record_id, district_id in naming:
        if not principal.may_read(district_id):
            continue
        creator = conn.execute(
            select(devices.c.user_id)
            .join(changes, changes.c.device_id == devices.c.id)
            .where(changes.c.record_id == record_id)
            .order_by(changes.c.seq)
            .limit(1)
        ).scalar()
        if creator in owners:
            return True
    return False


def status(conn: Connection, principal: Principal, sha256: str) -> AttachmentStatus:
    _check_hash(sha256)
    row = conn.execute(select(attachments).where(attachments.c.sha256 == sha256)).first()
    if row is not None and row.complete and may_read(conn, principal, sha256):
        return AttachmentStatus(sha256=sha256, size=row.size, received=row.size, complete=True)
    mine = conn.execute(
        select(attachment_uploads).where(
            attachment_uploads.c.sha256 == sha256,
            attachment_uploads.c.user_id == principal.user_id,
            attachment_uploads.c.updated_at > _now() - UPLOAD_TTL,
        )
    ).first()
    if mine is None:
        return _unknown(sha256)
    return AttachmentStatus(sha256=sha256, size=mine.size, received=mine.received, complete=False)


def _expire(conn: Connection) -> None:
    """Forget unfinished uploads nobody continued within ``UPLOAD_TTL``."""
    stale = select(attachment_uploads.c.sha256, attachment_uploads.c.user_id).where(
        attachment_uploads.c.updated_at <= _now() - UPLOAD_TTL
    )
    for sha256, user_id in conn.execute(stale).all():
        conn.execute(
            delete(attachment_upload_chunks).where(
                attachment_upload_chunks.c.sha256 == sha256, attachment_upload_chunks.c.user_id == user_id
            )
        )
        conn.execute(
            delete(attachment_uploads).where(
                attachment_uploads.c.sha256 == sha256, attachment_uploads.c.user_id == user_id
            )
        )


def _discard_upload(conn: Connection, sha256: str, user_id: str) -> None:
    conn.execute(
        delete(attachment_upload_chunks).where(
            attachment_upload_chunks.c.sha256 == sha256, attachment_upload_chunks.c.user_id == user_id
        )
    )
    conn.execute(
        delete(attachment_uploads).where(
            attachment_uploads.c.sha256 == sha256, attachment_uploads.c.user_id == user_id
        )
    )


def upload(
    conn: Connection, principal: Principal, sha256: str, size: int, offset: int, data: bytes
) -> AttachmentStatus:
    _check_hash(sha256)
    if principal.role != "office" and not principal.districts:
        raise RequestError(403, "no district to attach files to")
    if not 0 < size <= MAX_SIZE or len(data) > MAX_CHUNK or not data:
        raise RequestError(422, "size or chunk out of bounds")
    _expire(conn)
    stored = conn.execute(select(attachments).where(attachments.c.sha256 == sha256)).first()
    if stored is not None and stored.complete and _is_owner(conn, principal, sha256):
        return AttachmentStatus(sha256=sha256, size=stored.size, received=stored.size, complete=True)
    user_id = principal.user_id
    query = select(attachment_uploads).where(
        attachment_uploads.c.sha256 == sha256, attachment_uploads.c.user_id == user_id
    )
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    mine = conn.execute(query).first()
    now = _now()
    if mine is not None and mine.size != size:
        _discard_upload(conn, sha256, user_id)  # this account starts over with another size
        mine = None
    if mine is None:
        conn.execute(
            insert(attachment_uploads).values(
                sha256=sha256, user_id=user_id, size=size, received=0, updated_at=now
            )
        )
        received = 0
    else:
        received = mine.received
    if offset != received or offset + len(data) > size:
        raise RequestError(409, f"expected offset {received}")
    conn.execute(
        insert(attachment_upload_chunks).values(sha256=sha256, user_id=user_id, offset=offset, data=data)
    )
    received += len(data)
    if received < size:
        conn.execute(
            update(attachment_uploads)
            .where(attachment_uploads.c.sha256 == sha256, attachment_uploads.c.user_id == user_id)
            .values(received=received, updated_at=now)
        )
        return AttachmentStatus(sha256=sha256, size=size, received=received, complete=False)
    chunks = [
        chunk
        for (chunk,) in conn.execute(
            select(attachment_upload_chunks.c.data)
            .where(attachment_upload_chunks.c.sha256 == sha256, attachment_upload_chunks.c.user_id == user_id)
            .order_by(attachment_upload_chunks.c.offset)
        )
    ]
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    _discard_upload(conn, sha256, user_id)
    if digest.hexdigest() != sha256:
        raise RequestError(422, "the content does not match its SHA-256; upload it again")
    if stored is None or not stored.complete:
        if stored is None:
            conn.execute(
                insert(attachments).values(
                    sha256=sha256, size=size, received=size, complete=True, created_at=now
                )
            )
        else:
            conn.execute(delete(attachment_chunks).where(attachment_chunks.c.sha256 == sha256))
            conn.execute(
                update(attachments)
                .where(attachments.c.sha256 == sha256)
                .values(size=size, received=size, complete=True)
            )
        position = 0
        for chunk in chunks:
            conn.execute(insert(attachment_chunks).values(sha256=sha256, offset=position, data=chunk))
            position += len(chunk)
    if not _is_owner(conn, principal, sha256):
        conn.execute(insert(attachment_owners).values(sha256=sha256, user_id=user_id, created_at=now))
    return AttachmentStatus(sha256=sha256, size=size, received=size, complete=True)


def download(conn: Connection, principal: Principal, sha256: str) -> bytes:
    _check_hash(sha256)
    row = conn.execute(select(attachments).where(attachments.c.sha256 == sha256)).first()
    if row is None or not row.complete or not may_read(conn, principal, sha256):
        raise RequestError(404, "no such file")
    chunks = conn.execute(
        select(attachment_chunks.c.data)
        .where(attachment_chunks.c.sha256 == sha256)
        .order_by(attachment_chunks.c.offset)
    )
    return b"".join(chunk for (chunk,) in chunks)
