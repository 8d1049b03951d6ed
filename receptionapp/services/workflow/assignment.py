"""交办: a 交办单 to a unit with the deadline its rules give, and the unit's written reply."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case, Unit
from receptionapp.db.models_workflow import Assignment, Instruction, Supervision
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.confidentiality import names_unit
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.hotline import capped
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import CAN_PROCESS, CAN_RECORD_REPLY, Role
from receptionapp.domain.rules import DeadlineRule, ObligationKind
from receptionapp.domain.units import UnitKind, UnitRef
from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Action, AssignmentStatus
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.cases import recusals
from receptionapp.services.cases.confidentiality import confirm_or_refuse
from receptionapp.services.context import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    require,
)
from receptionapp.services.deadlines.obligations import (
    Closing,
    Planned,
    add_obligations,
    close,
    plan_obligation,
    refresh_case_due,
    rules_in_force,
    unit_ref,
)
from receptionapp.services.numbering import next_form_number
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import (
    CaseFacts,
    Step,
    check_date,
    ensure_allowed,
    facts_of,
    open_assignments,
)


def complained_about(case: Case, unit: Unit) -> bool:
    """Whether ``unit`` is the unit the petition is about (then the 交办单 hides the petitioner)."""
    return names_unit(case.unit_name, unit.name)


def conceals(case: CaseFacts, unit_name: str, requested: bool | None = None) -> bool:
    """Whether the 交办单 hides the petitioner: as ``requested``, else when confidential or sent to the
    unit the petition is about; a confidential matter's accused unit never learns who reported it."""
    accused = names_unit(case.unit_name, unit_name)
    hide = (accused or case.confidential) if requested is None else requested
    return hide or (accused and case.confidential)


def assignment_step(
    rules: Sequence[DeadlineRule],
    case: CaseFacts,
    unit: UnitRef,
    *,
    number: str,
    on: dt.date,
    instruction: tuple[int, str] | None,
    instruction_text: str,
    requirement: str,
    conceal_identity: bool,
    issued_by_id: int,
    at: dt.datetime,
    calendar: Calendar | None = None,
) -> Step | None:
    """The 交办单 with the reply deadline the unit's rules give (a county bureau also owes its
    受理告知单); None when no rule gives the unit a reply deadline. ``instruction``: the latest 批示."""

    def planned(kind: ObligationKind) -> list[Planned]:
        def plan(fixed: dt.date | None = None) -> Planned | None:
            return plan_obligation(
                rules,
                kind,
                channel=case.channel,
                route=case.route,
                start=on,
                received_on=case.received_on,
                at=at,
                unit=unit,
                calendar=calendar,
                fixed=fixed,
            )

        found = plan()
        if (
            found
            and kind is ObligationKind.UNIT_REPLY
            and (limit := capped(found.due.date, case.hotline_limit))
        ):
            # An urgent 工单: the division answers by the date the 12345 centre set.
            found = plan(limit)
        return [found] if found else []

    reply = planned(ObligationKind.UNIT_REPLY)
    if not reply:
        return None
    opens = reply + (planned(ObligationKind.UNIT_ACCEPTANCE) if unit.kind == UnitKind.COUNTY_BUREAU else [])
    due, rule = reply[0].due, reply[0].rule
    assert rule is not None
    row = {
        "number": number,
        "unit_id": unit.id,
        "instruction_id": instruction[0] if instruction else None,
        "instruction_text": (instruction_text or (instruction[1] if instruction else "")).strip(),
        "requirement": requirement.strip(),
        "conceal_identity": conceal_identity,
        "issued_on": on,
        "due_date": due.date,
        "issued_by_id": issued_by_id,
        "status": AssignmentStatus.OPEN.value,
        "reply": "",
        "replied_on": None,
        "reply_recorded_by_id": None,
        "created_at": at,
    }
    status = CaseStatus.IN_PROGRESS.value
    entry = audit.Entry(
        "assign",
        "assignment",
        f"交办{unit.name}（{number}），"
        + (
            "按12345受理中心时限回复"
            if reply[0].values["fixed_due"]
            else f"{reply[0].values['length']}{rule.unit.label}内回复"
        )
        + f"，期限{due.date:%Y-%m-%d}"
        + ("（暂定）" if due.provisional else "")
        + ("；交办单隐去信访人信息" if conceal_identity else ""),
        {"status": [case.status, status], "unit": unit.name, "due_date": due.date},
    )
    return Step(row, entry, {"status": status}, tuple(opens))


def reply_step(
    case: CaseFacts,
    *,
    assignment_id: int,
    number: str,
    unit_name: str,
    due_date: dt.date,
    reply: str,
    on: dt.date,
    recorded_by_id: int,
    others_open: int,
    supervisions: Iterable[int],
) -> Step:
    """A unit's reply to its 交办单: the deadlines of the 交办单 and of its open 督办单 (``supervisions``,
    answered by the reply) are met; with no other 交办单 open (``others_open``) the case awaits 办结."""
    moment = dt.datetime.combine(on, dt.time(12, 0))
    closes = [Closing(moment, "已回复", assignment_id=assignment_id)]
    closes += [Closing(moment, "随办理回复答复", supervision_id=s) for s in supervisions]
    late = on > due_date
    status = CaseStatus.REPLIED.value if others_open == 0 else case.status
    row = {
        "status": AssignmentStatus.REPLIED.value,
        "reply": reply,
        "replied_on": on,
        "reply_recorded_by_id": recorded_by_id,
    }
    entry = audit.Entry(
        "reply",
        "assignment",
        f"{unit_name}回复{number}" + ("（超期）" if late else "") + f"：{reply[:200]}",
        {"status": [case.status, status], "late": late},
    )
    answer = {"answer": f"已报送办理回复：{reply[:100]}", "answered_on": on}
    changes = {"status": status} if status != case.status else {}
    return Step(row, entry, changes, closes=tuple(closes), target=answer)


