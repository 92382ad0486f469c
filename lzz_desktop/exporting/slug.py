"""Folder and file names made from record names: short, lowercase ASCII, safe on every platform."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# German spelling of the umlauts (not the stripped vowel) keeps "Müritz" recognisable as "mueritz".
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
# Latin letters that Unicode does not decompose into a base letter plus accent.
_LATIN_EXTRA = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i", "ŧ": "t", "ħ": "h"}
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
MAX_LENGTH = 80
# Names Windows reserves for devices, whatever the extension; such a folder cannot be created.
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def slugify(text: str) -> str:
    """``"Landkreis Ludwigslust-Parchim"`` → ``"landkreis-ludwigslust-parchim"``; never empty.

    Letters without a Latin spelling (Cyrillic, Arabic, …) are replaced by ``x`` and a short hash
    of the whole text, so that different names still give different slugs.
    """
    normalised = unicodedata.normalize("NFC", text).lower().translate(_GERMAN).translate(_LATIN_EXTRA)
    decomposed = unicodedata.normalize("NFKD", normalised)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_text = kept.encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")[:MAX_LENGTH].rstrip("-")
    lost = any(ch.isalnum() and not ch.isascii() for ch in kept)
    if lost or not slug:
        suffix = "x" + _short_hash(unicodedata.normalize("NFC", text))
        slug = f"{slug[: MAX_LENGTH - len(suffix) - 1].rstrip('-')}-{suffix}" if slug else suffix
    if slug in _WINDOWS_RESERVED:
        slug += "-x"
    return slug
