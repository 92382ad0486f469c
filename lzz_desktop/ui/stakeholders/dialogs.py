"""Dialogs to create and edit actors (with consent) and relationships. They save through a
callback into the service; a rule the service refuses is shown at the field and nothing is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from lzz_desktop.domain.enums import ActorKind, ConsentStatus, RelationshipKind, Sector
from lzz_desktop.domain.validation import FieldError, ValidationError
from lzz_desktop.labels import actor_kind_label, sector_label
from lzz_desktop.records.stakeholders import (
    ActorData,
    ActorInfo,
    ConsentData,
    RelationshipData,
    RelationshipInfo,
    similar_names,
)
from lzz_desktop.ui.forms.ui_actor_dialog import Ui_ActorDialog
from lzz_desktop.ui.forms.ui_relationship_dialog import Ui_RelationshipDialog
from lzz_desktop.ui.messages import field_error
from lzz_desktop.ui.stakeholders.texts import relationship_kind_label

# A save runs on the database worker: it reports back through ``done`` or ``failed`` (the dialog
# stays open, with the message at the field, when the service refuses a value).
Done = Callable[[], None]
Failed = Callable[[Exception], None]
SaveActor = Callable[[ActorData, ConsentData | None, Done, Failed], None]
SaveRelationship = Callable[[RelationshipData, Done, Failed], None]


def _refused_text(exc: Exception) -> str:
    from lzz_desktop.ui.messages import unexpected_error_text

    if isinstance(exc, ValidationError):
        return "\n".join(field_error(e.field, e.code) for e in exc.errors)
    return unexpected_error_text(exc)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ActorDialog(QDialog):
    def __init__(
        self,
        save: SaveActor,
        actors: list[ActorInfo],
        existing: tuple[ActorInfo, ConsentData] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActorDialog()
        self.ui.setupUi(self)
        self._save = save
        self._existing_id = existing[0].id if existing else None
        self._other_names = [a.name for a in actors if a.id != self._existing_id]
        ui = self.ui
        self.setWindowTitle(self.tr("Edit actor") if existing else self.tr("New actor"))
        for kind in ActorKind:
            ui.kind_combo.addItem(actor_kind_label(kind), kind)
        for sector in Sector:
            ui.sector_combo.addItem(sector_label(sector), sector)
        ui.organisation_combo.addItem(self.tr("(none)"), None)
        for actor in sorted(actors, key=lambda a: a.name.casefold()):
            if actor.kind is not ActorKind.PERSON and actor.id != self._existing_id:
                ui.organisation_combo.addItem(actor.name, actor.id)
        for status, text in (
            (ConsentStatus.NONE, self.tr("not asked / none")),
            (ConsentStatus.GIVEN, self.tr("given")),
            (ConsentStatus.WITHDRAWN, self.tr("withdrawn")),
        ):
            ui.consent_combo.addItem(text, status)
        today = _qdate(dt.date.today())
        ui.given_on_edit.setDate(today)
        ui.withdrawn_on_edit.setDate(today)
        ui.review_on_edit.setDate(today.addYears(1))
        # The review date follows the date of consent (a year later) until the user picks one.
        self._review_chosen = False
        ui.review_on_edit.editingFinished.connect(self._review_was_chosen)
        ui.given_on_edit.dateChanged.connect(self._follow_given_on)
        ui.influence_spin.setValue(2)
        ui.interest_spin.setValue(2)
        self._errors = (
            ui.name_error,
            ui.organisation_error,
            ui.values_error,
            ui.contact_error,
            ui.consent_error,
        )
        for label in (*self._errors, ui.similar_label):
            _show(label, "")
        if existing is not None:
            self._fill(*existing)
        ui.kind_combo.currentIndexChanged.connect(self._update_consent_state)
        ui.consent_combo.currentIndexChanged.connect(self._update_consent_state)
        ui.name_edit.textChanged.connect(self._check_similar)
        ui.button_box.accepted.connect(self._try_accept)
        ui.button_box.rejected.connect(self.reject)
        self._update_consent_state()

    def _fill(self, actor: ActorInfo, consent: ConsentData) -> None:
        ui = self.ui
        ui.name_edit.setText(actor.name)
        _select(ui.kind_combo, actor.kind)
        _select(ui.sector_combo, actor.sector)
        ui.role_edit.setText(actor.role)
        _select(ui.organisation_combo, actor.organisation_id)
        ui.influence_spin.setValue(actor.influence)
        ui.attitude_spin.setValue(actor.attitude)
        ui.interest_spin.setValue(actor.interest)
        ui.tags_edit.setText(actor.tags)
        ui.notes_edit.setPlainText(actor.notes)
        ui.email_edit.setText(actor.email)
        ui.phone_edit.setText(actor.phone)
        ui.address_edit.setText(actor.address)
        _select(ui.consent_combo, consent.status)
        if consent.given_on:
            ui.given_on_edit.setDate(_qdate(consent.given_on))
        if consent.withdrawn_on:
            ui.withdrawn_on_edit.setDate(_qdate(consent.withdrawn_on))
        if consent.review_on:
            ui.review_on_edit.setDate(_qdate(consent.review_on))
            self._review_chosen = True
        ui.method_edit.setText(consent.method)
        ui.scope_edit.setText(consent.scope)

    @property
    def is_person(self) -> bool:
        return self._kind() is ActorKind.PERSON

    # QComboBox hands back the enums' string values; these turn them into enums again.
    def _kind(self) -> ActorKind:
        return ActorKind(self.ui.kind_combo.currentData())

    def _consent_status(self) -> ConsentStatus:
        return ConsentStatus(self.ui.consent_combo.currentData())

    def _update_consent_state(self) -> None:
        """Contact fields of a person can only be filled while consent is given; choosing
        anything else empties them (as the service does when saving)."""
        ui = self.ui
        status = self._consent_status()
        ui.consent_group.setVisible(self.is_person)
        contact_allowed = not self.is_person or status is ConsentStatus.GIVEN
        for edit in (ui.email_edit, ui.phone_edit, ui.address_edit):
            edit.setEnabled(contact_allowed)
            if not contact_allowed:
                edit.clear()
        _show(
            ui.contact_hint,
            ""
            if contact_allowed
            else self.tr(
                "Contact data of a person can only be entered once their consent is recorded as given."
            ),
        )
        ui.given_on_edit.setEnabled(status is ConsentStatus.GIVEN)
        ui.method_edit.setEnabled(status is ConsentStatus.GIVEN)
        ui.scope_edit.setEnabled(status is ConsentStatus.GIVEN)
        ui.withdrawn_on_edit.setEnabled(status is ConsentStatus.WITHDRAWN)
        ui.review_on_edit.setEnabled(status is ConsentStatus.GIVEN)

    def _review_was_chosen(self) -> None:
        self._review_chosen = True

    def _follow_given_on(self) -> None:
        if not self._review_chosen:
            self.ui.review_on_edit.setDate(self.ui.given_on_edit.date().addYears(1))

    def _check_similar(self, text: str) -> None:
        names = similar_names(text, self._other_names) if self._existing_id is None else []
        _show(
            self.ui.similar_label,
            self.tr("Did you mean {names}? This actor may exist already.").format(
                names=", ".join(f"„{n}“" for n in names[:3])
            )
            if names
            else "",
        )

    def actor_data(self) -> ActorData:
        ui = self.ui
        return ActorData(
            name=ui.name_edit.text().strip(),
            kind=self._kind(),
            sector=Sector(ui.sector_combo.currentData()),
            role=ui.role_edit.text().strip(),
            organisation_id=ui.organisation_combo.currentData(),
            email=ui.email_edit.text().strip(),
            phone=ui.phone_edit.text().strip(),
            address=ui.address_edit.text().strip(),
            influence=ui.influence_spin.value(),
            attitude=ui.attitude_spin.value(),
            interest=ui.interest_spin.value(),
            tags=ui.tags_edit.text().strip(),
            notes=ui.notes_edit.toPlainText().strip(),
        )

    def consent_data(self) -> ConsentData | None:
        if not self.is_person:
            return None
        ui = self.ui
        status = self._consent_status()
        given = status is ConsentStatus.GIVEN
        return ConsentData(
            status=status,
            given_on=_date(ui.given_on_edit.date()) if given else None,
            method=ui.method_edit.text().strip() if given else "",
            scope=ui.scope_edit.text().strip() if given else "",
            withdrawn_on=_date(ui.withdrawn_on_edit.date()) if status is ConsentStatus.WITHDRAWN else None,
            review_on=_date(ui.review_on_edit.date()) if given else None,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        ui = self.ui
        target = {
            "name": ui.name_error,
            "organisation_id": ui.organisation_error,
            "influence": ui.values_error,
            "attitude": ui.values_error,
            "interest": ui.values_error,
            "email": ui.contact_error,
            "given_on": ui.consent_error,
        }
        for label in self._errors:
            _show(label, "")
        for error in errors:
            label = target.get(error.field, ui.name_error)
            _show(label, field_error(error.field, error.code))

    def _try_accept(self) -> None:
        self.ui.button_box.setEnabled(False)  # one save at a time

        def failed(exc: Exception) -> None:
            self.ui.button_box.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_errors(exc.errors)
            else:
                _show(self.ui.name_error, _refused_text(exc))

        self._save(self.actor_data(), self.consent_data(), self.accept, failed)


class RelationshipDialog(QDialog):
    def __init__(
        self,
        save: SaveRelationship,
        actors: list[ActorInfo],
        existing: RelationshipInfo | None = None,
        source_id: str | None = None,
        target_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RelationshipDialog()
        self.ui.setupUi(self)
        self._save = save
        ui = self.ui
        self.setWindowTitle(self.tr("Edit relationship") if existing else self.tr("New relationship"))
        for actor in sorted(actors, key=lambda a: a.name.casefold()):
            ui.source_combo.addItem(actor.name, actor.id)
            ui.target_combo.addItem(actor.name, actor.id)
        for kind in RelationshipKind:
            ui.kind_combo.addItem(relationship_kind_label(kind), kind)
        ui.strength_spin.setValue(2)
        _show(ui.target_error, "")
        if existing is not None:
            source_id, target_id = existing.source_id, existing.target_id
            _select(ui.kind_combo, existing.kind)
            ui.strength_spin.setValue(existing.strength)
            ui.directed_check.setChecked(existing.directed)
            ui.note_edit.setText(existing.note)
        if source_id:
            _select(ui.source_combo, source_id)
        if target_id:
            _select(ui.target_combo, target_id)
        elif ui.target_combo.count() > 1:
            ui.target_combo.setCurrentIndex(1)
        ui.button_box.accepted.connect(self._try_accept)
        ui.button_box.rejected.connect(self.reject)

    def relationship_data(self) -> RelationshipData:
        ui = self.ui
        return RelationshipData(
            source_id=ui.source_combo.currentData(),
            target_id=ui.target_combo.currentData(),
            kind=RelationshipKind(ui.kind_combo.currentData()),
            strength=ui.strength_spin.value(),
            directed=ui.directed_check.isChecked(),
            note=ui.note_edit.text().strip(),
        )

    def _try_accept(self) -> None:
        self.ui.button_box.setEnabled(False)  # one save at a time

        def failed(exc: Exception) -> None:
            self.ui.button_box.setEnabled(True)
            _show(self.ui.target_error, _refused_text(exc))

        self._save(self.relationship_data(), self.accept, failed)
