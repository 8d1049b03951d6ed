"""Yearly numbers for the forms: 交办〔2026〕0001号, 督办〔2026〕0001号, 信档〔2026〕0001号.

Each kind of paper has its own sequence per year in the ``case_counters``
table (keyed ``form:<kind>``, beside the case channels). The UPDATE that
hands out a number takes the row lock, so two PCs saving at once queue
instead of sharing a number.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from receptionapp.db.models import CaseCounter
from receptionapp.domain.numbering import form_counter_key, format_form_number


def next_counter(session: Session, key: str, year: int) -> int:
    result = session.execute(
        update(CaseCounter)
        .where(CaseCounter.channel == key, CaseCounter.year == year)
        .values(last=CaseCounter.last + 1)
        .returning(CaseCounter.last)
    ).scalar()
    if result is not None:
        return int(result)
    session.add(CaseCounter(channel=key, year=year, last=1))
    session.flush()
    return 1


def next_form_number(session: Session, kind: str, year: int) -> str:
    return format_form_number(kind, year, next_counter(session, form_counter_key(kind), year))
