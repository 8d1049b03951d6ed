"""A PDF shown in a dialog: QtPdf's view fitted to the width, or a message where the PDF cannot be made.

A wait cursor (``busy``) covers the moment a letter renders or signs. Used by the letter editor (the draft with its 草稿 watermark) and the approval
dialog (the letter as it will be signed). The document keeps the bytes it was
given; showing a new PDF replaces it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QLabel, QStackedLayout, QWidget

from receptionapp.ui.printing import PdfError, load_pdf


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; padding: 12px;")
        self.layout_ = QStackedLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.view)
        self.layout_.addWidget(self.message)
        self.document: QPdfDocument | None = None
        self.data = b""

    def show_pdf(self, data: bytes) -> None:
        try:
            document = load_pdf(data, self)
        except PdfError as error:
            self.show_message(str(error))
            return
        old, self.document, self.data = self.document, document, data
        self.view.setDocument(document)
        self.layout_.setCurrentWidget(self.view)
        if old is not None:
            old.deleteLater()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.layout_.setCurrentWidget(self.message)

    @property
    def page_count(self) -> int:
        return (
            self.document.pageCount()
            if self.document is not None and self.layout_.currentWidget() is self.view
            else 0
        )


def host(container: QWidget) -> PdfPreview:
    """Put a PdfPreview into a placeholder widget of a Designer form."""
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    preview = PdfPreview(container)
    layout.addWidget(preview)
    return preview


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a letter renders or signs (a fraction of a second to a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
