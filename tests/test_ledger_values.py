"""The ledger normalisers and header guessing, without a database (examples and hypothesis)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import Decision, Satisfaction, ServiceMethod
from receptionapp.domain.ledger_fields import (
    LedgerField,
    LedgerMapping,
    fill_merges,
    find_header,
    guess_field,
    guess_mapping,
)
from receptionapp.domain.ledger_values import (
    EXCEL_EPOCH,
    Unreadable,
    clean,
    decision_of,
    match_choice,
    parse_channel,
    parse_date,
    parse_head_count,
    parse_moment,
    parse_satisfaction,
    parse_time,
    parse_yes_no,
    split_names,
    text_of_number_cell,
    upgrade_id_number,
)
from receptionapp.domain.validation import validate_id_number

FULL_WIDTH = str.maketrans("0123456789:/.-", "０１２３４５６７８９：／．－")
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026.9.8", dt.date(2026, 9, 8)),
        ("2026/09/08", dt.date(2026, 9, 8)),
        ("2026-9-8", dt.date(2026, 9, 8)),
        ("2026年9月8日", dt.date(2026, 9, 8)),
        ("2026 年 9 月 8 日", dt.date(2026, 9, 8)),
        ("２０２６年９月８日", dt.date(2026, 9, 8)),
        ("20260908", dt.date(2026, 9, 8)),
        ("46273", dt.date(2026, 9, 8)),  # an Excel serial typed into a CSV
        (46273, dt.date(2026, 9, 8)),
        (46273.0, dt.date(2026, 9, 8)),
        (dt.datetime(2026, 9, 8, 15, 0), dt.date(2026, 9, 8)),
        (dt.date(2026, 9, 8), dt.date(2026, 9, 8)),
        ("", None),
        (None, None),
    ],
)
def test_dates_in_the_ways_offices_write_them(text, expected) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026/09/08 14:30", dt.datetime(2026, 9, 8, 14, 30)),
        ("2026年9月8日14时30分", dt.datetime(2026, 9, 8, 14, 30)),
        ("2026年9月8日 下午3点", dt.datetime(2026, 9, 8, 15, 0)),
        ("2026-09-08T09:05:30", dt.datetime(2026, 9, 8, 9, 5, 30)),
        (46273.5, dt.datetime(2026, 9, 8, 12, 0)),
    ],
)
def test_dates_with_a_time(text, expected) -> None:
    assert parse_moment(text) == (expected, True)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("26.9.8", "年份只有两位"),
        ("2026.2.30", "不是存在的日期"),
        ("1985-01-01", "早于1990年"),
        (dt.datetime(1985, 1, 1), "早于1990年"),
        ("下周三", "不是日期"),
        ("123", "不是日期"),
        (12, "不是日期"),
        ("2026-09-08 25:00", "时间"),
    ],
)
def test_dates_that_are_not_clear_are_refused_with_a_reason(text, reason) -> None:
    with pytest.raises(Unreadable, match=reason):
        parse_moment(text)


@given(dates)
def test_every_written_form_of_a_date_reads_back(day: dt.date) -> None:
    forms = [
        f"{day.year}.{day.month}.{day.day}",
        f"{day:%Y/%m/%d}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day:%Y%m%d}",
        str((day - EXCEL_EPOCH).days),
        (day - EXCEL_EPOCH).days,
        dt.datetime.combine(day, dt.time()),
    ]
    for form in forms:
        assert parse_date(form) == day, form
        if isinstance(form, str):
            assert parse_date(form.translate(FULL_WIDTH)) == day, form


@given(st.times().map(lambda t: t.replace(microsecond=0)))
def test_times_read_back(moment: dt.time) -> None:
    assert parse_time(f"{moment:%H:%M:%S}") == moment
    assert parse_time(f"{moment.hour}时{moment.minute}分") == moment.replace(second=0)


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=True)))
def test_readers_never_crash_on_any_cell(value) -> None:
    for reader in (parse_moment, parse_time, parse_channel, parse_head_count):
        try:
            reader(value)
        except Unreadable as error:
            assert str(error)  # a Chinese reason, never a traceback
    for reader in (parse_satisfaction, parse_yes_no, clean, split_names):
        reader(value)


@pytest.mark.parametrize(
    ("word", "channel"),
    [
        ("来访", Channel.VISIT),
        ("走访", Channel.VISIT),
        ("集体来访", Channel.VISIT),
        ("领导接访", Channel.LEADER_RECEPTION),
        ("局长接待日", Channel.LEADER_RECEPTION),
        ("信件", Channel.LETTER),
        ("来电", Channel.PHONE),
        ("电话反映", Channel.PHONE),
        ("市长信箱", Channel.ONLINE),
        ("网上信访", Channel.ONLINE),
        ("12345工单", Channel.HOTLINE),
        ("１２３４５热线", Channel.HOTLINE),
        ("省厅转办", Channel.FORWARDED),
        ("上级交办", Channel.FORWARDED),
    ],
)
def test_channel_words(word: str, channel: Channel) -> None:
    assert parse_channel(word) is channel


@given(st.sampled_from(list(Channel)))
def test_every_channel_reads_its_own_label_and_number_word(channel: Channel) -> None:
    assert parse_channel(channel.label) is channel
    assert parse_channel(channel.number_word) is channel


def test_an_unknown_channel_lists_the_known_ones() -> None:
    with pytest.raises(Unreadable, match=r"无法识别.*来访"):
        parse_channel("其他方式")


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("经调查属实，予以支持。", Decision.SUPPORT),
        ("诉求不合理，不予支持", Decision.REJECT),
        ("已向信访人解释说明政策", Decision.EXPLAIN),
        ("不属于教育部门职责，不予受理", Decision.NOT_ACCEPTED),
        ("已协调学校妥善处理", Decision.UNSPECIFIED),
        ("部分予以支持，部分不予支持", Decision.UNSPECIFIED),
        ("", Decision.UNSPECIFIED),
    ],
)
def test_the_decision_is_taken_only_when_the_result_names_it(text: str, decision: Decision) -> None:
    assert decision_of(text) is decision


def test_unspecified_is_never_offered_when_closing_by_hand() -> None:
    assert Decision.UNSPECIFIED not in Decision.choosable()
    assert ServiceMethod.UNSPECIFIED not in ServiceMethod.choosable()
    assert Decision.UNSPECIFIED.label == "未注明"


def test_satisfaction_and_on_time_words() -> None:
    assert parse_satisfaction("基本满意") is Satisfaction.BASIC
    assert parse_satisfaction("不满意") is Satisfaction.UNSATISFIED
    assert parse_satisfaction("满意") is Satisfaction.SATISFIED
    assert parse_satisfaction("未评价") is Satisfaction.UNKNOWN
    assert parse_yes_no("是") is True and parse_yes_no("超期") is False and parse_yes_no("不详") is None


def test_names_counts_and_number_cells() -> None:
    assert split_names("王五等12人") == (["王五"], 12)
    assert split_names("张三、李四") == (["张三", "李四"], None)
    assert parse_head_count("５人") == 5
    with pytest.raises(Unreadable):
        parse_head_count("很多")
    assert text_of_number_cell(13812345678, "联系电话") == "13812345678"
    with pytest.raises(Unreadable, match="末几位可能已丢失"):
        text_of_number_cell(3.30102198005061e17, "身份证号")


# The same dates as ``dates`` before 2000, drawn directly: filtering nine in ten away trips Hypothesis' health check.
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(1999, 12, 31)), st.integers(0, 999))
def test_old_15_digit_id_numbers_become_valid_18_digit_ones(born: dt.date, serial: int) -> None:
    old = f"330102{born:%y%m%d}{serial:03d}"
    new = upgrade_id_number(old)
    assert new is not None and new[6:14] == f"{born:%Y%m%d}"
    assert validate_id_number(new, dt.date(2026, 1, 1)) is None


REGIONS = ["市直属", "城东区", "城西区", "北山县", "南湖县"]
CATEGORIES = ["办学管理", "教育收费", "教师待遇", "师德师风", "其他"]


def test_regions_match_without_their_suffix_categories_only_suggest() -> None:
    assert match_choice("城东", REGIONS, region=True).value == "城东区"
    assert match_choice("北山县教育局", REGIONS, region=True).value == "北山县"
    assert match_choice(" 城 西 区 ", REGIONS, region=True).value == "城西区"
    unknown = match_choice("收费问题", CATEGORIES)
    assert unknown.value is None and unknown.suggestion == "教育收费"
    assert match_choice("外星人", CATEGORIES).suggestion is None


@given(st.sampled_from(REGIONS + CATEGORIES))
def test_every_list_entry_matches_itself_exactly(name: str) -> None:
    assert match_choice(name, REGIONS + CATEGORIES, region=name in REGIONS).value == name
    assert match_choice(name.translate(FULL_WIDTH) + "　", REGIONS + CATEGORIES).value == name


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("来访时间（年月日）", LedgerField.RECEIVED_AT),
        ("信访人信息/姓名", LedgerField.NAME),
        ("身份证号码", LedgerField.ID_NUMBER),
        ("联系方式", LedgerField.PHONE),
        ("来访人数", LedgerField.HEAD_COUNT),
        ("所属县区", LedgerField.REGION),
        ("被反映单位", LedgerField.UNIT),
        ("问题分类", LedgerField.CATEGORY),
        ("反映的主要问题", LedgerField.PROBLEM),
        ("主要诉求", LedgerField.DEMAND),
        ("责任单位", LedgerField.HANDLER),
        ("办理情况/办理结果", LedgerField.RESULT),
        ("办结日期", LedgerField.CLOSED_ON),
        ("群众满意度", LedgerField.SATISFACTION),
        ("是否按期办结", LedgerField.ON_TIME),
        ("工单编号", LedgerField.SOURCE_REF),
        ("信访编号", LedgerField.NUMBER),
        ("姓 名", LedgerField.NAME),
        ("序号", None),
        ("附件", None),
    ],
)
def test_usual_chinese_headers_are_guessed(header: str, field: LedgerField | None) -> None:
    assert guess_field(header) is field


def test_a_date_and_a_time_column_both_map() -> None:
    columns = guess_mapping(["序号", "日期", "时间", "姓名", "反映问题", "姓名"])
    assert columns == {
        LedgerField.RECEIVED_AT: 1,
        LedgerField.RECEIVED_TIME: 2,
        LedgerField.NAME: 3,
        LedgerField.PROBLEM: 4,
    }


def test_a_two_level_header_under_a_merged_title_is_found() -> None:
    rows = [
        ["2025年度信访事项登记台账", None, None, None, None],
        [],
        ["来访时间", "信访人信息", None, "反映问题", "备注"],
        [None, "姓名", "联系电话", None, None],
        [dt.datetime(2025, 1, 2), "张三", "13812345678", "收费", None],
    ]
    merges = [(0, 0, 0, 4), (2, 0, 3, 0), (2, 1, 2, 2), (2, 3, 3, 3), (2, 4, 3, 4)]
    fill_merges(rows, merges)
    header = find_header(rows, 5)
    assert header is not None and (header.first, header.depth) == (2, 2)
    assert header.labels == ["来访时间", "信访人信息/姓名", "信访人信息/联系电话", "反映问题", "备注"]


def test_a_saved_mapping_survives_moved_columns_and_json() -> None:
    mapping = LedgerMapping(
        columns={LedgerField.NAME: "姓名", LedgerField.RECEIVED_AT: "来访时间（年月日）"},
        channel=Channel.LETTER,
        values={LedgerField.CATEGORY: {"收费": "教育收费"}},
    )
    again = LedgerMapping.from_json(mapping.to_json())
    assert again == mapping
    columns, missing = again.resolve(["备注", "来访时间", "姓名"])
    assert columns == {LedgerField.NAME: 2, LedgerField.RECEIVED_AT: 1} and missing == []
    assert again.resolve(["备注"])[1] == ["姓名", "来访时间（年月日）"]


def _runs_by_character(text: str) -> list[tuple[bool, str]]:
    """The search-term splitter as it was before it became a regex split (the reference)."""
    import re
    import unicodedata

    from receptionapp.domain.textsearch import is_cjk

    text = unicodedata.normalize("NFKC", text).lower()
    runs: list[tuple[bool, str]] = []
    buf: list[str] = []
    for ch in text:
        if is_cjk(ch):
            buf.append(ch)
            continue
        if buf:
            runs.append((True, "".join(buf)))
            buf = []
        runs.append((False, ch))
    if buf:
        runs.append((True, "".join(buf)))
    merged: list[tuple[bool, str]] = []
    pending = ""
    for cjk, piece in runs:
        if cjk:
            if pending:
                merged.extend((False, w) for w in re.findall(r"[0-9a-z]+", pending))
                pending = ""
            merged.append((True, piece))
        else:
            pending += piece
    if pending:
        merged.extend((False, w) for w in re.findall(r"[0-9a-z]+", pending))
    return merged


@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from("学校收费䶮𠇔〇豈ＡＢ１２ ，。-\n\ue000"),
            st.characters(min_codepoint=0x3300, max_codepoint=0x4E10),
            st.characters(min_codepoint=0x1FFF0, max_codepoint=0x20010),
            st.characters(),
        ),
        max_size=60,
    )
)
def test_the_faster_search_term_splitter_splits_exactly_as_before(text: str) -> None:
    from receptionapp.domain.textsearch import _runs

    assert _runs(text) == _runs_by_character(text)


def test_a_first_data_row_of_short_texts_is_not_taken_for_a_second_header_row() -> None:
    rows = [
        ["日期", "姓名", "信访形式", "办理结果", "反映问题"],
        ["2025-1-2", "张三", "来访", "已办结", "收费"],
        ["2025-1-3", "李四", "来信", "办理中", "补课"],
    ]
    header = find_header(rows, 5)
    assert header is not None and (header.first, header.depth) == (0, 1)
