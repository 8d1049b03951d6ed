"""The five papers of 四单一记录 as PDF forms."""

from __future__ import annotations

import dataclasses

import pytest

from receptionapp.documents import samples
from receptionapp.documents.fonts import FontSet, MissingGlyphs, bundled_font_set
from receptionapp.documents.forms import (
    FormDocument,
    FormRow,
    FormText,
    compute_verification_code,
    render_form,
)
from receptionapp.documents.page import PAGE_HEIGHT, PAGE_WIDTH
from tests.pdfcheck import all_text, fonts, page_texts, reader, squeeze

FIVE = {
    "登记单": samples.registration_sheet,
    "交办单": samples.assignment_sheet,
    "督办单": samples.supervision_sheet,
    "办结单": samples.completion_sheet,
    "接谈记录": samples.conversation_record,
}


@pytest.fixture(scope="module")
def font_set() -> FontSet:
    return bundled_font_set()


@pytest.mark.parametrize("name", FIVE)
def test_each_paper_prints_on_one_a4_page_with_its_content(font_set: FontSet, name: str) -> None:
    doc = FIVE[name]()
    pdf = render_form(doc, font_set)
    pages = reader(pdf).pages
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) == pytest.approx(PAGE_WIDTH, abs=0.1)
    assert float(pages[0].mediabox.height) == pytest.approx(PAGE_HEIGHT, abs=0.1)
    text = all_text(pdf)
    assert name in doc.title
    for expected in (doc.bureau, doc.title, doc.number, "第1页共1页", *map(squeeze, doc.footer_signatures)):
        assert squeeze(expected) in text
    for row in doc.rows:
        if isinstance(row, FormRow):
            assert squeeze(row.label) in text and squeeze(row.value) in text
        elif isinstance(row, FormText):
            assert squeeze(row.label) in text and squeeze(row.text) in text
    assert all(f.embedded for f in fonts(pdf))


def test_long_text_continues_on_the_next_page(font_set: FontSet) -> None:
    doc = samples.conversation_record(long=True)
    pdf = render_form(doc, font_set)
    texts = page_texts(pdf)
    assert len(texts) >= 2
    assert "接谈内容（续）" in squeeze(texts[1])
    assert "（续页）" in texts[1]
    assert all(doc.number in t for t in texts)
    whole = all_text(pdf)
    talk = next(r for r in doc.rows if isinstance(r, FormText) and r.label == "接谈内容")
    for paragraph in talk.text.split("\n"):
        assert squeeze(paragraph) in whole
    assert f"共{len(texts)}页" in squeeze(texts[-1])


def test_signature_lines_never_stand_alone(font_set: FontSet) -> None:
    for repeat in range(1, 12):
        talk = "\n".join(["接谈内容记录一行，内容较长需要换行，继续记录谈话情况。"] * (repeat * 3))
        doc = dataclasses.replace(
            samples.conversation_record(),
            rows=[*samples.conversation_record().rows[:4], FormText("接谈内容", talk, min_lines=3)],
        )
        last = squeeze(page_texts(render_form(doc, font_set))[-1])
        assert "记录人：" in last
        assert "接谈内容" in last  # some of the table is on the signature page


def test_draft_form_has_a_watermark(font_set: FontSet) -> None:
    final = all_text(render_form(samples.assignment_sheet(), font_set))
    draft = all_text(render_form(dataclasses.replace(samples.assignment_sheet(), draft=True), font_set))
    assert draft.count("草稿") == final.count("草稿") + 1  # the text itself mentions a 草稿 once


def test_verification_code_prints_and_follows_content(font_set: FontSet) -> None:
    doc = samples.completion_sheet()
    code = compute_verification_code(doc)
    pdf = render_form(dataclasses.replace(doc, verification_code=code), font_set)
    assert code in page_texts(pdf)[0]
    changed = dataclasses.replace(doc, rows=[*doc.rows, FormRow("备注", "补充")])
    assert compute_verification_code(changed) != code


def test_empty_text_rows_leave_room_to_write(font_set: FontSet) -> None:
    short = FormDocument(
        "信访事项督办单", "示例市教育局", "督办〔2026〕1号", [FormText("办理情况反馈", "", min_lines=2)]
    )
    tall = dataclasses.replace(short, rows=[FormText("办理情况反馈", "", min_lines=8)])
    assert render_form(short, font_set) != render_form(tall, font_set)


def test_a_character_no_font_has_stops_the_form(font_set: FontSet) -> None:
    doc = FormDocument("登记单", "示例市教育局", "1号", [FormRow("来访人", "张\ue000")])
    with pytest.raises(MissingGlyphs):
        render_form(doc, font_set)
