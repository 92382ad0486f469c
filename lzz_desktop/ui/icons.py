"""The app's icons, pre-rendered from qtawesome into resources/icons by `make icons`."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from lzz_desktop.paths import resource

SIZES = (16, 24, 32, 48)


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` in every rendered size; a missing icon is a packaging bug."""
    result = QIcon()
    for size in SIZES:
        path = resource("icons", f"{name}-{size}.png")
        if not path.exists():
            raise FileNotFoundError(f"icon {name!r} missing: run `make icons`")
        result.addFile(str(path))
    return result
