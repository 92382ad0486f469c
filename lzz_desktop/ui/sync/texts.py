"""User-facing texts about sync, shared by the GUI and the headless commands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.service import SyncReport


def error_text(error: SyncError) -> str:
    """What went wrong and what to do, in the user's language."""
    kind = error.kind
    if kind == "not_logged_in":
        return QCoreApplication.translate("Sync", "Not logged in to a central store. Log in first.")
    if kind == "wrong_password":
        return QCoreApplication.translate("Sync", "Wrong user name or password.")
    if kind == "throttled":
        return QCoreApplication.translate(
            "Sync", "Too many failed logins. Wait {seconds} seconds and try again."
        ).format(seconds=error.detail or "?")
    if kind == "unauthorised":
        return QCoreApplication.translate(
            "Sync", "The central store no longer accepts this device (logged out or revoked). Log in again."
        )
    if kind == "forbidden":
        return QCoreApplication.translate(
            "Sync", "The central store refused a change outside your rights: {detail}"
        ).format(detail=error.detail)
    if kind == "unreachable":
        return QCoreApplication.translate(
            "Sync", "The central store cannot be reached. Your changes stay saved here and are sent later."
        )
    if kind == "server":
        return QCoreApplication.translate(
            "Sync", "The central store reported an error. Your changes stay saved here; try again later."
        )
    if kind == "protocol":
        return QCoreApplication.translate(
            "Sync", "The connection broke off during sync. Nothing was lost; try again."
        )
    if kind == "insecure":
        return QCoreApplication.translate(
            "Sync",
            "“{server}” is not an encrypted address (https://). Outside this computer the central store "
            "is only reached over https, so that passwords and personal data never cross the network "
            "in clear.",
        ).format(server=error.detail)
    if kind == "cancelled":
        return QCoreApplication.translate(
            "Sync", "Synchronisation stopped. Nothing was lost; the next sync continues from here."
        )
    if kind == "keyring":
        return QCoreApplication.translate(
            "Sync", "The system's password store (keyring) is not available: {detail}"
        ).format(detail=error.detail)
    return QCoreApplication.translate("Sync", "The central store refused the request: {detail}").format(
        detail=error.detail
    )


def report_text(report: SyncReport) -> str:
    text = QCoreApplication.translate("Sync", "Synchronised: {pushed} sent, {pulled} received.").format(
        pushed=report.pushed, pulled=report.pulled
    )
    if report.conflicts:
        text += " " + QCoreApplication.translate("Sync", "{count} new conflict(s) to resolve.").format(
            count=report.conflicts
        )
    if report.rejected:
        text += " " + QCoreApplication.translate(
            "Sync", "{count} change(s) refused by the central store: see Sync → Refused changes."
        ).format(count=len(report.rejected))
    if report.quarantined:
        n = report.quarantined
        text += " " + QCoreApplication.translate("Sync", "%n record(s) could not be taken over.", "", n)
        text += " " + QCoreApplication.translate("Sync", "Details: Sync → Records set aside.")
    if report.files_waiting:
        text += " " + QCoreApplication.translate(
            "Sync", "{count} file(s) wait for a better connection."
        ).format(count=report.files_waiting)
    if report.purged_districts:
        text += " " + QCoreApplication.translate(
            "Sync", "Access to {count} district(s) ended; their local data was removed."
        ).format(count=len(report.purged_districts))
    return text
