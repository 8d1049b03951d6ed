"""Letter templates the admin can edit, and filling them from a case without ever half-filling.

A template is plain UTF-8 text a clerk can read (defaults in
``resources/templates/``, one file per letter type). Lines starting with ``#``
are notes and never print. Before the body, ``标题：``, ``主送：`` and
``抄送：`` lines give the title, the addressee and the copy note. In the body a
blank line separates paragraphs; a line starting with ``一、`` is a first-level
heading and one starting with ``（一）`` a second-level heading, each a block of
its own. Case data enters through placeholders in braces, ``{信访人}``; the
names are those of :data:`PLACEHOLDERS`. Filling refuses, with the line
number, an unknown placeholder, an unpaired brace and an empty required value
(:class:`TemplateError`); an optional placeholder left empty removes its whole
paragraph (the sentence about a forwarding body disappears for a walk-in). A
value with several lines becomes several paragraphs, so the findings the office
typed keep their paragraphs and headings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from receptionapp.documents.blocks import Block, Heading1, Heading2, Paragraph
from receptionapp.resources import resource


class LetterType(StrEnum):
    """The letters and notices built from templates."""

    REPLY = "reply"
    ACCEPTANCE = "acceptance"
    REFUSAL = "refusal"
    TRANSFER = "transfer"
    EXTENSION = "extension"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def file_name(self) -> str:
        return f"{self.value}.txt"


_LABELS = {
    LetterType.REPLY: "信访事项答复意见书",
    LetterType.ACCEPTANCE: "信访事项受理告知单",
    LetterType.REFUSAL: "信访事项不予受理告知单",
    LetterType.TRANSFER: "信访事项转送告知单",
    LetterType.EXTENSION: "信访事项延期办理告知单",
}


@dataclass(frozen=True)
class Placeholder:
    """A field of the case a template may use."""

    name: str
    description: str
    optional: bool = False


PLACEHOLDERS: dict[str, Placeholder] = {
    p.name: p
    for p in [
        Placeholder("信访人", "信访人姓名；多人时用顿号分隔，集体访写代表姓名加“等×人”"),
        Placeholder("信访形式", "来信、来访、来电、通过网上信访平台、通过12345热线等，接在日期之后"),
        Placeholder("收到日期", "收到信访事项的日期，如2026年6月3日"),
        Placeholder("受理日期", "我局受理的日期（只有“予以受理”的事项才有）"),
        Placeholder(
            "办理经过",
            "我局如何办理该事项的一句话，按批示的处理方式生成：予以受理的写受理日期，"
            "转交办理的写转送给哪个单位、该单位何时报送结果，督促办理、复核终结的写督促情况",
        ),
        Placeholder("事项编号", "信访事项编号，如来信〔2026〕0042号"),
        Placeholder("反映问题", "反映的主要问题，概括成一句，不带“问题”二字，如：市第一中学违规收取资料费"),
        Placeholder("诉求", "信访人的请求"),
        Placeholder("查明事实", "调查核实的情况，可以分段"),
        Placeholder("政策依据", "处理所依据的法律、法规、政策，可以分段"),
        Placeholder("处理意见", "对每项诉求的处理意见，可以分段"),
        Placeholder("处理结果", "予以支持、解释说明或不予支持"),
        Placeholder("复查机关", "受理复查申请的上一级机关，如某市人民政府"),
        Placeholder("办结期限", "应当办结的日期"),
        Placeholder("承办单位", "负责办理的处室或单位", optional=True),
        Placeholder("转办机关", "转来本事项的上级机关；空着时所在段落不出现", optional=True),
        Placeholder("转送单位", "本事项转送的有权处理单位"),
        Placeholder("转送日期", "转送的日期"),
        Placeholder("不予受理理由", "按理由代码给出的不予受理理由"),
        Placeholder("不予受理代码", "不予受理理由代码，如01"),
        Placeholder("不予受理依据", "不予受理所依据的规定"),
        Placeholder("处理途径", "告知信访人可以向哪里反映"),
        Placeholder("有权处理机关", "有权处理的机关或单位", optional=True),
        Placeholder("延期理由", "需要延长办理期限的原因"),
        Placeholder("延长后期限", "延长后的办结日期"),
        Placeholder("发文机关", "本局名称"),
        Placeholder("联系人", "联系人；空着时所在段落不出现", optional=True),
        Placeholder("联系电话", "联系电话；空着时所在段落不出现", optional=True),
        Placeholder("抄送单位", "抄送的单位；空着时不印抄送", optional=True),
    ]
}

HEADER_KEYS = {"标题": "title", "主送": "addressee", "抄送": "copy_note"}
_HEADER = re.compile(r"^(标题|主送|抄送)[：:](.*)$")
_HEADING1 = re.compile(r"^[一二三四五六七八九十百]+、")
_HEADING2 = re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")
_TOKEN = re.compile(r"\{([^{}]*)\}")


class TemplateError(ValueError):
    """A template that cannot produce a complete letter; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        self.message = message
        super().__init__(f"模板第{line}行：{message}" if line else message)


@dataclass(frozen=True)
class FilledTemplate:
    """A filled template: ready to become an OfficialDocument."""

    title: str
    addressee: str | None
    copy_note: str | None
    blocks: list[Block]


