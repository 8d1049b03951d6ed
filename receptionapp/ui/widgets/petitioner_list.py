"""The petitioner blocks of the registration form: one ``PetitionerEditor`` per person, added and removed.

A collective visit lists several people; each block checks its own fields as
the clerk types. The list keeps the blocks in order, numbers them, asks
before a block with something typed in it goes, and passes on what happens
in any block by its position, so the form can show and clear the messages
keyed ``petitioners[i].field``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QBoxLayout, QLabel, QMessageBox, QScrollArea, QWidget

from receptionapp.domain.case import PetitionerInput
from receptionapp.ui.widgets.petitioner_editor import PetitionerEditor

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class PetitionerList(QObject):
    changed = Signal()  # something typed in a block, or a block added or removed
    identity_changed = Signal()  # a name, ID number or phone changed: earlier cases may differ
    edited = Signal(int, str)  # the block's position, the field the clerk changed
    checked = Signal(int, str, str)  # the block's position, the field, its message ("" when fine)
    removed = Signal()  # a block went: the positions after it moved up

    def __init__(self, container: QWidget, layout: QBoxLayout, scroll: QScrollArea) -> None:
        super().__init__(container)
        self.container, self.layout, self.scroll = container, layout, scroll
        self._editors: list[PetitionerEditor] = []

    def editors(self) -> list[PetitionerEditor]:
        return list(self._editors)

    def inputs(self) -> list[PetitionerInput]:
        return [editor.to_input() for editor in self._editors]

    def identities(self) -> list[tuple[str, str, str]]:
        return [editor.identity() for editor in self._editors]

    def position(self, editor: PetitionerEditor) -> int | None:
        return self._editors.index(editor) if editor in self._editors else None

    def load(self, people: list[PetitionerInput]) -> None:
        """One block per person (at least one, empty), replacing every block there was."""
        for editor in self._editors:
            self._drop(editor)
        self._editors = []
        for person in people or [PetitionerInput()]:
            self._add(person)

    def add(self) -> PetitionerEditor:
        """An empty block at the end, with the cursor in its name field."""
        editor = self._add(PetitionerInput())
        editor.ui.name.setFocus()
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(editor))
        return editor

    def arrange(self, letter: bool) -> None:
        """Number the blocks; a letter needs each petitioner's address."""
        for i, editor in enumerate(self._editors):
            editor.set_position(i, removable=len(self._editors) > 1)
            editor.set_address_required(letter)

    def representatives(self) -> int:
        return sum(editor.ui.representative.isChecked() for editor in self._editors)

    def error_fields(self) -> list[tuple[str, QWidget, QLabel]]:
        return [
            (f"petitioners[{i}].{attr}", widget, label)
            for i, editor in enumerate(self._editors)
            for attr, widget, label in editor.error_fields()
        ]

    def focus_chain(self) -> list[QWidget]:
        return [w for editor in self._editors for w in (*editor.focus_chain(), editor.ui.removeButton)]

    def first(self) -> PetitionerEditor:
        return self._editors[0]

    def _add(self, person: PetitionerInput) -> PetitionerEditor:
        editor = PetitionerEditor(self.container)
        editor.load(person)
        self.layout.addWidget(editor)
        # At once rather than on the next event loop pass, so the cursor can go there now.
        editor.show()
        self._editors.append(editor)
        editor.changed.connect(self.changed)
        editor.identity_changed.connect(self.identity_changed)
        editor.edited.connect(lambda attr, e=editor: self._pass_on(self.edited, e, attr))
        editor.field_checked.connect(
            lambda attr, message, e=editor: self._pass_on(self.checked, e, attr, message)
        )
        editor.remove_requested.connect(lambda e=editor: self._remove(e))
        return editor

    def _pass_on(self, signal: SignalInstance, editor: PetitionerEditor, *args: str) -> None:
        position = self.position(editor)
        if position is not None:
            signal.emit(position, *args)

    def _remove(self, editor: PetitionerEditor) -> None:
        if len(self._editors) <= 1 or editor not in self._editors:
            return
        if not editor.is_blank():
            name = editor.ui.name.text().strip() or editor.ui.title.text()
            asked = QMessageBox.question(
                self.container, "移除信访人", f"从登记单移除“{name}”？", YES | NO, NO
            )
            if asked != YES:
                return
        self._editors.remove(editor)
        self._drop(editor)
        self.removed.emit()
        self.identity_changed.emit()
        self.changed.emit()

    def _drop(self, editor: PetitionerEditor) -> None:
        self.layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
