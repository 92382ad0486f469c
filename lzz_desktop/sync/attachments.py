"""Attachment files travel separately from their records: uploaded by SHA-256 in chunks that resume
where the server stopped, downloaded when a pulled record names a file this device lacks. A failed
transfer leaves the records alone and is retried at the next sync."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from lzz_desktop.domain import Attachment
from lzz_desktop.store.sealed import SealError
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.errors import SyncError

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

CHUNK = 1024 * 1024


def blob_path(workspace: Workspace, sha256: str) -> Path:
    return workspace.attachments.blob_path(sha256)


def store_file(workspace: Workspace, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the workspace's content-addressed store (sealed); (sha256, size)."""
    data = source.read_bytes()
    return workspace.attachments.put(data), len(data)


@dataclass
class TransferReport:
    uploaded: list[str] = field(default_factory=list)
    downloaded: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # sha256 values to retry later


def _hashes(workspace: Workspace) -> set[str]:
    with workspace.session() as session:
        return set(session.scalars(select(Attachment.sha256).where(Attachment.deleted_at.is_(None))))


def upload(client: SyncClient, workspace: Workspace, sha256: str) -> bool:
    """Upload one file (its plain content, unsealed in memory), resuming at the offset the server
    has; True when the server has it all."""
    data = workspace.attachments.read(sha256)
    size = len(data)
    status = client.attachment_status(sha256)
    offset = status.received if status.size in (0, size) else 0
    while not status.complete:
        chunk = data[offset : offset + CHUNK]
        if not chunk:
            break
        status = client.upload_chunk(sha256, size, offset, chunk)
        offset = status.received
    return status.complete


def transfer(
    client: SyncClient, workspace: Workspace, cancel: threading.Event | None = None
) -> TransferReport:
    report = TransferReport()
    for sha256 in sorted(_hashes(workspace)):
        if cancel is not None and cancel.is_set():
            break  # the files wait for the next sync
        path = blob_path(workspace, sha256)
        try:
            if path.exists():
                if client.attachment_status(sha256).complete:
                    continue
                (report.uploaded if upload(client, workspace, sha256) else report.failed).append(sha256)
            else:
                data = client.download(sha256)
                if hashlib.sha256(data).hexdigest() != sha256:
                    report.failed.append(sha256)
                    continue
                workspace.attachments.put(data)
                report.downloaded.append(sha256)
        except (SyncError, SealError):  # a damaged local file waits, like a failed transfer
            report.failed.append(sha256)
    return report
