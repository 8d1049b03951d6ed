"""Letters and notices in the GB/T 9704-2012 layout (信访事项答复意见书, 受理/不予受理告知单, 转送/延期告知).

The page is A4 with the text block 156 × 225 mm placed 37 mm from the top and
28 mm from the left, on a grid of 22 lines of 28 characters: the line pitch is
225 mm / 22 and the character pitch 156 mm / 28, so a full line of 3号 (16 pt)
仿宋 is exactly 28 characters (reportlab's character spacing takes the 0.2 pt
difference). The title is 2号 小标宋, centred, broken into balanced lines; the
document number sits right under it; the addressee starts flush left one line
lower; paragraphs are indented two characters and justified. The signature
block follows the standard for sealed documents: the date right-aligned four
characters in, the issuer centred over it, the seal centred over both with its
top within one line of the body; a document without a seal image uses the
unsealed arrangement (issuer two characters in, date two characters right of
it). The signature block never stands alone on a page: it takes at least two
body lines with it. A draft prints a diagonal 草稿 and never the seal or the
signature, but keeps their room, so approval does not move a line.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol, cast

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDocument, PDFImageXObject, PDFObject, PDFObjectReference
from reportlab.pdfgen.canvas import Canvas

from receptionapp.documents.blocks import Block, Heading1, Heading2, Paragraph, block_kind
from receptionapp.documents.fonts import RENDER_LOCK, FontFile, FontSet, Role, clean_text, default_font_set
from receptionapp.documents.page import (
    TextBlock,
    draw_draft_watermark,
    draw_footer_note,
    draw_page_number,
    draw_runs,
    new_canvas,
    runs_width,
    y_from_top,
)
from receptionapp.documents.textflow import Line, balanced_lines, break_lines
from receptionapp.documents.verification import verification_code

BLOCK = TextBlock(left=28 * mm, top=37 * mm, width=156 * mm, height=225 * mm)
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
LINE_PITCH = BLOCK.height / LINES_PER_PAGE
CHAR_PITCH = BLOCK.width / CHARS_PER_LINE
BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
COPY_SIZE = 14.0  # 4号, the 抄送 line of the 版记
TRACKING = CHAR_PITCH - BODY_SIZE
SEAL_DIAMETER = 42 * mm
SIGNATURE_HEIGHT = 1.5 * LINE_PITCH
KEEP_WITH_SIGNATURE = 2  # body lines that go with the signature block to a new page
ASCENT = 0.88  # of the size: baseline below the top of a CJK em box

HEADING_ROLES = {Paragraph: Role.FANGSONG, Heading1: Role.HEITI, Heading2: Role.KAITI}


@dataclass(frozen=True)
class OfficialDocument:
    """A letter or notice to print (公文格式文书).

    A line break in ``title`` makes the title turn there. ``doc_number`` is the
    发文字号 (``某教信复〔2026〕12号``); a draft may carry a placeholder such as
    ``某教信复〔2026〕  号`` so the lines do not move when the number is given.
    ``addressee`` ends with its colon (``张三：``). The seal and the signature
    images print only when ``draft`` is false.
    """

    title: str
    issuer: str
    date: dt.date
    blocks: Sequence[Block]
    doc_number: str | None = None
    addressee: str | None = None
    seal_image: Path | None = None
    signature_image: Path | None = None
    draft: bool = True
    verification_code: str | None = None
    copy_note: str | None = None


def chinese_date(date: dt.date) -> str:
    """GB/T 9704 date: Arabic numerals, no leading zeros (2026年8月1日)."""
    return f"{date.year}年{date.month}月{date.day}日"


def content_text(doc: OfficialDocument) -> str:
    """The canonical text of a document: what its verification code fingerprints."""
    parts = [
        "OFFICIAL",
        doc.title,
        doc.doc_number or "",
        doc.addressee or "",
        *(f"{block_kind(b)}:{b.text}" for b in doc.blocks),
        doc.issuer,
        doc.date.isoformat(),
        doc.copy_note or "",
    ]
    return "\n".join(clean_text(p) for p in parts)


def compute_verification_code(doc: OfficialDocument) -> str:
    return verification_code(content_text(doc))


@dataclass
class Slot:
    """One grid line of the letter: what it prints and whether it must stay with the next line."""

    runs: list[tuple[FontFile, str]] = field(default_factory=list)
    x: float = 0.0
    size: float = BODY_SIZE
    char_space: float = 0.0
    keep_with_next: bool = False
    tag: str = ""


@dataclass
class SignaturePlacement:
    """Where the seal and the signature image go, relative to the issuer line."""

    seal_centre_x: float
    signature_right_x: float


def _text_slots(
    lines: Sequence[Line], x_first: float, x_rest: float, size: float, tracking: float
) -> list[Slot]:
    return [
        Slot(line.runs(), x_first if i == 0 else x_rest, size, line.char_space(tracking))
        for i, line in enumerate(lines)
    ]


def _title_slots(title: str, fonts: FontSet) -> list[Slot]:
    """The title centred, in as few lines as fit, balanced so no line is much shorter.

    A line break typed in the title is kept: the office chooses where a long title
    turns when the automatic break would split a word (词意完整).
    """
    lines = [
        line
        for part in title.replace("\r\n", "\n").split("\n")
        if part.strip()
        for line in balanced_lines(part, fonts, Role.XIAOBIAOSONG, TITLE_SIZE, BLOCK.width)
    ]
    slots = []
    for line in lines:
        x = BLOCK.left + (BLOCK.width - line.natural_width) / 2
        slots.append(Slot(line.runs(), x, TITLE_SIZE, 0.0))
    return slots


def _single_line(
    text: str, fonts: FontSet, role: Role, size: float
) -> tuple[list[tuple[FontFile, str]], float]:
    runs = fonts.runs(clean_text(text).strip(), role)
    return runs, runs_width(runs, size, TRACKING)


def _signature_slots(doc: OfficialDocument, fonts: FontSet) -> tuple[list[Slot], SignaturePlacement]:
    issuer_runs, issuer_width = _single_line(doc.issuer, fonts, Role.FANGSONG, BODY_SIZE)
    date_runs, date_width = _single_line(chinese_date(doc.date), fonts, Role.FANGSONG, BODY_SIZE)
    if doc.seal_image is not None:
        # 成文日期右空四字; 发文机关署名以成文日期为准居中; two lines of room for the seal
        date_x = BLOCK.right - 4 * CHAR_PITCH - date_width
        centre = date_x + date_width / 2
        issuer_x = min(centre - issuer_width / 2, BLOCK.right - issuer_width)
        blanks = 2
    else:
        # 不加盖印章: 署名右空二字, 日期首字比署名首字右移二字
        issuer_x = BLOCK.right - 2 * CHAR_PITCH - issuer_width
        date_x = issuer_x + 2 * CHAR_PITCH
        if date_x + date_width > BLOCK.right - 2 * CHAR_PITCH:
            date_x = BLOCK.right - 2 * CHAR_PITCH - date_width
            issuer_x = date_x - 2 * CHAR_PITCH
        centre = date_x + date_width / 2
        blanks = 1
    slots = [Slot(keep_with_next=True) for _ in range(blanks)]
    slots.append(Slot(issuer_runs, issuer_x, BODY_SIZE, TRACKING, keep_with_next=True, tag="issuer"))
    slots.append(Slot(date_runs, date_x, BODY_SIZE, TRACKING, tag="date"))
    placement = SignaturePlacement(centre, min(issuer_x, centre - SEAL_DIAMETER / 2) - 2 * mm)
    return slots, placement


def build_slots(doc: OfficialDocument, fonts: FontSet) -> tuple[list[Slot], SignaturePlacement]:
    """Lay the whole document out as grid lines, before it is cut into pages."""
    slots = _title_slots(doc.title, fonts)
    if doc.doc_number:
        runs, width = _single_line(doc.doc_number, fonts, Role.FANGSONG, BODY_SIZE)
        slots.append(Slot(runs, BLOCK.right - width, BODY_SIZE, TRACKING))
    slots.append(Slot())
    if doc.addressee:
        lines = break_lines(doc.addressee, fonts, Role.FANGSONG, BODY_SIZE, BLOCK.width, tracking=TRACKING)
        slots += _text_slots(lines, BLOCK.left, BLOCK.left, BODY_SIZE, TRACKING)
    indent = 2 * CHAR_PITCH
    for block in doc.blocks:
        role = HEADING_ROLES[type(block)]
        lines = break_lines(
            block.text, fonts, role, BODY_SIZE, BLOCK.width, BLOCK.width - indent, tracking=TRACKING
        )
        block_slots = _text_slots(lines, BLOCK.left + indent, BLOCK.left, BODY_SIZE, TRACKING)
        if not isinstance(block, Paragraph):
            for slot in block_slots:
                slot.keep_with_next = True
        slots += block_slots
    body = [s for s in slots if s.runs]
    for slot in body[-KEEP_WITH_SIGNATURE:]:
        slot.keep_with_next = True
    signature, placement = _signature_slots(doc, fonts)
    return slots + signature, placement


def paginate(slots: Sequence[Slot], per_page: int = LINES_PER_PAGE) -> list[list[Slot]]:
    """Cut grid lines into pages, never between a line and the next one it keeps with."""
    pages: list[list[Slot]] = []
    start = 0
    while start < len(slots):
        while pages and start < len(slots) and not slots[start].runs and not slots[start].keep_with_next:
            start += 1  # a page does not begin with an empty line
        if start >= len(slots):
            break
        end = min(start + per_page, len(slots))
        if end < len(slots):
            cut = end
            while cut > start + 1 and slots[cut - 1].keep_with_next:
                cut -= 1
            end = cut if cut > start + 1 else end  # a chain longer than a page breaks where it must
        pages.append(list(slots[start:end]))
        start = end
    return pages


def _copy_note_slots(note: str, fonts: FontSet) -> list[Slot]:
    """抄送 in 4号 仿宋, one character in on both sides; wrapped lines align after the colon."""
    label = "抄送："
    label_width = runs_width(fonts.runs(label, Role.FANGSONG), COPY_SIZE)
    text = clean_text(note).strip()
    if not text.endswith("。"):
        text += "。"
    width = BLOCK.width - 2 * COPY_SIZE
    lines = break_lines(label + text, fonts, Role.FANGSONG, COPY_SIZE, width - label_width, width)
    x = BLOCK.left + COPY_SIZE
    return _text_slots(lines, x, x + label_width, COPY_SIZE, 0.0)


def _baseline(index: int, size: float) -> float:
    return BLOCK.top + index * LINE_PITCH + (LINE_PITCH - size) / 2 + ASCENT * size


@cache
def _image(path: Path, modified: float) -> ImageReader:
    """Decoded once per file version: the seal is the same on every letter."""
    return ImageReader(str(path))


@cache
def _image_object(path: Path, modified: float) -> PDFImageXObject:
    """The image compressed once per file version, with its transparency as a soft mask.

    ``Canvas.drawImage`` hashes and zlib-compresses the pixels again on every
    letter (about 17 ms for a 600 px seal, a third of a letter); the finished
    stream is the same each time, so each letter gets a copy of this one.
    """
    name = "img" + hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    return PDFImageXObject(name, _image(path, modified), mask="auto")


class _CanvasInternals(Protocol):
    """The private state of reportlab's Canvas that ``_draw_image`` uses (types-reportlab leaves it out)."""

    _doc: PDFDocument
    _code: list[str]
    _formsinuse: list[str]
    _currentPageHasImages: int

    def _setXObjects(self, thing: PDFObject) -> None: ...


