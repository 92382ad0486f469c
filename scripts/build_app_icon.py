"""Render the app icon (resources/lzz-desktop.svg) into the PNG sizes of the hicolor theme for
Linux packages (installer/linux/icons/hicolor/<n>x<n>/apps/lzz-desktop.png) and the Windows
icon (installer/windows/lzz-desktop.ico); `make icons` runs it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "resources" / "lzz-desktop.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/lzz-desktop.svg is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = (
            ROOT / "installer" / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "lzz-desktop.png"
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    # The Windows icon (several sizes in one .ico) for the executables and the installer.
    from PIL import Image

    largest = ROOT / "installer" / "linux" / "icons" / "hicolor" / "256x256" / "apps" / "lzz-desktop.png"
    Image.open(largest).save(
        ROOT / "installer" / "windows" / "lzz-desktop.ico", sizes=[(n, n) for n in SIZES if n <= 256]
    )
    scalable = ROOT / "installer" / "linux" / "icons" / "hicolor" / "scalable" / "apps" / "lzz-desktop.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes((ROOT / "resources" / "lzz-desktop.svg").read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
