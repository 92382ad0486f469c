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


SHRED_ASIDE = ".klartext"  # the second name of plain bytes while they are overwritten


def shred(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush, then remove it (best effort: an SSD or a copy-on-write
    file system may keep old blocks elsewhere)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            block = b"\0" * (1 << 20)
            left = size
            while left > 0:
                handle.write(block[: min(left, len(block))])
                left -= len(block)
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def replace_shredding(target: Path, data: bytes | None = None, source: Path | None = None) -> None:
    """Replace ``target`` by ``data`` (or move the file ``source`` onto it), then overwrite the old
    content: the old file keeps a second name (``…klartext``) until the new one is in place, so a
    crash leaves one of the two whole; :func:`shred_leftover` finishes what a crash cut short."""
    aside = target.with_name(target.name + SHRED_ASIDE)
    aside.unlink(missing_ok=True)
    os.link(target, aside)
    if source is not None:
        _sync_file(source)
        os.replace(source, target)
        _sync_directory(target.parent)
    else:
        write_bytes(target, data or b"")
    shred(aside)


def shred_leftover(aside: Path) -> None:
    """Finish a :func:`replace_shredding` a crash interrupted: shred the old content when the new
    file is in place, else give the old file its name back."""
    original = aside.with_name(aside.name[: -len(SHRED_ASIDE)])
    if not original.exists():
        aside.rename(original)
    elif os.path.samefile(aside, original):
        aside.unlink()  # the crash came before the replacement: the old file is the current one
    else:
        shred(aside)
