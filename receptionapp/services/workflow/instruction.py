"""批示: the leader's instruction that puts a matter in one of the five routes (seed 004)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models_workflow import Instruction
from receptionapp.domain.case import ReviewStage
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.roles import CAN_INSTRUCT
from receptionapp.domain.rules import DeadlineRule, ObligationKind
from receptionapp.domain.skipped_level import marks_skipped_level
from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Action, ObligationStatus, Route
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.cases import recusals
from receptionapp.services.cases.confidentiality import confirm_or_refuse
from receptionapp.services.context import Actor, ValidationFailed, require
from receptionapp.services.deadlines.obligations import (
    Closing,
    add_obligations,
    close,
    plan_obligation,
    rules_in_force,
)
from receptionapp.services.workflow import steps
from receptionapp.services.workflow.steps import (
    CaseFacts,
    Step,
    check_date,
    ensure_allowed,
    facts_of,
    leader_of,
)


def instruction_step(
    rules: Sequence[DeadlineRule],
    case: CaseFacts,
    route: Route,
    text: str,
    *,
    leader: tuple[int, str],
    on: dt.date,
    refusal_code: str,
    authority: str,
    recorded_by_id: int,
    at: dt.datetime,
    calendar: Calendar | None = None,
) -> Step:
    """The 批示's row, the case's route, and the deadlines the route opens and cancels."""
    previous = case.route
    changes: dict[str, object] = {"route": route.value, "decided_on": on}
    if route is Route.FINAL:
        # 批示 route 4: the matter went through 复核; a new petition about it is not accepted again.
        changes["review_stage"] = ReviewStage.FINAL_REVIEW.value
    marked = marks_skipped_level(route, case.skipped_level_cleared) and not case.skipped_level
    if marked:
        # 批示 route 2: the matter belongs to a unit below and the petitioner went past it (越级访).
        changes["skipped_level"] = True
    opens = []
    if route is Route.ACCEPT and previous != Route.ACCEPT.value:
        # A 复查申请: the 复查意见 is due 30 days from the request's receipt (条例 art. 35).
        review = case.review_stage == ReviewStage.REVIEW.value
        kind = ObligationKind.REVIEW_OPINION if review else ObligationKind.HANDLING
        start = case.received_on if review else on
        planned = plan_obligation(
            rules,
            kind,
            channel=case.channel,
            route=route.value,
            start=start,
            received_on=case.received_on,
            at=at,
            calendar=calendar,
        )
        opens = [planned] if planned else []
    closes = []
    if previous == Route.ACCEPT.value and route is not Route.ACCEPT:
        kinds = (ObligationKind.HANDLING, ObligationKind.REVIEW_OPINION)
        closes.append(Closing(at, "改变处理方式", ObligationStatus.CANCELLED, kinds))
    if route is not Route.NOT_ACCEPT:
        # Within our remit after all: no objection to the forwarding body is needed.
        closes.append(
            Closing(at, "属本机关职责", ObligationStatus.CANCELLED, (ObligationKind.FORWARD_OBJECTION,))
        )
    refusal = refusal_code if route is Route.NOT_ACCEPT else ""
    row = {
        "leader_id": leader[0],
        "leader_name": leader[1],
        "route": route.value,
        "text": text,
        "refusal_code": refusal,
        "authority": authority,
        "instructed_on": on,
        "recorded_by_id": recorded_by_id,
        "recorded_at": at,
    }
    entry = audit.Entry(
        "instruct",
        "instruction",
        f"{leader[1]}批示（{route.number}. {route.label}）：{text}" + ("；按越级访统计" if marked else ""),
        {"route": [previous, route.value], "refusal_code": refusal}
        | ({"skipped_level": [False, True]} if marked else {}),
    )
    return Step(row, entry, changes, tuple(opens), tuple(closes))


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
        step = instruction_step(
            rules_in_force(session),
            facts_of(case),
            route,
            text,
            leader=(leader_id, leader_name),
            on=on,
            refusal_code=refusal_code,
            authority=authority,
            recorded_by_id=actor.id,
            at=now(),
        )
        row = Instruction(case_id=case.id, **step.row)
        session.add(row)
        steps.update(case, step.case)
        session.flush()
        add_obligations(session, case, step.opens)
        for closing in step.closes:
            close(session, case, closing)
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        return row.id
