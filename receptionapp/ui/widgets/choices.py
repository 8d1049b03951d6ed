"""Fill a combo box from a reference list again without losing what it shows.

The lists change while windows are open (the admin adds or retires a
category); a form refills its combos and keeps the person's choice, and a
case whose category was retired still shows it (the list offers only the
active entries, so the case's own value is added back).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox


def set_choices(combo: QComboBox, names: Sequence[str], *, keep: str | None = None, lead: int = 0) -> None:
    """Offer ``names`` after the first ``lead`` fixed items (such as "全部"), keeping the current one.

    ``keep`` is shown even when it is not in ``names`` (a retired entry an old case still has).
    The combo's signals are blocked: nothing was chosen by the person.
    """
    current = combo.currentText() if keep is None else keep
    editable = combo.isEditable()
    text = combo.currentText()
    blocker = QSignalBlocker(combo)
    try:
        wanted = list(names)
        if current and current not in wanted and keep is not None:
            wanted.append(current)
        have = [combo.itemText(i) for i in range(lead, combo.count())]
        if have != wanted:
            while combo.count() > lead:
                combo.removeItem(combo.count() - 1)
            for name in wanted:
                combo.addItem(name, name if lead else None)
        index = combo.findText(current) if current else -1
        if index >= 0:
            combo.setCurrentIndex(index)
        elif not editable:
            combo.setCurrentIndex(0 if lead else -1)
        if editable:
            combo.setEditText(text if keep is None else current)
    finally:
        del blocker
