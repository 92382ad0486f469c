"""The one paths module: where data lives, and where the shipped resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "LZZ_DATA_DIR"
_APP_DIR_NAME = "LZZ Desktop"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))


def demo_data_dir() -> Path:
    return default_data_dir().parent / f"{_APP_DIR_NAME} Demo"


def resolve_data_dir(data_dir: str | os.PathLike[str] | None, demo: bool) -> Path:
    """``--data-dir`` wins, then ``LZZ_DATA_DIR``, then the demo or the normal directory."""
    if data_dir:
        return Path(data_dir).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    return demo_data_dir() if demo else default_data_dir()


def resources_dir() -> Path:
    """Shipped resources; works from a checkout, an installed wheel and a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


class MissingResourceError(FileNotFoundError):
    """A file the app ships is not where it belongs: the installation is incomplete."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Die Installation von LZZ Desktop ist unvollständig: {path} fehlt. "
            f"Bitte installieren Sie das Programm neu. "
            f"(The installation is incomplete: {path} is missing; please reinstall.)"
        )


def resource(*parts: str) -> Path:
    """A shipped file or folder; :class:`MissingResourceError` (naming it) when it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(path)
    return path
