"""Attachments on the central store: content-addressed (SHA-256), uploaded in chunks that append at
the received offset (so an interrupted upload resumes), kept in the database (instances stay
stateless). Downloads only for users who may read a record that names the file."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from sqlalchemy import Connection, delete, insert, select, update

from lzz_desktop.central.accounts import Principal
from lzz_desktop.central.db import attachment_chunks, attachments, records
from lzz_desktop.central.syncstore import RequestError
from lzz_desktop.sync.protocol import AttachmentStatus

MAX_SIZE = 512 * 1024 * 1024
MAX_CHUNK = 8 * 1024 * 1024
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def _check_hash(sha256: str) -> None:
    if not SHA256_RE.match(sha256):
        raise RequestError(422, "not a SHA-256 in lower-case hex")


def status(conn: Connection, sha256: str) -> AttachmentStatus:
    _check_hash(sha256)
    row = conn.execute(select(attachments).where(attachments.c.sha256 == sha256)).first()
    if row is None:
        return AttachmentStatus(sha256=sha256, size=0, received=0, complete=False)
    return AttachmentStatus(sha256=sha256, size=row.size, received=row.received, complete=row.complete)


def upload(
    conn: Connection, principal: Principal, sha256: str, size: int, offset: int, data: bytes
) -> AttachmentStatus:
    _check_hash(sha256)
    if principal.role != "office" and not principal.districts:
        raise RequestError(403, "no district to attach files to")
    if not 0 < size <= MAX_SIZE or len(data) > MAX_CHUNK or not data:
        raise RequestError(422, "size or chunk out of bounds")
    query = select(attachments).where(attachments.c.sha256 == sha256)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    if row is None:
        conn.execute(
            insert(attachments).values(
                sha256=sha256, size=size, received=0, complete=False, created_at=dt.datetime.now(dt.UTC)
            )
        )
        received = 0
    else:
        if row.complete:
            return AttachmentStatus(sha256=sha256, size=row.size, received=row.received, complete=True)
        if row.size != size:
            raise RequestError(409, f"size differs from the upload begun earlier ({row.size})")
        received = row.received
    if offset != received or offset + len(data) > size:
        raise RequestError(409, f"expected offset {received}")
    conn.execute(insert(attachment_chunks).values(sha256=sha256, offset=offset, data=data))
    received += len(data)
    complete = False
    if received == size:
        digest = hashlib.sha256()
        for (chunk,) in conn.execute(
            select(attachment_chunks.c.data)
            .where(attachment_chunks.c.sha256 == sha256)
            .order_by(attachment_chunks.c.offset)
        ):
            digest.update(chunk)
        if digest.hexdigest() != sha256:
            conn.execute(delete(attachment_chunks).where(attachment_chunks.c.sha256 == sha256))
            conn.execute(update(attachments).where(attachments.c.sha256 == sha256).values(received=0))
            raise RequestError(422, "the content does not match its SHA-256; upload it again")
        complete = True
    conn.execute(
        update(attachments).where(attachments.c.sha256 == sha256).values(received=received, complete=complete)
    )
    return AttachmentStatus(sha256=sha256, size=size, received=received, complete=complete)


def download(conn: Connection, principal: Principal, sha256: str) -> bytes:
    _check_hash(sha256)
    readable = False
    for district_id, data in conn.execute(
        select(records.c.district_id, records.c.data).where(records.c.entity == "attachment")
    ):
        if data.get("sha256") == sha256 and principal.may_read(district_id):
            readable = True
            break
    row = conn.execute(select(attachments).where(attachments.c.sha256 == sha256)).first()
    if not readable or row is None or not row.complete:
        raise RequestError(404, "no such file")
    chunks = conn.execute(
        select(attachment_chunks.c.data)
        .where(attachment_chunks.c.sha256 == sha256)
        .order_by(attachment_chunks.c.offset)
    )
    return b"".join(chunk for (chunk,) in chunks)
