"""Column widths from content, shared by the PDF and the Word documents."""

from __future__ import annotations


def fit_columns(needed: list[float], shares: list[float], total: float) -> list[float]:
    """Widths for columns that need at least ``needed`` (their longest word and padding) and would
    like ``shares`` of ``total``: columns short of room grow at the expense of those with room to
    spare, so words wrap between words, never inside one. When even that cannot work (the words
    need more than the page) the shares stay."""
    preferred = [share * total for share in shares]
    if sum(needed) > total:
        return preferred
    widths = [max(p, n) for p, n in zip(preferred, needed, strict=True)]
    excess = sum(widths) - total
    while excess > 0.01:
        room = [w - n for w, n in zip(widths, needed, strict=True)]
        spare = sum(r for r in room if r > 0)
        if spare <= 0:
            return preferred
        take = min(excess, spare)
        widths = [w - (take * r / spare if r > 0 else 0) for w, r in zip(widths, room, strict=True)]
        excess = sum(widths) - total
    return widths
