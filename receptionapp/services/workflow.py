"""The path of a matter after registration: 批示, 交办, the unit's reply, 督办, 延期, notices.

Each public function is one user action in one transaction: it checks the
role, checks that the case's state allows the action
(``domain.workflow.check_action``), changes the rows, opens or closes the
obligations the deadline rules give, and writes the audit entry that becomes
the case's timeline. Completion and archiving are in ``services.closing``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Unit, User
from receptionapp.db.models_workflow import Assignment, Extension, Instruction, Obligation, Supervision
from receptionapp.domain.case import CaseStatus, ReviewStage
from receptionapp.domain.confidentiality import names_unit
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.roles import CAN_INSTRUCT, CAN_PROCESS, CAN_RECORD_REPLY, Role
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Action, Route, WorkflowError, check_action
from receptionapp.services import audit, recusals
from receptionapp.services.confidentiality import confirm_or_refuse
from receptionapp.services.context import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    require,
)
from receptionapp.services.numbering import next_form_number
from receptionapp.services.obligations import (
    OPEN,
    close_obligations,
    compute_due,
    open_obligation,
    refresh_case_due,
    rule_of,
    sync_form_deadline,
)


def today() -> dt.date:
    return dt.date.today()


def load_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("找不到该信访事项")
    return case


def open_assignments(session: Session, case_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(Assignment.id)).where(Assignment.case_id == case_id, Assignment.status == OPEN)
        )
        or 0
    )


def ensure_allowed(session: Session, case: Case, action: Action) -> None:
    route = Route(case.route) if case.route else None
    try:
        check_action(CaseStatus(case.status), route, action, open_assignments(session, case.id))
    except WorkflowError as error:
        raise ServiceError(str(error)) from error


def _leader(session: Session, actor: Actor, leader_id: int | None) -> tuple[int, str]:
    """The leader who decided: the actor when a leader, else the named user with the leader role."""
    if leader_id is None:
        if actor.role is Role.LEADER:
            return actor.id, actor.display_name
        raise ValidationFailed({"leader": "请选择作出批示的领导"})
    user = session.get(User, leader_id)
    if user is None or user.role != Role.LEADER.value or not user.active:
        raise ValidationFailed({"leader": "所选人员不是在职的领导账号"})
    return user.id, user.display_name


def _check_date(value: dt.date, case: Case, field: str, what: str) -> None:
    if value > today():
        raise ValidationFailed({field: f"{what}不能晚于今天"})
    if value < case.received_at.date():
        raise ValidationFailed({field: f"{what}不能早于收到信访事项的日期"})


# ---------------------------------------------------------------- 批示


def instruct(
    db: Database,
    actor: Actor,
    case_id: int,
    route: Route,
    text: str,
    *,
    leader_id: int | None = None,
    on: dt.date | None = None,
    refusal_code: str = "",
    authority: str = "",
    confirm_reason: str = "",
) -> int:
    """Record the leader's 批示 that puts the matter in one of the five routes; returns its id.

    A refusal names its coded reason (``domain.refusals``) and, where the
    reason needs it, the authority the petitioner should turn to. A leader in
    conflict with the petitioner (回避) needs ``confirm_reason``.
    """
    require(actor, CAN_INSTRUCT, "录入领导批示")
    text = text.strip()
    errors: dict[str, str] = {}
    if len(text) < 2:
        errors["text"] = "请填写批示内容"
    elif problem := validate_text(text, limit=5000, label="批示内容"):
        errors["text"] = problem
    authority = authority.strip()
    if route is Route.NOT_ACCEPT:
        try:
            reason = RefusalReason(refusal_code)
        except ValueError:
            errors["refusal_code"] = "不予受理须选择理由"
        else:
            if reason.rule.needs_authority and not authority:
                errors["authority"] = f"“{reason.rule.label}”须写明有权处理的机关"
    if len(authority) > 100:
        errors["authority"] = "机关名称不能超过100字"
    if errors:
        raise ValidationFailed(errors)
    on = on or today()
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.INSTRUCT)
        _check_date(on, case, "on", "批示日期")
        leader_id, leader_name = _leader(session, actor, leader_id)
        warnings = recusals.conflicts(session, [leader_id], case, role="批示领导")
        confirm_or_refuse(session, actor, case, warnings, confirm_reason, what="由该领导批示")
        previous = case.route
        row = Instruction(
            case_id=case.id,
            leader_id=leader_id,
            leader_name=leader_name,
            route=route.value,
            text=text,
            refusal_code=refusal_code if route is Route.NOT_ACCEPT else "",
            authority=authority,
            instructed_on=on,
            recorded_by_id=actor.id,
        )
        session.add(row)
        case.route = route.value
        if route is Route.FINAL:
            # 批示 route 4: the matter went through 复核; a new petition about it is not accepted again.
            case.review_stage = ReviewStage.FINAL_REVIEW.value
        case.decided_on = on
        session.flush()
        if route is Route.ACCEPT and previous != Route.ACCEPT.value:
            if case.review_stage == ReviewStage.REVIEW.value:
                # A 复查申请: the 复查意见 is due 30 days from the request's receipt (条例 art. 35).
                open_obligation(session, case, ObligationKind.REVIEW_OPINION, case.received_at.date())
            else:
                open_obligation(session, case, ObligationKind.HANDLING, on)
        if previous == Route.ACCEPT.value and route is not Route.ACCEPT:
            close_obligations(
                session,
                case,
                kinds=(ObligationKind.HANDLING, ObligationKind.REVIEW_OPINION),
                status="cancelled",
                note="改变处理方式",
            )
        if route is not Route.NOT_ACCEPT:
            # Within our remit after all: no objection to the forwarding body is needed.
            close_obligations(
                session,
                case,
                kinds=(ObligationKind.FORWARD_OBJECTION,),
                status="cancelled",
                note="属本机关职责",
            )
        audit.record(
            session,
            actor,
            "instruct",
            "instruction",
            row.id,
            f"{leader_name}批示（{route.number}. {route.label}）：{text}",
            case_id=case.id,
            details={"route": [previous, route.value], "refusal_code": row.refusal_code},
        )
        return row.id


# ---------------------------------------------------------------- 交办


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
    on = on or today()
    for key, value in (("instruction_text", instruction_text), ("requirement", requirement)):
        if problem := validate_text(value, limit=5000, label="交办内容"):
            raise ValidationFailed({key: problem})
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.ASSIGN)
        _check_date(on, case, "on", "交办日期")
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
    on = on or today()
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
        _check_date(on, case, "on", "回复日期")
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


# ---------------------------------------------------------------- 督办


@dataclass(frozen=True)
class Supervised:
    id: int
    number: str
    due_date: dt.date


def supervise(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    level: SupervisionLevel,
    reason: SupervisionReason,
    content: str,
    obligation_id: int | None = None,
    days: int | None = None,
    requested_by: str = "",
    on: dt.date | None = None,
) -> Supervised:
    """Issue a 督办单 about an obligation (or at a leader's request) with its own answer deadline."""
    require(actor, CAN_PROCESS, "发出督办单")
    content = content.strip()
    if len(content) < 4:
        raise ValidationFailed({"content": "请写明督办事项和要求"})
    if problem := validate_text(content, limit=5000, label="督办内容"):
        raise ValidationFailed({"content": problem})
    if days is not None and not 1 <= days <= 60:
        raise ValidationFailed({"days": "回复期限应在1至60个工作日之间"})
    if reason is SupervisionReason.LEADER_REQUEST and not requested_by.strip():
        raise ValidationFailed({"requested_by": "请填写提出督办要求的领导"})
    on = on or today()
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.SUPERVISE)
        obligation = None
        if obligation_id is not None:
            obligation = session.get(Obligation, obligation_id)
            if obligation is None or obligation.case_id != case.id:
                raise NotFound("找不到要督办的期限")
            if obligation.status != OPEN:
                raise ServiceError("该期限已经完成，无需督办")
        unit = session.get(Unit, obligation.unit_id) if obligation and obligation.unit_id else None
        if unit is None:
            # A leader's request about the case: urge the unit of its newest open assignment.
            current = session.scalar(
                select(Assignment)
                .where(Assignment.case_id == case.id, Assignment.status == OPEN)
                .order_by(Assignment.id.desc())
                .limit(1)
            )
            unit = session.get(Unit, current.unit_id) if current else None
        number = next_form_number(session, "supervision", on.year)
        row = Supervision(
            case_id=case.id,
            number=number,
            obligation_id=obligation.id if obligation else None,
            assignment_id=obligation.assignment_id if obligation else None,
            unit_id=unit.id if unit else None,
            level=level.value,
            reason=reason.value,
            requested_by=requested_by.strip(),
            content=content,
            issued_on=on,
            due_date=on,
            issued_by_id=actor.id,
        )
        session.add(row)
        session.flush()
        answer = open_obligation(
            session,
            case,
            ObligationKind.SUPERVISION_ANSWER,
            on,
            unit=unit,
            supervision_id=row.id,
            length=days,
            label=f"{level.label}回复（{unit.name if unit else '办公室'}）",
        )
        if answer is not None:
            row.due_date = answer.due_date
        audit.record(
            session,
            actor,
            "supervise",
            "supervision",
            row.id,
            f"{level.label}（{number}，{reason.label}）"
            + (f"：{obligation.label}" if obligation else "")
            + f"，{row.due_date:%Y-%m-%d}前回复：{content[:200]}",
            case_id=case.id,
            details={"level": level.value, "unit": unit.name if unit else None},
        )
        return Supervised(row.id, number, row.due_date)


