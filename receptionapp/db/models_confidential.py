"""The conflicts of interest (回避, 《信访工作条例》第二十八条) the office records for staff.

A ``Recusal`` says that a user must not handle matters of a certain person
(a relative, a neighbour: matched by ID number, else by name) or of a
certain unit (where a relative works). Assigning, instructing or receiving
such a matter is flagged and needs a confirmed reason. Rows are never
deleted: an ended conflict keeps its row with who ended it and when.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from receptionapp.db.base import Base, now


class Recusal(Base):
    """回避: a user's conflict with a person or a unit."""

    __tablename__ = "recusals"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # "person" or "unit"
    person_name: Mapped[str] = mapped_column(String(64), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
