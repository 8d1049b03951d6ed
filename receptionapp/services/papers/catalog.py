"""The papers of a case to print: which exist, each as a form PDF, and the audit entry for every print.

A case has its 登记单, one 接谈记录 per conversation, one 交办单 per
assignment, one 督办单 per supervision and, once closed, its 办结单
(``services.papers.forms`` lays each out). A paper is named by a key such as
``assignment:12`` so the GUI and the archive bundle can ask for it again. The
PDF depends only on the record (dates come from the rows, never the clock),
so a reprint has the same bytes as the first print; each print, PDF export
or archive export is written to the audit log with the SHA-256 of what went
out, since the office must be able to trace every paper that left it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import User
from receptionapp.db.models_workflow import (
    Assignment,
    Conversation,
    Extension,
    Obligation,
    ReceptionDay,
    ReceptionVisit,
    Supervision,
)
from receptionapp.documents.fonts import FontSet
from receptionapp.documents.forms import FormDocument, compute_verification_code, render_form
from receptionapp.documents.official import chinese_date
from receptionapp.domain.reception import Booking, PreReview
from receptionapp.services import audit, settings
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, NotFound
from receptionapp.services.papers.forms import (
    DEFAULT_PLACE,
    CaseRecord,
    SupervisionInfo,
    VisitInfo,
    assignment_sheet,
    completion_sheet,
    conversation_record,
    registration_sheet,
    supervision_sheet,
)
from receptionapp.services.papers.major_report import major_report_sheet
from receptionapp.services.workflow.aftercare import aftercare
from receptionapp.services.workflow.handling import handling


class PaperKind(StrEnum):
    """The five papers of 四单一记录, in the order a case produces them, and the 快报 of a major matter."""

    REGISTRATION = "registration"
    CONVERSATION = "conversation"
    ASSIGNMENT = "assignment"
    SUPERVISION = "supervision"
    COMPLETION = "completion"
    MAJOR_REPORT = "major_report"  # not one of the five: the 快报 of a case marked major

    @property
    def label(self) -> str:
        return {
            "registration": "登记单",
            "conversation": "接谈记录",
            "assignment": "交办单",
            "supervision": "督办单",
            "completion": "办结单",
            "major_report": "重大信访信息快报",
        }[self.value]

    @property
    def missing(self) -> str:
        """What the print menu says when the case has none of this paper yet."""
        return {
            "registration": "登记单",
            "conversation": "接谈记录（尚无接谈）",
            "assignment": "交办单（尚未交办）",
            "supervision": "督办单（尚无督办）",
            "completion": "办结单（尚未办结）",
            "major_report": "重大信访信息快报（未标记为重大事项）",
        }[self.value]

    @property
    def one_of_five(self) -> bool:
        """One of 四单一记录, which the print menu lists greyed out while the case has none."""
        return self is not PaperKind.MAJOR_REPORT


class PrintWay(StrEnum):
    PRINTER = "printer"
    PDF = "pdf"

    @property
    def label(self) -> str:
        return {"printer": "送打印机", "pdf": "生成PDF"}[self.value]


@dataclass(frozen=True)
class Paper:
    """One printable paper of a case."""

    kind: PaperKind
    item_id: int
    title: str  # for menus and print jobs: 交办单 交办〔2026〕0001号（基础教育处）
    on: dt.date
    document: FormDocument
    formal_title: str  # for the archive index: 信访事项交办单（交办〔2026〕0001号，基础教育处）
    file_stem: str  # for the archive bundle: 交办单_交办〔2026〕0001号

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.item_id}"

    def render(self, fonts: FontSet | None = None) -> bytes:
        """The PDF, with the verification code of its content in the footer."""
        doc = dataclasses.replace(self.document, verification_code=compute_verification_code(self.document))
        return render_form(doc, fonts)


def load_record(db: Database, case_id: int, actor: Actor | None = None) -> CaseRecord:
    """Read everything the papers of a case show (NotFound when there is no such case)."""
    # Masked for a reader without the right (services.access); the print or export that follows is audited.
    detail = get_case(db, case_id, actor, view=None)
    state = handling(db, case_id, actor)
    record = CaseRecord(settings.get(db, settings.BUREAU_NAME) or "教育局", detail, state)
    record.major = aftercare(db, case_id, actor).major
    with db.read() as session:
        users = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
        latest = session.execute(
            select(ReceptionVisit, ReceptionDay)
            .join(ReceptionDay, ReceptionDay.id == ReceptionVisit.reception_day_id)
            .where(ReceptionVisit.case_id == case_id)
            .order_by(ReceptionDay.day.desc(), ReceptionVisit.id.desc())
            .limit(1)
        ).first()
        if latest is not None:
            visit, day = latest
            talked = session.scalar(
                select(func.min(Conversation.started_at)).where(Conversation.visit_id == visit.id)
            )
            record.visit = VisitInfo(
                day=day.day,
                starts=day.starts,
                place=day.place or DEFAULT_PLACE,
                leader=users.get(day.substitute_id or day.leader_id, ""),
                is_appointment=visit.is_appointment,
                booking=Booking(visit.booking),
                booked_at=visit.booked_at,
                prereview=PreReview(visit.prereview),
                prereview_reason=visit.prereview_reason,
                received_at=talked or visit.called_at,
                divisions=visit.prereview_divisions,
                legal_adviser=visit.legal_adviser,
            )
        for talk_id, place in session.execute(
            select(Conversation.id, ReceptionDay.place)
            .join(ReceptionVisit, ReceptionVisit.id == Conversation.visit_id)
            .join(ReceptionDay, ReceptionDay.id == ReceptionVisit.reception_day_id)
            .where(Conversation.case_id == case_id)
        ):
            record.conversation_place[talk_id] = place or DEFAULT_PLACE
        instructions = {i.id: i for i in state.instructions}
        assignments = {
            a.id: a for a in session.scalars(select(Assignment).where(Assignment.case_id == case_id))
        }
        for a in assignments.values():
            if a.instruction_id in instructions:
                record.assignment_instruction[a.id] = instructions[a.instruction_id]
        for s in session.scalars(select(Supervision).where(Supervision.case_id == case_id)):
            record.supervision_info[s.id] = _supervision_info(session, s, assignments)
    return record


def _supervision_info(
    session: Session, s: Supervision, assignments: dict[int, Assignment]
) -> SupervisionInfo:
    assignment = assignments.get(s.assignment_id or 0)
    obligation = session.get(Obligation, s.obligation_id) if s.obligation_id else None
    due = obligation.due_date if obligation else None
    if obligation is not None:
        # The deadline as it stood on the day of the urging: an extension approved later moved it.
        later = session.scalar(
            select(Extension.old_due).where(
                Extension.obligation_id == obligation.id,
                Extension.approved_at > dt.datetime.combine(s.issued_on, dt.time.max),
            )
        )
        due = later or due
    return SupervisionInfo(
        assignment_number=assignment.number if assignment else "",
        obligation=obligation.label if obligation else "",
        original_due=due,
        conceal_identity=bool(assignment and assignment.conceal_identity),
    )


def build_papers(record: CaseRecord) -> list[Paper]:
    """Every paper of the case, in the order of 四单一记录."""
    case, state = record.case, record.handling
    doc = registration_sheet(record)
    papers = [
        Paper(
            PaperKind.REGISTRATION, case.id, f"登记单 {case.number}", case.received_at.date(), doc,
            doc.title, "登记单",
        )
    ]  # fmt: skip
    for talk in state.conversations:
        doc = conversation_record(record, talk)
        when = f"{chinese_date(talk.started_at.date())}{talk.started_at:%H时%M分}"
        papers.append(
            Paper(
                PaperKind.CONVERSATION, talk.id, f"接谈记录 {case.number}（{when}）", talk.started_at.date(), doc,
                f"{doc.title}（{when}）", f"接谈记录_{talk.started_at:%Y%m%d_%H%M}",
            )
        )  # fmt: skip
    for a in state.assignments:
        doc = assignment_sheet(record, a)
        withdrawn = "（已撤回）" if a.withdrawn else ""
        papers.append(
            Paper(
                PaperKind.ASSIGNMENT, a.id, f"交办单 {a.number}（{a.unit}）{withdrawn}", a.issued_on, doc,
                f"{doc.title}（{a.number}，{a.unit}）", f"交办单_{a.number}",
            )
        )  # fmt: skip
    for s in state.supervisions:
        doc = supervision_sheet(record, s)
        papers.append(
            Paper(
                PaperKind.SUPERVISION, s.id, f"{s.level.label}单 {s.number}（{s.unit}）", s.issued_on, doc,
                f"{doc.title}（{s.number}，{s.unit}）", f"{s.level.label}单_{s.number}",
            )
        )  # fmt: skip
    if state.completion is not None:
        doc = completion_sheet(record, state.completion)
        papers.append(
            Paper(
                PaperKind.COMPLETION, case.id, f"办结单 {case.number}", state.completion.closed_on, doc,
                doc.title, "办结单",
            )
        )  # fmt: skip
    if record.major is not None:
        doc = major_report_sheet(record, record.major)
        papers.append(
            Paper(
                PaperKind.MAJOR_REPORT, case.id, f"重大信访信息快报 {case.number}", record.major.marked_at.date(),
                doc, doc.title, "重大信访信息快报",
            )
        )  # fmt: skip
    return papers


def case_papers(db: Database, case_id: int, actor: Actor | None = None) -> list[Paper]:
    return build_papers(load_record(db, case_id, actor))


def find_paper(db: Database, case_id: int, key: str, actor: Actor | None = None) -> Paper:
    for paper in case_papers(db, case_id, actor):
        if paper.key == key:
            return paper
    raise NotFound("该事项没有这份文书")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_print(
    db: Database,
    actor: Actor,
    case_id: int,
    printed: Sequence[tuple[Paper, bytes]],
    way: PrintWay,
    *,
    pages: int | None = None,
) -> None:
    """Write one audit entry for papers that went out: which, how, and the hash of each PDF."""
    if not printed:
        return
    titles = "、".join(paper.title for paper, _pdf in printed)
    summary = f"打印{titles}（{way.label}" + (f"，{pages}页" if pages else "") + "）"
    with db.write() as session:
        single = printed[0][0] if len(printed) == 1 else None
        audit.record(
            session,
            actor,
            "print",
            single.kind.value if single else "case",
            single.item_id if single else case_id,
            summary,
            case_id=case_id,
            details={
                "way": way.value,
                "papers": [{"key": p.key, "title": p.title, "sha256": sha256(pdf)} for p, pdf in printed],
            },
        )
