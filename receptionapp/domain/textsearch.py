"""Turn Chinese text into search terms that a plain full-text index can match.

Most Chinese words are two characters, and a trigram index cannot find them.
So every run of CJK characters is stored as its overlapping character pairs
("反映问题" → "反映 映问 问题"), and other runs (digits, Latin) as whole
lower-case words. A query of two or more CJK characters becomes the phrase of
its pairs, which matches exactly the texts that contain it as a substring
(a break token between runs keeps a phrase from spanning punctuation);
a digit or Latin word becomes a prefix query. The SQLite backend feeds these
terms to FTS5 (unicode61 tokenizer); any backend can use the same idea.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3400 <= code <= 0x4DBF  # extension A
        or 0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x3134F  # extensions B–H (e.g. 𠇔)
        or code == 0x3007  # 〇
    )


_WORD = re.compile(r"[0-9a-z]+")
# A digit or Latin word counts by its first MAX_WORD characters, in the index and in a query
# alike (a prefix query of the cut word still finds a longer word stored whole). PostgreSQL
# refuses a tsvector or tsquery word over 2,046 bytes; SQLite has no limit: cut, both agree.
MAX_WORD = 255
# The same ranges as is_cjk, as one class: splitting with it keeps the CJK runs at odd positions.
_CJK_RUN = re.compile("([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3007]+)")


def _runs(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_cjk, run) pieces; everything else separates runs.

    A regex split, not a loop over characters: indexing 50,000 imported
    cases spends most of its time here.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    runs: list[tuple[bool, str]] = []
    for i, piece in enumerate(_CJK_RUN.split(text)):
        if i % 2:
            runs.append((True, piece))
        elif piece:
            runs.extend((False, w[:MAX_WORD]) for w in _WORD.findall(piece))
    return runs


def _pairs(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


# Stored between two CJK runs so that a phrase cannot match across punctuation
# or a field boundary ("学校。校长" must not match 学校长). A private-use
# character is a token character for FTS5's unicode61 tokenizer, and no query
# ever produces it.
RUN_BREAK = "\ue000"


def index_terms(text: str) -> str:
    """The space-separated terms to store in the index for ``text``."""
    terms: list[str] = []
    previous_cjk = False
    for cjk, run in _runs(text):
        if cjk and previous_cjk:
            terms.append(RUN_BREAK)
        terms.extend(_pairs(run) if cjk else [run])
        previous_cjk = cjk
    return " ".join(terms)


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None if nothing searchable.

    Every piece must match (AND). CJK pieces of two or more characters become
    phrases of their pairs; a single CJK character is a prefix query on the
    pairs that start with it; digit/Latin words are prefix queries.
    """
    parts: list[str] = []
    for cjk, run in _runs(query):
        if cjk and len(run) >= 2:
            parts.append('"' + " ".join(_pairs(run)) + '"')
        elif cjk:
            parts.append(f'"{run}"*')
        elif run:
            parts.append(f'"{run}"*')
    return " AND ".join(parts) if parts else None


def searchable_length(query: str) -> int:
    """How many CJK characters or word characters the query holds."""
    return sum(len(run) for _, run in _runs(query))


# ---------------------------------------------------------------- PostgreSQL
#
# PostgreSQL keeps the same pair terms in a tsvector with a GIN index. The
# vector is built here, not by the server's text parser, so the result does
# not depend on the server's locale (pg_trgm and the default parser treat
# Chinese differently under a "C" locale). The vector holds no positions: a
# query asks for all the pairs of each phrase (index), and phrases of three or
# more characters are rechecked as substrings of a normalised body text, in
# which runs are separated by spaces (so no match spans punctuation).


def _quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(text: str) -> str:
    """The distinct terms of ``text`` as PostgreSQL ``tsvector`` input."""
    terms: dict[str, None] = {}
    for cjk, run in _runs(text):
        for term in _pairs(run) if cjk else [run]:
            terms[term] = None
    return " ".join(_quote(term) for term in terms)


def search_body(text: str) -> str:
    """The normalised text that phrase queries are rechecked against."""
    return " ".join(run for _, run in _runs(text))


@dataclass(frozen=True)
class PgQuery:
    """A search box text for PostgreSQL: an indexable tsquery plus substring rechecks."""

    tsquery: str
    phrases: tuple[str, ...]


def pg_query(query: str) -> PgQuery | None:
    """What the user typed as a ``tsquery`` (every pair, AND) and the phrases to recheck.

    The same meaning as ``fts_query``: CJK pieces of two or more characters
    must occur as substrings, a single CJK character or a digit/Latin word is
    a prefix.
    """
    parts: list[str] = []
    phrases: list[str] = []
    for cjk, run in _runs(query):
        if cjk and len(run) >= 2:
            parts.extend(_quote(pair) for pair in _pairs(run))
            if len(run) > 2:
                phrases.append(run)
        elif run:
            parts.append(_quote(run) + ":*")
    if not parts:
        return None
    return PgQuery(" & ".join(dict.fromkeys(parts)), tuple(phrases))
