"""Fixtures for the install tests: a clean copy of the repository, fresh virtual environments.

These tests install what users install (issue 12): the built wheel with its dependencies in a new
venv, run from a folder that is not the checkout. pip's download cache makes the second install
of the same dependencies fast; nothing comes from the developer's `.venv`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SKIP = shutil.ignore_patterns(
    ".venv", "build", "dist", "*.egg-info", "__pycache__", ".git", ".mypy_cache", ".ruff_cache"
)


def clean_copy(into: Path) -> Path:
    """The repository's tracked files (what a fresh clone has), without build leftovers."""
    target = into / "src"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
    )
    if listed.returncode == 0 and listed.stdout:
        for name in listed.stdout.decode().split("\0"):
            source = ROOT / name
            if name and source.is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
    else:
        shutil.copytree(ROOT, target, ignore=_SKIP)
    return target


def fresh_venv(path: Path) -> Path:
    """A new venv without the packages of this one; returns its bin folder."""
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    return path / ("Scripts" if os.name == "nt" else "bin")


def run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result.stdout


def pip_install(bin_dir: Path, *what: str | Path) -> None:
    run([bin_dir / "python", "-m", "pip", "install", "-q", *what], cwd=bin_dir)
