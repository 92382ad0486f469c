"""Opening the workspace of a data folder, as the window and the headless commands do."""

from __future__ import annotations

from pathlib import Path

from lzz_desktop.services.workspace import Workspace
from lzz_desktop.settings import Settings
from lzz_desktop.store.errors import ReadOnlyStorageError


def open_workspace(
    data_dir: Path,
    demo: bool,
    settings: Settings,
    allow_read_only: bool = False,
    passphrase: str | None = None,
) -> Workspace:
    """Open the workspace; with ``demo``, seed it when it holds no district yet. A workspace in a
    folder that cannot be written is refused (the window would lose every edit) unless
    ``allow_read_only`` (checks and exports). ``passphrase`` where the workspace's key needs one
    (:class:`~lzz_desktop.store.errors.PassphraseRequired` tells)."""
    workspace = Workspace.open(data_dir, author=settings.display_name, passphrase=passphrase)
    if workspace.database.read_only:
        if not allow_read_only:
            workspace.close()
            raise ReadOnlyStorageError(data_dir, "the data folder cannot be written")
        return workspace
    if demo and not workspace.districts.list() and not workspace.districts.list(deleted=True):
        from lzz_desktop.demo import seed_demo  # the demo content loads only when it is needed

        seed_demo(workspace)
    return workspace
