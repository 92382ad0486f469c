"""Build ``lzz-central``: the central store as a distribution of its own, without PySide6.

The server needs a small part of the code: ``lzz_desktop.central`` (the FastAPI app, its
migrations and command line), ``lzz_desktop.domain`` (the shared models and the wire rules) and the
Qt-free sync protocol. Installing the desktop distribution on a server would pull in Qt, the PDF
and map libraries and scipy; this one pulls in what the store imports. The import graph behind it
is kept by the import-linter contract "The central store needs nothing of the desktop's storage
or services" and tested in a venv without PySide6 (tests/packaging/test_central_wheel.py).

    python scripts/build_central_wheel.py OUT_DIR   ->  OUT_DIR/lzz_central-<version>-py3-none-any.whl
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lzz_desktop"

# What the central store imports of the package (besides its own folder).
MODULES = [
    "__init__.py",
    "central",
    "domain",
    "sync/__init__.py",
    "sync/protocol.py",
    "sync/textmerge.py",
]
DEPENDENCIES = [
    "SQLAlchemy>=2.0.30",
    "alembic>=1.13",
    "uuid6>=2024.1.12",
    "pydantic>=2.6",
    "fastapi>=0.110",
    "uvicorn>=0.29",
    "argon2-cffi>=23.1",
    "psycopg[binary]>=3.1",
]


def version() -> str:
    found = re.search(r'__version__ = "([^"]+)"', (PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    assert found, "lzz_desktop/__init__.py names no version"
    return found.group(1)


def pyproject() -> str:
    deps = ",\n".join(f'  "{dep}"' for dep in DEPENDENCIES)
    return f"""[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "lzz-central"
version = "{version()}"
description = "Central store of LZZ Desktop (Land.Zuhause.Zukunft): sync server on PostgreSQL or SQLite."
license = {{ text = "EUPL-1.2" }}
requires-python = ">=3.11"
dependencies = [
{deps},
]

[project.scripts]
lzz-central = "lzz_desktop.central.cli:main"

[tool.setuptools.packages.find]
include = ["lzz_desktop*"]

[tool.setuptools.package-data]
lzz_desktop = ["central/migrations/script.py.mako", "central/migrations/*.py",
  "central/migrations/versions/*.py"]
"""


def stage(into: Path) -> None:
    for name in MODULES:
        source = PACKAGE / name
        target = into / "lzz_desktop" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target)
    (into / "pyproject.toml").write_text(pyproject(), encoding="utf-8")
    (into / "README.md").write_text("Central store of LZZ Desktop. See docs/betrieb.md.\n", encoding="utf-8")


def build(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lzz-central-") as tmp:
        staging = Path(tmp)
        stage(staging)
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out_dir), str(staging)],
            check=True,
        )
    return next(out_dir.glob(f"lzz_central-{version()}-*.whl"))


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
