"""The values a letter template is filled with, read from the case and its handling.

Each placeholder of ``documents.templates.PLACEHOLDERS`` gets its value from
the case (petitioners, channel, dates, problem and demand), the leader's
批示 (route, refusal reason and the competent authority), the 交办单 and the
units' replies, the 延期 and the 办结单, and the admin's letter settings (复查机关,
contact). What only a person can write (the policy basis of a reply, the
decision before the case is closed) becomes a ``【请填写：……】`` prompt, which
stops approval until it is replaced. Whether a letter type fits the case at
all (a refusal notice needs a refusal) is checked first, and a value the
template needs but the case does not have yet is named with the step that
gives it (``MissingStep``: 录入批示, 交办, 延期 …), which the screen offers to open.
How the bureau handled the matter ({办理经过}) follows the 批示's route, so
every route whose next step is a letter can draft it from the case.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.models import Case, Person, Petitioner, Unit
from receptionapp.db.models_workflow import Assignment, Completion, Extension, Instruction, Obligation
from receptionapp.documents.letter_text import prompt
from receptionapp.documents.official import chinese_date
from receptionapp.documents.templates import PLACEHOLDERS, LetterType, check_template
from receptionapp.domain.channels import OTHER_BODY, Channel
from receptionapp.domain.completion import Decision
from receptionapp.domain.refusals import RefusalReason, refusal_values
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Action, AssignmentStatus, ObligationStatus, Route
from receptionapp.services.context import MissingStep, ServiceError
from receptionapp.services.letters.settings import LetterSettings

# How the letter says the matter came in: 你于2026年6月3日{信访形式}反映……
CHANNEL_WORDS = {
    Channel.VISIT: "来访",
    Channel.LEADER_RECEPTION: "来访",
    Channel.LETTER: "来信",
    Channel.PHONE: "来电",
    Channel.ONLINE: "通过网上信访平台",
    Channel.HOTLINE: "通过12345热线",
    Channel.FORWARDED: "通过信访渠道",
}
SUMMARY_LIMIT = 60
CLAUSE_LIMIT = 20
MIN_CLAUSE = 8
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def problem_summary(problem: str) -> str:
    """The first sentence of the problem, without the word 问题: it follows 反映 … 问题 in the letter."""
    text = " ".join(problem.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip(" ，,。：:")
    clause = first.split("，", 1)[0]
    if len(first) > CLAUSE_LIMIT and len(clause) >= MIN_CLAUSE:
        first = clause  # "学校收取资料费，每生三百元": the letter names the matter, not its detail
    first = first.removesuffix("的问题").removesuffix("问题")
    # The letter says "你……反映{问题}问题": a problem typed as "反映……" must not say it twice.
    for lead in ("反映", "举报", "投诉"):
        if first.startswith(lead) and len(first) > len(lead) + 2:
            first = first[len(lead) :]
            break
    if len(first) > SUMMARY_LIMIT:
        first = first[:SUMMARY_LIMIT].rstrip("，,、") + "等"
    return first


def demand_text(demand: str) -> str:
    """The demand as it follows 请求 in the letter."""
    text = " ".join(demand.split()).strip(" 。.")
    for lead in ("请求", "要求", "希望"):
        if text.startswith(lead):
            text = text[len(lead) :]
            break
    return text.strip(" ，,")


def petitioner_names(session: Session, case: Case) -> str:
    rows = session.execute(
        select(Person.name, Petitioner.is_representative)
        .join(Petitioner, Petitioner.person_id == Person.id)
        .where(Petitioner.case_id == case.id)
        .order_by(Petitioner.position)
    ).all()
    names = [name for name, representative in rows if representative] or [name for name, _ in rows]
    text = "、".join(names)
    if case.head_count > len(names) and (case.is_collective or case.head_count > 1):
        text += f"等{case.head_count}人"
    return text


def _latest_instruction(session: Session, case: Case) -> Instruction | None:
    return session.scalar(
        select(Instruction).where(Instruction.case_id == case.id).order_by(Instruction.id.desc()).limit(1)
    )


INSTRUCT_STEP = (Action.INSTRUCT.value, "录入批示")
ASSIGN_STEP = (Action.ASSIGN.value, "交办")
EXTEND_STEP = (Action.EXTEND.value, "办理延期")
SETTINGS_STEP = (MissingStep.LETTER_SETTINGS, "补充文书设置")
TEMPLATES_STEP = (MissingStep.LETTER_TEMPLATES, "修改文书模板")
# The step that gives a placeholder its value, where the case itself lacks it.
STEP_OF: dict[str, tuple[str, str] | None] = {
    "延期理由": EXTEND_STEP,
    "延长后期限": EXTEND_STEP,
    "复查机关": SETTINGS_STEP,
    "发文机关": SETTINGS_STEP,
}


def missing_step(message: str, step: tuple[str, str]) -> MissingStep:
    key, label = step
    return MissingStep(f"{message}请先{label}。", key, label)


def check_fits(session: Session, case: Case, kind: LetterType) -> None:
    """Refuse a letter type the case's handling does not call for, naming the missing step."""
    route = Route(case.route) if case.route else None
    instruction = _latest_instruction(session, case)
    if route is None:
        raise missing_step(f"该事项尚未批示，还不能起草{kind.label}。", INSTRUCT_STEP)
    if kind is LetterType.ACCEPTANCE and route is not Route.ACCEPT:
        raise ServiceError(f"该事项批示为“{route.label}”，不是“予以受理”，不能起草受理告知单。")
    if (
        kind is LetterType.REFUSAL
        and route is not Route.FINAL
        and not (instruction and instruction.refusal_code)
    ):
        raise missing_step(
            f"该事项批示为“{route.label}”，没有不予受理理由，不能起草不予受理告知单；"
            "如领导改为不予受理，须在批示中选择理由。",
            INSTRUCT_STEP,
        )
    if kind is LetterType.TRANSFER and route is not Route.TRANSFER:
        raise ServiceError(f"该事项批示为“{route.label}”，不是“转交办理”，不能起草转送告知单。")
    if (
        kind is LetterType.EXTENSION
        and session.scalar(select(Extension.id).where(Extension.case_id == case.id).limit(1)) is None
    ):
        raise missing_step("该事项没有经批准的延期，不能起草延期告知单。", EXTEND_STEP)
    if kind is LetterType.REPLY and route is Route.NOT_ACCEPT:
        raise ServiceError("该事项批示为不予受理：应发不予受理告知单，而不是答复意见书。")


