"""The five papers of 四单一记录 laid out as forms, from a case's record read into plain data.

Each builder turns a :class:`CaseRecord` (the registration, the workflow rows
and the reception-day details, already read from the database) into a
:class:`~receptionapp.documents.forms.FormDocument`: 登记单, 接谈记录, 交办单,
督办单 and 办结单, with the fields a bureau's paper form has. Nothing here
reads the clock: every date on a paper comes from the record, so the same
record always gives the same paper. A 交办单 (and a 督办单 about it) sent to
the unit complained about leaves the petitioner's identity out — the
personal fields are marked as hidden and the free texts have the name, ID
number, phone and address replaced (信访工作条例 art. 30).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from receptionapp.documents.forms import (
    NOTE_SIZE,
    FormDocument,
    FormGrid,
    FormItem,
    FormRow,
    FormSection,
    FormText,
)
from receptionapp.documents.official import chinese_date
from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import ServiceMethod
from receptionapp.domain.prereview import attendance_text
from receptionapp.domain.reception import Booking, PreReview
from receptionapp.services.cases.detail import CaseDetail, PersonView
from receptionapp.services.workflow.aftercare import MajorView
from receptionapp.services.workflow.handling import (
    AssignmentView,
    CompletionView,
    ConversationView,
    Handling,
    InstructionView,
    SupervisionView,
)

HIDDEN = "（已按保密规定隐去）"
REDACTED = "×××"
DEFAULT_PLACE = "信访接待室"
# Millimetres of the 160 mm table, in 五号: an 18-digit ID number and a landline number fit on one
# line, an address on two, so a collective visit's 3 to 5 representatives leave the page room for the rest.
PETITIONER_COLUMNS = (("姓名", 18.0), ("性别", 12.0), ("身份证号", 42.0), ("联系电话", 29.0), ("住址", 46.0),
                      ("身份", 13.0))  # fmt: skip


@dataclass(frozen=True)
class VisitInfo:
    """The reception day a visitor was queued for, and how they came (预约 / 现场, 初审)."""

    day: dt.date
    starts: dt.time
    place: str
    leader: str
    is_appointment: bool
    booking: Booking
    booked_at: dt.datetime
    prereview: PreReview
    prereview_reason: str
    # When the visitor was received: the start of the visit's talk, else when they were called in
    # (None: not received). The 登记单 takes its 接访日期 from here, as the 接谈记录 does.
    received_at: dt.datetime | None = None
    divisions: str = ""  # the 处室 the 初审 asked to attend
    legal_adviser: bool = False


@dataclass(frozen=True)
class SupervisionInfo:
    """What a 督办单 is about, beyond its own row: the 交办单 and the deadline it urges."""

    assignment_number: str = ""
    obligation: str = ""
    original_due: dt.date | None = None
    conceal_identity: bool = False


@dataclass
class CaseRecord:
    """Everything the papers of one case show."""

    bureau: str
    case: CaseDetail
    handling: Handling
    visit: VisitInfo | None = None
    supervision_info: dict[int, SupervisionInfo] = field(default_factory=dict)
    # The 批示 an assignment carries (by assignment id), and where each talk took place.
    assignment_instruction: dict[int, InstructionView] = field(default_factory=dict)
    conversation_place: dict[int, str] = field(default_factory=dict)
    major: MajorView | None = None  # the case was marked major: its 重大信访信息快报


def day_text(day: dt.date | None) -> str:
    return chinese_date(day) if day else ""


def time_text(moment: dt.datetime | dt.time) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def moment_text(moment: dt.datetime) -> str:
    return f"{chinese_date(moment.date())} {time_text(moment)}"


def names_text(people: Iterable[PersonView], limit: int = 5) -> str:
    names = [p.name for p in people]
    shown = "、".join(names[:limit])
    return shown + (f"等{len(names)}人" if len(names) > limit else "")


def redact(text: str, people: Iterable[PersonView]) -> str:
    """``text`` with every petitioner's name, ID number, phone and address replaced by ×××."""
    secrets = set()
    for p in people:
        secrets |= {p.name, p.id_number, p.phone, p.address}
    # Longest first, so an address is replaced whole before a name inside it.
    for secret in sorted((s for s in secrets if len(s.strip()) >= 2), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def pair_rows(pairs: list[tuple[str, str]]) -> list[FormRow]:
    """Short label/value pairs, two to a row."""
    rows = []
    for index in range(0, len(pairs), 2):
        (label, value), *second = pairs[index : index + 2]
        rows.append(FormRow(label, value, *second[0]) if second else FormRow(label, value))
    return rows


def _is_visit(case: CaseDetail) -> bool:
    return case.channel.is_in_person


def _person_label(case: CaseDetail) -> str:
    return "来访人" if _is_visit(case) else "信访人"


def _name(p: PersonView, collective: bool) -> str:
    """A collective visit's 接谈代表 row names the representatives; elsewhere the mark follows the name."""
    return p.name + ("\n（代表）" if p.is_representative and not collective else "")


def petitioner_items(case: CaseDetail) -> list[FormItem]:
    """The petitioners: label/value rows for one person, a small table for several."""
    people = case.petitioners
    label = _person_label(case)
    if len(people) == 1:
        p = people[0]
        return [
            FormRow(label, p.name, "性别", p.gender.label),
            FormRow("身份证号", p.id_number, "联系电话", p.phone),
            FormRow("住址", p.address),
        ]
    grid = FormGrid(
        PETITIONER_COLUMNS,
        [
            (_name(p, case.is_collective), p.gender.label, p.id_number, p.phone, p.address, p.relation.label)
            for p in people
        ],
        size=NOTE_SIZE,
    )
    return [FormSection(f"{label}（登记{len(people)}人）"), grid]


def _head_count_row(case: CaseDetail) -> FormRow:
    count = f"{case.head_count}人" + ("（集体访）" if case.is_collective else "")
    if case.is_collective:
        representatives = [p.name for p in case.petitioners if p.is_representative]
        return FormRow("来访人数", count, "接谈代表", "、".join(representatives) or "（未推选）")
    relation = case.petitioners[0].relation.label if len(case.petitioners) == 1 else ""
    return FormRow("来访人数", count, "与学校关系", relation)


def _latest_instruction(handling: Handling) -> InstructionView | None:
    return handling.instructions[-1] if handling.instructions else None


def instruction_text(i: InstructionView) -> str:
    extra = f"（理由：{i.refusal}）" if i.refusal else ""
    if i.authority:
        extra += f"（有权处理机关：{i.authority}）"
    return f"【{i.route.label}】{i.text}{extra}\n——{i.leader}，{chinese_date(i.on)}"


def registration_title(case: CaseDetail, visit: VisitInfo | None) -> str:
    if case.channel is Channel.LEADER_RECEPTION or (case.channel is Channel.VISIT and visit is not None):
        return "领导干部接待群众来访登记单"
    if case.channel is Channel.VISIT:
        return "群众来访登记单"
    return "信访事项登记单"


def registration_sheet(record: CaseRecord) -> FormDocument:
    """登记单: who came, how many, when, to which leader, what they raise and want, and the 初审."""
    case, visit = record.case, record.visit
    when = ("登记时间" if case.is_appointment else "来访时间") if _is_visit(case) else "收到时间"
    # The 信访类型 rides with the channel: a row more would push a collective visit's sheet to two pages.
    kind = case.petition_type.label + ("，保密事项" if case.confidential else "")
    rows: list[FormItem] = [
        FormRow("信访形式", f"{case.channel.label}（{kind}）", when, moment_text(case.received_at))
    ]
    rows += petitioner_items(case)
    if _is_visit(case):
        rows.append(_head_count_row(case))
    short: list[tuple[str, str]] = []  # paired two to a row below
    if not _is_visit(case) and len(case.petitioners) == 1:
        short.append(("与学校关系", case.petitioners[0].relation.label))
    if case.letter_pages:
        short.append(("来信页数", f"{case.letter_pages}页"))
    rows += pair_rows(short)
    if visit is not None:
        leader = next((c.leader for c in record.handling.conversations), "") or visit.leader
        received = visit.received_at or dt.datetime.combine(visit.day, visit.starts)
        rows.append(FormRow("接访领导", leader, "接访日期", moment_text(received)))
        way = (
            f"预约（{visit.booking.label}，{chinese_date(visit.booked_at.date())}）"
            if visit.is_appointment
            else "现场来访"
        )
        rows.append(
            FormRow("预约情况", way, "初审结果", visit.prereview.label if visit.is_appointment else "—")
        )
    elif case.channel is Channel.LEADER_RECEPTION or case.is_appointment:
        rows.append(FormRow("接访领导", "", "预约情况", "预约" if case.is_appointment else "现场来访"))
    if case.channel.needs_source or case.source_body or case.source_ref:
        rows.append(FormRow("转办机关", case.source_body, "文号/工单号", case.source_ref))
    rows.append(FormRow("问题类别", case.category, "所属区县", case.region))
    # 首问负责制: the clerk, or the staff member who first received the visitor.
    first = case.first_receiver or case.registered_by
    clerk = case.registered_by + (
        "（首问责任人）" if first == case.registered_by else f"（首问责任人：{first}）"
    )
    rows.append(FormRow("涉及单位", case.unit_name, "登记人", clerk))
    flags = [x for x, on in (("重复访", case.is_repeat), ("越级访", case.skipped_level)) if on]
    if case.review_stage.value != "none":
        flags.append(case.review_stage.label)
    if flags:
        rows.append(FormRow("事项情况", "、".join(flags)))
    rows.append(FormText("反映问题", case.problem, min_lines=3))
    rows.append(FormText("诉求", case.demand, min_lines=2))
    if (
        visit is not None
        and visit.is_appointment
        and (visit.prereview_reason or visit.divisions or visit.legal_adviser)
    ):
        attending = attendance_text(visit.divisions, visit.legal_adviser)
        opinion = "；".join(x for x in (visit.prereview_reason, attending) if x)
        rows.append(FormText("初审意见", opinion, min_lines=1))
    latest = _latest_instruction(record.handling)
    rows.append(FormText("领导批示", instruction_text(latest) if latest else "", min_lines=2))
    if case.note:
        rows.append(FormText("备注", case.note, min_lines=1))
    leader_form = registration_title(case, visit).startswith("领导")
    return FormDocument(
        title=registration_title(case, visit),
        bureau=record.bureau,
        number=case.number,
        rows=rows,
        footer_signatures=["登记人（签字）：", "接访领导（签字）：" if leader_form else "审核人（签字）："],
        date=case.received_at.date(),
    )


def conversation_record(record: CaseRecord, talk: ConversationView) -> FormDocument:
    """接谈记录: when and where, who received and attended, what was said and answered."""
    case = record.case
    ended = f"—{time_text(talk.ended_at)}" if talk.ended_at else ""
    people = [p for p in case.petitioners if p.is_representative] or case.petitioners
    phone = people[0].phone if people else ""
    rows: list[FormItem] = [
        FormRow("接谈时间", moment_text(talk.started_at) + ended),
        FormRow("接谈领导", talk.leader, "接谈地点", record.conversation_place.get(talk.id, DEFAULT_PLACE)),
        FormRow("参加人员", talk.attendees),
        FormRow(_person_label(case), names_text(people), "联系电话", phone),
    ]
    if _is_visit(case):
        rows.append(_head_count_row(case))
    rows += [
        FormSection("接谈情况"),
        FormText("来访人陈述", talk.statement, min_lines=6),
        FormText("领导答复", talk.response, min_lines=4),
    ]
    return FormDocument(
        title="领导接访接谈记录" if _is_visit(case) else "信访事项接谈记录",
        bureau=record.bureau,
        number=case.number,
        rows=rows,
        footer_signatures=[f"{_person_label(case)}（签字）：", "接谈领导（签字）：", "记录人（签字）："],
        date=talk.started_at.date(),
    )


def assignment_sheet(record: CaseRecord, a: AssignmentView) -> FormDocument:
    """交办单: to which unit, what the leader instructed, what is required and by when."""
    case = record.case
    hide = a.conceal_identity

    def text(value: str) -> str:
        return redact(value, case.petitioners) if hide else value

    rows: list[FormItem] = [
        FormRow("事项编号", case.number, "交办日期", chinese_date(a.issued_on)),
        FormRow(
            "承办单位", a.unit, "办理时限", f"{chinese_date(a.due_date)}前" + _provisional(a.provisional)
        ),
        FormRow("信访形式", case.channel.label, "收到日期", chinese_date(case.received_at.date())),
    ]
    if hide:
        rows.append(FormRow("信访人", f"姓名、身份证号、联系电话、住址{HIDDEN}"))
    elif len(case.petitioners) == 1:
        rows += petitioner_items(case)
    else:
        # The unit needs whom to contact; the full list of people is on the 登记单.
        contact = next((p for p in case.petitioners if p.is_representative), case.petitioners[0])
        rows.append(FormRow(_person_label(case), names_text(case.petitioners, limit=8)))
        rows.append(FormRow("联系人", contact.name, "联系电话", contact.phone))
        rows.append(FormRow("住址", contact.address))
    if _is_visit(case) and not hide:
        rows.append(_head_count_row(case))
    rows.append(FormRow("问题类别", case.category, "涉及单位", case.unit_name))
    rows.append(FormText("反映问题", text(case.problem), min_lines=3))
    rows.append(FormText("诉求", text(case.demand), min_lines=2))
    instruction = record.assignment_instruction.get(a.id)
    said = a.instruction_text
    if instruction is not None:
        said = f"{said}\n——{instruction.leader}，{chinese_date(instruction.on)}"
    rows.append(FormText("领导批示", text(said), min_lines=3))
    requirement = a.requirement or (
        f"请于{chinese_date(a.due_date)}前将调查核实情况、处理意见和答复意见书草稿书面报{record.bureau}办公室。"
    )
    rows.append(FormText("办理要求", text(requirement), min_lines=2))
    note = "本单一式两联，一联交承办单位，一联由办公室存档。"
    if hide:
        note += "信访人个人信息已依照《信访工作条例》第三十条隐去，承办单位不得打听、追查信访人。"
    title = "信访事项交办单"
    if a.withdrawn_on is not None:
        # Printed as withdrawn, never left out: the unit holds the first copy and is told with this one.
        title += "（已撤回）"
        rows.append(
            FormText(
                "撤回情况",
                f"本交办单已于{chinese_date(a.withdrawn_on)}撤回，请{a.unit}停止办理。撤回原因：{text(a.withdrawal_reason)}",
                min_lines=2,
            )
        )
        note = f"本交办单已撤回，原交办内容保留备查。{note}"
    return FormDocument(
        title=title,
        bureau=record.bureau,
        number=a.number,
        rows=rows,
        footer_signatures=["交办人：", "签收人：", "签收日期："],
        date=a.issued_on,
        note=note,
    )


def _provisional(provisional: bool) -> str:
    """The mark of a deadline counted before the year's official holiday arrangement was entered."""
    return "（暂定，以节假日安排公布后为准）" if provisional else ""


def supervision_sheet(record: CaseRecord, s: SupervisionView) -> FormDocument:
    """督办单: the level and reason, what is urged, to whom, by when, and the answer."""
    case = record.case
    info = record.supervision_info.get(s.id, SupervisionInfo())
    level = s.level.label

    def text(value: str) -> str:
        return redact(value, case.petitioners) if info.conceal_identity else value

    rows: list[FormItem] = [
        FormRow("事项编号", case.number, f"{level}日期", chinese_date(s.issued_on)),
        FormRow(f"{level}级别", level, f"{level}原因", s.reason.label),
        FormRow(
            "承办单位", s.unit, "回复期限", f"{chinese_date(s.due_date)}前" + _provisional(s.provisional)
        ),
        FormRow("原交办单", info.assignment_number, "原定期限", day_text(info.original_due)),
    ]
    if s.requested_by:
        rows.append(FormRow("提出领导", s.requested_by))
    if info.obligation:
        rows.append(FormRow(f"{level}事项", info.obligation))
    rows.append(FormText("反映问题", text(case.problem), min_lines=2))
    rows.append(FormText(f"{level}要求", text(s.content), min_lines=3))
    answer = text(s.answer) + (f"\n（{chinese_date(s.answered_on)}回复）" if s.answered_on else "")
    rows.append(FormText("反馈情况", answer, min_lines=4))
    return FormDocument(
        title=f"信访事项{level}单",
        bureau=record.bureau,
        number=s.number,
        rows=rows,
        footer_signatures=[f"{level}人：", "承办单位负责人（签字）："],
        date=s.issued_on,
    )


def _service_row(c: CompletionView) -> FormRow:
    if c.service is ServiceMethod.REGISTERED_MAIL:
        return FormRow("送达方式", c.service.label, "挂号单号", c.mail_number)
    signed = "已签收送达回证" if c.receipt_signed else "未签收"
    return FormRow("送达方式", c.service.label, "签收情况", signed)


def completion_sheet(record: CaseRecord, c: CompletionView) -> FormDocument:
    """办结单: the decision (条例 art. 32), how the reply was served, satisfaction, closing, archive number."""
    case, handling = record.case, record.handling
    units = "、".join(dict.fromkeys(a.unit for a in handling.assignments if not a.withdrawn)) or "办公室"
    rows: list[FormItem] = [
        FormRow(_person_label(case), names_text(case.petitioners), "信访形式", case.channel.label),
        FormRow("收到日期", chinese_date(case.received_at.date()), "承办单位", units),
        FormRow("处理意见", c.decision.label, "办结日期", chinese_date(c.closed_on)),
        _service_row(c),
        FormRow("送达日期", chinese_date(c.served_on), "信访人评价", c.satisfaction.label),
        FormRow("按期办结", "是" if c.on_time else "否（超期办结）", "办结人", c.closed_by),
        FormRow("归档号", c.archive_number, "归档日期", day_text(c.archived_on)),
        FormText("反映问题", case.problem, min_lines=2),
        FormText("办理结果", c.summary, min_lines=4),
    ]
    return FormDocument(
        title="信访事项办结单",
        bureau=record.bureau,
        number=case.number,
        rows=rows,
        footer_signatures=["经办人：", "办公室负责人（签字）："],
        date=c.closed_on,
        note="处理意见依照《信访工作条例》第三十二条，分为予以支持、解释说明、不予支持（不予受理的事项注明）。",
    )
