"""The service layer: every user edit goes through here. Services own transactions and write an
outbox entry for each change of a synced row in the same transaction."""

from lzz_desktop.services.districts import DistrictData, DistrictService, DistrictSummary
from lzz_desktop.services.workspace import Workspace

__all__ = ["DistrictData", "DistrictService", "DistrictSummary", "Workspace"]
