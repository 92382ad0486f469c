"""Sentences of the concept editor that several widgets share."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lzz_desktop.concepts.templates import TemplateError, TemplateProblem
from lzz_desktop.labels import format_date
from lzz_desktop.records.concepts import AgreementOrigin, LearningOrigin

if TYPE_CHECKING:
    from lzz_desktop.services.events import LearningInfo


def origin_text(origin: AgreementOrigin) -> str:
    """„Mentoring starten.“ – aus Workshop „Auftaktworkshop“ (12.03.2019), TOP 2 „Ausbildung“"""
    if origin.agenda_position is not None:
        return QCoreApplication.translate(
            "ConceptTexts", "“{text}” – from workshop “{workshop}” ({date}), agenda item {number} “{item}”"
        ).format(
            text=origin.text,
            workshop=origin.workshop_title,
            date=format_date(origin.workshop_date),
            number=origin.agenda_position,
            item=origin.agenda_title,
        )
    return QCoreApplication.translate(
        "ConceptTexts", "“{text}” – from workshop “{workshop}” ({date})"
    ).format(text=origin.text, workshop=origin.workshop_title, date=format_date(origin.workshop_date))


def _event_origin(event_title: str, event_on: dt.date, host: str) -> str:
    if host:
        return QCoreApplication.translate("ConceptTexts", "{event} in {host} ({date})").format(
            event=event_title, host=host, date=format_date(event_on)
        )
    return QCoreApplication.translate("ConceptTexts", "{event} ({date})").format(
        event=event_title, date=format_date(event_on)
    )


def learning_text(learning: LearningOrigin) -> str:
    """„Sprachcafé in der Bibliothek“ – Impuls aus Lernreise Schweden in Malmö, Schweden (04.09.2023)"""
    return QCoreApplication.translate("ConceptTexts", "“{title}” – learning from {origin}").format(
        title=learning.title, origin=_event_origin(learning.event_title, learning.event_on, learning.host)
    )


def learning_choice_text(learning: LearningInfo) -> str:
    return QCoreApplication.translate("ConceptTexts", "{title} — {origin}").format(
        title=learning.title, origin=_event_origin(learning.event_title, learning.event_on, learning.host)
    )


def read_only_text(key: str, version: int) -> str:
    return QCoreApplication.translate(
        "ConceptTexts",
        "This draft uses version {version} of the template “{key}”, which this installation does not "
        "know. It is shown read-only so that nothing is changed by mistake. Please install the current "
        "version of LZZ Desktop.",
    ).format(version=version, key=key)


def _reason(error: TemplateError) -> str:
    detail = error.detail
    if error.problem is TemplateProblem.SYNTAX:
        # The parser's own wording is English; line and column say where.
        return QCoreApplication.translate("ConceptTexts", "the file is not valid JSON")
    if error.problem is TemplateProblem.MISSING_KEY:
        return QCoreApplication.translate("ConceptTexts", "the required entry “{detail}” is missing").format(
            detail=detail
        )
    if error.problem is TemplateProblem.UNKNOWN_FIELD_TYPE:
        return QCoreApplication.translate("ConceptTexts", "the field type “{detail}” is unknown").format(
            detail=detail
        )
    if error.problem is TemplateProblem.DUPLICATE_SECTION:
        return QCoreApplication.translate("ConceptTexts", "the section key “{detail}” is used twice").format(
            detail=detail
        )
    if error.problem is TemplateProblem.DUPLICATE_FIELD:
        return QCoreApplication.translate("ConceptTexts", "the field key “{detail}” is used twice").format(
            detail=detail
        )
    if error.problem is TemplateProblem.DUPLICATE_TEMPLATE:
        return QCoreApplication.translate(
            "ConceptTexts", "another file already defines template {detail}"
        ).format(detail=detail)
    if error.problem is TemplateProblem.CHOICES_MISSING:
        return QCoreApplication.translate(
            "ConceptTexts", "the choice field “{detail}” lists no choices"
        ).format(detail=detail)
    if error.problem is TemplateProblem.WRONG_TYPE:
        return QCoreApplication.translate(
            "ConceptTexts", "the value has the wrong type (expected: {detail})"
        ).format(detail=detail)
    if error.problem is TemplateProblem.UNKNOWN_KEY:
        return QCoreApplication.translate("ConceptTexts", "unknown entry “{detail}”").format(detail=detail)
    if error.problem is TemplateProblem.EMPTY:
        return QCoreApplication.translate("ConceptTexts", "the value must not be empty")
    if error.problem is TemplateProblem.BAD_FORMAT:
        return QCoreApplication.translate("ConceptTexts", "the value “{detail}” is not allowed here").format(
            detail=detail
        )
    if error.problem is TemplateProblem.UNREADABLE:
        return QCoreApplication.translate("ConceptTexts", "the file cannot be read ({detail})").format(
            detail=detail
        )
    return QCoreApplication.translate("ConceptTexts", "invalid content ({detail})").format(detail=detail)


def template_error_text(error: TemplateError) -> str:
    if error.line is not None:
        place = QCoreApplication.translate("ConceptTexts", "line {line}, column {column}").format(
            line=error.line, column=error.column
        )
    else:
        place = error.place
    return QCoreApplication.translate(
        "ConceptTexts",
        "The template file {file} was not loaded ({place}: {reason}). The other templates are available.",
    ).format(file=error.file, place=place, reason=_reason(error))
