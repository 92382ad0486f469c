"""A workspace: one data directory with its database and attachment store."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.orm import Session

from lzz_desktop.paths import resource
from lzz_desktop.services import freeze, gui_guard, outbox
from lzz_desktop.services.attachments import AttachmentStore
from lzz_desktop.services.districts import DistrictService
from lzz_desktop.store import Database, open_database
from lzz_desktop.store.sealed import FileVault

if TYPE_CHECKING:
    from lzz_desktop.concepts.templates import TemplateRegistry
    from lzz_desktop.services.concepts import ConceptService
    from lzz_desktop.services.events import EventService
    from lzz_desktop.services.milestones import MilestoneService
    from lzz_desktop.services.phases import PhaseService
    from lzz_desktop.services.search import SearchService
    from lzz_desktop.services.stakeholder_maps import StakeholderMapService
    from lzz_desktop.services.stakeholders import StakeholderService
    from lzz_desktop.services.workshops import WorkshopService

log = logging.getLogger(__name__)

DATABASE_NAME = "lzz.sqlite"
TEMPLATES_DIR_NAME = "templates"


class Workspace:
    """Owns the database of one data directory and hands out sessions.

    ``transaction()`` is the only way services write: it commits on success, rolls back on any
    error, and stamps each change with the author and an outbox entry.
    """

    def __init__(self, data_dir: Path, database: Database, author: str = "") -> None:
        self.data_dir = data_dir
        self.database = database
        self.author = author
        self._templates: TemplateRegistry | None = None
        self._listeners: list[Callable[[], None]] = []
        self.attachments = AttachmentStore(self.attachments_dir, FileVault(database.key.attachment_key))
        outbox.install(database.session_factory)
        freeze.install(database.session_factory)
        event.listen(database.session_factory, "after_commit", self._committed)

    # --- change notification --------------------------------------------------------------------
    def add_change_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (on the committing thread) after every commit of this workspace:
        edits, undo, pulled sync pages. The window uses it to keep the pending count true."""
        self._listeners.append(listener)

    def remove_change_listener(self, listener: Callable[[], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _committed(self, _session: Session) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a listener's failure must never undo or block a commit
                log.exception("change listener failed")

    @classmethod
    def open(cls, data_dir: Path, author: str = "", passphrase: str | None = None) -> Workspace:
        """Open the workspace of ``data_dir``; files an earlier version kept in plain form are
        encrypted first (see :mod:`lzz_desktop.store.encrypt`)."""
        data_dir.mkdir(parents=True, exist_ok=True)
        workspace = cls(data_dir, open_database(data_dir / DATABASE_NAME, passphrase=passphrase), author)
        if not workspace.database.read_only:
            try:
                workspace.attachments.seal_plain_files()
            except BaseException:
                workspace.close()
                raise
        return workspace

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading."""
        gui_guard.check()
        session = self.database.session_factory()
        try:
            yield session
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        gui_guard.check()
        session = self.database.session_factory()
        session.info[outbox.AUTHOR_KEY] = self.author
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def districts(self) -> DistrictService:
        return DistrictService(self)

    @property
    def workshops(self) -> WorkshopService:
        from lzz_desktop.services.workshops import WorkshopService

        return WorkshopService(self)

    @property
    def templates(self) -> TemplateRegistry:
        """The shipped concept templates and those in the data directory's ``templates`` folder,
        loaded once; files that fail validation are listed in ``errors``."""
        if self._templates is None:
            from lzz_desktop.concepts.templates import TemplateRegistry

            self._templates = TemplateRegistry.load(
                [resource(TEMPLATES_DIR_NAME), self.data_dir / TEMPLATES_DIR_NAME]
            )
        return self._templates

    @property
    def concepts(self) -> ConceptService:
        # The services load on first use: opening the workspace for the first page needs none of
        # them but the districts'.
        from lzz_desktop.services.concepts import ConceptService

        return ConceptService(self)

    @property
    def events(self) -> EventService:
        from lzz_desktop.services.events import EventService

        return EventService(self)

    @property
    def milestones(self) -> MilestoneService:
        from lzz_desktop.services.milestones import MilestoneService

        return MilestoneService(self)

    @property
    def phases(self) -> PhaseService:
        from lzz_desktop.services.phases import PhaseService

        return PhaseService(self)

    @property
    def stakeholders(self) -> StakeholderService:
        from lzz_desktop.services.stakeholders import StakeholderService

        return StakeholderService(self)

    @property
    def stakeholder_maps(self) -> StakeholderMapService:
        from lzz_desktop.services.stakeholder_maps import StakeholderMapService

        return StakeholderMapService(self)

    @property
    def search(self) -> SearchService:
        from lzz_desktop.services.search import SearchService

        return SearchService(self)

    def close(self) -> None:
        self.database.close()
