"""Case numbers: 来访〔2026〕0042号, per channel and year, formatted and parsed back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from receptionapp.domain.channels import Channel
from receptionapp.domain.numbering import format_case_number, parse_case_number

WORDS = {
    Channel.VISIT: "来访",
    Channel.LEADER_RECEPTION: "接访",
    Channel.LETTER: "来信",
    Channel.PHONE: "来电",
    Channel.ONLINE: "网信",
    Channel.HOTLINE: "热线",
    Channel.FORWARDED: "转办",
}


def test_every_channel_has_its_own_two_character_word() -> None:
    assert set(WORDS) == set(Channel)
    assert len({c.number_word for c in Channel}) == len(Channel)
    for channel in Channel:
        assert channel.number_word == WORDS[channel]
        assert len(channel.number_word) == 2


@pytest.mark.parametrize("channel", list(Channel))
def test_format(channel: Channel) -> None:
    assert format_case_number(channel, 2026, 42) == f"{WORDS[channel]}〔2026〕0042号"
    assert format_case_number(channel, 2027, 1) == f"{WORDS[channel]}〔2027〕0001号"
    assert format_case_number(channel, 2026, 12345) == f"{WORDS[channel]}〔2026〕12345号"


@pytest.mark.parametrize("channel", list(Channel))
@pytest.mark.parametrize("seq", [1, 42, 999, 9999, 10000, 123456])
def test_round_trip_for_every_channel(channel: Channel, seq: int) -> None:
    assert parse_case_number(format_case_number(channel, 2026, seq)) == (channel, 2026, seq)


@given(st.sampled_from(list(Channel)), st.integers(1000, 9999), st.integers(0, 10**7))
def test_round_trip_property(channel: Channel, year: int, seq: int) -> None:
    number = format_case_number(channel, year, seq)
    assert parse_case_number(number) == (channel, year, seq)
    assert parse_case_number(f"  {number}\n") == (channel, year, seq)


@pytest.mark.parametrize(
    "text",
    [
        "来访[2026]0042号",
        "来访(2026)0042号",
        "来访（2026）0042号",
        " 来访〔2026〕0042号 ",
    ],
)
def test_parse_accepts_other_brackets(text: str) -> None:
    assert parse_case_number(text) == (Channel.VISIT, 2026, 42)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "来访",
        "来访〔2026〕042号",  # fewer than four digits
        "来访〔26〕0042号",
        "来访〔2026〕0042",  # no 号
        "来访2026〕0042号",
        "来访〔2026〕00a2号",
        "信访〔2026〕0042号",  # not a channel word
        "来〔2026〕0042号",
        "来访来〔2026〕0042号",
        "x来访〔2026〕0042号",
        "来访〔2026〕0042号附件",
    ],
)
def test_parse_rejects(text: str) -> None:
    assert parse_case_number(text) is None


def test_channel_from_label() -> None:
    for channel in Channel:
        assert Channel.from_label(channel.label) is channel
        assert Channel.from_label(channel.value) is channel
        assert Channel.from_label(channel.number_word) is channel
    with pytest.raises(ValueError, match="未知"):
        Channel.from_label("传真")
