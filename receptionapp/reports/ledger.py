"""The case ledger (信访事项台账) of a period as an Excel sheet, one row per case.

The columns are the ones a reception office keeps on paper: number, date,
channel, source, petitioners with ID numbers and phones, region, category,
the unit concerned, problem and demand, the leader's 批示, the handling
units, the deadline, the closing date, result, satisfaction, whether on
time, status and archive number. The rows are the cases the report counts
as received (``definitions.received``), so the ledger and the report agree.
The ledger holds personal data: only the office and the admin export it,
and each export is written to the audit log. A confidential case's
petitioners show as "（保密）" and its texts with their details taken out:
a list never carries a protected identity (``services.access``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, Person, Petitioner, Region, Unit
from receptionapp.db.models_aftercare import FollowUp, MajorReport
from receptionapp.db.models_workflow import Assignment, Completion, Instruction, Obligation
from receptionapp.domain.aftercare import CallSatisfaction
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.channels import Channel
from receptionapp.domain.completion import Decision, Satisfaction, closing_deadline
from receptionapp.domain.confidentiality import MASK, redact, secrets_of
from receptionapp.domain.periods import Period
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import CAN_EXPORT_LEDGER
from receptionapp.domain.rules import OFFICE_KINDS
from receptionapp.domain.workflow import AssignmentStatus, ObligationStatus
from receptionapp.reports import definitions as defs
from receptionapp.reports.cells import row_values, text_cell
from receptionapp.services import audit, settings
from receptionapp.services.chosen_paths import replacing
from receptionapp.services.context import Actor, require

Progress = Callable[[int, int], None]
CHUNK = 900

# (header, width in characters)
COLUMNS: tuple[tuple[str, int], ...] = (
    ("编号", 20),
    ("收到日期", 12),
    ("形式", 10),
    ("类型", 10),
    ("来源", 16),
    ("信访人", 14),
    ("身份证号", 21),
    ("电话", 14),
    ("人数", 6),
    ("区县", 9),
    ("类别", 12),
    ("涉及单位", 18),
    ("反映问题", 40),
    ("诉求", 24),
    ("批示", 30),
    ("承办单位", 18),
    ("期限", 12),
    ("办结日期", 12),
    ("处理结果", 10),
    ("满意度", 9),
    ("回访", 16),
    ("是否按期", 9),
    ("状态", 9),
    ("重复访", 7),
    ("越级访", 7),
    ("集体访", 7),
    ("重大", 6),
    ("档案号", 18),
)


@dataclass(frozen=True)
class LedgerRow:
    case_id: int
    values: tuple[object, ...]  # in COLUMNS order; dates as dt.date, counts as int


def _yes(flag: bool) -> str:
    return "是" if flag else ""


def _chunk_rows(session: Session, ids: list[int]) -> list[LedgerRow]:
    columns = (
        Case.id, Case.number, Case.received_at, Case.channel, Case.source_body, Case.head_count,
        Case.region_id, Case.category_id, Case.unit_name, Case.problem, Case.demand, Case.route,
        Case.due_date, Case.closed_at, Case.status, Case.is_repeat, Case.skipped_level, Case.is_collective,
        Case.petition_type, Case.confidential,
    )  # fmt: skip
    # Plain rows, not ORM objects: a year's ledger has tens of thousands of cases.
    cases = {row.id: row for row in session.execute(select(*columns).where(Case.id.in_(ids)))}
    regions = dict(session.execute(select(Region.id, Region.name)).all())
    categories = dict(session.execute(select(Category.id, Category.name)).all())
    people: dict[int, list[tuple[str, str, str, str]]] = {}
    for case_id, name, id_number, phone, address in session.execute(
        select(Petitioner.case_id, Person.name, Person.id_number, Person.phone, Person.address)
        .join(Person, Person.id == Petitioner.person_id)
        .where(Petitioner.case_id.in_(ids))
        .order_by(Petitioner.case_id, Petitioner.position)
    ):
        people.setdefault(case_id, []).append((name, id_number or "", phone or "", address or ""))
    instructions: dict[int, str] = {}
    for case_id, leader, text in session.execute(
        select(Instruction.case_id, Instruction.leader_name, Instruction.text)
        .where(Instruction.case_id.in_(ids))
        .order_by(Instruction.case_id, Instruction.id)
    ):
        instructions[case_id] = f"{leader}：{text}"  # the latest 批示 wins
    units: dict[int, list[str]] = {}
    for case_id, unit in session.execute(
        select(Assignment.case_id, Unit.name)
        .join(Unit, Unit.id == Assignment.unit_id)
        .where(Assignment.case_id.in_(ids), Assignment.status != AssignmentStatus.WITHDRAWN)
        .order_by(Assignment.case_id, Assignment.id)
    ):
        if unit not in units.setdefault(case_id, []):
            units[case_id].append(unit)
    dues: dict[int, list[tuple[str, dt.date]]] = {}
    for case_id, kind, due in session.execute(
        select(Obligation.case_id, Obligation.kind, Obligation.due_date).where(
            Obligation.case_id.in_(ids),
            Obligation.status != ObligationStatus.CANCELLED,
            Obligation.kind.not_in(OFFICE_KINDS),  # 回访 and 快报 are no deadline of the matter
        )
    ):
        dues.setdefault(case_id, []).append((kind, due))
    completions = {
        c.case_id: c for c in session.scalars(select(Completion).where(Completion.case_id.in_(ids)))
    }
    follow_ups: dict[int, str] = {}  # the call that reached the petitioner, else the latest attempt
    for case_id, called_on, reached, satisfaction in session.execute(
        select(FollowUp.case_id, FollowUp.called_on, FollowUp.reached, FollowUp.satisfaction)
        .where(FollowUp.case_id.in_(ids))
        .order_by(FollowUp.case_id, FollowUp.reached, FollowUp.called_on, FollowUp.id)
    ):
        result = CallSatisfaction(satisfaction).label if reached and satisfaction else "未联系上"
        follow_ups[case_id] = f"{called_on:%Y-%m-%d} {result}"
    major = set(session.scalars(select(MajorReport.case_id).where(MajorReport.case_id.in_(ids))))
    rows = []
    for case_id in ids:
        c = cases[case_id]
        who = people.get(case_id, [])
        done = completions.get(case_id)
        deadline = closing_deadline(c.channel, c.route, dues.get(case_id, [])) or c.due_date
        closed_on = done.closed_on if done else (c.closed_at.date() if c.closed_at else None)
        on_time = "" if done is None else ("按期" if done.on_time else "超期")
        values = (
            c.number,
            c.received_at.date(),
            Channel(c.channel).label,
            PetitionType(c.petition_type).label + ("（保密）" if c.confidential else ""),
            c.source_body or defs.DIRECT_SOURCE,
            "、".join(n for n, _, _, _ in who),
            "、".join(i for _, i, _, _ in who if i),
            "、".join(p for _, _, p, _ in who if p),
            c.head_count,
            regions.get(c.region_id, ""),
            categories.get(c.category_id, ""),
            c.unit_name,
            c.problem,
            c.demand,
            instructions.get(case_id, ""),
            "、".join(units.get(case_id, [])),
            deadline,
            closed_on,
            Decision(done.decision).label if done else "",
            Satisfaction(done.satisfaction).label if done else "",
            follow_ups.get(case_id, ""),
            on_time,
            CaseStatus(c.status).label,
            _yes(c.is_repeat),
            _yes(c.skipped_level),
            _yes(c.is_collective),
            _yes(case_id in major),
            done.archive_number if done else "",
        )
        if c.confidential:
            values = _masked(values, secrets_of(who))
        rows.append(LedgerRow(case_id, values))
    return rows


_IDENTITY_COLUMNS = frozenset({"信访人", "身份证号", "电话"})


def _masked(values: tuple[object, ...], secrets: list[str]) -> tuple[object, ...]:
    """A confidential case's row: "（保密）" for the petitioners, their details taken out of the texts."""
    masked: list[object] = []
    for (name, _width), value in zip(COLUMNS, values, strict=True):
        if name in _IDENTITY_COLUMNS:
            value = MASK
        elif isinstance(value, str):
            value = redact(value, secrets)
        masked.append(value)
    return tuple(masked)