@dataclass
class _Paragraph:
    lines: list[tuple[int, str]]


@dataclass
class _Parsed:
    headers: dict[str, tuple[int, str]]
    paragraphs: list[_Paragraph]


def _check_braces(text: str, line: int) -> list[str]:
    """The placeholder names of one line; raises on unpaired or nested braces and unknown names."""
    names = []
    depth = 0
    for char in text:
        if char == "{":
            if depth:
                raise TemplateError("大括号嵌套了：占位符里不能再有“{”。", line)
            depth = 1
        elif char == "}":
            if not depth:
                raise TemplateError("多了一个“}”，没有与之配对的“{”。", line)
            depth = 0
    if depth:
        raise TemplateError("“{”没有配对的“}”：占位符要在同一行内写完。", line)
    for match in _TOKEN.finditer(text):
        name = match.group(1).strip()
        if name not in PLACEHOLDERS:
            known = "、".join(PLACEHOLDERS)
            raise TemplateError(f"未知的占位符“{{{name}}}”。可用的占位符有：{known}。", line)
        names.append(name)
    return names


def _parse(text: str) -> _Parsed:
    headers: dict[str, tuple[int, str]] = {}
    paragraphs: list[_Paragraph] = []
    current: list[tuple[int, str]] = []
    in_body = False

    def flush() -> None:
        nonlocal current
        if current:
            paragraphs.append(_Paragraph(current))
            current = []

    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = raw.strip().replace("\u3000", " ").strip()
        if raw.startswith("#"):
            continue
        _check_braces(line, number)
        header = _HEADER.match(line)
        if not in_body and header:
            key = HEADER_KEYS[header.group(1)]
            if key in headers:
                raise TemplateError(f"“{header.group(1)}：”写了两次。", number)
            headers[key] = (number, header.group(2).strip())
            continue
        if not line:
            flush()
            continue
        in_body = True
        if _HEADING1.match(line) or _HEADING2.match(line):
            flush()
            paragraphs.append(_Paragraph([(number, line)]))
            continue
        current.append((number, line))
    flush()
    return _Parsed(headers, paragraphs)


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if text and text[-1].isascii() and text[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            text += " "
        text += line
    return text


def _substitute(line: str, number: int, values: Mapping[str, str]) -> str | None:
    """The line with its placeholders filled; None when an optional one is empty."""
    dropped = False

    def replace(match: re.Match[str]) -> str:
        nonlocal dropped
        name = match.group(1).strip()
        value = str(values.get(name) or "").replace("\r\n", "\n").strip()
        if not value:
            if PLACEHOLDERS[name].optional:
                dropped = True
                return ""
            raise TemplateError(
                f"占位符“{{{name}}}”（{PLACEHOLDERS[name].description}）没有内容，请先在案件中填写。", number
            )
        return value

    filled = _TOKEN.sub(replace, line)
    return None if dropped else filled


def _blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for piece in text.split("\n"):
        piece = piece.strip()
        if not piece:
            continue
        if _HEADING1.match(piece):
            blocks.append(Heading1(piece))
        elif _HEADING2.match(piece):
            blocks.append(Heading2(piece))
        else:
            blocks.append(Paragraph(piece))
    return blocks


def _fill_body(parsed: _Parsed, values: Mapping[str, str]) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in parsed.paragraphs:
        parts = [_substitute(line, number, values) for number, line in paragraph.lines]
        if all(part is not None for part in parts):
            blocks += _blocks(_join([part for part in parts if part is not None]))
    if not blocks:
        raise TemplateError("填入内容后正文是空的。")
    return blocks


def fill_document(text: str, values: Mapping[str, str]) -> FilledTemplate:
    """Fill a whole template: title, addressee, copy note and body."""
    parsed = _parse(text)
    if "title" not in parsed.headers:
        raise TemplateError("模板缺少“标题：”一行。")
    header_values: dict[str, str | None] = {}
    for key, (number, line) in parsed.headers.items():
        filled = _substitute(line, number, values)
        header_values[key] = filled.strip() if filled else None
    title = header_values.get("title")
    if not title:
        raise TemplateError("标题不能为空。", parsed.headers["title"][0])
    blocks = _fill_body(parsed, values)
    return FilledTemplate(title, header_values.get("addressee"), header_values.get("copy_note"), blocks)


def fill_template(text: str, values: Mapping[str, str]) -> list[Block]:
    """The body blocks of a filled template (its title and addressee lines are checked too)."""
    parsed = _parse(text)
    for number, line in parsed.headers.values():
        _substitute(line, number, values)
    return _fill_body(parsed, values)


def check_template(text: str) -> list[str]:
    """Validate a template as the admin saves it; returns the placeholders it uses, in order."""
    parsed = _parse(text)
    if "title" not in parsed.headers:
        raise TemplateError("模板缺少“标题：”一行。")
    if not parsed.paragraphs:
        raise TemplateError("模板没有正文。")
    names: dict[str, None] = {}
    for number, line in [*parsed.headers.values(), *(ln for p in parsed.paragraphs for ln in p.lines)]:
        names.update(dict.fromkeys(_check_braces(line, number)))
    return list(names)


def default_template(letter_type: LetterType) -> str:
    """The shipped default text of a letter type."""
    return resource("templates", letter_type.file_name).read_text("utf-8")
