"""The shipped fonts, registered once with reportlab and embedded as subsets in every PDF, and the
preparation of text for them.

Names in district protocols come in many scripts. One line may mix them ("ግርማይ ተስፋይ (Eritrea)"),
so text is cut into runs and each run gets the first font that has its characters (Noto Sans for
Latin incl. Vietnamese, Greek and Cyrillic; Noto Sans Arabic for Arabic, Persian/Dari, Pashto, Urdu
and Kurdish Sorani; Noto Sans Ethiopic; Armenian; Georgian; DejaVu Sans last, for symbols such as ☐).

Arabic script is shaped by HarfBuzz (reportlab shapes a paragraph with uharfbuzz when its style has
``shaping``) from the letters as typed, so joining forms, lam-alef and the ligatures come from the
font itself and nothing is replaced by a presentation form the font may lack. Right-to-left words
are put into display order as whole words; the glyphs of each word keep their logical order for
HarfBuzz. The text layer maps every glyph back to the letters it was made from (see
:class:`_ShapingFont`), so copying or searching a name in the PDF gives it back as typed.
"""

from __future__ import annotations

import re
import threading
from typing import Any
from xml.sax.saxutils import escape

from bidi.algorithm import get_display
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont
from reportlab.platypus import Paragraph

from lzz_desktop.paths import resource
from lzz_desktop.reports.columns import fit_columns

REGULAR = "LzzSans"
BOLD = "LzzSans-Bold"
ITALIC = "LzzSans-Oblique"
BOLD_ITALIC = "LzzSans-BoldOblique"

