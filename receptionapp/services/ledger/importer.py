"""Importing an office's old ledger: the dry run, and the import as one all-or-nothing transaction.

The import writes in bulk (Core inserts, like the demo data), never one
``register_case`` per row: 50,000 rows take seconds. Every imported case
gets the app's own number, next in its channel and year (the ledger's
number is kept beside it in ``imported_cases`` and in the case's note, so it
is searchable and shown); a closed row gets its 办结单. The batch, the
per-case timeline entries and one entry naming the file and its SHA-256
join the audit chain in the same transaction. A cancel or any error rolls
everything back: the database is as before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.bulk import insert_rows
from receptionapp.db.database import Database
from receptionapp.db.models import Case, CaseCounter, Person, Petitioner
from receptionapp.db.models_ledger import ImportBatch, ImportedCase
from receptionapp.db.models_workflow import Completion
from receptionapp.db.postgres import reset_sequences
from receptionapp.db.search import compose_text, index_many
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.ledger_fields import LedgerMapping
from receptionapp.domain.ledger_rows import LedgerRecord
from receptionapp.domain.numbering import format_case_number
from receptionapp.domain.people import COLLECTIVE_VISIT_MIN, MAX_REPRESENTATIVES
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.services import audit
from receptionapp.services.context import Actor, ServiceError, require
from receptionapp.services.faults import CASE_BYTES, DATABASE_HEADROOM, guarded
from receptionapp.services.ledger.files import LedgerTable
from receptionapp.services.ledger.plan import (
    ImportCancelled,
    ImportChoices,
    ImportSummary,
    Plan,
    PlannedRow,
    Progress,
    RowStatus,
    analyse,
    database_state,
    plan_inputs,
)

BATCH = 5000
CLOSING_TIME = dt.time(17, 0)  # as services.workflow.closing records a 办结 day


class RowsNotImportable(ServiceError):
    """Some rows have problems and were neither fixed nor skipped: nothing was written."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__(f"有{summary.count(RowStatus.BAD)}行有问题，未导入任何数据：请修改或跳过这些行")
        self.summary = summary


