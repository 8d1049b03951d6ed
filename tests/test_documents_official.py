"""The GB/T 9704 letter layout, read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from receptionapp.documents.blocks import Heading1, Paragraph
from receptionapp.documents.fonts import FontSet, MissingGlyphs, bundled_font_set
from receptionapp.documents.official import (
    BLOCK,
    CHAR_PITCH,
    LINE_PITCH,
    LINES_PER_PAGE,
    OfficialDocument,
    build_slots,
    chinese_date,
    paginate,
    render_official,
)
from receptionapp.documents.page import PAGE_HEIGHT, PAGE_WIDTH
from receptionapp.documents.samples import reply_letter
from receptionapp.documents.textflow import break_lines
from receptionapp.resources import resource
from tests.pdfcheck import all_text, fonts, image_count, page_texts, reader, squeeze, text_positions

RARE = "王𠇔、李䶮、张喆、赵堃"


@pytest.fixture(scope="module")
def font_set() -> FontSet:
    return bundled_font_set()


@pytest.fixture(scope="module")
def final_pdf(font_set: FontSet) -> bytes:
    return render_official(reply_letter(), font_set)


@pytest.fixture(scope="module")
def draft_pdf(font_set: FontSet) -> bytes:
    return render_official(reply_letter(draft=True), font_set)


def letter(*texts: str, **changes: object) -> OfficialDocument:
    doc = OfficialDocument(
        title="关于王𠇔信访事项的答复意见",
        issuer="示例市教育局",
        date=dt.date(2026, 8, 1),
        blocks=[Paragraph(t) for t in texts],
        addressee="王𠇔：",
        seal_image=resource("seals", "demo-seal.png"),
        draft=False,
    )
    return dataclasses.replace(doc, **changes)


def test_page_is_a4(final_pdf: bytes) -> None:
    for page in reader(final_pdf).pages:
        assert float(page.mediabox.width) == pytest.approx(PAGE_WIDTH, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(PAGE_HEIGHT, abs=0.1)
        assert PAGE_WIDTH == pytest.approx(595.28, abs=0.01)


def test_every_character_extracts_including_rare_names(font_set: FontSet) -> None:
    text = f"经查，{RARE}同学家长反映的情况属实，已退还费用184,500元（每生300元）。"
    pdf = render_official(letter(text), font_set)
    extracted = all_text(pdf)
    assert squeeze(text) in extracted
    assert "王𠇔：" in extracted
    assert "关于王𠇔信访事项的答复意见" in extracted
    assert "2026年8月1日" in extracted


def test_fonts_are_embedded_and_there_is_no_helvetica(final_pdf: bytes, draft_pdf: bytes) -> None:
    for pdf in (final_pdf, draft_pdf):
        found = fonts(pdf)
        assert found
        assert all(f.embedded for f in found), found
        assert not any("Helvetica" in f.name for f in found)
        assert {f.subtype for f in found} == {"/TrueType"}


def test_seal_prints_only_on_a_final(final_pdf: bytes, draft_pdf: bytes) -> None:
    last = len(reader(final_pdf).pages) - 1
    assert image_count(final_pdf, last) == 1
    assert all(image_count(draft_pdf, i) == 0 for i in range(len(reader(draft_pdf).pages)))


def test_the_seal_is_compressed_once_and_every_letter_carries_it_whole(font_set: FontSet, tmp_path) -> None:
    import os
    import shutil

    from PIL import Image

    from receptionapp.resources import resource

    seal = tmp_path / "seal.png"
    shutil.copy(resource("seals", "demo-seal.png"), seal)
    first = render_official(letter("正文。", seal_image=seal), font_set)
    again = render_official(letter("正文。", seal_image=seal), font_set)
    assert first == again  # the cached image object leaves no trace from one letter to the next
    [image] = [
        ref.get_object()
        for ref in reader(again).pages[0]["/Resources"]["/XObject"].get_object().values()
        if ref.get_object().get("/Subtype") == "/Image"
    ]
    assert (image["/Width"], image["/Height"]) == (600, 600)
    assert image["/SMask"].get_object()["/Width"] == 600  # the transparency is kept
    # A new seal file (another version) is used from the next letter on.
    Image.new("RGBA", (300, 300), (200, 0, 0, 128)).save(seal)
    os.utime(seal, (1, 1))
    changed = render_official(letter("正文。", seal_image=seal), font_set)
    [image] = [
        ref.get_object()
        for ref in reader(changed).pages[0]["/Resources"]["/XObject"].get_object().values()
        if ref.get_object().get("/Subtype") == "/Image"
    ]
    assert image["/Width"] == 300


def test_watermark_only_on_a_draft(final_pdf: bytes, draft_pdf: bytes) -> None:
    assert all("草稿" in squeeze(t) for t in page_texts(draft_pdf))
    assert "草稿" not in all_text(final_pdf)


def test_a_draft_keeps_the_final_layout(font_set: FontSet) -> None:
    final = reply_letter(paragraphs=4)
    draft = dataclasses.replace(final, draft=True)
    assert [len(p) for p in paginate(build_slots(final, font_set)[0])] == [
        len(p) for p in paginate(build_slots(draft, font_set)[0])
    ]


def test_page_numbers_alternate_right_and_left(font_set: FontSet) -> None:
    pdf = render_official(reply_letter(paragraphs=9), font_set)
    pages = len(reader(pdf).pages)
    assert pages >= 3
    for index in range(pages):
        number = [(t, x) for t, x, _y in text_positions(pdf, index) if t.strip() == f"— {index + 1} —"]
        assert number, page_texts(pdf)[index][-80:]
        x = number[0][1]
        if index % 2 == 0:
            assert x > PAGE_WIDTH / 2  # odd page: right
        else:
            assert x == pytest.approx(BLOCK.left + 14, abs=0.5)  # even page: left, one character in


def test_verification_code_in_the_footer_of_every_page(font_set: FontSet) -> None:
    doc = reply_letter(paragraphs=9)
    pdf = render_official(doc, font_set)
    assert doc.verification_code
    for text in page_texts(pdf):
        assert doc.verification_code in text


def test_date_has_arabic_numerals_without_leading_zeros() -> None:
    assert chinese_date(dt.date(2026, 8, 1)) == "2026年8月1日"
    assert chinese_date(dt.date(2026, 10, 10)) == "2026年10月10日"


def test_grid_is_22_lines_of_28_characters(font_set: FontSet) -> None:
    assert LINE_PITCH * 22 == pytest.approx(BLOCK.height)
    assert CHAR_PITCH * 28 == pytest.approx(BLOCK.width)
    text = "教育信访事项办理情况" * 12
    lines = break_lines(
        text, font_set, "fangsong", 16, BLOCK.width, BLOCK.width - 2 * CHAR_PITCH, CHAR_PITCH - 16
    )
    assert [len(line.cells) for line in lines[:3]] == [26, 28, 28]
    tracking = CHAR_PITCH - 16
    for line in lines[:-1]:
        # justified: every character keeps its grid cell, the last one ends on the right edge
        width = line.natural_width + (len(line.cells) - 1) * line.char_space(tracking) + tracking
        assert width == pytest.approx(line.available, abs=0.01)


def test_closing_punctuation_never_starts_a_line(font_set: FontSet) -> None:
    # 26 characters then a comma: the comma is squeezed in or takes a character with it
    text = "教" * 26 + "，" + "育" * 40 + "。"
    lines = break_lines(
        text, font_set, "fangsong", 16, BLOCK.width, BLOCK.width - 2 * CHAR_PITCH, CHAR_PITCH - 16
    )
    assert all(not line.text.startswith(("，", "。")) for line in lines)
    assert "".join(line.text for line in lines) == text


def test_body_pages_hold_at_most_22_lines(font_set: FontSet) -> None:
    doc = reply_letter(paragraphs=12)
    for page in paginate(build_slots(doc, font_set)[0]):
        assert len(page) <= LINES_PER_PAGE


@pytest.mark.parametrize("filler", range(0, 14))
def test_signature_block_never_stands_alone(font_set: FontSet, filler: int) -> None:
    doc = reply_letter(paragraphs=filler)
    pages = paginate(build_slots(doc, font_set)[0])
    last = pages[-1]
    issuer = next(i for i, slot in enumerate(last) if slot.tag == "issuer")
    body_lines_before = [slot for slot in last[:issuer] if slot.runs]
    assert len(body_lines_before) >= 2
    assert last[issuer + 1].tag == "date"


def test_signature_block_takes_two_body_lines_to_a_new_page(font_set: FontSet) -> None:
    """A body that ends on the page's last lines pushes its last two lines over with the signature."""
    for count in range(30, 50):
        doc = letter(*["示例段落内容" * 4] * count)
        pages = paginate(build_slots(doc, font_set)[0])
        for page in pages:
            if any(slot.tag == "issuer" for slot in page):
                assert sum(1 for slot in page if slot.runs and not slot.tag) >= 2


