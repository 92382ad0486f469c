"""Undoable district edits. Each command calls the service on the database worker, so an undo is
a real edit too (it reaches the outbox and syncs like any other) and the window never waits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lzz_desktop.records.districts import DistrictData
from lzz_desktop.ui.undo import AsyncCommand, Broken, Failed, Refresh, Submit

if TYPE_CHECKING:
    from lzz_desktop.services.districts import DistrictService


class _DistrictCommand(AsyncCommand):
    def __init__(
        self,
        text: str,
        service: DistrictService,
        submit: Submit,
        changed: Refresh,
        failed: Failed,
        broken: Broken,
    ) -> None:
        super().__init__(text, submit, changed, failed, broken)
        self._service = service


class CreateDistrictCommand(_DistrictCommand):
    """Pushed once the district was created (its creation is then the first entry of its own
    page's history): the first redo changes nothing, a later one restores it."""

    def __init__(
        self,
        service: DistrictService,
        district_id: str,
        data: DistrictData,
        submit: Submit,
        changed: Refresh,
        failed: Failed,
        broken: Broken,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Create district {name}").format(name=data.name)
        super().__init__(text, service, submit, changed, failed, broken)
        self.district_id = district_id
        self._created = True

    def redo(self) -> None:
        if self._created:
            self._created = False
            return
        service, district_id = self._service, self.district_id
        self._apply(lambda: service.restore(district_id), district_id)

    def undo(self) -> None:
        service, district_id = self._service, self.district_id
        self._apply(lambda: service.delete(district_id), district_id)


class EditDistrictCommand(_DistrictCommand):
    def __init__(
        self,
        service: DistrictService,
        district_id: str,
        old: DistrictData,
        new: DistrictData,
        submit: Submit,
        changed: Refresh,
        failed: Failed,
        broken: Broken,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit district {name}").format(name=new.name)
        super().__init__(text, service, submit, changed, failed, broken)
        self._id, self._old, self._new = district_id, old, new

    def redo(self) -> None:
        service, district_id, new = self._service, self._id, self._new
        self._apply(lambda: service.update(district_id, new), district_id)

    def undo(self) -> None:
        service, district_id, old = self._service, self._id, self._old
        self._apply(lambda: service.update(district_id, old), district_id)


class _BinCommand(_DistrictCommand):
    """Moving a district into the recycle bin (``to_bin``) or back out of it; undo does the other."""

    to_bin: bool

    def __init__(
        self,
        service: DistrictService,
        district_id: str,
        name: str,
        submit: Submit,
        changed: Refresh,
        failed: Failed,
        broken: Broken,
    ) -> None:
        super().__init__(self._label().format(name=name), service, submit, changed, failed, broken)
        self._id = district_id

    def _label(self) -> str:
        raise NotImplementedError

    def _move(self, to_bin: bool) -> None:
        service, district_id = self._service, self._id
        action = service.delete if to_bin else service.restore
        self._apply(lambda: action(district_id), district_id)

    def redo(self) -> None:
        self._move(self.to_bin)

    def undo(self) -> None:
        self._move(not self.to_bin)


class DeleteDistrictCommand(_BinCommand):
    to_bin = True

    def _label(self) -> str:
        return QCoreApplication.translate("Commands", "Delete district {name}")


class RestoreDistrictCommand(_BinCommand):
    to_bin = False

    def _label(self) -> str:
        return QCoreApplication.translate("Commands", "Restore district {name}")
