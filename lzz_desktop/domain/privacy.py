"""How a person may be named where others read it (maps, protocols, sign-in sheets, exports):
without given consent (DSGVO) only by role and organisation."""

from __future__ import annotations

from lzz_desktop.domain.enums import ActorKind, ConsentStatus


def public_name(name: str, kind: ActorKind, role: str, organisation: str, consent: ConsentStatus) -> str:
    if kind is not ActorKind.PERSON or consent is ConsentStatus.GIVEN:
        return name
    parts = [p for p in (role.strip(), organisation.strip()) if p]
    return ", ".join(parts) if parts else "–"