# family name -> (regular, bold, italic, bold italic) files; a script without italics uses upright.
_FAMILIES: tuple[tuple[str, tuple[str, str, str, str]], ...] = (
    (
        REGULAR,
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
    ),
    ("LzzArabic", ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf") * 2),
    ("LzzEthiopic", ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf") * 2),
    ("LzzArmenian", ("NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf") * 2),
    ("LzzGeorgian", ("NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf") * 2),
    (
        "LzzSymbols",
        (
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf",
        ),
    ),
)
# The files of every shipped font, for the application's Qt font database (map pictures).
FONT_FILES: tuple[str, ...] = tuple(dict.fromkeys(f for _, files in _FAMILIES for f in files))

_lock = threading.Lock()
_registered = False
_coverage: list[tuple[str, frozenset[int]]] = []

# Letters written right to left: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL = re.compile(f"[{_RTL_CHARS}]")
# A right-to-left word as the bidi algorithm put it on the line: letters, marks, joiners, tatweel.
_RTL_WORD = re.compile(f"[{_RTL_CHARS}\u200c\u200d]+")
# Scripts that need shaping (joining, ligatures, marks): Arabic script.
_SHAPED = re.compile("[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
# Glyph names as Noto (and most fonts built with AGL names) write them: uni0644_uni0644.isol, u1F600.
_UNI = re.compile(r"^uni((?:[0-9A-F]{4})+)$")
_U = re.compile(r"^u([0-9A-F]{4,6})$")


def _glyph_text(name: str) -> str | None:
    """The characters a glyph stands for, read from its name, or None when the name says nothing."""
    text = ""
    for part in name.split(".", 1)[0].split("_"):
        if match := _UNI.match(part):
            hexes = match.group(1)
            text += "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
        elif match := _U.match(part):
            text += chr(int(match.group(1), 16))
        elif len(part) == 1 and part.isascii():
            text += part
        else:
            return None
    return text or None


def _utf16_hex(text: str) -> str:
    data = text.encode("utf-16-be")
    return data.hex().upper()


class _ShapingFont(TTFont):  # type: ignore[misc]  # reportlab ships no type information
    """A TrueType font whose text layer is right for shaped text too.

    HarfBuzz picks glyphs the font's character map does not reach (a final form, a ligature);
    reportlab gives them private-use code points, so a PDF reader would copy "\\ue000" for them.
    Here the ToUnicode map of each subset sends such a glyph to the letters its name says it is made
    of ("uni0644_uni0644_uni0647" -> "لله"), and characters outside the BMP are written as UTF-16
    pairs."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        private = {code: name for name, code in getattr(self, "_TTFont__hbUnis", {}).items()}
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is None:
                continue
            stream.content = _to_unicode_cmap(base, subset, private)


def _to_unicode_cmap(name: str, subset: list[int], private: dict[int, str]) -> str:
    lines = []
    for index, code in enumerate(subset):
        text = _glyph_text(private[code]) if code in private else chr(code)
        lines.append(f"<{index:02X}> <{_utf16_hex(text or chr(code))}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *lines,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _style_name(family: str, bold: bool, italic: bool) -> str:
    if family == REGULAR:
        return {
            (False, False): REGULAR,
            (True, False): BOLD,
            (False, True): ITALIC,
            (True, True): BOLD_ITALIC,
        }[(bold, italic)]
    return (
        family
        + {(False, False): "", (True, False): "-Bold", (False, True): "-Italic", (True, True): "-BoldItalic"}[
            (bold, italic)
        ]
    )


def register_fonts() -> None:
    global _registered
    with _lock:
        if _registered:
            return
        # Binary streams instead of ASCII85: smaller files, and the pure-Python ASCII85 encoder
        # was a third of the time of a protocol with photos.
        rl_config.useA85 = 0
        # reportlab shapes with kern, liga and dlig on. Discretionary ligatures are display
        # typography (Noto Sans Arabic draws "محمد" as a vowelled calligraphic ligature): a table of
        # names wants the letters as typed, so dlig is switched off in reportlab's default features.
        features = (ttfonts.shapeFragWord.__defaults__ or (None,))[0]
        if isinstance(features, dict):
            features["dlig"] = False
        for family, files in _FAMILIES:
            names = []
            for (bold, italic), file in zip(
                ((False, False), (True, False), (False, True), (True, True)), files, strict=True
            ):
                name = _style_name(family, bold, italic)
                font = _ShapingFont(name, str(resource("fonts", file)))
                pdfmetrics.registerFont(font)
                names.append(name)
                if not bold and not italic:
                    _coverage.append((family, frozenset(font.face.charToGlyph)))
            pdfmetrics.registerFontFamily(
                family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
            )
        _registered = True


def _font_for(char: str) -> str:
    code = ord(char)
    for family, cmap in _coverage:
        if code in cmap:
            return family
    return REGULAR


def _neutral(char: str) -> bool:
    """Spaces, punctuation and digits stay in the run around them when its font has them."""
    return not char.isalpha() and not ("\u0300" <= char <= "\u036f")


def _runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (font family, text) runs, each in the first font that has its letters."""
    runs: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        if runs and (
            ("\u0300" <= char <= "\u036f" or char in "\u200c\u200d\u0640")
            or (_neutral(char) and code in dict(_coverage).get(runs[-1][0], frozenset()))
        ):
            family = runs[-1][0]
        else:
            family = _font_for(char)
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
    return runs


def display_order(line: str) -> str:
    """One line with its right-to-left words in display order, each word's letters still in the
    order typed (HarfBuzz shapes them and lays them out right to left itself)."""
    if not _RTL.search(line):
        return line
    return _RTL_WORD.sub(lambda m: m.group(0)[::-1], get_display(line))


def visual(text: str) -> str:
    """Plain text prepared for a single line drawn by the canvas: words in display order."""
    return "\n".join(display_order(line) for line in text.split("\n"))


def para(text: str) -> str:
    """Plain text as Paragraph markup: words in display order, each run in a font that has its
    letters, escaped, line breaks kept."""
    register_fonts()
    out = []
    for line in text.split("\n"):
        parts = []
        for family, run in _runs(display_order(line)):
            if family == REGULAR:
                parts.append(escape(run))
            else:
                parts.append(f'<font face="{family}">{escape(run)}</font>')
        out.append("".join(parts))
    return "<br/>".join(out)


_shaped_styles: dict[int, ParagraphStyle] = {}


class TextParagraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type information
    """A Paragraph that is shaped by HarfBuzz when it holds Arabic script (shaping every paragraph
    would cost time for nothing: the other scripts need no shaping in these fonts)."""

    def __init__(self, text: str | None, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        if text and _SHAPED.search(text) and not getattr(style, "shaping", 0):
            shaped = _shaped_styles.get(id(style))
            if shaped is None:
                shaped = _shaped_styles[id(style)] = ParagraphStyle(
                    style.name + "-shaped", parent=style, shaping=1
                )
            style = shaped
        super().__init__(text, style, *args, **kwargs)


def has_glyphs(text: str) -> bool:
    """Whether every character of ``text`` is in one of the shipped fonts (control and format
    characters need none)."""
    register_fonts()
    return all(
        char.isspace()
        or char in "\u200c\u200d\u200e\u200f"
        or any(ord(char) in cmap for _, cmap in _coverage)
        for char in text
    )


def _longest_word(flowable: Any) -> float:
    """The width of the longest word in a paragraph (what a column must hold so that no word is
    broken inside), 0 for anything else."""
    longest = 0.0
    for frag in getattr(flowable, "frags", None) or []:
        text = getattr(frag, "text", "")
        for word in text.split():
            longest = max(longest, pdfmetrics.stringWidth(word, frag.fontName, frag.fontSize))
    if isinstance(flowable, str):
        longest = max((pdfmetrics.stringWidth(w, REGULAR, 9) for w in flowable.split()), default=0.0)
    return longest


def fitted_widths(
    rows: list[list[Any]], total: float, shares: list[float], padding: float = 13.0
) -> list[float]:
    """Column widths for a table of ``total`` width: the preferred ``shares`` where every column's
    longest word fits, else the columns that need it grow at the expense of those with room, so
    names wrap between words, never inside one. When even that cannot work the shares stay."""
    needed = [
        max((_longest_word(row[i]) for row in rows if i < len(row)), default=0.0) + padding
        for i in range(len(shares))
    ]
    return fit_columns(needed, shares, total)


def draw_line(
    canvas: Any, text: str, x: float, y: float, width: float, size: float = 7.5, color: str = "#555555"
) -> None:
    """One line of text on the canvas at baseline ``y`` (a page footer), in the fonts its letters
    need and shaped; cut with "…" where it would be wider than ``width``."""
    from reportlab.lib.colors import HexColor

    style = ParagraphStyle(
        "line", fontName=REGULAR, fontSize=size, leading=size * 1.2, textColor=HexColor(color)
    )
    shown = text.replace("\n", " ")
    while True:
        paragraph = TextParagraph(para(shown), style)
        _, height = paragraph.wrap(width, 10 * size)
        if height <= style.leading * 1.01 or len(shown) < 4:
            break
        shown = shown[: max(3, int(len(shown) * 0.9)) - 1].rstrip() + "…"
    paragraph.drawOn(canvas, x, y - size * 0.25)


def embedded_canvas(*args: Any, **kwargs: Any) -> Any:
    """A reportlab canvas that starts in the embedded font: the default would reference a
    Helvetica the PDF does not carry (``pdffonts`` lists it as not embedded)."""
    from reportlab.pdfgen.canvas import Canvas

    kwargs["initialFontName"] = REGULAR
    return Canvas(*args, **kwargs)
