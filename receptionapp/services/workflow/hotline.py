"""12345 工单: the year's 续报率 (share of the year's 工单 whose answer was extended, domain.hotline)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.models_workflow import Extension, Obligation
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.channels import Channel
from receptionapp.domain.hotline import ExtensionRate
from receptionapp.domain.rules import ObligationKind

# Extending one of these on a 12345 工单 is a 续报: the answer the centre waits for.
ANSWER_KINDS = (ObligationKind.HOTLINE_REPLY.value, ObligationKind.UNIT_REPLY.value)


def is_hotline_answer(kind: str, channel: str) -> bool:
    """Whether extending an obligation of ``kind`` on a case of ``channel`` is a 续报."""
    return channel == Channel.HOTLINE.value and kind in ANSWER_KINDS


def _year_forms(year: int) -> list[ColumnElement[bool]]:
    return [Case.channel == Channel.HOTLINE.value, Case.year == year, Case.status != CaseStatus.VOIDED.value]


def extended_forms(session: Session, year: int) -> set[int]:
    """The ids of the year's 工单 whose answer was extended."""
    return set(
        session.scalars(
            select(Case.id)
            .join(Extension, Extension.case_id == Case.id)
            .join(Obligation, Obligation.id == Extension.obligation_id)
            .where(*_year_forms(year), Obligation.kind.in_(ANSWER_KINDS))
            .distinct()
        )
    )


def hotline_rate(session: Session, year: int) -> ExtensionRate:
    """The 续报率 of the 工单 received in ``year`` (voided ones left out)."""
    forms = int(session.scalar(select(func.count(Case.id)).where(*_year_forms(year))) or 0)
    return ExtensionRate(year, forms, len(extended_forms(session, year)))


def extension_rate(db: Database, case_id: int) -> tuple[ExtensionRate, bool] | None:
    """For the extension dialog: the 续报率 of the case's year and whether the case was extended
    already; None when the case is not a 12345 工单."""
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None or case.channel != Channel.HOTLINE.value:
            return None
        return hotline_rate(session, case.year), case.id in extended_forms(session, case.year)