def ledger_rows(db: Database, period: Period, progress: Progress | None = None) -> Iterator[LedgerRow]:
    """The ledger's rows in the order received, a chunk of cases per query."""
    w = defs.Window.of(period)
    with db.read() as session:
        ids = list(
            session.scalars(select(Case.id).where(defs.received(w)).order_by(Case.received_at, Case.id))
        )
        for start in range(0, len(ids), CHUNK):
            yield from _chunk_rows(session, ids[start : start + CHUNK])
            if progress:
                progress(min(start + CHUNK, len(ids)), len(ids))
    if progress and not ids:
        progress(0, 0)


def write_ledger_xlsx(
    db: Database, actor: Actor, period: Period, path: Path, progress: Progress | None = None
) -> int:
    """Write the ledger of ``period`` to ``path``; returns the number of cases. Audited."""
    require(actor, CAN_EXPORT_LEDGER, "导出信访事项台账")
    bureau = settings.get(db, settings.BUREAU_NAME)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("台账")
    for i, (_name, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "C3"
    title = text_cell(ws, f"{bureau}信访事项台账（{period.label}，{period.range_text}）")
    title.font = Font(name="宋体", size=14, bold=True)
    ws.append([title])
    header = []
    for name, _width in COLUMNS:
        cell = text_cell(ws, name)
        cell.font = Font(name="宋体", bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
        cell.alignment = Alignment(horizontal="center")
        header.append(cell)
    ws.append(header)
    count = 0
    for row in ledger_rows(db, period, progress):
        # Plain values where they can be (reports.cells). Dates get openpyxl's
        # yyyy-mm-dd format by themselves; every text stays text.
        ws.append(row_values(ws, row.values))
        count += 1
    workbook.properties.title = f"信访事项台账（{period.label}）"
    workbook.properties.creator = "教育信访接待系统"
    with replacing(path) as partial:
        workbook.save(partial)
    with db.write() as session:
        audit.record(
            session,
            actor,
            "export",
            "ledger",
            None,
            f"导出信访事项台账：{period.label}，{count}件",
            details={"period": period.code, "file": path.name, "cases": count},
        )
    return count
