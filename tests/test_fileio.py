"""The one atomic writer: a reader sees the old file or the new one, never half, and a failed write
leaves neither a damaged target nor a temporary file behind. Every writer of the app goes through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lzz_desktop import fileio

PACKAGE = Path(fileio.__file__).parent


def test_write_bytes_replaces_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "protokoll.pdf"
    fileio.write_bytes(target, b"first")
    fileio.write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["protokoll.pdf"]


def test_a_failing_writer_keeps_the_old_file_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "actors.xlsx"
    target.write_bytes(b"old contents")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        fileio.write_with(target, half_then_fail)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["actors.xlsx"]


def test_text_is_utf8_with_unix_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    fileio.write_text(target, "Şükrü\nОлена\n")
    assert target.read_bytes() == "Şükrü\nОлена\n".encode()


# Ways of writing a file that bypass the atomic writer. Reading is fine; writing goes through fileio.
_BYPASS = re.compile(
    r"os\.replace\(|\.write_bytes\(|\.write_text\(|tempfile\.mkstemp|open\([^)]*['\"][wa]b?['\"]"
    r"|\.save\((?:path|target|str\((?:path|target|out)\))"
)


def test_no_module_writes_files_around_the_atomic_writer() -> None:
    offenders = []
    for source in sorted(PACKAGE.rglob("*.py")):
        if source.name == "fileio.py" or "ui/forms" in source.as_posix() or "migrations" in source.parts:
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if _BYPASS.search(line):
                offenders.append(f"{source.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert not offenders, "write through lzz_desktop.fileio instead:\n" + "\n".join(offenders)
