"""A notice went out (受理 / 不予受理 / 转送 / 延期告知 / 转办异议, or a county bureau's own 受理告知): its deadlines are met.

Most notices are the bureau's own letters to the petitioner. A matter sent
to a county bureau (交办) also gives that bureau 15 working days to tell the
petitioner whether it accepts the matter (seed 004): the office records that
notice per 交办单 when the bureau reports it, so the deadline is met then and
not only with the bureau's reply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from receptionapp.db.database import Database
from receptionapp.db.models import Unit
from receptionapp.db.models_workflow import Assignment
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require
from receptionapp.services.deadlines.obligations import Closing, ObligationView, close
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import Step, check_date


@dataclass(frozen=True)
class NoticeKind:
    """A notice: its name, the deadlines it meets, and how the 登记告知 dialog offers it."""

    label: str
    meets: tuple[ObligationKind, ...]
    offered_as: str = ""  # "": as ``label``

    @property
    def choice(self) -> str:
        return self.offered_as or self.label


UNIT_ACCEPT = "unit_accept"
NOTICE_KINDS = {
    "accept": NoticeKind("受理告知单", (ObligationKind.INTAKE_NOTICE,)),
    "refuse": NoticeKind("不予受理告知单", (ObligationKind.INTAKE_NOTICE,)),
    "transfer": NoticeKind("转送告知", (ObligationKind.INTAKE_NOTICE,), "转送告知（已转有权处理的单位）"),
    "extension": NoticeKind("延期告知", (ObligationKind.EXTENSION_NOTICE,)),
    "objection": NoticeKind(
        "转办异议", (ObligationKind.FORWARD_OBJECTION,), "向转办机关提出异议（不属本机关职责）"
    ),
    # Offered once per 交办单 to a county bureau, named by the bureau (``notice_choices``).
    UNIT_ACCEPT: NoticeKind("承办单位受理告知", (ObligationKind.UNIT_ACCEPTANCE,)),
}
# The written notice of whether a matter is accepted, by the leader's route (the first one offered).
INTAKE_NOTICE_OF = {Route.NOT_ACCEPT: "refuse", Route.TRANSFER: "transfer"}


def intake_notice(route: Route) -> str:
    """The notice kind that answers the 受理告知 deadline of a matter decided in ``route``."""
    return INTAKE_NOTICE_OF.get(route, "accept")


@dataclass(frozen=True)
class NoticeChoice:
    """A notice the case is waiting for: its kind and, for a county bureau's own notice, the 交办单."""

    kind: str
    label: str
    assignment_id: int | None = None


def notice_choices(route: Route | None, waiting: Iterable[ObligationView]) -> list[NoticeChoice]:
    """The notices the open deadlines ``waiting`` call for, the likeliest first."""
    waiting = list(waiting)
    kinds = {o.kind for o in waiting}
    keys: list[str] = []
    if ObligationKind.INTAKE_NOTICE in kinds and route is not None:
        first = intake_notice(route)
        keys += [first] + [k for k in ("accept", "transfer", "refuse") if k != first]
    if ObligationKind.EXTENSION_NOTICE in kinds:
        keys.append("extension")
    if ObligationKind.FORWARD_OBJECTION in kinds and route is Route.NOT_ACCEPT:
        keys.append("objection")
    choices = [NoticeChoice(key, NOTICE_KINDS[key].choice) for key in keys]
    choices += [
        NoticeChoice(UNIT_ACCEPT, f"{o.unit}已告知受理", o.assignment_id)
        for o in waiting
        if o.kind is ObligationKind.UNIT_ACCEPTANCE and o.assignment_id is not None
    ]
    return choices


def notice_step(
    kind: str, on: dt.date, document: str | None = None, *, unit: str = "", assignment_id: int | None = None
) -> Step:
    """A notice sent on ``on`` (``document``: the letter's number; ``unit``: a county bureau's own notice).

    The deadlines it answers are met: those of its kinds, of that 交办单 only when one is named.
    """
    notice = NOTICE_KINDS[kind]
    at = dt.datetime.combine(on, dt.time(12, 0))
    closing = Closing(at, f"已发{notice.label}", kinds=notice.meets, assignment_id=assignment_id)
    sent = f"{on:%Y-%m-%d}" + (f"，{document}" if document is not None else "")
    if kind == UNIT_ACCEPT:
        summary = f"{unit}已向信访人发出受理告知（{sent}）"
    else:
        summary = f"已向信访人发出{notice.label}（{sent}）"
    return Step({}, audit.Entry("notice", "case", summary), closes=(closing,))


def record_notice(
    db: Database,
    actor: Actor,
    case_id: int,
    kind: str,
    *,
    on: dt.date | None = None,
    assignment_id: int | None = None,
) -> int:
    """A notice went out: its obligations are done; returns how many.

    A county bureau's own 受理告知 (``UNIT_ACCEPT``) names its 交办单 (``assignment_id``).
    """
    require(actor, CAN_PROCESS, "登记告知")
    if kind not in NOTICE_KINDS:
        raise ValueError(kind)
    label = NOTICE_KINDS[kind].label
    on = on or steps.today()
    with db.write() as session:
        case = load_case(session, case_id)
        if not CaseStatus(case.status).is_open and kind != "extension":
            raise ServiceError(f"该事项{CaseStatus(case.status).label}，不能再登记{label}")
        check_date(on, case, "on", "告知日期")
        unit = ""
        if kind == UNIT_ACCEPT:
            assignment = session.get(Assignment, assignment_id) if assignment_id is not None else None
            if assignment is None or assignment.case_id != case.id:
                raise ValidationFailed({"kind": "请选择告知受理的承办单位"})
            if on < assignment.issued_on:
                raise ValidationFailed({"on": "告知日期不能早于交办日期"})
            found = session.get(Unit, assignment.unit_id)
            unit = found.name if found else "承办单位"
        elif assignment_id is not None:
            raise NotFound("该告知不属于某一交办单")
        step = notice_step(kind, on, unit=unit, assignment_id=assignment_id)
        done = close(session, case, step.closes[0])
        if not done:
            raise ServiceError(f"没有待办的{label}期限")
        audit.record_entry(session, actor, step.entry, case.id, case_id=case.id)
        return len(done)
