"""Helpers for driving the GUI in tests as a person would: dialogs, combo boxes, the print menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu

from receptionapp.ui.widgets.case_page import CasePage


def drive(monkeypatch, cls, fill, shown: list | None = None) -> None:
    """Make ``cls.exec`` fill the real dialog as a person would, press OK, and return its result."""

    def fake_exec(self):
        self.show()
        self.activateWindow()
        QApplication.processEvents()
        fill(self)
        self.submit()
        if shown is not None:
            shown.append(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


# An office laser printer's resolution. The app asks Qt for the printer's own (high) resolution, which
# for Qt's PDF printer is 1200 dpi: a page image of half a gigabyte and seconds of drawing for each page.
OFFICE_PRINTER_DPI = 300


def print_to_file(printer: QPrinter, path: Path) -> None:
    """What a person does in the print dialog, here: choose a PDF printer at an office printer's resolution."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(OFFICE_PRINTER_DPI)


def choose(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def choose_from_menu(qtbot, page: CasePage, path: list[str]) -> list[str]:
    """Open the 打印 menu with the mouse, follow ``path`` (menu texts) and trigger the last entry.

    Returns the texts of the menu's entries as they were shown, disabled ones in brackets.
    """
    shown: list[str] = []

    def pick() -> None:
        menu = page.workflow.papers
        shown.extend(a.text() if a.isEnabled() else f"[{a.text()}]" for a in menu.actions() if a.text())
        current: QMenu = menu
        for text in path[:-1]:
            current = next(a.menu() for a in current.actions() if a.text() == text)
        action = next(a for a in current.actions() if a.text() == path[-1])
        menu.close()
        action.trigger()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(page.workflow.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    return shown
