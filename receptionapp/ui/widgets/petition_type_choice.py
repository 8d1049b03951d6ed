"""The 信访类型 choice, shared by the registration form, the case page and the register filter.

A combo box holds the three types of 《信访工作条例》 with their value as item
data; a label beside it explains the chosen one, so a clerk picks 检举控告
knowingly (it makes the case confidential).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from receptionapp.domain.petition_types import DEFAULT_PETITION_TYPE, PetitionType


def fill(combo: QComboBox, *, any_label: str | None = None) -> None:
    """The three types (and, for a filter, an "any" entry first with no data)."""
    combo.clear()
    if any_label is not None:
        combo.addItem(any_label, None)
    for kind in PetitionType:
        combo.addItem(kind.label, kind.value)
        combo.setItemData(combo.count() - 1, kind.explanation, Qt.ItemDataRole.ToolTipRole)


def select(combo: QComboBox, kind: PetitionType | str | None) -> None:
    index = combo.findData(PetitionType(kind).value if kind else None)
    combo.setCurrentIndex(max(0, index))


def current(combo: QComboBox) -> PetitionType | None:
    value = combo.currentData()
    return PetitionType(value) if value else None


def chosen(combo: QComboBox) -> PetitionType:
    """The chosen type of a form (never empty: the default if nothing is chosen)."""
    return current(combo) or DEFAULT_PETITION_TYPE


def explain(label: QLabel, kind: PetitionType | None) -> None:
    """The short explanation beside the choice; a report is flagged as confidential."""
    if kind is None:
        label.setText("")
        return
    label.setText(kind.explanation)
    label.setStyleSheet("color: #c62828;" if kind.confidential_by_default else "color: #666;")
