"""Names as district protocols meet them: every script newcomers' names use, names with a zero-width
non-joiner, long compound names. Shared by the document tests (protocol, sign-in sheet, concept,
map)."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from fontTools.ttLib import TTFont

NAMES: dict[str, str] = {
    "latin": "Şükrü Yılmaz",
    "vietnamese": "Nguyễn Thị Minh Khai",
    "polish": "Małgorzata Brzęczyszczykiewicz-Wojciechowska",
    "greek": "Γιώργος Παπαδόπουλος",
    "cyrillic": "Олена Коваленко",
    "ukrainian": "Ілля Шевчук",
    "armenian": "Արամ Խաչատրյան",
    "georgian": "ნინო ბერიძე",
    "arabic": "محمد عبد الله",
    "arabic_joined": "عبدالله نصرالله",
    "persian_zwnj": "ذبیح‌الله حیدری",
    "dari": "فرشته رحیمی",
    "pashto": "ګل احمد ښکلی",
    "urdu": "عائشہ صدیقی",
    "sorani": "کەریم ڕێبوار",
    "tigrinya": "ግርማይ ተስፋይ",
    "amharic": "ትዕግስት ገብረመድህን",
    "long_compound": "Muhammad-Abdulrahman Al-Khatib-Hassan",
}


def normalised(text: str) -> str:
    """Text as a reader's search compares it: compatibility forms folded (NFKC), the invisible
    format characters (bidi marks, ZWNJ) dropped, runs of white space made one space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", " ", text)


@contextlib.contextmanager
def as_file(pdf: Path | bytes) -> Iterator[Path]:
    """A PDF held in memory (a print preview) as a file the Poppler and qpdf tools can read."""
    if isinstance(pdf, Path):
        yield pdf
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "preview.pdf"
        path.write_bytes(pdf)
        yield path


def pdf_text(pdf: Path | bytes, layout: bool = False) -> str:
    with as_file(pdf) as path:
        args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
        return normalised(subprocess.run(args, check=True, capture_output=True, text=True).stdout)


def embedded_fonts(pdf: Path) -> list[tuple[str, TTFont]]:
    """Every TrueType font program embedded in ``pdf`` (read with qpdf, parsed with fontTools)."""
    listing = json.loads(
        subprocess.run(
            ["qpdf", "--json", "--json-key=qpdf", str(pdf)], check=True, capture_output=True
        ).stdout
    )
    fonts = []
    for key, entry in listing["qpdf"][1].items():
        value = entry.get("value") if isinstance(entry, dict) else None
        if isinstance(value, dict) and "/FontFile2" in value:
            number = value["/FontFile2"].split()[0]
            data = subprocess.run(
                ["qpdf", f"--show-object={number}", "--filtered-stream-data", str(pdf)],
                check=True,
                capture_output=True,
            ).stdout
            fonts.append((value.get("/FontName", key), TTFont(io.BytesIO(data))))
    return fonts


def assert_no_missing_glyphs(pdf: Path) -> None:
    """A character without a glyph is drawn as glyph 0 (.notdef, the box): no code of any embedded
    subset may point there, except the subset's own slot 0 when nothing is mapped to it."""
    fonts = embedded_fonts(pdf)
    assert fonts, "no embedded TrueType fonts"
    for name, font in fonts:
        order = font.getGlyphOrder()
        cmap = font["cmap"].getBestCmap() or {}
        for table in font["cmap"].tables:
            cmap = {**table.cmap, **cmap}
        boxes = [code for code, glyph in cmap.items() if glyph == order[0] and code != 0]
        assert not boxes, f"{name}: codes {boxes} are drawn as .notdef"


def glyph_ids_drawn(pdf: Path | bytes) -> list[int]:
    """The glyph ids of every text string Qt's PDF writer drew (two-byte Identity-H codes; the
    content streams uncompressed by qpdf). Glyph 0 is the box of a missing character."""
    with as_file(pdf) as path:
        with_text = subprocess.run(
            ["qpdf", "--qdf", "--object-streams=disable", str(path), "-"], check=True, capture_output=True
        ).stdout
    ids: list[int] = []
    for string in re.findall(rb"<([0-9A-Fa-f]+)>\s*Tj", with_text):
        ids.extend(int(string[i : i + 4], 16) for i in range(0, len(string), 4))
    return ids
