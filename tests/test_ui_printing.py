"""Printing a PDF renders its pages onto the printer; opening saves it under the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from receptionapp.documents.forms import FormDocument, FormRow, render_form
from receptionapp.ui import printing


def sample_pdf() -> bytes:
    return render_form(
        FormDocument(
            title="信访事项交办单",
            bureau="某市教育局",
            number="交办〔2026〕0001号",
            rows=[FormRow("承办单位", "人事处")],
        )
    )


def test_pages_go_to_the_printer(qtbot, tmp_path: Path) -> None:
    document = printing.load_pdf(sample_pdf())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printing.render_pages(document, printer) == document.pageCount() == 1
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_a_broken_file_is_refused(qtbot) -> None:
    with pytest.raises(printing.PdfError):
        printing.load_pdf(b"not a pdf")


def test_open_saves_under_the_data_folder(qtbot, tmp_path: Path, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    path = printing.open_pdf(tmp_path, "交办单 交办〔2026〕0001号", sample_pdf())
    assert path.parent == tmp_path / "printouts" and path.name == "交办单_交办〔2026〕0001号.pdf"
    assert opened == [str(path)] and path.read_bytes().startswith(b"%PDF")
