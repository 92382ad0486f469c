"""Undoable district edits. Each command calls the service, so an undo is a real edit too (it
reaches the outbox and syncs like any other)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lzz_desktop.services.values import DistrictData

if TYPE_CHECKING:
    from lzz_desktop.services.districts import DistrictService

Changed = Callable[[str], None]
Failed = Callable[[Exception], None]


class _ServiceCommand(QUndoCommand):
    """A failed write marks the command obsolete (the stack drops it) and reports the error:
    exceptions raised inside ``redo`` would otherwise vanish in Qt's C++ caller."""

    def __init__(self, text: str, service: DistrictService, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._service, self._changed, self._failed = service, changed, failed

    def _apply(self, action: Callable[[], object], district_id: str | None = None) -> None:
        """Run ``action``; report the district it changed (``district_id``, or what it returns)."""
        try:
            result = action()
        except Exception as exc:
            self.setObsolete(True)
            self._failed(exc)
            return
        self._changed(district_id or str(result))


class CreateDistrictCommand(_ServiceCommand):
    def __init__(
        self, service: DistrictService, data: DistrictData, changed: Changed, failed: Failed
    ) -> None:
        text = QCoreApplication.translate("Commands", "Create district {name}").format(name=data.name)
        super().__init__(text, service, changed, failed)
        self._data = data
        self.district_id: str | None = None

    def redo(self) -> None:
        def create() -> str:
            if self.district_id is None:
                self.district_id = self._service.create(self._data)
            else:
                self._service.restore(self.district_id)
            return self.district_id

        self._apply(create)

    def undo(self) -> None:
        district_id = self.district_id
        assert district_id is not None
        self._apply(lambda: self._service.delete(district_id), district_id)


class EditDistrictCommand(_ServiceCommand):
    def __init__(
        self,
        service: DistrictService,
        district_id: str,
        old: DistrictData,
        new: DistrictData,
        changed: Changed,
        failed: Failed,
    ) -> None:
        text = QCoreApplication.translate("Commands", "Edit district {name}").format(name=new.name)
        super().__init__(text, service, changed, failed)
        self._id, self._old, self._new = district_id, old, new

    def redo(self) -> None:
        self._apply(lambda: self._service.update(self._id, self._new), self._id)

    def undo(self) -> None:
        self._apply(lambda: self._service.update(self._id, self._old), self._id)


class DeleteDistrictCommand(_ServiceCommand):
    def __init__(
        self, service: DistrictService, district_id: str, name: str, changed: Changed, failed: Failed
    ) -> None:
        text = QCoreApplication.translate("Commands", "Delete district {name}").format(name=name)
        super().__init__(text, service, changed, failed)
        self._id = district_id

    def redo(self) -> None:
        self._apply(lambda: self._service.delete(self._id), self._id)

    def undo(self) -> None:
        self._apply(lambda: self._service.restore(self._id), self._id)


class RestoreDistrictCommand(_ServiceCommand):
    def __init__(
        self, service: DistrictService, district_id: str, name: str, changed: Changed, failed: Failed
    ) -> None:
        text = QCoreApplication.translate("Commands", "Restore district {name}").format(name=name)
        super().__init__(text, service, changed, failed)
        self._id = district_id

    def redo(self) -> None:
        self._apply(lambda: self._service.restore(self._id), self._id)

    def undo(self) -> None:
        self._apply(lambda: self._service.delete(self._id), self._id)