def answer_supervision(
    db: Database, actor: Actor, supervision_id: int, answer: str, *, on: dt.date | None = None
) -> None:
    require(actor, CAN_RECORD_REPLY, "登记督办回复")
    answer = answer.strip()
    if len(answer) < 2:
        raise ValidationFailed({"answer": "请填写督办回复情况"})
    on = on or today()
    with db.write() as session:
        row = session.get(Supervision, supervision_id)
        if row is None:
            raise NotFound("找不到该督办单")
        if actor.role is Role.HANDLER and actor.unit_id != row.unit_id:
            raise PermissionDenied("承办人只能登记本单位的督办回复")
        if row.answered_on is not None:
            raise ServiceError(f"{row.number}已经登记过回复")
        if on < row.issued_on or on > today():
            raise ValidationFailed({"on": "回复日期应在督办日期和今天之间"})
        case = load_case(session, row.case_id)
        row.answer = answer
        row.answered_on = on
        close_obligations(
            session, case, supervision_id=row.id, note="已回复", at=dt.datetime.combine(on, dt.time(12, 0))
        )
        audit.record(
            session,
            actor,
            "supervision_answer",
            "supervision",
            row.id,
            f"{row.number}回复：{answer[:200]}",
            case_id=case.id,
        )


# ---------------------------------------------------------------- 延期


