"""Update resources/translations/*.ts from the sources and forms, and compile them to .qm
(`make translations`). Existing translations are kept; vanished strings are dropped.

English is the language of the source strings, so its catalogue holds only the plural forms
(``tr("%n district(s)", "", n)`` reads "1 district" / "7 districts" through it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")
TARGETS = {"de": "de_DE", "en": "en_GB"}


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = [
        p
        for p in sorted((ROOT / "lzz_desktop").rglob("*.py"))
        if "ui/forms" not in p.as_posix()  # the .ui files are read instead of their compiled modules
    ]
    files += sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def update(ts_file: Path, extra: list[str] | None = None) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts_file),
            *(extra or []),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"lzz_{language}.ts"
        extra = ["-target-language", TARGETS[language]]
        if language == "en":
            extra.append("-pluralonly")  # the source strings are English; only %n needs forms
        update(ts_file, extra)
        release(ts_file, ts_file.with_suffix(".qm"))
        print(f"updated {ts_file.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
