"""The shipped fonts (DejaVu Sans: Latin extended, Cyrillic, Arabic), registered once with reportlab
and embedded in every PDF, and the shaping of right-to-left text."""

from __future__ import annotations

import re
import threading
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lzz_desktop.paths import resource

REGULAR = "LzzSans"
BOLD = "LzzSans-Bold"
ITALIC = "LzzSans-Oblique"
BOLD_ITALIC = "LzzSans-BoldOblique"
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
        for name, file in (
            (REGULAR, "DejaVuSans.ttf"),
            (BOLD, "DejaVuSans-Bold.ttf"),
            (ITALIC, "DejaVuSans-Oblique.ttf"),
            (BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
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
