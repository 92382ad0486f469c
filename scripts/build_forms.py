"""Compile forms/*.ui into lzz_desktop/ui/forms/ui_*.py with pyside6-uic (`make forms`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "lzz_desktop" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by `make forms` (pyside6-uic) — do not edit.\n"


def uic_binary() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def compile_form(ui_file: Path) -> str:
    """The Python module for ``ui_file``, with our header and without uic's version banner
    (so the module depends on the form, not on the exact PySide6 release)."""
    out = subprocess.run(
        [uic_binary(), str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    body = [line for line in out.splitlines() if not line.startswith("#")]
    while body and not body[0].strip():
        body.pop(0)
    return HEADER.format(name=ui_file.name) + "\n".join(body).rstrip() + "\n"


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Modules generated from forms/*.ui — do not edit."""\n')
    for ui_file in sorted(FORMS.glob("*.ui")):
        (TARGET / f"ui_{ui_file.stem}.py").write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
