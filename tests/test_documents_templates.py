"""Letter templates: defaults, filling, errors with line numbers, refusal reasons, verification codes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receptionapp.documents.blocks import Heading1, Heading2, Paragraph
from receptionapp.documents.samples import BASE_VALUES
from receptionapp.documents.templates import (
    PLACEHOLDERS,
    LetterType,
    TemplateError,
    check_template,
    default_template,
    fill_document,
    fill_template,
)
from receptionapp.documents.verification import normalize_code, verification_code
from receptionapp.domain.refusals import REFUSAL_RULES, RefusalReason, refusal_values

VALUES = {
    **BASE_VALUES,
    "查明事实": "经查，情况属实。",
    "政策依据": "《中小学服务性收费和代收费管理办法》。",
    "处理意见": "予以支持。",
    "承办单位": "基础教育处",
    "转送单位": "示例市城东区教育局",
    "转送日期": "2026年6月8日",
    "延期理由": "需要核对大量凭据",
    "延长后期限": "2026年9月3日",
    **refusal_values(RefusalReason.LEGAL_PROCEDURE, "示例市劳动人事争议仲裁委员会"),
}


@pytest.mark.parametrize("letter_type", list(LetterType))
def test_every_default_template_is_valid_and_fills(letter_type: LetterType) -> None:
    text = default_template(letter_type)
    names = check_template(text)
    assert names and all(name in PLACEHOLDERS for name in names)
    filled = fill_document(text, VALUES)
    assert filled.title
    assert filled.addressee == "王𠇔："
    body = "".join(b.text for b in filled.blocks)
    assert "{" not in body and "}" not in body
    assert BASE_VALUES["事项编号"] in body


def test_reply_always_carries_the_review_notice() -> None:
    filled = fill_document(default_template(LetterType.REPLY), VALUES)
    notice = "如对本答复意见不服，可自收到本答复意见书之日起30日内向示例市人民政府提出复查申请。"
    assert Paragraph(notice) in filled.blocks
    assert filled.title == "关于王𠇔信访事项的答复意见"
    assert Heading1("一、调查核实情况") in filled.blocks


def test_refusal_notice_cites_the_coded_reason_and_rule() -> None:
    filled = fill_document(default_template(LetterType.REFUSAL), VALUES)
    body = "".join(b.text for b in filled.blocks)
    assert "理由代码：03" in body
    assert "《信访工作条例》第三十二条" in body
    assert "请你依法向示例市劳动人事争议仲裁委员会提出。" in body


def test_every_refusal_reason_has_a_code_basis_and_guidance() -> None:
    codes = [rule.code for rule in REFUSAL_RULES.values()]
    assert len(set(codes)) == len(RefusalReason) == len(codes)
    for reason in RefusalReason:
        values = refusal_values(reason, "示例市人民政府")
        assert values["不予受理依据"].startswith("《信访工作条例》")
        assert "{" not in values["不予受理理由"] + values["处理途径"]
        assert RefusalReason.from_code(reason.rule.code) is reason
    with pytest.raises(ValueError, match="有权处理的机关"):
        refusal_values(RefusalReason.NOT_EDUCATION, " ")
    assert refusal_values(RefusalReason.REVIEW_CONCLUDED, "")["不予受理代码"] == "04"


def test_unknown_placeholder_names_itself_and_its_line() -> None:
    text = "标题：答复\n\n第一段。\n\n{信访人姓名}反映的问题。"
    with pytest.raises(TemplateError) as caught:
        fill_document(text, VALUES)
    assert caught.value.line == 5
    assert "{信访人姓名}" in str(caught.value)
    assert str(caught.value).startswith("模板第5行：")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("标题：答复\n正文{信访人", 2),
        ("标题：答复\n正文\n正文}", 3),
        ("标题：答复\n\n\n{信访人{诉求}}", 4),
        ("标题：{信访人\n正文", 1),
    ],
)
def test_unpaired_braces_are_refused_with_their_line(text: str, line: int) -> None:
    with pytest.raises(TemplateError) as caught:
        fill_document(text, VALUES)
    assert caught.value.line == line


def test_an_empty_required_value_is_refused_never_half_filled() -> None:
    values = {**VALUES, "查明事实": "   "}
    with pytest.raises(TemplateError) as caught:
        fill_document(default_template(LetterType.REPLY), values)
    assert "{查明事实}" in str(caught.value)
    assert caught.value.line is not None
    with pytest.raises(TemplateError):
        fill_document(
            default_template(LetterType.REPLY), {k: v for k, v in VALUES.items() if k != "复查机关"}
        )


def test_an_empty_optional_value_drops_its_paragraph() -> None:
    with_forwarder = fill_document(default_template(LetterType.REPLY), {**VALUES, "转办机关": "示例市信访局"})
    without = fill_document(default_template(LetterType.REPLY), VALUES)
    assert Paragraph("该信访事项由示例市信访局转我局办理。") in with_forwarder.blocks
    assert len(with_forwarder.blocks) == len(without.blocks) + 1
    no_contact = fill_document(default_template(LetterType.REPLY), {**VALUES, "联系电话": ""})
    assert not any("联系人" in b.text for b in no_contact.blocks)


def test_multi_line_values_become_paragraphs_and_headings() -> None:
    values = {**VALUES, "查明事实": "总体情况。\n（一）收费情况\n收费属实。\n\n（二）整改情况\n已退还。"}
    blocks = fill_template(default_template(LetterType.REPLY), values)
    assert [Paragraph("总体情况。"), Heading2("（一）收费情况"), Paragraph("收费属实。")] == blocks[3:6]


def test_lines_of_one_paragraph_join_and_comments_never_print() -> None:
    text = (
        "# 说明 {不存在的占位符}\n标题：告知\n主送：{信访人}：\n\n"
        "第一行\n第二行\n\n一、标题\n正文。\n抄送：局办公室"
    )
    filled = fill_document(text, VALUES)
    assert filled.blocks == [
        Paragraph("第一行第二行"),
        Heading1("一、标题"),
        Paragraph("正文。抄送：局办公室"),
    ]
    assert filled.copy_note is None


def test_a_template_without_title_or_body_is_refused() -> None:
    with pytest.raises(TemplateError, match="标题"):
        fill_document("正文。", VALUES)
    with pytest.raises(TemplateError, match="正文"):
        check_template("标题：告知\n\n")


TEMPLATE_ALPHABET = st.sampled_from(
    [
        "{",
        "}",
        "\n",
        "\n\n",
        "#",
        "标题：",
        "主送：",
        "一、",
        "（一）",
        "正文",
        "。",
        " ",
        "\r\n",
        "：",
        "{信访人}",
    ]
    + [f"{{{name}}}" for name in list(PLACEHOLDERS)[:8]]
    + ["{未知}", "{}", "{ 诉求 }", "\u3000", "a"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEMPLATE_ALPHABET, max_size=40).map("".join), st.booleans())
def test_malformed_templates_fail_only_with_template_error(text: str, empty_values: bool) -> None:
    values = {} if empty_values else VALUES
    for fill in (fill_template, fill_document, lambda t, _v: check_template(t)):
        try:
            result = fill(text, values)
        except TemplateError as error:
            assert error.message
            assert error.line is None or 1 <= error.line <= text.count("\n") + text.count("\r") + 1
        else:
            assert result is not None


def test_verification_code_is_short_grouped_and_phone_friendly() -> None:
    code = verification_code("内容")
    assert len(code) == 11 and code[5] == "-"
    assert not set(code) & set("ILOU")
    assert verification_code("内容") == code
    assert verification_code("内容。") != code
    assert normalize_code(code.lower().replace("-", " ")) == code
    assert normalize_code("o0o0o-11111") == "00000-11111"
    assert normalize_code("12345") is None
