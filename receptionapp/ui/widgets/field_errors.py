"""Show validation messages next to their fields: a red outline and a red line of text.

A form registers each field key (as used by the domain validators) with its
input widget and the QLabel under it; ``show`` puts each message in place and
clears the rest, ``focus_first`` moves the cursor to the first bad field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QWidget

ERROR_STYLE = "color: #c62828;"
ERROR_PROPERTY = "invalid"


def _error_style(widget: QWidget) -> str:
    """A red outline that keeps the widget's own decorations (a combo box keeps its arrow)."""
    name = type(widget).__name__
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        return f"{name} {{ border: 1px solid #c62828; border-radius: 2px; padding: 1px 18px 1px 3px; }}"
    return f"{name} {{ border: 1px solid #c62828; }}"


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget | None, QLabel]] = {}
        self._order: list[str] = []

    def register(self, key: str, widget: QWidget | None, label: QLabel) -> None:
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        label.setObjectName(f"error_{key}".replace(".", "_").replace("[", "_").replace("]", ""))
        self._fields[key] = (widget, label)
        self._order.append(key)

    def unregister_prefix(self, prefix: str) -> None:
        for key in [k for k in self._fields if k.startswith(prefix)]:
            del self._fields[key]
            self._order.remove(key)

    def clear(self) -> None:
        self.show({})

    def show(self, errors: dict[str, str]) -> list[str]:
        """Display ``errors``; returns the messages that have no field here."""
        for key, (widget, label) in self._fields.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            if widget is not None:
                widget.setProperty(ERROR_PROPERTY, bool(message))
                widget.setStyleSheet(_error_style(widget) if message else "")
        return [m for k, m in errors.items() if k not in self._fields]

    def keys(self) -> list[str]:
        """The registered field keys, in the order registered (the order ``focus_first`` follows)."""
        return list(self._order)

    def widget(self, key: str) -> QWidget | None:
        entry = self._fields.get(key)
        return entry[0] if entry else None

    def message(self, key: str) -> str:
        entry = self._fields.get(key)
        return entry[1].text() if entry and not entry[1].isHidden() else ""

    def focus_first(self, errors: dict[str, str]) -> None:
        for key in self._order:
            if key in errors:
                widget = self._fields[key][0]
                if widget is not None:
                    widget.setFocus()
                return