def _draw_image(canvas: Canvas, path: Path, x: float, top: float, width: float, height: float) -> None:
    # What Canvas.drawImage does once it has the image object (reportlab 4), minus rebuilding it.
    template = _image_object(path, path.stat().st_mtime)
    internals = cast(_CanvasInternals, canvas)
    document = internals._doc
    registered = document.getXObjectName(template.name)
    if document.idToObject.get(registered) is None:
        image = copy.copy(template)
        smask = image.__dict__.pop("_smask", None)
        internals._setXObjects(image)
        document.Reference(image, registered)
        document.addForm(template.name, image)
        if smask is not None:
            mask_name = document.getXObjectName(smask.name)
            if document.idToObject.get(mask_name) is None:
                smask = copy.copy(smask)
                internals._setXObjects(smask)
                mask = document.Reference(smask, mask_name)
            else:
                mask = PDFObjectReference(mask_name)
            # reportlab writes the soft mask from this attribute, which types-reportlab does not declare.
            image.smask = mask  # type: ignore[attr-defined]
    internals._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y_from_top(top + height))
    canvas.scale(width, height)
    internals._code.append(f"/{registered} Do")
    canvas.restoreState()
    internals._formsinuse.append(template.name)


def _draw_signature(
    canvas: Canvas, doc: OfficialDocument, issuer_index: int, placement: SignaturePlacement
) -> None:
    if doc.signature_image is not None:
        reader = _image(doc.signature_image, doc.signature_image.stat().st_mtime)
        image_width, image_height = reader.getSize()
        height = SIGNATURE_HEIGHT
        width = height * image_width / image_height
        bottom = _baseline(issuer_index + 1, BODY_SIZE)
        _draw_image(
            canvas, doc.signature_image, placement.signature_right_x - width, bottom - height, width, height
        )
    if doc.seal_image is not None:
        # 署名和日期居印章中心偏下, 印章顶端上距正文一行之内: with two empty lines above the
        # issuer, a centre 0.3 line below the issuer line's top does both
        centre_top = BLOCK.top + (issuer_index + 0.3) * LINE_PITCH
        x = placement.seal_centre_x - SEAL_DIAMETER / 2
        _draw_image(canvas, doc.seal_image, x, centre_top - SEAL_DIAMETER / 2, SEAL_DIAMETER, SEAL_DIAMETER)