# Where a value comes from a step of the route, and from which routes.
ROUTE_STEPS: dict[str, tuple[tuple[Route, ...], tuple[str, str] | None]] = {
    "办理经过": ((Route.TRANSFER, Route.URGE, Route.FINAL), ASSIGN_STEP),
    "转送单位": ((Route.TRANSFER,), ASSIGN_STEP),
    "转送日期": ((Route.TRANSFER,), ASSIGN_STEP),
    "不予受理理由": ((Route.NOT_ACCEPT,), INSTRUCT_STEP),
    "不予受理代码": ((Route.NOT_ACCEPT,), INSTRUCT_STEP),
    "不予受理依据": ((Route.NOT_ACCEPT,), INSTRUCT_STEP),
    "处理途径": ((Route.NOT_ACCEPT,), INSTRUCT_STEP),
}


def check_filled(case: Case, kind: LetterType, template: str, values: dict[str, str]) -> None:
    """Every placeholder ``template`` uses has a value, or the message names the step that gives it.

    A value the case's route never has (the 受理日期 of a transferred matter) is the
    template's to change, which the message says, with the template's line (the step: 文书模板).
    """
    route = Route(case.route) if case.route else None
    for name in check_template(template):
        if PLACEHOLDERS[name].optional or values.get(name, "").strip():
            continue
        line = next(
            (
                n
                for n, text in enumerate(template.splitlines(), 1)
                if f"{{{name}}}" in text and text[:1] != "#"
            ),
            0,
        )
        field = f"{kind.label}模板第{line}行的{{{name}}}（{PLACEHOLDERS[name].description}）没有内容"
        routes, step = ROUTE_STEPS.get(name, ((), STEP_OF.get(name)))
        if (routes and route not in routes) or (name == "受理日期" and route is not Route.ACCEPT):
            said = f"该事项批示为“{route.label}”，没有这一项" if route else "该事项尚未批示"
            hint = "，它按处理方式写明办理情况" if name == "受理日期" else ""
            better = f"改用{{办理经过}}{hint}" if name == "受理日期" else "删去或改写这一处"
            raise MissingStep(
                f"{field}：{said}。请管理员在“管理 → 文书模板”的{kind.label}模板中{better}。", *TEMPLATES_STEP
            )
        if step is None:
            raise ServiceError(f"{field}：请先在登记信息中填写。")
        raise missing_step(f"{field}。", step)


