"""One petitioner's block on the registration form: name, ID number, phone, address, relation.

The block knows nothing of the database. It reports edits (``changed``),
edits that may identify a known person (``identity_changed``, for the
history lookup) and the result of checking one field when the clerk leaves
it (``field_checked``, with an empty message when the field is fine). A valid
ID number fills in the gender while it is still unknown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.validation import (
    gender_of,
    normalize,
    normalize_id_number,
    normalize_phone,
    validate_id_number,
    validate_name,
    validate_phone,
)
from receptionapp.ui.forms.ui_petitioner_editor import Ui_PetitionerEditor

REQUIRED_MARK = ' <span style="color:#c62828;">*</span>'
GENDER_ORDER = (Gender.UNKNOWN, Gender.MALE, Gender.FEMALE)

# The attributes of PetitionerInput that have an error line under their field.
CHECKED_FIELDS = ("name", "id_number", "phone", "address")


class PetitionerEditor(QFrame):
    changed = Signal()
    identity_changed = Signal()
    # (attribute, message): the message is "" when the field is now acceptable.
    field_checked = Signal(str, str)
    edited = Signal(str)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PetitionerEditor()
        self.ui.setupUi(self)
        # Item data comes back from Qt as a plain str: to_input turns it into the enum again.
        for gender in GENDER_ORDER:
            self.ui.gender.addItem(gender.label, gender.value)
        for relation in Relation:
            self.ui.relation.addItem(relation.label, relation.value)
        self.ui.relation.setCurrentIndex(self.ui.relation.findData(Relation.OTHER))

        ui = self.ui
        for attr, line in (("name", ui.name), ("id_number", ui.idNumber), ("phone", ui.phone)):
            line.textChanged.connect(lambda _text, a=attr: self._identity_edited(a))
        ui.address.textChanged.connect(lambda _text: self._edited("address"))
        ui.idNumber.textChanged.connect(self._fill_gender)
        ui.idNumber.editingFinished.connect(self.check_id_number)
        ui.phone.editingFinished.connect(self.check_phone)
        ui.name.editingFinished.connect(self._check_name_if_typed)
        ui.gender.currentIndexChanged.connect(lambda _i: self.changed.emit())
        ui.relation.currentIndexChanged.connect(lambda _i: self.changed.emit())
        ui.representative.toggled.connect(lambda _on: self._edited("is_representative"))
        ui.removeButton.clicked.connect(self.remove_requested)

    # ------------------------------------------------------------ data

    def to_input(self) -> PetitionerInput:
        return PetitionerInput(
            name=self.ui.name.text(),
            gender=Gender(self.ui.gender.currentData() or Gender.UNKNOWN),
            id_number=self.ui.idNumber.text(),
            phone=self.ui.phone.text(),
            address=self.ui.address.text(),
            relation=Relation(self.ui.relation.currentData() or Relation.OTHER),
            is_representative=self.ui.representative.isChecked(),
        )

    def load(self, person: PetitionerInput) -> None:
        self.ui.name.setText(person.name)
        # Gender before the ID number: an unknown gender is then read from a valid ID number.
        self.ui.gender.setCurrentIndex(max(0, self.ui.gender.findData(Gender(person.gender).value)))
        self.ui.idNumber.setText(person.id_number)
        self.ui.phone.setText(person.phone)
        self.ui.address.setText(person.address)
        self.ui.relation.setCurrentIndex(max(0, self.ui.relation.findData(Relation(person.relation).value)))
        self.ui.representative.setChecked(person.is_representative)

    def is_blank(self) -> bool:
        p = self.to_input()
        return not any(normalize(v) for v in (p.name, p.id_number, p.phone, p.address))

    def identity(self) -> tuple[str, str, str]:
        """(ID number, name, phone), normalised: what finds this person's earlier cases."""
        return (
            normalize_id_number(self.ui.idNumber.text()),
            normalize(self.ui.name.text()),
            normalize_phone(self.ui.phone.text()),
        )

    # ------------------------------------------------------------ presentation

    def set_position(self, index: int, removable: bool) -> None:
        self.ui.title.setText(f"信访人 {index + 1}")
        self.ui.removeButton.setEnabled(removable)

    def set_address_required(self, required: bool) -> None:
        """Letters are answered in writing: the address is required then."""
        self.ui.addressLabel.setText("通讯地址" + (REQUIRED_MARK if required else ""))

    def error_fields(self) -> list[tuple[str, QWidget, QLabel]]:
        """(attribute, input widget, error label) in the order they appear."""
        ui = self.ui
        return [
            ("name", ui.name, ui.nameError),
            ("id_number", ui.idNumber, ui.idNumberError),
            ("phone", ui.phone, ui.phoneError),
            ("address", ui.address, ui.addressError),
        ]

    def focus_chain(self) -> list[QWidget]:
        ui = self.ui
        return [ui.name, ui.idNumber, ui.phone, ui.gender, ui.address, ui.relation, ui.representative]

    # ------------------------------------------------------------ checks

    def check_id_number(self) -> str | None:
        message = validate_id_number(self.ui.idNumber.text())
        if message is None:
            value = normalize_id_number(self.ui.idNumber.text())
            if value and value != self.ui.idNumber.text():
                # Full-width digits, spaces or a small x become the canonical form.
                self.ui.idNumber.setText(value)
        self.field_checked.emit("id_number", message or "")
        return message

    def check_phone(self) -> str | None:
        message = validate_phone(self.ui.phone.text())
        self.field_checked.emit("phone", message or "")
        return message

    def _check_name_if_typed(self) -> None:
        # An empty name is reported on save, not while the clerk tabs through.
        if self.ui.name.text():
            self.field_checked.emit("name", validate_name(self.ui.name.text()) or "")

    def _fill_gender(self, text: str) -> None:
        value = normalize_id_number(text)
        if len(value) != 18 or validate_id_number(value) is not None:
            return
        if self.ui.gender.currentData() in (None, Gender.UNKNOWN):
            self.ui.gender.setCurrentIndex(self.ui.gender.findData(gender_of(value)))

    def _identity_edited(self, attr: str) -> None:
        self._edited(attr)
        self.identity_changed.emit()

    def _edited(self, attr: str) -> None:
        self.edited.emit(attr)
        self.changed.emit()
