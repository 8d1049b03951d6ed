"""批示: the leader's instruction that puts a matter in one of the five routes (seed 004)."""

from __future__ import annotations

import datetime as dt

from receptionapp.db.database import Database
from receptionapp.db.models_workflow import Instruction
from receptionapp.domain.case import ReviewStage
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.roles import CAN_INSTRUCT
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Action, Route
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.cases import recusals
from receptionapp.services.cases.confidentiality import confirm_or_refuse
from receptionapp.services.context import Actor, ValidationFailed, require
from receptionapp.services.deadlines.obligations import close_obligations, open_obligation
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import check_date, ensure_allowed, leader_of


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
    on = on or steps.today()
    with db.write() as session:
        case = load_case(session, case_id)
        ensure_allowed(session, case, Action.INSTRUCT)
        check_date(on, case, "on", "批示日期")
        leader_id, leader_name = leader_of(session, actor, leader_id)
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
