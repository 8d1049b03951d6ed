"""Demo data: the busiest repeat petitioners become 重点信访人, so a demo office shows them in reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from receptionapp.db.database import Database
from receptionapp.db.models import Petitioner
from receptionapp.db.models_workflow import KeyPetitioner
from receptionapp.demo.staff import Staff
from receptionapp.domain.roles import Role
from receptionapp.services.cases import key_petitioners

KEY_REASONS = ("多次重复来访，诉求未息", "越级上访，情绪激动", "组织集体访的代表", "长期信访，诉求反复")


def mark_key_petitioners(
    db: Database, staff: Staff, repeaters: list[int], today: dt.date, most: int = 5
) -> int:
    """The repeat petitioners with the most cases (three or more) become key petitioners.

    Through the key-petitioner service, so the marks are audited; each gets
    a leader in turn, so the report's 重点信访人 table is filled.
    """
    if not repeaters or not staff.leaders:
        return 0
    with db.read() as session:
        counts = session.execute(
            select(Petitioner.person_id, func.count(Petitioner.case_id))
            .where(Petitioner.person_id.in_(repeaters))
            .group_by(Petitioner.person_id)
            .having(func.count(Petitioner.case_id) >= 3)
            .order_by(func.count(Petitioner.case_id).desc(), Petitioner.person_id)
            .limit(most)
        ).all()
        taken = set(session.scalars(select(KeyPetitioner.person_id)))
    actor = staff.actor(staff.office, Role.OFFICE)
    marked = 0
    for i, (person_id, _count) in enumerate(counts):
        if person_id in taken:
            continue
        leader_id = staff.leaders[i % len(staff.leaders)][0]
        key_petitioners.mark(
            db,
            actor,
            person_id,
            KEY_REASONS[i % len(KEY_REASONS)],
            leader_id,
            status_note=key_petitioners.STATUS_SUGGESTIONS[i % 2],
            since=today - dt.timedelta(days=30 * (i + 1)),
        )
        marked += 1
    return marked