def extend(
    db: Database,
    actor: Actor,
    obligation_id: int,
    days: int,
    reason: str,
    *,
    approved_by_id: int | None = None,
) -> dt.date:
    """One extension, approved by a leader, of at most the rule's limit; returns the new due date."""
    if actor.role is not Role.LEADER:
        require(actor, CAN_PROCESS, "办理延期")
    reason = reason.strip()
    if len(reason) < 4:
        raise ValidationFailed({"reason": "请写明延期理由（将告知信访人）"})
    with db.write() as session:
        obligation = session.get(Obligation, obligation_id)
        if obligation is None:
            raise NotFound("找不到该期限")
        case = load_case(session, obligation.case_id)
        ensure_allowed(session, case, Action.EXTEND)
        if obligation.status != OPEN:
            raise ServiceError("该期限已经完成，不能延期")
        if session.scalar(select(Extension.id).where(Extension.obligation_id == obligation.id)):
            raise ServiceError("该期限已延期过一次，不能再次延期")
        from receptionapp.db.models_workflow import DeadlineRuleRow

        rule_row = session.get(DeadlineRuleRow, obligation.rule_id)
        assert rule_row is not None
        rule = rule_of(rule_row)
        if rule.max_extension <= 0:
            raise ServiceError(f"“{rule.name}”不允许延期")
        if not 1 <= days <= rule.max_extension:
            raise ValidationFailed({"days": f"延期天数应在1至{rule.max_extension}{rule.unit.label}之间"})
        approver_id, approver = _leader(session, actor, approved_by_id)
        old_due = obligation.due_date
        obligation.extension_days = days
        due = compute_due(obligation.start_date, obligation.length, obligation.unit, days)
        obligation.due_date = due.date
        obligation.provisional = due.provisional
        session.add(
            Extension(
                case_id=case.id,
                obligation_id=obligation.id,
                days=days,
                reason=reason,
                old_due=old_due,
                new_due=due.date,
                approved_by_id=approver_id,
                recorded_by_id=actor.id,
            )
        )
        session.flush()
        sync_form_deadline(session, obligation)
        open_obligation(session, case, ObligationKind.EXTENSION_NOTICE, today())
        refresh_case_due(session, case)
        audit.record(
            session,
            actor,
            "extend",
            "obligation",
            obligation.id,
            f"{approver}批准延期：{obligation.label}延长{days}{rule.unit.label}，"
            f"期限由{old_due:%Y-%m-%d}改为{due.date:%Y-%m-%d}。理由：{reason}",
            case_id=case.id,
            details={"days": days, "old_due": old_due, "new_due": due.date},
        )
        return due.date


# ---------------------------------------------------------------- notices


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
    on = on or today()
    with db.write() as session:
        case = load_case(session, case_id)
        if not CaseStatus(case.status).is_open and kind != "extension":
            raise ServiceError(f"该事项{CaseStatus(case.status).label}，不能再登记{label}")
        _check_date(on, case, "on", "告知日期")
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