def test_seal_top_within_one_line_of_the_body(font_set: FontSet) -> None:
    doc = letter("正文最后一段。")
    slots, _placement = build_slots(doc, font_set)
    page = paginate(slots)[0]
    issuer = next(i for i, slot in enumerate(page) if slot.tag == "issuer")
    last_body = max(i for i, slot in enumerate(page[:issuer]) if slot.runs)
    seal_top = (issuer + 0.3) * LINE_PITCH - 42 * 72 / 25.4 / 2
    body_bottom = (last_body + 1) * LINE_PITCH
    assert 0 <= seal_top - body_bottom <= LINE_PITCH


def test_issuer_is_centred_over_the_date_four_characters_in(font_set: FontSet) -> None:
    slots, placement = build_slots(letter("正文。"), font_set)
    date = next(s for s in slots if s.tag == "date")
    issuer = next(s for s in slots if s.tag == "issuer")
    date_width = sum(f.width(ord(c)) * 16 / 1000 for f, run in date.runs for c in run) + (
        sum(len(r) for _f, r in date.runs) - 1
    ) * (CHAR_PITCH - 16)
    assert date.x + date_width == pytest.approx(BLOCK.right - 4 * CHAR_PITCH, abs=0.01)
    assert placement.seal_centre_x == pytest.approx(date.x + date_width / 2, abs=0.01)
    assert issuer.x < date.x + date_width / 2


