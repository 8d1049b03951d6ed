"""A notice went out to the petitioner (受理 / 不予受理 / 转送 / 延期告知 / 转办异议): its deadlines are met."""

from __future__ import annotations

import datetime as dt

from receptionapp.db.database import Database
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, ServiceError, require
from receptionapp.services.deadlines.obligations import Closing, close
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import Step, check_date

NOTICE_KINDS = {
    "accept": ("受理告知单", (ObligationKind.INTAKE_NOTICE,)),
    "refuse": ("不予受理告知单", (ObligationKind.INTAKE_NOTICE,)),
    "transfer": ("转送告知", (ObligationKind.INTAKE_NOTICE,)),
    "extension": ("延期告知", (ObligationKind.EXTENSION_NOTICE,)),
    "objection": ("转办异议", (ObligationKind.FORWARD_OBJECTION,)),
}
# The written notice of whether a matter is accepted, by the leader's route (the first one offered).
INTAKE_NOTICE_OF = {Route.NOT_ACCEPT: "refuse", Route.TRANSFER: "transfer"}


def intake_notice(route: Route) -> str:
    """The notice kind that answers the 受理告知 deadline of a matter decided in ``route``."""
    return INTAKE_NOTICE_OF.get(route, "accept")


def notice_step(kind: str, on: dt.date, document: str | None = None) -> Step:
    """A notice sent on ``on`` (``document``: the letter's number): the deadlines it answers are met."""
    label, kinds = NOTICE_KINDS[kind]
    closing = Closing(dt.datetime.combine(on, dt.time(12, 0)), f"已发{label}", kinds=kinds)
    sent = f"{on:%Y-%m-%d}" + (f"，{document}" if document is not None else "")
    entry = audit.Entry("notice", "case", f"已向信访人发出{label}（{sent}）")
    return Step({}, entry, closes=(closing,))


def record_notice(db: Database, actor: Actor, case_id: int, kind: str, *, on: dt.date | None = None) -> int:
    """A notice went out (受理 / 不予受理 / 转送 / 延期告知): its obligations are done; returns how many."""
    require(actor, CAN_PROCESS, "登记告知")
    if kind not in NOTICE_KINDS:
        raise ValueError(kind)
    label = NOTICE_KINDS[kind][0]
    on = on or steps.today()
    with db.write() as session:
        case = load_case(session, case_id)
        if not CaseStatus(case.status).is_open and kind != "extension":
            raise ServiceError(f"该事项{CaseStatus(case.status).label}，不能再登记{label}")
        check_date(on, case, "on", "告知日期")
        step = notice_step(kind, on)
        done = close(session, case, step.closes[0])
        if not done:
            raise ServiceError(f"没有待办的{label}期限")
        audit.record_entry(session, actor, step.entry, case.id, case_id=case.id)
        return len(done)
