"""A notice went out to the petitioner (受理 / 不予受理 / 转送 / 延期告知 / 转办异议): its deadlines are met."""

from __future__ import annotations

import datetime as dt

from receptionapp.db.database import Database
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.rules import ObligationKind
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, ServiceError, require
from receptionapp.services.deadlines.obligations import close_obligations
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import check_date

NOTICE_KINDS = {
    "accept": ("受理告知单", (ObligationKind.INTAKE_NOTICE,)),
    "refuse": ("不予受理告知单", (ObligationKind.INTAKE_NOTICE,)),
    "transfer": ("转送告知", (ObligationKind.INTAKE_NOTICE,)),
    "extension": ("延期告知", (ObligationKind.EXTENSION_NOTICE,)),
    "objection": ("转办异议", (ObligationKind.FORWARD_OBJECTION,)),
}


def record_notice(db: Database, actor: Actor, case_id: int, kind: str, *, on: dt.date | None = None) -> int:
    """A notice went out (受理 / 不予受理 / 转送 / 延期告知): its obligations are done; returns how many."""
    require(actor, CAN_PROCESS, "登记告知")
    if kind not in NOTICE_KINDS:
        raise ValueError(kind)
    label, kinds = NOTICE_KINDS[kind]
    on = on or steps.today()
    with db.write() as session:
        case = load_case(session, case_id)
        if not CaseStatus(case.status).is_open and kind != "extension":
            raise ServiceError(f"该事项{CaseStatus(case.status).label}，不能再登记{label}")
        check_date(on, case, "on", "告知日期")
        done = close_obligations(
            session, case, kinds=kinds, note=f"已发{label}", at=dt.datetime.combine(on, dt.time(12, 0))
        )
        if not done:
            raise ServiceError(f"没有待办的{label}期限")
        audit.record(
            session,
            actor,
            "notice",
            "case",
            case.id,
            f"已向信访人发出{label}（{on:%Y-%m-%d}）",
            case_id=case.id,
        )
        return len(done)
