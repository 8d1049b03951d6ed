"""What importing a ledger would do: each row new, already in the app, a duplicate, or a problem.

``analyse`` reads every row with the mapping and the person's fixes, finds
rows typed twice in the file, links people to known petitioners (ID number,
else name and phone, as registration does) and flags rows that look like a
case already in the app (a known petitioner with a case on the same day, or
the same original number imported before on that day). The dry run and the
import both call it, the import inside its own write transaction, so what
the dry run shows is what the import does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.models import AuditEntry, Case, Category, Person, Petitioner, Region, Unit, User
from receptionapp.db.models_ledger import ImportBatch, ImportedCase
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping
from receptionapp.domain.ledger_rows import LedgerPerson, LedgerRecord, Lists, read_row
from receptionapp.domain.ledger_values import Cell
from receptionapp.services.context import ServiceError
from receptionapp.services.ledger.files import LedgerTable

Progress = Callable[[int, int, str], None]
CHUNK = 900  # ids per IN (...) query


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("导入已取消，数据库未作任何改动")


class RowStatus(StrEnum):
    NEW = "new"
    EXISTING = "existing"
    DUPLICATE = "duplicate"
    BAD = "bad"
    SKIPPED = "skipped"

    @property
    def label(self) -> str:
        return {
            "new": "新增",
            "existing": "系统中已有",
            "duplicate": "文件内重复",
            "bad": "有问题",
            "skipped": "已跳过",
        }[self.value]


@dataclass
class ImportChoices:
    """What the person decided in review: retyped cells, rows skipped, look-alikes taken anyway."""

    overrides: dict[int, dict[LedgerField, str]] = field(default_factory=dict)
    skipped: set[int] = field(default_factory=set)
    force: set[int] = field(default_factory=set)
    skip_bad: bool = False


@dataclass
class RowReport:
    row: int
    status: RowStatus
    reasons: list[str] = field(default_factory=list)
    problems: dict[LedgerField, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportSummary:
    file_name: str
    sha256: str
    total: int
    blank_rows: int = 0
    remarks: list[tuple[int, str]] = field(default_factory=list)
    counts: dict[RowStatus, int] = field(default_factory=lambda: dict.fromkeys(RowStatus, 0))
    closed: int = 0
    linked_people: int = 0
    new_people: int = 0
    earlier_imports: list[str] = field(default_factory=list)
    reports: list[RowReport] = field(default_factory=list)  # every row but plain new ones
    batch_id: int | None = None
    first_number: str = ""
    last_number: str = ""

    def count(self, status: RowStatus) -> int:
        return self.counts.get(status, 0)

    @property
    def bad(self) -> list[RowReport]:
        return [r for r in self.reports if r.status is RowStatus.BAD]

    def lines(self) -> list[str]:
        """The summary as the CLI prints it and the wizard shows it."""
        c = self.count
        out = [
            f"文件：{self.file_name}（SHA-256 {self.sha256[:12]}…）",
            f"数据行：{self.total}行（另有空行{self.blank_rows}行已忽略）",
            f"新增：{c(RowStatus.NEW)}件（其中已办结{self.closed}件）；"
            f"信访人：关联已有{self.linked_people}人，新建{self.new_people}人",
            f"系统中已有（不导入）：{c(RowStatus.EXISTING)}行",
            f"文件内重复（不导入）：{c(RowStatus.DUPLICATE)}行",
            f"有问题：{c(RowStatus.BAD)}行；已跳过：{c(RowStatus.SKIPPED)}行",
        ]
        out.extend(f"说明行（不导入）：第{row}行“{text[:30]}”" for row, text in self.remarks)
        out.extend(f"注意：此文件已于{when}导入过" for when in self.earlier_imports)
        return out

    def problem_lines(self, limit: int | None = None) -> list[str]:
        rows = [r for r in self.reports if r.status is not RowStatus.NEW]
        lines = [f"第{r.row}行［{r.status.label}］" + "；".join(r.reasons) for r in rows[:limit]]
        if limit is not None and len(rows) > limit:
            lines.append(f"……另有{len(rows) - limit}行")
        return lines


PersonRef = int | tuple[str, ...]  # a known person's id, or the key of a person the import creates


@dataclass
class PlannedRow:
    row: int
    record: LedgerRecord
    people: list[PersonRef]
    cells: list[Cell]


@dataclass
class Plan:
    summary: ImportSummary
    rows: list[PlannedRow]
    new_people: dict[tuple[str, ...], LedgerPerson]
    fills: dict[int, dict[str, str]]  # known person id -> blank fields the ledger fills
    first_case: dict[int, dt.datetime]  # known person id -> their earliest case in the app
    lists: dict[str, dict[str, int]]  # "category"/"region" -> name -> id
    # What the plan was made from; the import reuses it only while both are unchanged.
    inputs: str = ""
    state: tuple[object, ...] = ()


def plan_inputs(table: LedgerTable, mapping: LedgerMapping, choices: ImportChoices, today: dt.date) -> str:
    overrides = {str(row): {f.value: v for f, v in cells.items()} for row, cells in choices.overrides.items()}
    return json.dumps(
        [table.sha256, table.sheet, table.encoding, mapping.to_json(), overrides,
         sorted(choices.skipped), sorted(choices.force), choices.skip_bad, today.isoformat()],
        ensure_ascii=False, sort_keys=True,
    )  # fmt: skip


def database_state(session: Session) -> tuple[object, ...]:
    """Changes whenever anything is written: every change appends to the audit chain."""
    return (
        session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)),
        session.scalar(select(func.max(Case.id))),
        session.scalar(select(func.max(Person.id))),
    )


def load_lists(session: Session) -> tuple[Lists, dict[str, dict[str, int]]]:
    categories = dict(session.execute(select(Category.name, Category.id).where(Category.active)).all())
    regions = dict(session.execute(select(Region.name, Region.id).where(Region.active)).all())
    names = dict(session.execute(select(Region.id, Region.name)).all())
    unit_regions = {
        unit: names[rid]
        for unit, rid in session.execute(select(Unit.name, Unit.region_id).where(Unit.active))
        if rid in names
    }
    lists = Lists(list(categories), list(regions), unit_regions)
    return lists, {"category": categories, "region": regions}


class _People:
    """Known petitioners and the ones this import creates, matched as ``find_or_create_person`` does."""

    def __init__(self, session: Session) -> None:
        self.by_id: dict[str, PersonRef] = {}
        self.by_contact: dict[tuple[str, str], list[tuple[PersonRef, bool]]] = {}
        self.known: dict[int, tuple[str | None, str, str, str]] = {}
        rows = session.execute(
            select(Person.id, Person.name, Person.id_number, Person.phone, Person.address, Person.gender)
        )
        for pid, name, id_number, phone, address, gender in rows:
            self.known[pid] = (id_number, phone, address, gender)
            self._remember(pid, name, id_number, phone)

    def _remember(self, ref: PersonRef, name: str, id_number: str | None, phone: str) -> None:
        if id_number:
            self.by_id.setdefault(id_number, ref)
        if phone:
            self.by_contact.setdefault((name, phone), []).append((ref, bool(id_number)))

    def find(self, person: LedgerPerson) -> PersonRef | None:
        if person.id_number and person.id_number in self.by_id:
            return self.by_id[person.id_number]
        if person.phone:
            for ref, has_id in self.by_contact.get((person.name, person.phone), []):
                # Someone with another ID number is another person, however alike.
                if not (person.id_number and has_id):
                    return ref
        return None

    def add(self, person: LedgerPerson, row: int, position: int) -> tuple[str, ...]:
        if person.id_number:
            key: tuple[str, ...] = ("id", person.id_number)
        elif person.phone:
            key = ("contact", person.name, person.phone)
        else:
            key = ("row", str(row), str(position))  # nothing to match by: a person of their own
        self._remember(key, person.name, person.id_number, person.phone)
        return key


def _chunks(items: list[int]) -> list[list[int]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def _same_day_cases(session: Session, person_ids: set[int]) -> dict[tuple[int, dt.date], str]:
    """(known person, day) -> number of a live case of theirs received that day."""
    found: dict[tuple[int, dt.date], str] = {}
    for chunk in _chunks(sorted(person_ids)):
        stmt = (
            select(Petitioner.person_id, Case.received_at, Case.number)
            .join(Case, Case.id == Petitioner.case_id)
            .where(Petitioner.person_id.in_(chunk), Case.status != CaseStatus.VOIDED.value)
        )
        for pid, received, number in session.execute(stmt):
            found.setdefault((pid, received.date()), number)
    return found


def _first_cases(session: Session, person_ids: set[int]) -> dict[int, dt.datetime]:
    first: dict[int, dt.datetime] = {}
    for chunk in _chunks(sorted(person_ids)):
        stmt = (
            select(Petitioner.person_id, func.min(Case.received_at))
            .join(Case, Case.id == Petitioner.case_id)
            .where(Petitioner.person_id.in_(chunk), Case.status != CaseStatus.VOIDED.value)
            .group_by(Petitioner.person_id)
        )
        first.update({pid: when for pid, when in session.execute(stmt)})
    return first


def _imported_numbers(session: Session, numbers: set[str]) -> dict[tuple[str, dt.date], str]:
    found: dict[tuple[str, dt.date], str] = {}
    items = sorted(numbers)
    for i in range(0, len(items), CHUNK):
        stmt = (
            select(ImportedCase.original_number, Case.received_at, Case.number)
            .join(Case, Case.id == ImportedCase.case_id)
            .where(ImportedCase.original_number.in_(items[i : i + CHUNK]))
            .where(Case.status != CaseStatus.VOIDED.value)
        )
        for original, received, number in session.execute(stmt):
            found.setdefault((original, received.date()), number)
    return found


def check_mapping(table: LedgerTable, mapping: LedgerMapping) -> dict[LedgerField, int]:
    """Column indexes of the mapping in this file; ServiceError naming what is missing."""
    columns, missing = mapping.resolve(table.labels)
    if missing:
        raise ServiceError(f"文件中没有对应方案所指的列：{'、'.join(missing)}，请重新对应列")
    lacking = [f.label for f in LedgerField if f.required and f not in columns]
    if lacking:
        raise ServiceError(f"请为以下内容指定对应的列：{'、'.join(lacking)}")
    return columns


def analyse(
    session: Session,
    table: LedgerTable,
    mapping: LedgerMapping,
    choices: ImportChoices,
    now: dt.datetime,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Plan:
    columns = check_mapping(table, mapping)
    lists, ids = load_lists(session)
    summary = ImportSummary(table.name, table.sha256, len(table.rows), table.blank_rows, list(table.remarks))
    earlier = (
        select(ImportBatch.imported_at, User.display_name)
        .join(User, User.id == ImportBatch.imported_by_id)
        .where(ImportBatch.sha256 == table.sha256)
    )
    for when, who in session.execute(earlier):
        summary.earlier_imports.append(f"{when:%Y-%m-%d %H:%M}由{who}")
    reports: dict[int, RowReport] = {}
    good: list[tuple[int, LedgerRecord, list[Cell]]] = []
    first_of: dict[tuple[object, ...], int] = {}
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows, 1):
        if cancelled and done % 2000 == 0 and cancelled():
            raise ImportCancelled
        if progress and done % 5000 == 0:
            progress(done, total, "检查数据行")
        if line in choices.skipped:
            reports[line] = RowReport(line, RowStatus.SKIPPED, ["已选择跳过"])
            continue
        if line in table.row_problems:  # whatever the mapping: the file itself must be mended
            status = RowStatus.SKIPPED if choices.skip_bad else RowStatus.BAD
            reports[line] = RowReport(line, status, [table.row_problems[line]])
            continue
        outcome = read_row(cells, columns, mapping, lists, now, choices.overrides.get(line))
        if outcome.record is None:
            status = RowStatus.SKIPPED if choices.skip_bad else RowStatus.BAD
            reports[line] = RowReport(
                line, status, list(outcome.problems.values()), outcome.problems, outcome.notes
            )
            continue
        key = outcome.record.duplicate_key()
        if key in first_of and line not in choices.force:
            reports[line] = RowReport(
                line, RowStatus.DUPLICATE, [f"与第{first_of[key]}行相同"], {}, outcome.notes
            )
            continue
        first_of.setdefault(key, line)
        if outcome.notes:
            reports[line] = RowReport(line, RowStatus.NEW, [], {}, outcome.notes)
        good.append((line, outcome.record, list(cells)))

    people = _People(session)
    matches = [[people.find(p) for p in record.people] for _, record, _ in good]
    known_ids = {ref for refs in matches for ref in refs if isinstance(ref, int)}
    same_day = _same_day_cases(session, known_ids)
    numbers = _imported_numbers(session, {r.original_number for _, r, _ in good if r.original_number})
    plan = Plan(summary, [], {}, {}, _first_cases(session, known_ids), ids)
    plan.inputs = plan_inputs(table, mapping, choices, now.date())
    plan.state = database_state(session)
    linked: set[int] = set()
    for (line, record, cells), refs in zip(good, matches, strict=True):
        day = record.received_at.date()
        twin = next((same_day[(r, day)] for r in refs if isinstance(r, int) and (r, day) in same_day), None)
        twin = twin or numbers.get((record.original_number, day))
        if twin and line not in choices.force:
            notes = reports[line].notes if line in reports else []
            reports[line] = RowReport(
                line, RowStatus.EXISTING, [f"系统中已有同一信访人同日的事项{twin}"], {}, notes
            )
            continue
        refs = [r if r is not None else people.find(p) for p, r in zip(record.people, refs, strict=True)]
        taken = [r for r in refs if r is not None]
        if len(set(taken)) < len(taken):
            reports[line] = RowReport(line, RowStatus.BAD, ["本行有两位信访人是系统中的同一人"])
            continue
        resolved: list[PersonRef] = []
        for position, (person, ref) in enumerate(zip(record.people, refs, strict=True)):
            if ref is None:
                ref = people.add(person, line, position)
                plan.new_people[ref] = person
            elif isinstance(ref, int):
                linked.add(ref)
                _fill_blanks(plan.fills, people.known[ref], ref, person)
            resolved.append(ref)
        plan.rows.append(PlannedRow(line, record, resolved, cells))
        summary.closed += record.closing is not None
    summary.linked_people = len(linked)
    summary.new_people = len(plan.new_people)
    summary.reports = [reports[k] for k in sorted(reports)]
    for report in summary.reports:
        summary.counts[report.status] += 1
    summary.counts[RowStatus.NEW] = len(plan.rows)
    return plan


def _fill_blanks(
    fills: dict[int, dict[str, str]], known: tuple[str | None, str, str, str], pid: int, person: LedgerPerson
) -> None:
    """An old row never overwrites what the app knows of a person; it only fills what is empty."""
    id_number, phone, address, gender = known
    fill = fills.setdefault(pid, {})
    if person.id_number and not id_number:
        fill.setdefault("id_number", person.id_number)
    if person.phone and not phone:
        fill.setdefault("phone", person.phone)
    if person.address and not address:
        fill.setdefault("address", person.address)
    if person.gender.value != "unknown" and gender == "unknown":
        fill.setdefault("gender", person.gender.value)
    if not fill:
        del fills[pid]
