"""The one atomic file writer: every file the app writes goes through here.

A reader — a PDF viewer, another laptop's sync, the app after a crash — sees the old file or the
new one, never half of one: the content is written to a unique temporary file beside the target
(``os.replace`` is atomic only within one file system), flushed to disk, then moved into place; on
any failure the temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` for a writer that wants a file name (reportlab, Qt,
    openpyxl, Pillow); it replaces ``target`` when the block ends without an error."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _sync_file(tmp)
        os.replace(tmp, target)
        _sync_directory(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return target


def write_text(target: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 with "\\n" line ends on every platform, atomically."""
    return write_bytes(target, text.encode("utf-8"))


def write_with(target: Path, build: Callable[[Path], object]) -> Path:
    """Let ``build`` write a temporary file, then move it onto ``target``."""
    with atomic_path(target) as tmp:
        build(tmp)
    return target


def _sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
