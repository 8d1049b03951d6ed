"""交办: a 交办单 to a unit with the deadline its rules give, and the unit's written reply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Unit
from receptionapp.db.models_workflow import Assignment, Instruction, Supervision
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.confidentiality import names_unit
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import CAN_PROCESS, CAN_RECORD_REPLY, Role
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Action
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
    OPEN,
    close_obligations,
    open_obligation,
    refresh_case_due,
)
from receptionapp.services.numbering import next_form_number
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import check_date, ensure_allowed, open_assignments


def complained_about(case: Case, unit: Unit) -> bool:
    """Whether ``unit`` is the unit the petition is about (then the 交办单 hides the petitioner)."""
    return names_unit(case.unit_name, unit.name)


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
                Assignment.case_id == case.id, Assignment.unit_id == unit.id, Assignment.status == OPEN
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
        hide = (accused or case.confidential) if conceal_identity is None else conceal_identity
        if accused and case.confidential:
            hide = True  # the accused unit never learns who reported it
        number = next_form_number(session, "assignment", on.year)
        row = Assignment(
            case_id=case.id,
            number=number,
            unit_id=unit.id,
            instruction_id=instruction.id if instruction else None,
            instruction_text=(instruction_text or (instruction.text if instruction else "")).strip(),
            requirement=requirement.strip(),
            conceal_identity=hide,
            issued_on=on,
            due_date=on,  # set below from the reply obligation
            issued_by_id=actor.id,
            status=OPEN,
        )
        session.add(row)
        session.flush()
        reply = open_obligation(session, case, ObligationKind.UNIT_REPLY, on, unit=unit, assignment_id=row.id)
        if unit.kind == "county_bureau":
            open_obligation(
                session, case, ObligationKind.UNIT_ACCEPTANCE, on, unit=unit, assignment_id=row.id
            )
        if reply is None:
            raise ServiceError(f"没有适用于“{unit.name}”的办理期限规则，请管理员在期限规则中补充")
        row.due_date = reply.due_date
        old_status = case.status
        case.status = CaseStatus.IN_PROGRESS.value
        refresh_case_due(session, case)
        audit.record(
            session,
            actor,
            "assign",
            "assignment",
            row.id,
            f"交办{unit.name}（{number}），{reply.length}{'个工作日' if reply.unit == 'working_days' else '日'}"
            f"内回复，期限{reply.due_date:%Y-%m-%d}"
            + ("（暂定）" if reply.provisional else "")
            + ("；交办单隐去信访人信息" if hide else ""),
            case_id=case.id,
            details={"status": [old_status, case.status], "unit": unit.name, "due_date": reply.due_date},
        )
        return Assigned(row.id, number, reply.due_date, reply.provisional, hide)


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
        if row.status != OPEN:
            raise ServiceError(f"{row.number}已经登记过回复")
        check_date(on, case, "on", "回复日期")
        if on < row.issued_on:
            raise ValidationFailed({"on": "回复日期不能早于交办日期"})
        row.status = "replied"
        row.reply = reply
        row.replied_on = on
        row.reply_recorded_by_id = actor.id
        moment = dt.datetime.combine(on, dt.time(12, 0))
        close_obligations(session, case, assignment_id=row.id, note="已回复", at=moment)
        # Supervision of this assignment is answered by the reply too.
        for sup in session.scalars(
            select(Supervision).where(Supervision.assignment_id == row.id, Supervision.answered_on.is_(None))
        ):
            sup.answer = f"已报送办理回复：{reply[:100]}"
            sup.answered_on = on
            close_obligations(session, case, supervision_id=sup.id, note="随办理回复答复", at=moment)
        late = on > row.due_date
        old_status = case.status
        if open_assignments(session, case.id) == 0:
            case.status = CaseStatus.REPLIED.value
        unit = session.get(Unit, row.unit_id)
        audit.record(
            session,
            actor,
            "reply",
            "assignment",
            row.id,
            f"{unit.name if unit else ''}回复{row.number}"
            + ("（超期）" if late else "")
            + f"：{reply[:200]}",
            case_id=case.id,
            details={"status": [old_status, case.status], "late": late},
        )
        return late
