"""Names as district protocols meet them: every script newcomers' names use, names with a zero-width
non-joiner, long compound names. Shared by the document tests (protocol, sign-in sheet, concept,
map)."""

from __future__ import annotations

import re
import unicodedata

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
