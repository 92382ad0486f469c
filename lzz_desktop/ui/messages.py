"""User-facing texts for domain error codes and storage errors, in the user's language.

The domain and the store speak in codes; this is the one place that turns them into sentences
that say what happened and what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from lzz_desktop.domain.validation import ErrorCode
from lzz_desktop.i18n import current_language
from lzz_desktop.records.districts import ConceptDecidedError, ProtocolFrozenError, RoleRefusedError
from lzz_desktop.store.errors import (
    StoreError,
    classify,
)
from lzz_desktop.texts import store as texts_store


def field_error(field: str, code: ErrorCode) -> str:
    if code is ErrorCode.REQUIRED and field == "name":
        return QCoreApplication.translate("Messages", "Please enter a name.")
    if code is ErrorCode.REQUIRED and field == "title":
        return QCoreApplication.translate("Messages", "Please enter a title.")
    if code is ErrorCode.REQUIRED and field == "guest_name":
        return QCoreApplication.translate("Messages", "Please enter the guest's name.")
    if code is ErrorCode.REQUIRED and field == "text":
        return QCoreApplication.translate("Messages", "Please enter the text of the agreement.")
    if code is ErrorCode.REQUIRED and field == "decided_on":
        return QCoreApplication.translate("Messages", "Please enter the date of the council decision.")
    if code is ErrorCode.REQUIRED and field == "state":
        return QCoreApplication.translate("Messages", "Please choose the federal state.")
    if code is ErrorCode.REQUIRED:
        return QCoreApplication.translate("Messages", "This field is required.")
    if code is ErrorCode.NOT_AN_IMAGE:
        return QCoreApplication.translate(
            "Messages", "The file is not a picture or it is damaged. Please choose a JPEG or PNG photo."
        )
    if code is ErrorCode.UNREADABLE:
        return QCoreApplication.translate(
            "Messages", "The file cannot be read. Check that it exists and that you may open it."
        )
    if code is ErrorCode.AGS_FORMAT:
        return QCoreApplication.translate(
            "Messages", "The AGS key has exactly 8 digits, e.g. 03153000. Leave it empty if unknown."
        )
    if code is ErrorCode.AGS_STATE_MISMATCH:
        return QCoreApplication.translate(
            "Messages",
            "The AGS key does not match the federal state: its first two digits name the state "
            "(e.g. 03 Niedersachsen, 09 Bayern).",
        )
    if code is ErrorCode.END_BEFORE_START:
        return QCoreApplication.translate("Messages", "The end must not be before the start.")
    if code is ErrorCode.OUT_OF_RANGE:
        return QCoreApplication.translate("Messages", "This value is outside the allowed range.")
    if code is ErrorCode.CONSENT_REQUIRED:
        return QCoreApplication.translate(
            "Messages",
            "Contact data of a person can only be stored with their consent. "
            "Record the consent first, or leave the contact fields empty.",
        )
    if code is ErrorCode.CONSENT_DATE_REQUIRED:
        return QCoreApplication.translate("Messages", "Please enter the date on which consent was given.")
    if code is ErrorCode.SELF_RELATIONSHIP:
        return QCoreApplication.translate("Messages", "An actor cannot have a relationship with itself.")
    if code is ErrorCode.DUPLICATE_RELATIONSHIP:
        return QCoreApplication.translate(
            "Messages", "This relationship exists already. Change the existing one instead."
        )
    if code is ErrorCode.ORGANISATION_INVALID:
        return QCoreApplication.translate(
            "Messages", "Choose an organisation, group or network of this district (not a person)."
        )
    if code is ErrorCode.DUPLICATE_NAME:
        return QCoreApplication.translate("Messages", "A record with this name exists already.")
    return QCoreApplication.translate("Messages", "This value is not valid.")


def store_error_title(error: StoreError) -> str:
    return texts_store.store_error_title(error, current_language())


def store_error_text(error: StoreError) -> str:
    """The database cannot be used: what happened and what to do (shared with the CLI)."""
    return texts_store.store_error_text(error, current_language())


def unexpected_error_text(error: BaseException) -> str:
    """The message for a failure; storage problems (a locked or read-only database, a full disk)
    get their own message instead of the exception's text."""
    if isinstance(error, ConceptDecidedError):
        return QCoreApplication.translate(
            "Messages",
            "This concept is decided and cannot be changed. Begin a new version to change it.",
        )
    if isinstance(error, ProtocolFrozenError):
        return QCoreApplication.translate(
            "Messages",
            "This protocol is approved and cannot be changed. Take the approval back to change it.",
        )
    if isinstance(error, RoleRefusedError):
        return role_limit_text(error.role)
    known = classify(error)
    if known is not None:
        return store_error_text(known)
    return QCoreApplication.translate(
        "Messages", "Something went wrong: {error}. Nothing you entered has been lost."
    ).format(error=error)


def write_error_text(error: OSError, path: object) -> str:
    """A file could not be written (PDF, calendar file)."""
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "Messages", "The folder of {path} cannot be written to. Please choose another folder."
        ).format(path=path)
    return QCoreApplication.translate("Messages", "{path} could not be written: {error}").format(
        path=path, error=error.strerror or error
    )


def role_limit_text(role: str) -> str:
    """One line on what the logged-in account may change (shown where it may not)."""
    if role == "district":
        return QCoreApplication.translate(
            "Messages",
            "Your account (district staff) changes concept drafts and comments of its district only; "
            "everything else here is read-only.",
        )
    return QCoreApplication.translate(
        "Messages", "Your account may not change this; the central store would refuse it."
    )


def lock_for_role(role: str, label: QLabel, *controls: QWidget) -> None:
    """A dialog the account's role may only read: its editing controls off, and the reason in
    ``label`` — instead of a refusal after the user has typed everything."""
    for control in controls:
        control.setEnabled(False)
    label.setProperty("role", "")  # a note, not an error
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(role_limit_text(role))
    label.show()
