"""批示: the leader's instruction that puts a matter in one of the five routes (seed 004)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Unit
from receptionapp.db.models_workflow import Assignment, Instruction, ReceptionDay, ReceptionVisit, Supervision
from receptionapp.domain.case import CaseStatus, ReviewStage
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.reception import VisitState
from receptionapp.domain.refusals import RefusalReason
from receptionapp.domain.roles import CAN_INSTRUCT
from receptionapp.domain.rules import DeadlineRule, ObligationKind
from receptionapp.domain.skipped_level import marks_skipped_level
from receptionapp.domain.validation import validate_text
from receptionapp.domain.workflow import Action, AssignmentStatus, ObligationStatus, Route
from receptionapp.services import audit
from receptionapp.services.access import load_case
from receptionapp.services.cases import recusals
from receptionapp.services.cases.confidentiality import checked_reason, confirm_or_refuse
from receptionapp.services.context import Actor, NeedsConfirmation, ValidationFailed, require
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
    open_forms: Sequence[OpenAssignment] = (),
    replied: int = 0,
    withdrawal_reason: str = "",
) -> Step:
    """The 批示's row, the case's route, and the deadlines the route opens and cancels.

    A new route settles what the old one opened: every 交办单 still open
    (``open_forms``) is withdrawn on ``on`` with ``withdrawal_reason`` (``target``
    holds the withdrawn 交办单's changes), its deadlines and those of its
    督办单 are cancelled, and with no 交办单 left open the case goes back to
    awaiting 交办 (or 办结, when ``replied`` units answered).
    """
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
    withdrawn = list(open_forms) if changes_route(previous, route) else []
    for form in withdrawn:
        closes.append(Closing(at, f"撤回{form.number}", ObligationStatus.CANCELLED, assignment_id=form.id))
        closes += [
            Closing(at, f"撤回{form.number}", ObligationStatus.CANCELLED, supervision_id=sid)
            for sid in form.supervisions
        ]
    target: dict[str, object] = {}
    if withdrawn:
        target = {
            "status": AssignmentStatus.WITHDRAWN.value,
            "withdrawn_on": on,
            "withdrawal_reason": withdrawal_reason.strip(),
        }
        if case.status == CaseStatus.IN_PROGRESS.value:
            changes["status"] = (CaseStatus.REPLIED if replied else CaseStatus.REGISTERED).value
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
    summary = f"{leader[1]}批示（{route.number}. {route.label}）：{text}" + (
        "；按越级访统计" if marked else ""
    )
    details: dict[str, object] = {"route": [previous, route.value], "refusal_code": refusal}
    if marked:
        details["skipped_level"] = [False, True]
    if withdrawn:
        summary += "；撤回" + "、".join(f"{f.number}（{f.unit}）" for f in withdrawn)
        summary += f"，已告知承办单位停止办理。撤回原因：{withdrawal_reason.strip()}"
        details["withdrawn"] = [f.number for f in withdrawn]
        if "status" in changes:
            details["status"] = [case.status, changes["status"]]
    entry = audit.Entry("instruct", "instruction", summary, details)
    return Step(row, entry, changes, tuple(opens), tuple(closes), target)


def changes_route(previous: str | None, route: Route) -> bool:
    """Whether a 批示 decides anew: a case already routed gets another route."""
    return previous is not None and previous != route.value


@dataclass(frozen=True)
class OpenAssignment:
    """A 交办单 still awaiting its reply, which a new route withdraws (with its open 督办单)."""

    id: int
    number: str
    unit: str
    issued_on: dt.date
    supervisions: tuple[int, ...] = ()

    @property
    def warning(self) -> str:
        return (
            f"改变处理方式将撤回交办单{self.number}（{self.unit}，{self.issued_on:%Y-%m-%d}交办），"
            f"其办理期限和督办一并撤销；请通知{self.unit}停止办理（可打印标注“已撤回”的交办单送达）"
        )


def reception_after(session: Session, case_id: int, on: dt.date) -> dt.date | None:
    """The day of a reception the case is queued for (or was received at) after ``on``, if any.

    The leader decides a visitor's matter at the reception, not before it: a
    批示 dated earlier would put a date on the papers before the talk. A
    visitor the office declined (初审) or who did not come is not waiting.
    """
    return session.scalar(
        select(func.min(ReceptionDay.day))
        .join(ReceptionVisit, ReceptionVisit.reception_day_id == ReceptionDay.id)
        .where(
            ReceptionVisit.case_id == case_id,
            ReceptionVisit.state.in_(
                [VisitState.WAITING.value, VisitState.IN_TALK.value, VisitState.DONE.value]
            ),
            ReceptionDay.day > on,
            ReceptionDay.cancelled.is_(False),
        )
    )


def open_forms_of(session: Session, case_id: int) -> list[OpenAssignment]:
    """The case's 交办单 awaiting a reply, with their 督办单 awaiting an answer."""
    units = {uid: name for uid, name in session.execute(select(Unit.id, Unit.name))}
    rows = list(
        session.scalars(
            select(Assignment)
            .where(Assignment.case_id == case_id, Assignment.status == AssignmentStatus.OPEN)
            .order_by(Assignment.id)
        )
    )
    urged: dict[int, list[int]] = {}
    for sid, aid in session.execute(
        select(Supervision.id, Supervision.assignment_id).where(
            Supervision.case_id == case_id, Supervision.answered_on.is_(None)
        )
    ):
        if aid is not None:
            urged.setdefault(aid, []).append(sid)
    return [
        OpenAssignment(a.id, a.number, units.get(a.unit_id, ""), a.issued_on, tuple(urged.get(a.id, ())))
        for a in rows
    ]


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
        if (day := reception_after(session, case.id, on)) is not None:
            raise ValidationFailed({"on": f"该事项安排在{day:%Y-%m-%d}领导接访：批示日期不能早于接访日"})
        leader_id, leader_name = leader_of(session, actor, leader_id)
        forms = open_forms_of(session, case.id) if changes_route(case.route, route) else []
        for form in forms:
            if on < form.issued_on:
                raise ValidationFailed(
                    {
                        "on": f"批示日期不能早于要撤回的交办单{form.number}的交办日期（{form.issued_on:%Y-%m-%d}）"
                    }
                )
        warnings = recusals.conflicts(session, [leader_id], case, role="批示领导")
        if forms and not confirm_reason.strip():
            # The route changes: the 交办单 of the old one are withdrawn, and the reason goes to the units.
            raise NeedsConfirmation(warnings + [form.warning for form in forms])
        confirm_or_refuse(session, actor, case, warnings, confirm_reason, what="由该领导批示")
        replied = session.scalar(
            select(func.count(Assignment.id)).where(
                Assignment.case_id == case.id, Assignment.status == AssignmentStatus.REPLIED
            )
        )
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
            open_forms=forms,
            replied=int(replied or 0),
            withdrawal_reason=checked_reason(confirm_reason, "撤回交办") if forms else "",
        )
        row = Instruction(case_id=case.id, **step.row)
        session.add(row)
        steps.update(case, step.case)
        for form in forms:
            steps.update(session.get(Assignment, form.id), step.target)
        session.flush()
        add_obligations(session, case, step.opens)
        for closing in step.closes:
            close(session, case, closing)
        audit.record_entry(session, actor, step.entry, row.id, case_id=case.id)
        return row.id
