"""Print a PDF through Qt's print dialog, or open it in the system viewer.

The PDF is the record (what was generated and, for letters, signed); paper
is made from that very file: QtPdf renders each page at the printer's
resolution and the pages go to the printer the person chose. ``open_pdf``
writes the file into the data folder's ``printouts/`` and hands it to the
system viewer, so nothing depends on a network or a temp folder being
cleaned.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from receptionapp.services.attachments import write_atomically


class PdfError(Exception):
    """The PDF cannot be read back (never expected for our own files)."""


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PdfError("PDF文件无法读取")
    return document


def render_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page (or the chosen range) on ``printer``; returns how many pages were printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfError("无法开始打印，请检查打印机")
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(last, printer.toPage() - 1)
    printed = 0
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            target = painter.viewport()
            page = document.pagePointSize(index)
            scale = min(target.width() / page.width(), target.height() / page.height())
            size = QSize(int(page.width() * scale), int(page.height() * scale))
            image = document.render(index, size)
            painter.drawImage(QRectF(QPointF(0, 0), QSizeF(size)), image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(data: bytes, title: str, parent: QWidget | None = None) -> int:
    """Ask for a printer and print; returns the pages printed (0 when the person cancelled)."""
    try:
        document = load_pdf(data, parent)
    except PdfError as error:
        QMessageBox.warning(parent, "无法打印", str(error))
        return 0
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"打印：{title}")
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    try:
        return render_pages(document, printer)
    except PdfError as error:
        QMessageBox.warning(parent, "无法打印", str(error))
        return 0


def safe_file_name(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_") or "文件"


def save_printout(folder: Path, title: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/printouts/<title>.pdf`` (atomically, this user's only) and return its path.

    A full or read-only disk is a ``StorageFault``; nothing half-written is left.
    """
    target = folder / "printouts" / f"{safe_file_name(title)}.pdf"
    write_atomically(target, data, what="PDF未保存，未打开")
    return target


def open_pdf(folder: Path, title: str, data: bytes) -> Path:
    """Save the PDF under the data folder and open it in the system's PDF viewer."""
    path = save_printout(folder, title, data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
