"""Tables of what follows a matter: the 回访 calls after 办结 and the 重大信访信息快报.

A ``FollowUp`` is one call (reached or not: several are allowed until one
reaches the petitioner); a ``MajorReport`` marks a case major, with its
reasons, the 快报's text and, once it went to the leaders, when and to whom.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from receptionapp.db.base import Base, now


class FollowUp(Base):
    """回访: one call-back to the petitioner after 办结."""

    __tablename__ = "follow_ups"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    called_on: Mapped[dt.date] = mapped_column(Date, index=True)
    caller_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reached: Mapped[bool] = mapped_column(Boolean)
    satisfaction: Mapped[str] = mapped_column(
        String(16), default=""
    )  # a CallSatisfaction, "" when not reached
    remarks: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class MajorReport(Base):
    """重大信访信息快报: the case marked major and the 快报 sent to the leaders."""

    __tablename__ = "major_reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    reasons: Mapped[str] = mapped_column(String(64))  # MajorReason values, comma-separated
    other: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(Text)
    head_count: Mapped[int] = mapped_column(default=1)  # as registered when it was marked
    marked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    marked_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_to: Mapped[str] = mapped_column(String(100), default="")
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