@dataclass(frozen=True)
class Assigned:
    id: int
    number: str
    due_date: dt.date
    provisional: bool
    conceal_identity: bool


def assign(
    db: Database,
    actor: Actor,
    case_id: int,
    unit_id: int,
    *,
    instruction_text: str = "",
    requirement: str = "",
    conceal_identity: bool | None = None,
    on: dt.date | None = None,
    confirm_reason: str = "",
) -> Assigned:
    """Issue a 交办单 to a unit with the deadline the rules give for that kind of unit.

    A confidential case's 交办单 hides the petitioner by default. Two things
    need ``confirm_reason`` (NeedsConfirmation without it): a confidential
    检举控告 going to the unit it accuses (条例 art. 30; its identity is then
    always hidden), and a handler of the unit in conflict with the petitioner
    or the accused unit (回避, art. 28).
    """
    require(actor, CAN_PROCESS, "交办信访事项")
    on = on or steps.today()
    for key, value in (("instruction_text", instruction_text), ("requirement", requirement)):
        if problem := validate_text(value, limit=5000, label="交办内容"):
            raise ValidationFailed({key: problem})
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.ASSIGN)
        check_date(on, case, "on", "交办日期")
        unit = session.get(Unit, unit_id)
        if unit is None or not unit.active:
            raise ValidationFailed({"unit": "请选择承办单位"})
        already = session.scalar(
            select(Assignment.number).where(
                Assignment.case_id == case.id,
                Assignment.unit_id == unit.id,
                Assignment.status == AssignmentStatus.OPEN,
            )
        )
        if already:
            raise ValidationFailed({"unit": f"已向{unit.name}交办（{already}），尚未回复"})
        instruction = session.scalar(
            select(Instruction).where(Instruction.case_id == case.id).order_by(Instruction.id.desc()).limit(1)
        )
        accused = complained_about(case, unit)
        warnings = []
        if accused and case.confidential and case.petition_type == PetitionType.REPORT.value:
            warnings.append(
                f"{unit.name}是被检举控告的单位，检举控告材料不得转给被检举控告的单位（《信访工作条例》第三十条）"
            )
        warnings += recusals.conflicts(session, recusals.unit_handlers(session, unit.id), case, role="承办人")
        confirm_or_refuse(session, actor, case, warnings, confirm_reason, what=f"交办{unit.name}")
        facts = facts_of(case)
        hide = conceals(facts, unit.name, conceal_identity)
        number = next_form_number(session, "assignment", on.year)
        step = assignment_step(
            rules_in_force(session),
            facts,
            unit_ref(unit),
            number=number,
            on=on,
            instruction=(instruction.id, instruction.text) if instruction else None,
            instruction_text=instruction_text,
            requirement=requirement,
            conceal_identity=hide,
            issued_by_id=actor.id,
            at=now(),
        )
        if step is None:
            raise ServiceError(f"没有适用于“{unit.name}”的办理期限规则，请管理员在期限规则中补充")
        row = Assignment(case_id=case.id, **step.row)
        session.add(row)
        session.flush()
        add_obligations(session, case, step.opens, assignment_id=row.id, refresh=False)
        steps.update(case, step.case)
        refresh_case_due(session, case)
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        due = step.opens[0].due
        return Assigned(row.id, number, due.date, due.provisional, hide)


def record_reply(
    db: Database, actor: Actor, assignment_id: int, reply: str, *, on: dt.date | None = None
) -> bool:
    """Enter a unit's written reply; returns True when it came after the deadline."""
    require(actor, CAN_RECORD_REPLY, "登记办理回复")
    reply = reply.strip()
    if len(reply) < 4:
        raise ValidationFailed({"reply": "请填写承办单位的办理情况和答复意见"})
    if problem := validate_text(reply, label="办理回复"):
        raise ValidationFailed({"reply": problem})
    on = on or steps.today()
    with db.write() as session:
        row = session.get(Assignment, assignment_id)
        if row is None:
            raise NotFound("找不到该交办单")
        if actor.role is Role.HANDLER and actor.unit_id != row.unit_id:
            raise PermissionDenied("承办人只能登记本单位的办理回复")
        case = load_case(session, row.case_id)
        ensure_allowed(session, case, Action.RECORD_REPLY)
        if row.status != AssignmentStatus.OPEN:
            raise ServiceError(f"{row.number}已经登记过回复")
        check_date(on, case, "on", "回复日期")
        if on < row.issued_on:
            raise ValidationFailed({"on": "回复日期不能早于交办日期"})
        # Supervision of this assignment is answered by the reply too.
        answered = list(
            session.scalars(
                select(Supervision)
                .where(Supervision.assignment_id == row.id, Supervision.answered_on.is_(None))
                .order_by(Supervision.id)
            )
        )
        unit = session.get(Unit, row.unit_id)
        step = reply_step(
            facts_of(case),
            assignment_id=row.id,
            number=row.number,
            unit_name=unit.name if unit else "",
            due_date=row.due_date,
            reply=reply,
            on=on,
            recorded_by_id=actor.id,
            others_open=open_assignments(session, case.id) - 1,
            supervisions=[sup.id for sup in answered],
        )
        steps.update(row, step.row)
        for sup in answered:
            steps.update(sup, step.target)
        for closing in step.closes:
            close(session, case, closing)
        steps.update(case, step.case)
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        return on > row.due_date
