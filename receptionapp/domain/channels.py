"""The channels through which a petition arrives (信访形式) and their rules.

Each channel has a Chinese label, the word used in its case numbers, and the
fields a clerk must fill for it (a letter has no visit head count, a
forwarded case must name the sending body and its reference number).
"""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    """信访形式."""

    VISIT = "visit"
    LEADER_RECEPTION = "leader_reception"
    LETTER = "letter"
    PHONE = "phone"
    ONLINE = "online"
    HOTLINE = "hotline"
    FORWARDED = "forwarded"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def number_word(self) -> str:
        """The word that opens a case number, e.g. 来访 in 来访〔2026〕0042号."""
        return _NUMBER_WORDS[self]

    @property
    def is_in_person(self) -> bool:
        """A visit: people stand in the room, so head count and collective rules apply."""
        return self in (Channel.VISIT, Channel.LEADER_RECEPTION)

    @property
    def needs_source(self) -> bool:
        """The sending body and its reference number are required."""
        return self in (Channel.FORWARDED, Channel.HOTLINE)

    @classmethod
    def from_label(cls, text: str) -> Channel:
        for channel, label in _LABELS.items():
            if text in (label, channel.value, _NUMBER_WORDS[channel]):
                return channel
        raise ValueError(f"未知的信访形式：{text}")


_LABELS: dict[Channel, str] = {
    Channel.VISIT: "来访",
    Channel.LEADER_RECEPTION: "领导接访",
    Channel.LETTER: "来信",
    Channel.PHONE: "电话",
    Channel.ONLINE: "网上信访/市长信箱",
    Channel.HOTLINE: "12345热线",
    Channel.FORWARDED: "上级转办",
}

_NUMBER_WORDS: dict[Channel, str] = {
    Channel.VISIT: "来访",
    Channel.LEADER_RECEPTION: "接访",
    Channel.LETTER: "来信",
    Channel.PHONE: "来电",
    Channel.ONLINE: "网信",
    Channel.HOTLINE: "热线",
    Channel.FORWARDED: "转办",
}

# The body every 12345 hotline form comes from (the registration form fills it in).
HOTLINE_BODY = "12345政务服务便民热线"
# The last choice of the sending bodies: one not on the list.
OTHER_BODY = "其他"

# Bodies that forward cases down to the bureau (上级转办 / 交办 sources).
FORWARDING_BODIES: tuple[str, ...] = (
    "省教育厅",
    "市信访局",
    "市委市政府领导",
    "市长信箱",
    HOTLINE_BODY,
    OTHER_BODY,
)


def fixed_source_body(channel: Channel) -> str | None:
    """The sending body a channel always has (12345 for the hotline, none for most); None: the clerk picks."""
    if channel is Channel.FORWARDED:
        return None
    return HOTLINE_BODY if channel is Channel.HOTLINE else ""
