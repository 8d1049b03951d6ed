"""The building blocks of a letter's text: paragraphs and the two heading levels of GB/T 9704.

Templates produce them, the office edits them, the letter layout sets them:
a :class:`Paragraph` in 仿宋 with a two-character first-line indent, a
:class:`Heading1` ("一、……") in 黑体 and a :class:`Heading2` ("（一）……") in 楷体.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph (正文段落)."""

    text: str


@dataclass(frozen=True)
class Heading1:
    """A first-level heading, numbered 一、二、… (一级标题, 黑体)."""

    text: str


@dataclass(frozen=True)
class Heading2:
    """A second-level heading, numbered （一）（二）… (二级标题, 楷体)."""

    text: str


Block = Paragraph | Heading1 | Heading2


def block_kind(block: Block) -> str:
    """A short tag for the block type, used in canonical text and serialisation."""
    return {Paragraph: "P", Heading1: "H1", Heading2: "H2"}[type(block)]
