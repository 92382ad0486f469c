"""The service layer: every user edit goes through here. Services own transactions and write an
outbox entry for each change of a synced row in the same transaction.

Loaded on first use (PEP 562): importing a value type does not load SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lzz_desktop.records.districts import DistrictData, DistrictSummary
    from lzz_desktop.services.districts import DistrictService
    from lzz_desktop.services.workspace import Workspace

_WHERE = {
    "DistrictService": "districts",
    "Workspace": "workspace",
}


_RECORDS = {"DistrictData", "DistrictSummary"}


def __getattr__(name: str) -> Any:
    if name in _RECORDS:
        return getattr(importlib.import_module("lzz_desktop.records.districts"), name)
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)


__all__ = ["DistrictData", "DistrictService", "DistrictSummary", "Workspace"]