def preview(
    db: Database,
    table: LedgerTable,
    mapping: LedgerMapping,
    choices: ImportChoices | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Plan:
    """The dry run: what the import would do (``plan.summary``), writing nothing."""
    with db.read() as session:
        return analyse(session, table, mapping, choices or ImportChoices(), now(), progress, cancelled)


def dry_run(
    db: Database,
    table: LedgerTable,
    mapping: LedgerMapping,
    choices: ImportChoices | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    return preview(db, table, mapping, choices, progress, cancelled).summary


def run_import(
    db: Database,
    actor: Actor,
    table: LedgerTable,
    mapping: LedgerMapping,
    choices: ImportChoices | None = None,
    *,
    mapping_name: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    plan: Plan | None = None,
) -> ImportSummary:
    """Import the rows the dry run calls new, in one transaction; returns the summary with the batch id.

    ``plan`` is the dry run's: it is used as is when nothing was written since
    and the file, mapping and choices are the same; otherwise every row is
    read again inside this transaction.
    """
    require(actor, CAN_PROCESS, "导入台账")
    choices = choices or ImportChoices()
    needed = DATABASE_HEADROOM + len(table.rows) * CASE_BYTES
    folder = db.file.parent if db.file is not None else None
    try:
        with guarded("台账未导入，数据库未作改动", folder, needed), db.write() as session:
            at = now()
            if not (
                plan
                and plan.inputs == plan_inputs(table, mapping, choices, at.date())
                and plan.state == database_state(session)
            ):
                plan = analyse(session, table, mapping, choices, at, progress, cancelled)
            if plan.summary.count(RowStatus.BAD):
                raise RowsNotImportable(plan.summary)
            if not plan.rows:
                raise ServiceError("没有可导入的新行，数据库未作改动")
            _Writer(session, actor, table, plan, progress, cancelled).write(mapping_name)
            return plan.summary  # committed when the block ends
    except BaseException:
        if plan is not None:  # rolled back: the summary names no batch
            plan.summary.batch_id = None
            plan.summary.first_number = plan.summary.last_number = ""
        raise


class _Writer:
    def __init__(
        self,
        session: Session,
        actor: Actor,
        table: LedgerTable,
        plan: Plan,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.session, self.actor, self.table, self.plan = session, actor, table, plan
        self.progress, self.cancelled = progress, cancelled
        self.at = now()
        self.done = 0

    def _step(self, count: int) -> None:
        if self.cancelled and self.cancelled():
            raise ImportCancelled
        self.done += count
        if self.progress:
            self.progress(self.done, len(self.plan.rows), "写入数据库")

    def _insert(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """Bulk insert of complete rows (every row has the same keys): ``db.bulk.insert_rows``."""
        insert_rows(self.session.connection(), cast(Table, model.__table__), rows)

    def write(self, mapping_name: str) -> None:
        session, plan, summary = self.session, self.plan, self.plan.summary
        summary.first_number = summary.last_number = ""  # a reused plan may have failed once
        batch = ImportBatch(
            file_name=self.table.name,
            sha256=self.table.sha256,
            sheet=self.table.sheet,
            encoding=self.table.encoding,
            mapping_name=mapping_name,
            imported_at=self.at,
            imported_by_id=self.actor.id,
            row_count=summary.total,
            imported_count=len(plan.rows),
            skipped_count=summary.total - len(plan.rows),
            skipped=json.dumps(
                [
                    {"row": r.row, "status": r.status.value, "reasons": r.reasons}
                    for r in summary.reports
                    if r.status is not RowStatus.NEW
                ],
                ensure_ascii=False,
            ),
        )
        session.add(batch)
        session.flush()
        summary.batch_id = batch.id
        person_ids = self._people()
        labels = self.table.labels
        counters = {(c.channel, c.year): c.last for c in session.scalars(select(CaseCounter))}
        next_case = (session.scalar(select(func.max(Case.id))) or 0) + 1
        seen: set[int] = set()
        cases: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        completions: list[dict[str, Any]] = []
        origins: list[dict[str, Any]] = []
        texts: list[tuple[int, str]] = []
        audits: list[dict[str, Any]] = []
        rows = sorted(plan.rows, key=lambda r: (r.record.received_at, r.row))
        for planned in rows:
            record = planned.record
            key = (record.channel.value, record.received_at.year)
            counters[key] = seq = counters.get(key, 0) + 1
            number = format_case_number(record.channel, record.received_at.year, seq)
            summary.first_number = summary.first_number or number
            summary.last_number = number
            case_id = next_case
            next_case += 1
            ids = [p if isinstance(p, int) else person_ids[p] for p in planned.people]
            first = [plan.first_case.get(p) for p in ids]
            repeat = any(p in seen for p in ids) or any(
                f is not None and f < record.received_at for f in first
            )
            seen.update(ids)
            note = _note(record, self.table.name, planned.row)
            cases.append(self._case(case_id, number, seq, record, repeat, note))
            collective = record.channel.is_in_person and record.head_count >= COLLECTIVE_VISIT_MIN
            links.extend(
                {
                    "case_id": case_id,
                    "person_id": pid,
                    "position": i,
                    "is_representative": collective and i < MAX_REPRESENTATIVES,
                }
                for i, pid in enumerate(ids)
            )
            if record.closing:
                completions.append(self._completion(case_id, record))
            raw = {labels[i]: _text(v) for i, v in enumerate(planned.cells) if _text(v)}
            origins.append(
                {
                    "case_id": case_id,
                    "batch_id": batch.id,
                    "source_row": planned.row,
                    "original_number": record.original_number,
                    "raw": json.dumps(raw, ensure_ascii=False),
                }
            )
            people = [(p.name, p.id_number, p.phone) for p in record.people]
            fields = (number, record.problem, record.demand, record.unit, record.source_body)
            texts.append((case_id, compose_text((*fields, record.source_ref, note), people)))
            audits.append(self._audit_row(case_id, number, planned, ids, repeat, batch.id))
            if len(cases) >= BATCH:
                self._flush(cases, links, completions, origins, texts, audits)
        self._flush(cases, links, completions, origins, texts, audits)
        for (channel, year), last in counters.items():
            counter = session.get(CaseCounter, (channel, year))
            if counter is None:
                session.add(CaseCounter(channel=channel, year=year, last=last))
            elif counter.last != last:
                counter.last = last
        audit.record(
            session,
            self.actor,
            "import",
            "import_batch",
            batch.id,
            f"导入台账“{self.table.name}”：新增{len(rows)}件，未导入{summary.total - len(rows)}行",
            details={
                "file": self.table.name,
                "sha256": self.table.sha256,
                "sheet": self.table.sheet,
                "encoding": self.table.encoding,
                "mapping": mapping_name,
                "rows": summary.total,
                "imported": len(rows),
                "closed": summary.closed,
                "people_linked": summary.linked_people,
                "people_new": summary.new_people,
                "numbers": [summary.first_number, summary.last_number],
            },
        )

    def _people(self) -> dict[tuple[str, ...], int]:
        """Insert the new people and fill the blanks of known ones; returns the new ids by key."""
        session, plan = self.session, self.plan
        next_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
        ids: dict[tuple[str, ...], int] = {}
        rows = []
        for key, person in plan.new_people.items():
            ids[key] = next_id
            rows.append(
                {
                    "id": next_id,
                    "name": person.name,
                    "gender": person.gender.value,
                    "id_number": person.id_number,
                    "phone": person.phone,
                    "address": person.address,
                    "relation": person.relation.value,
                    "created_at": self.at,
                }
            )
            next_id += 1
        self._insert(Person, rows)
        for pid, fill in plan.fills.items():
            people = cast(Table, Person.__table__)
            session.execute(update(people).where(people.c.id == pid).values(**fill))
        return ids

    def _case(
        self, case_id: int, number: str, seq: int, record: LedgerRecord, repeat: bool, note: str
    ) -> dict[str, Any]:
        closing = record.closing
        if closing:
            status = CaseStatus.CLOSED
        elif record.handler or record.result:
            status = CaseStatus.IN_PROGRESS
        else:
            status = CaseStatus.REGISTERED
        return {
            "id": case_id,
            "number": number,
            "channel": record.channel.value,
            "year": record.received_at.year,
            "seq": seq,
            "status": status.value,
            "received_at": record.received_at,
            "registered_by_id": self.actor.id,
            "category_id": self.plan.lists["category"][record.category],
            "region_id": self.plan.lists["region"][record.region],
            "unit_name": record.unit,
            "head_count": record.head_count,
            "is_collective": record.channel.is_in_person and record.head_count >= COLLECTIVE_VISIT_MIN,
            "is_repeat": repeat,
            "skipped_level": False,
            "is_appointment": False,
            "problem": record.problem,
            "demand": record.demand,
            "source_body": record.source_body,
            "source_ref": record.source_ref,
            "letter_pages": None,
            "note": note,
            "review_stage": "none",
            "due_date": None,
            "due_provisional": False,
            "closed_at": dt.datetime.combine(closing.closed_on, CLOSING_TIME) if closing else None,
            "void_reason": "",
            "created_at": self.at,
            "updated_at": self.at,
            "version": 1,
        }

    def _completion(self, case_id: int, record: LedgerRecord) -> dict[str, Any]:
        closing = record.closing
        assert closing is not None
        return {
            "case_id": case_id,
            "decision": closing.decision.value,
            "summary": closing.summary,
            "service": closing.service.value,
            "mail_number": "",
            "served_on": closing.closed_on,
            "receipt_signed": False,
            "satisfaction": closing.satisfaction.value,
            "closed_on": closing.closed_on,
            "on_time": closing.on_time,
            "note": "由台账导入；原台账未载明送达日期，按办结日期记录",
            "archive_number": "",
            "archived_on": None,
            "closed_by_id": self.actor.id,
            "created_at": self.at,
        }

    def _audit_row(
        self, case_id: int, number: str, planned: PlannedRow, ids: list[int], repeat: bool, batch_id: int
    ) -> dict[str, Any]:
        record = planned.record
        summary = f"从台账导入：{self.table.name}第{planned.row}行"
        if record.original_number:
            summary += f"（原编号{record.original_number}）"
        if record.closing:
            summary += f"，已办结（{record.closing.decision.label}）"
        if repeat:
            summary += "（重复访）"
        details = {
            "number": number,
            "batch": batch_id,
            "row": planned.row,
            "original_number": record.original_number,
            "petitioners": ids,
            "status": CaseStatus.CLOSED.value if record.closing else None,
        }
        return {
            "at": self.at,
            "user_id": self.actor.id,
            "user_name": self.actor.display_name,
            "action": "import",
            "entity": "case",
            "entity_id": case_id,
            "case_id": case_id,
            "summary": summary,
            "details": json.dumps(details, ensure_ascii=False),
        }

    def _flush(self, cases: list[Any], links: list[Any], completions: list[Any], origins: list[Any],
               texts: list[Any], audits: list[Any]) -> None:  # fmt: skip
        if not cases:
            return
        self._insert(Case, cases)
        self._insert(Petitioner, links)
        self._insert(Completion, completions)
        self._insert(ImportedCase, origins)
        index_many(self.session, texts)
        audit.append_many(self.session, audits)
        # The ids above were chosen here: PostgreSQL's sequences must move past them.
        reset_sequences(self.session.connection())
        self._step(len(cases))
        for items in (cases, links, completions, origins, texts, audits):
            items.clear()


def _text(value: object) -> str:
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def _note(record: LedgerRecord, file_name: str, row: int) -> str:
    """The case's note: what the ledger said that has no field of its own, and where it came from."""
    lines = []
    if record.original_number:
        lines.append(f"原台账编号：{record.original_number}")
    if record.handler:
        lines.append(f"原台账承办单位：{record.handler}")
    if record.result and record.closing is None:
        lines.append(f"原台账办理情况：{record.result}")
    if record.note:
        lines.append(record.note)
    lines.append(f"由台账导入：{file_name} 第{row}行")
    return "\n".join(lines)
