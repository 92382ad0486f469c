"""Every name of the corpus is drawn with real glyphs on screen and on the map picture: laid out
with the map's label font and the application font, no glyph run holds glyph 0 (.notdef)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from lzz_desktop.reports.map.style import map_font
from lzz_desktop.reports.qt_fonts import with_fallbacks
from tests.names_corpus import NAMES


def missing_glyphs(text: str, font: QFont) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    missing = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            missing.append(run.rawFont().familyName())
    return missing


@pytest.mark.parametrize("script", sorted(NAMES))
def test_every_name_has_glyphs_in_the_map_label_and_application_font(qapp: QApplication, script: str) -> None:
    name = NAMES[script]
    assert missing_glyphs(name, map_font(14)) == [], name
    assert missing_glyphs(name, with_fallbacks(QFont(qapp.font()))) == [], name
