"""The editable text of one letter: a filled template as plain text, and back.

The office edits a letter as text, in the same shape as a template but with
the case's data already in it: ``标题：``, ``主送：`` and ``抄送：`` lines first,
then the body, paragraphs separated by a blank line, a line starting with
``一、`` or ``（一）`` a heading of its own. Braces are ordinary characters here.
What the case could not supply (the policy basis of a reply, say) is a
prompt in brackets, ``【请填写：……】``; a letter with a prompt left is not
approved (:func:`prompts_left`), so no letter goes out half written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from receptionapp.documents.blocks import Block, Heading1, Heading2, Paragraph
from receptionapp.documents.templates import FilledTemplate, TemplateError

PROMPT_START = "【请填写"
_PROMPT = re.compile(r"【请填写[^】]*】")
_HEADER = re.compile(r"^(标题|主送|抄送)[：:](.*)$")
_HEADING1 = re.compile(r"^[一二三四五六七八九十百]+、")
_HEADING2 = re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")
_KEYS = {"标题": "title", "主送": "addressee", "抄送": "copy_note"}


def prompt(description: str) -> str:
    """The bracketed request the office replaces with real text."""
    return f"{PROMPT_START}：{description}】"


def draft_text(filled: FilledTemplate) -> str:
    """A filled template as the text the office edits."""
    lines = [f"标题：{filled.title}"]
    if filled.addressee:
        lines.append(f"主送：{filled.addressee}")
    if filled.copy_note:
        lines.append(f"抄送：{filled.copy_note}")
    for block in filled.blocks:
        lines += ["", block.text]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class PromptLeft:
    line: int
    text: str


def prompts_left(text: str) -> list[PromptLeft]:
    """The ``【请填写……】`` prompts still in the text, with their line numbers."""
    found = []
    for number, line in enumerate(_lines(text), start=1):
        found += [PromptLeft(number, match.group(0)) for match in _PROMPT.finditer(line)]
    return found


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if text and text[-1].isascii() and text[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            text += " "
        text += line
    return text


def _block(text: str) -> Block:
    if _HEADING1.match(text):
        return Heading1(text)
    if _HEADING2.match(text):
        return Heading2(text)
    return Paragraph(text)


def parse_draft(text: str) -> FilledTemplate:
    """The letter's title, addressee, copy note and blocks; TemplateError (with the line) when unusable."""
    headers: dict[str, str] = {}
    blocks: list[Block] = []
    current: list[str] = []
    in_body = False

    def flush() -> None:
        if current:
            blocks.append(_block(_join(current)))
            current.clear()

    for number, raw in enumerate(_lines(text), start=1):
        line = raw.replace("\u3000", " ").strip()
        header = _HEADER.match(line)
        if not in_body and header:
            key = _KEYS[header.group(1)]
            if key in headers:
                raise TemplateError(f"“{header.group(1)}：”写了两次。", number)
            headers[key] = header.group(2).strip()
            continue
        if not line:
            flush()
            continue
        in_body = True
        if _HEADING1.match(line) or _HEADING2.match(line):
            flush()
            blocks.append(_block(line))
            continue
        current.append(line)
    flush()
    if not headers.get("title"):
        raise TemplateError("文书缺少标题：第一行应为“标题：……”。")
    if not blocks:
        raise TemplateError("文书没有正文。")
    return FilledTemplate(
        headers["title"], headers.get("addressee") or None, headers.get("copy_note") or None, blocks
    )
