"""Reading generated PDFs back for the document tests: text, fonts, images, text positions."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    """Every page's text with all whitespace removed (lines wrap anywhere in Chinese)."""
    return re.sub(r"\s+", "", "".join(page_texts(pdf)))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class FontInfo:
    name: str
    subtype: str
    embedded: bool


def fonts(pdf: bytes) -> list[FontInfo]:
    found = []
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources else None
        if not font_dict:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else DictionaryObject()
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append(FontInfo(str(font.get("/BaseFont")), str(font.get("/Subtype")), embedded))
    return found


def image_count(pdf: bytes, page_index: int) -> int:
    page = reader(pdf).pages[page_index]
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources else None
    if not xobjects:
        return 0
    return sum(1 for ref in xobjects.get_object().values() if ref.get_object().get("/Subtype") == "/Image")


def text_positions(pdf: bytes, page_index: int) -> list[tuple[str, float, float]]:
    """(text, x, y) of each text run on a page, from the text matrix."""
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font_dict: object, font_size: float) -> None:
        if text.strip():
            runs.append((text, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    reader(pdf).pages[page_index].extract_text(visitor_text=visit)
    return runs
