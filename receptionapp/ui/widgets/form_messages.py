"""A long form's messages: each beside its field, the rest in a banner above; kept until fixed.

The registration form checks some fields as they are typed and everything
on saving. The messages stay (``current``) while the clerk fixes something
else, and survive the form registering its fields again when petitioner
blocks come and go. It is also the form's ``ErrorDisplay`` for
``call_service``: a refusal's field messages land here too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from receptionapp.ui.widgets.field_errors import FieldErrors


class FormMessages:
    def __init__(self, banner: QLabel, scroll: QScrollArea) -> None:
        self.banner_label, self.scroll = banner, scroll
        self.fields = FieldErrors()
        self.current: dict[str, str] = {}

    def register(self, fields: list[tuple[str, QWidget, QLabel]]) -> None:
        """The form's fields in reading order (the first bad one gets the cursor); shows what is kept."""
        self.fields = FieldErrors()
        for key, widget, label in fields:
            self.fields.register(key, widget, label)
        self.refresh()

    def show(self, errors: dict[str, str]) -> list[str]:
        """These messages instead of the kept ones; those without a field go to the banner."""
        self.current = dict(errors)
        self.refresh()
        return []

    def refresh(self) -> None:
        self.banner("\n".join(self.fields.show(self.current)))

    def set(self, key: str, message: str) -> None:
        """One field's message ("" clears it)."""
        if message:
            self.current[key] = message
        else:
            self.current.pop(key, None)
        self.refresh()

    def clear(self, key: str) -> None:
        if key in self.current:
            self.set(key, "")

    def drop(self, prefix: str) -> None:
        """Forget the messages of keys starting with ``prefix`` (their fields moved)."""
        self.current = {k: v for k, v in self.current.items() if not k.startswith(prefix)}

    def focus_first(self, errors: dict[str, str]) -> None:
        first = next((self.fields.widget(k) for k in self.fields.keys() if k in errors), None)
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    def banner(self, text: str) -> None:
        self.banner_label.setText(text)
        self.banner_label.setVisible(bool(text))