def handling_sentence(
    route: Route | None,
    number: str,
    accepted_on: dt.date | None,
    instructed_on: dt.date | None,
    forms: list[tuple[str, dt.date, dt.date | None]],
) -> str:
    """{办理经过}: how the bureau handled the matter, by the 批示's route; '' where a step is still missing.

    ``forms``: (unit, issued on, replied on) of each 交办单 not withdrawn, in order.
    """
    ref = f"（事项编号：{number}）"
    units = "、".join(dict.fromkeys(unit for unit, _issued, _replied in forms))
    replied = [(unit, on) for unit, _issued, on in forms if on is not None]
    answered = ""
    if replied:
        last_unit, last_on = replied[-1]
        who = units if len(replied) > 1 else last_unit
        answered = f"，{who}已于{chinese_date(last_on)}报送调查处理情况"
    if route is Route.ACCEPT:
        return (
            f"我局于{chinese_date(accepted_on)}依法受理{ref}，并组织进行了调查核实。" if accepted_on else ""
        )
    if route is Route.TRANSFER:
        if not forms:
            return ""
        unit, issued, _replied = forms[-1]
        return f"我局于{chinese_date(issued)}将该事项转送{unit}办理{ref}{answered}。"
    if route is Route.URGE:
        if not forms or instructed_on is None:
            return ""
        return f"该事项由{units}办理，我局于{chinese_date(instructed_on)}批示督促办理{ref}{answered}。"
    if route is Route.FINAL:
        if not forms or instructed_on is None:
            return f"该事项已经复核终结{ref}。"
        return f"该事项已经复核终结，我局于{chinese_date(instructed_on)}督促{units}落实复查（复核）意见{ref}{answered}。"
    return ""


def case_values(session: Session, case: Case, settings: LetterSettings) -> dict[str, str]:
    """Every placeholder's value for this case ('' where the case has nothing)."""
    channel = Channel(case.channel)
    instruction = _latest_instruction(session, case)
    units = {uid: name for uid, name in session.execute(select(Unit.id, Unit.name))}
    assignments = list(
        session.scalars(
            select(Assignment)
            .where(Assignment.case_id == case.id, Assignment.status != AssignmentStatus.WITHDRAWN)
            .order_by(Assignment.id)
        )
    )
    completion = session.scalar(select(Completion).where(Completion.case_id == case.id))
    extension = session.scalar(
        select(Extension).where(Extension.case_id == case.id).order_by(Extension.id.desc()).limit(1)
    )
    handling_due = session.scalar(
        select(Obligation.due_date)
        .where(
            Obligation.case_id == case.id,
            Obligation.kind.in_((ObligationKind.HANDLING.value, ObligationKind.REVIEW_OPINION.value)),
            Obligation.status != ObligationStatus.CANCELLED,
        )
        .order_by(Obligation.id.desc())
        .limit(1)
    )
    accepted_on = None
    if case.route == Route.ACCEPT.value:
        accepted_on = instruction.instructed_on if instruction else case.decided_on
    route = Route(case.route) if case.route else None
    forms = [(units.get(a.unit_id, ""), a.issued_on, a.replied_on) for a in assignments]
    instructed_on = instruction.instructed_on if instruction else case.decided_on
    decision = Decision(completion.decision).label if completion else prompt("予以支持、解释说明或不予支持")
    replies = [a.reply.strip() for a in assignments if a.reply.strip()]
    unit_names = list(dict.fromkeys(units.get(a.unit_id, "") for a in assignments if units.get(a.unit_id)))
    closing_due = handling_due or case.due_date
    values = {
        "信访人": petitioner_names(session, case),
        "信访形式": CHANNEL_WORDS[channel],
        "收到日期": chinese_date(case.received_at.date()),
        "受理日期": chinese_date(accepted_on) if accepted_on else "",
        "办理经过": handling_sentence(route, case.number, accepted_on, instructed_on, forms),
        "事项编号": case.number,
        "反映问题": problem_summary(case.problem),
        "诉求": demand_text(case.demand) or prompt("信访人的请求"),
        "查明事实": "\n".join(replies) or prompt("调查核实的情况，可以分段"),
        "政策依据": prompt("处理所依据的法律、法规和政策"),
        "处理意见": (completion.summary.strip() if completion else "") or prompt("对每项诉求的处理意见"),
        "处理结果": decision,
        "复查机关": settings.review_body,
        "办结期限": chinese_date(closing_due) if closing_due else "",
        "承办单位": "、".join(unit_names),
        "转办机关": case.source_body if channel.needs_source and case.source_body != OTHER_BODY else "",
        "发文机关": settings.bureau,
        "联系人": settings.contact,
        "联系电话": settings.phone,
        "抄送单位": "",
    }
    if case.route == Route.TRANSFER.value:
        target = assignments[-1] if assignments else None
        values["转送单位"] = (
            units.get(target.unit_id, "") if target else (instruction.authority if instruction else "")
        )
        when = target.issued_on if target else (instruction.instructed_on if instruction else None)
        values["转送日期"] = chinese_date(when) if when else ""
    if instruction and instruction.refusal_code:
        try:
            values.update(refusal_values(RefusalReason(instruction.refusal_code), instruction.authority))
        except ValueError as error:
            raise missing_step(f"{error}", INSTRUCT_STEP) from error
    elif route is Route.FINAL:
        # 复核终结, implemented, no new facts: not accepted again (code 04), without naming a body.
        values.update(refusal_values(RefusalReason.REVIEW_CONCLUDED, ""))
    if extension is not None:
        values["延期理由"] = extension.reason.strip().rstrip("。")
        values["延长后期限"] = chinese_date(extension.new_due)
    return values
