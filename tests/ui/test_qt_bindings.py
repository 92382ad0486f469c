"""The Qt binding itself must not corrupt the interpreter. PySide6 6.12.0 on CPython 3.11 drops a
reference to None on every void Qt call, and drawing a map makes thousands of them: the app then
dies with "none_dealloc". pyproject.toml keeps PySide6 below 6.12 for that; this test fails on any
binding that brings the bug (back). It runs in its own process, so a crash is a failure here."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QCheckBox
app = QApplication([])
image = QImage(16, 16, QImage.Format.Format_RGB32)
painter = QPainter(image)
box = QCheckBox()
before = sys.getrefcount(None)
for _ in range(2000):
    painter.drawEllipse(1, 1, 4, 4)
    box.setChecked(True)
painter.end()
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_keep_the_reference_count_of_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip())) < 50, f"None lost {result.stdout.strip()} references"
