"""A petition case (信访事项) as the domain sees it: status and registration input.

``RegistrationInput`` is what the registration form (登记单) collects; the
services turn it into database rows after ``validation.validate_registration``
has found nothing wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from receptionapp.domain.channels import Channel, fixed_source_body
from receptionapp.domain.people import COLLECTIVE_VISIT_MIN, Gender, Relation
from receptionapp.domain.petition_types import DEFAULT_PETITION_TYPE, PetitionType


class CaseStatus(StrEnum):
    """Where a case stands. Cases are never deleted; a mistaken one is voided."""

    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    REPLIED = "replied"  # the units answered; the reply to the petitioner and 办结 remain
    CLOSED = "closed"
    ARCHIVED = "archived"
    VOIDED = "voided"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (CaseStatus.REGISTERED, CaseStatus.IN_PROGRESS, CaseStatus.REPLIED)


_STATUS_LABELS = {
    CaseStatus.REGISTERED: "已登记",
    CaseStatus.IN_PROGRESS: "办理中",
    CaseStatus.REPLIED: "待办结",
    CaseStatus.CLOSED: "已办结",
    CaseStatus.ARCHIVED: "已归档",
    CaseStatus.VOIDED: "已作废",
}


class ReviewStage(StrEnum):
    """How far the matter went through review: a 复核 ends it (不再受理)."""

    NONE = "none"
    REVIEW = "review"  # 复查
    FINAL_REVIEW = "final_review"  # 复核终结

    @property
    def label(self) -> str:
        return {"none": "无", "review": "复查", "final_review": "已复核终结"}[self.value]


@dataclass
class PetitionerInput:
    """One person on the 登记单."""

    name: str = ""
    gender: Gender = Gender.UNKNOWN
    id_number: str = ""
    phone: str = ""
    address: str = ""
    relation: Relation = Relation.OTHER
    is_representative: bool = False


@dataclass
class RegistrationInput:
    """Everything the registration form collects for one new case."""

    channel: Channel = Channel.VISIT
    received_at: dt.datetime | None = None
    petitioners: list[PetitionerInput] = field(default_factory=list)
    head_count: int = 1
    category: str = ""
    region: str = ""
    unit: str = ""
    problem: str = ""
    demand: str = ""
    source_body: str = ""
    source_ref: str = ""
    letter_pages: int | None = None
    is_appointment: bool = False
    skipped_level: bool = False
    # 复查申请: the petitioner asks the bureau to review a county bureau's or school's answer;
    # accepted, it is answered by a 复查意见 within 30 days of the request (条例 art. 35).
    review_request: bool = False
    # The day the reply the petitioner asks to have reviewed was served (domain.review_window):
    # a request later than the rule's 30 days is registered as late.
    review_served_on: dt.date | None = None
    # 12345: the date the hotline centre set for an urgent 工单's answer; it replaces the rule's
    # 5 working days (domain.hotline).
    hotline_limit: dt.date | None = None
    note: str = ""
    # 信访类型; a 检举控告 makes the case confidential (see domain.petition_types).
    petition_type: PetitionType = DEFAULT_PETITION_TYPE
    # 首问负责制: who first received the visitor when it was not the registering clerk.
    first_receiver_id: int | None = None

    @property
    def is_collective(self) -> bool:
        return self.channel.is_in_person and self.head_count >= COLLECTIVE_VISIT_MIN

    def for_channel(self) -> RegistrationInput:
        """What is registered: the fields this channel does not have are left out.

        A form keeps every field while the clerk switches channels; only the
        channel's own go into the case (a letter's page count, a visit's head
        count, a forwarded matter's sending body, the 12345 body of a hotline form).
        """
        channel = self.channel
        fixed = fixed_source_body(channel)
        return dataclasses.replace(
            self,
            head_count=self.head_count if channel.is_in_person else max(1, len(self.petitioners)),
            source_body=self.source_body if fixed is None else fixed,
            source_ref=self.source_ref if channel.needs_source else "",
            letter_pages=self.letter_pages if channel is Channel.LETTER else None,
            is_appointment=self.is_appointment and channel is Channel.LEADER_RECEPTION,
            hotline_limit=self.hotline_limit if channel is Channel.HOTLINE else None,
        )
