"""The shipped fonts (DejaVu Sans: Latin extended, Cyrillic, Arabic), registered once with reportlab
and embedded in every PDF, and the shaping of right-to-left text."""

from __future__ import annotations

import re
import threading
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lzz_desktop.paths import resource

REGULAR = "LzzSans"
BOLD = "LzzSans-Bold"
_lock = threading.Lock()
_registered = False
# Arabic, Hebrew, Syriac, Thaana and the Arabic presentation forms.
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def register_fonts() -> None:
    global _registered
    with _lock:
        if _registered:
            return
        # Binary streams instead of ASCII85: smaller files, and the pure-Python ASCII85 encoder
        # was a third of the time of a protocol with photos.
        rl_config.useA85 = 0
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def visual(text: str) -> str:
    """Text as it must be drawn: Arabic letters joined into their contextual forms and
    right-to-left runs put into display order (reportlab draws glyphs left to right as given)."""
    if not _RTL.search(text):
        return text
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def para(text: str) -> str:
    """Plain text as Paragraph markup: shaped, escaped, line breaks kept."""
    return escape(visual(text)).replace("\n", "<br/>")
