"""Search terms for Chinese text: character pairs in an FTS5 index find every 2+ character substring."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from receptionapp.domain.textsearch import (
    fts_query,
    index_terms,
    is_cjk,
    pg_query,
    search_body,
    searchable_length,
    tsvector_literal,
)


def fts_matches(text: str, query: str) -> bool:
    """Whether an FTS5 table holding ``index_terms(text)`` matches ``fts_query(query)``."""
    match = fts_query(query)
    assert match is not None
    with sqlite3.connect(":memory:") as conn:
        conn.execute("create virtual table f using fts5(terms, tokenize='unicode61 remove_diacritics 0')")
        conn.execute("insert into f(terms) values (?)", (index_terms(text),))
        found = conn.execute("select count(*) from f where f match ?", (match,)).fetchone()[0]
    conn.close()
    return bool(found)


# ---------------------------------------------------------------- terms


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("反映问题", "反映 映问 问题"),
        ("问题", "问题"),
        ("张", "张"),
        ("", ""),
        ("，。！？", ""),
        ("张晓梅 13812345678", "张晓 晓梅 13812345678"),
        ("张晓梅13812345678", "张晓 晓梅 13812345678"),
        ("11010519491231002X", "11010519491231002x"),
        ("ABC def", "abc def"),
        ("１３８ＡＢ", "138ab"),  # full-width to half-width
        ("0571-87654321", "0571 87654321"),
        ("来访〔2026〕0001号", "来访 2026 0001 号"),
        ("学校。校长", "学校 \ue000 校长"),
        ("赵䶮说𠇔字", "赵䶮 䶮说 说𠇔 𠇔字"),  # extension A and B
        ("〇一二", "〇一 一二"),
    ],
)
def test_index_terms(text: str, terms: str) -> None:
    assert index_terms(text) == terms


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("反映问题", '"反映 映问 问题"'),
        ("问题", '"问题"'),
        ("  问题 ", '"问题"'),
        ("张", '"张"*'),
        ("138", '"138"*'),
        ("ABC", '"abc"*'),
        ("张晓梅 138", '"张晓 晓梅" AND "138"*'),
        ("学校，收费", '"学校" AND "收费"'),
        ("", None),
        ("   ", None),
        ("，。！？——", None),
        ('"*', None),
    ],
)
def test_fts_query(query: str, expected: str | None) -> None:
    assert fts_query(query) == expected


def test_searchable_length() -> None:
    assert searchable_length("") == 0
    assert searchable_length("，。") == 0
    assert searchable_length("问") == 1
    assert searchable_length("问题") == 2
    assert searchable_length("张 138") == 4
    assert searchable_length("𠇔字") == 2


def test_is_cjk() -> None:
    for ch in "张䶮𠇔喆堃〇豈":
        assert is_cjk(ch), ch
    for ch in "a1，。〔〕 ・·😀ㄅあ":
        assert not is_cjk(ch), ch


# ---------------------------------------------------------------- matching through FTS5


TEXT = "学校以资料费名义向学生收取费用，每生三百元。请求退还违规收取的费用。张晓梅 13812345678"


@pytest.mark.parametrize(
    "query", ["资料费", "资料", "收取费用", "违规收取", "退还", "张晓梅", "晓梅", "1381234", "三百元"]
)
def test_real_text_matches(query: str) -> None:
    assert fts_matches(TEXT, query)


@pytest.mark.parametrize("query", ["资料收费", "学费", "李晓梅", "1391234", "校以资料费用", "费用张"])
def test_real_text_does_not_match(query: str) -> None:
    assert not fts_matches(TEXT, query)


def test_every_part_of_the_query_must_match() -> None:
    assert fts_matches(TEXT, "资料费 张晓梅")
    assert not fts_matches(TEXT, "资料费 李四")


def test_rare_characters_are_searchable() -> None:
    assert fts_matches("信访人赵䶮反映王𠇔的问题", "赵䶮")
    assert fts_matches("信访人赵䶮反映王𠇔的问题", "王𠇔")
    assert not fts_matches("信访人赵䶮反映王𠇔的问题", "赵𠇔")


def test_no_match_across_punctuation() -> None:
    assert not fts_matches("反映学校。校长不作为", "学校长")


cjk_chars = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.characters(min_codepoint=0x3400, max_codepoint=0x4DB5),  # extension A
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6D6),  # extension B
    st.sampled_from("䶮𠇔喆堃〇"),
)
# A small alphabet makes near misses (shared pairs, overlaps) frequent.
few_chars = st.sampled_from("学校长反映问题")


@settings(max_examples=200, deadline=None)
@given(st.text(cjk_chars, min_size=2, max_size=40), st.data())
def test_every_substring_of_two_or_more_cjk_characters_matches(text: str, data) -> None:
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 2, len(text)))
    assert fts_matches(text, text[start:end])


@settings(max_examples=300, deadline=None)
@given(st.text(few_chars, min_size=1, max_size=30), st.text(few_chars, min_size=2, max_size=5))
def test_cjk_query_matches_exactly_when_it_is_a_substring(text: str, query: str) -> None:
    assert fts_matches(text, query) == (query in text)


@settings(max_examples=200, deadline=None)
@given(st.text(cjk_chars, min_size=1, max_size=30), st.text(cjk_chars, min_size=2, max_size=4))
def test_random_cjk_query_not_in_text_does_not_match(text: str, query: str) -> None:
    assume(query not in text)
    assert not fts_matches(text, query)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(few_chars, min_size=2, max_size=8), min_size=1, max_size=4),
    st.lists(st.from_regex(r"\A[0-9]{3,11}\Z"), max_size=3),
    st.data(),
)
def test_substrings_of_mixed_text_match(runs: list[str], numbers: list[str], data) -> None:
    text = " ".join(runs + numbers)
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 2))
    end = data.draw(st.integers(start + 2, len(run)))
    assert fts_matches(text, run[start:end])
    for number in numbers:
        assert fts_matches(text, number[: data.draw(st.integers(1, len(number)))])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_query_is_valid_fts5_syntax(query: str) -> None:
    match = fts_query(query)
    if match is None:
        assert searchable_length(query) == 0
        return
    with sqlite3.connect(":memory:") as conn:
        conn.execute("create virtual table f using fts5(terms, tokenize='unicode61 remove_diacritics 0')")
        conn.execute("insert into f(terms) values (?)", (index_terms(query),))
        # Whatever was typed, the query is valid FTS5 and finds the text it came from.
        assert conn.execute("select count(*) from f where f match ?", (match,)).fetchone()[0] == 1
    conn.close()


# ---------------------------------------------------------------- PostgreSQL forms (pure)


@pytest.mark.parametrize(
    ("text", "vector"),
    [
        ("反映问题", "'反映' '映问' '问题'"),
        ("问题问题", "'问题' '题问'"),  # each term once: the vector holds no positions
        ("张", "'张'"),
        ("", ""),
        ("学校。校长", "'学校' '校长'"),
        ("张晓梅 11010519491231002X", "'张晓' '晓梅' '11010519491231002x'"),
    ],
)
def test_tsvector_literal(text: str, vector: str) -> None:
    assert tsvector_literal(text) == vector


def test_search_body_keeps_runs_apart() -> None:
    assert search_body("反映学校。校长不作为，电话138-1234") == "反映学校 校长不作为 电话 138 1234"


@pytest.mark.parametrize(
    ("query", "tsquery", "phrases"),
    [
        ("问题", "'问题'", ()),
        ("反映问题", "'反映' & '映问' & '问题'", ("反映问题",)),
        ("问题问题", "'问题' & '题问'", ("问题问题",)),
        ("张", "'张':*", ()),
        ("1381234", "'1381234':*", ()),
        ("张晓梅 138", "'张晓' & '晓梅' & '138':*", ("张晓梅",)),
        ("来访〔2026〕0001号", "'来访' & '2026':* & '0001':* & '号':*", ()),
    ],
)
def test_pg_query(query: str, tsquery: str, phrases: tuple[str, ...]) -> None:
    parsed = pg_query(query)
    assert parsed is not None
    assert (parsed.tsquery, parsed.phrases) == (tsquery, phrases)


def test_pg_query_of_nothing_searchable() -> None:
    assert pg_query("，。！？") is None
    assert pg_query("   ") is None