def test_unsealed_letter_uses_the_unsealed_arrangement(font_set: FontSet) -> None:
    slots, _placement = build_slots(letter("正文。", seal_image=None), font_set)
    issuer = next(s for s in slots if s.tag == "issuer")
    date = next(s for s in slots if s.tag == "date")
    assert date.x == pytest.approx(issuer.x + 2 * CHAR_PITCH, abs=0.01)


def test_headings_stay_with_the_next_line(font_set: FontSet) -> None:
    blocks = []
    for n in range(12):
        blocks += [Heading1(f"{'一二三四五六七八九十'[n % 10]}、第{n + 1}部分"), Paragraph("内容" * 30)]
    doc = dataclasses.replace(letter(), blocks=blocks)
    for page in paginate(build_slots(doc, font_set)[0]):
        texts = ["".join(r for _f, r in slot.runs) for slot in page if slot.runs]
        assert "、第" not in texts[-1] or texts[-1].startswith("2026")


def test_a_character_no_font_has_stops_the_letter(font_set: FontSet) -> None:
    with pytest.raises(MissingGlyphs) as caught:
        render_official(letter("信访人张\ue123反映的问题。"), font_set)
    assert "U+E123" in str(caught.value)


def test_same_content_gives_the_same_bytes(font_set: FontSet) -> None:
    doc = reply_letter()
    assert render_official(doc, font_set) == render_official(doc, font_set)


def test_copy_note_sits_at_the_bottom_of_the_last_page(final_pdf: bytes) -> None:
    last = len(reader(final_pdf).pages) - 1
    positions = [(t, y) for t, _x, y in text_positions(final_pdf, last) if "抄送" in t]
    assert positions
    assert positions[0][1] < PAGE_HEIGHT - BLOCK.bottom + LINE_PITCH


def test_a_long_title_turns_into_balanced_lines_or_where_the_office_says(font_set: FontSet) -> None:
    title = "关于王𠇔反映示例市第一中学违规收取资料费问题信访事项的答复意见"
    slots = [s for s in build_slots(letter("正文。", title=title), font_set)[0] if s.size == 22]
    lengths = [sum(len(run) for _f, run in slot.runs) for slot in slots]
    assert len(lengths) == 2 and abs(lengths[0] - lengths[1]) <= 1
    chosen = "关于王𠇔反映示例市第一中学\n违规收取资料费问题信访事项的答复意见"
    slots = [s for s in build_slots(letter("正文。", title=chosen), font_set)[0] if s.size == 22]
    assert ["".join(run for _f, run in slot.runs) for slot in slots] == chosen.split("\n")
    for slot in slots:  # centred
        width = sum(f.width(ord(c)) * 22 / 1000 for f, run in slot.runs for c in run)
        assert slot.x - BLOCK.left == pytest.approx(BLOCK.right - slot.x - width, abs=0.01)


def test_the_leaders_signature_prints_beside_the_seal_only_on_a_final(font_set: FontSet, tmp_path) -> None:
    from PIL import Image, ImageDraw

    signature = tmp_path / "signature.png"
    image = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 90), (120, 20), (200, 100), (290, 30)], fill=(0, 0, 0, 255), width=8)
    image.save(signature)
    final = render_official(letter("正文。", signature_image=signature), font_set)
    draft = render_official(letter("正文。", signature_image=signature, draft=True), font_set)
    assert image_count(final, 0) == 2
    assert image_count(draft, 0) == 0


def test_document_engine_imports_no_qt_and_no_database() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import receptionapp.documents.official, receptionapp.documents.forms, "
        "receptionapp.documents.templates, receptionapp.documents.signing, receptionapp.documents.samples; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]; assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