def _draw_copy_note(canvas: Canvas, slots: Sequence[Slot]) -> None:
    first = LINES_PER_PAGE - len(slots)
    canvas.saveState()
    canvas.setLineWidth(0.35 * mm)
    for top in (BLOCK.top + first * LINE_PITCH, BLOCK.bottom):
        canvas.line(BLOCK.left, y_from_top(top), BLOCK.right, y_from_top(top))
    canvas.restoreState()
    for offset, slot in enumerate(slots):
        draw_runs(canvas, slot.x, _baseline(first + offset, slot.size), slot.runs, slot.size, slot.char_space)


def render_official(doc: OfficialDocument, fonts: FontSet | None = None) -> bytes:
    """The document as PDF bytes; raises MissingGlyphs when a character cannot be printed."""
    fonts = fonts or default_font_set()
    with RENDER_LOCK:
        slots, placement = build_slots(doc, fonts)
        pages = paginate(slots)
        copy_slots = _copy_note_slots(doc.copy_note, fonts) if doc.copy_note else []
        if copy_slots and len(pages[-1]) + len(copy_slots) > LINES_PER_PAGE:
            pages.append([])
        code = doc.verification_code
        footer = f"核验码 {code}" if code else None
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, fonts, doc.title, doc.issuer, doc.date)
        for number, page in enumerate(pages, start=1):
            if doc.draft:
                draw_draft_watermark(canvas, fonts)
            for index, slot in enumerate(page):
                if slot.runs:
                    draw_runs(
                        canvas, slot.x, _baseline(index, slot.size), slot.runs, slot.size, slot.char_space
                    )
            issuer = next((i for i, slot in enumerate(page) if slot.tag == "issuer"), None)
            if issuer is not None and not doc.draft:
                _draw_signature(canvas, doc, issuer, placement)  # the seal's ink lies over the text
            if copy_slots and number == len(pages):
                _draw_copy_note(canvas, copy_slots)
            draw_page_number(canvas, fonts, number, BLOCK)
            if footer:
                draw_footer_note(canvas, fonts, footer, number, BLOCK)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()
