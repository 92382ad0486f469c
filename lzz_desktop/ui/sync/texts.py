"""The sync texts of lzz_desktop.texts.sync in the window's language."""

from __future__ import annotations

from lzz_desktop.i18n import current_language
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.service import SyncReport
from lzz_desktop.texts.sync import sync_error_text, sync_report_text


def error_text(error: SyncError) -> str:
    """What went wrong and what to do, in the user's language."""
    return sync_error_text(error, current_language())


def report_text(report: SyncReport) -> str:
    return sync_report_text(report, current_language())
