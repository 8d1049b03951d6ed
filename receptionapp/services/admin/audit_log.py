"""Reading the audit log: filter, page through, export to CSV, verify the chain.

Only the admin reads the log (it names petitioners and who looked at
confidential cases). Pages are fetched newest first by id, so a log of
millions of entries opens as fast as a short one. The CSV is UTF-8 with a
byte-order mark, so Excel on Windows shows the Chinese correctly; a text
that Excel would run as a formula gets a single quote in front
(``domain.spreadsheet``).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, User
from receptionapp.domain.roles import CAN_READ_AUDIT
from receptionapp.domain.spreadsheet import csv_text
from receptionapp.domain.validation import search_text
from receptionapp.services.audit import ChainProblem, verify_chain
from receptionapp.services.chosen_paths import replacing
from receptionapp.services.context import Actor, ServiceError, require
from receptionapp.services.faults import storage_fault

# Labels for the actions known today; an action added later shows its code until labelled here.
ACTION_LABELS = {
    "setup": "初始化系统",
    "login": "登录",
    "unlock": "解除锁屏",
    "lock": "账号锁定",
    "register": "登记事项",
    "edit": "修改事项",
    "void": "作废事项",
    "view": "查看保密事项",
    "user_create": "新建账号",
    "user_update": "修改账号",
    "user_activate": "启用账号",
    "user_deactivate": "停用账号",
    "password_reset": "重置密码",
    "password_change": "修改密码",
    "setting": "修改设置",
    "restore": "从备份恢复",
}
CSV_COLUMNS = ("序号", "时间", "操作人", "操作", "对象", "对象编号", "事项编号", "摘要", "详情", "哈希")
EXPORT_BATCH = 2000
CSV_ROW_BYTES = 600  # an exported entry, about: its summary, details and hash


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


@dataclass(frozen=True)
class AuditFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    user_id: int | None = None
    action: str | None = None
    case_number: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    case_number: str
    summary: str
    details: str
    hash: str

    @property
    def action_label(self) -> str:
        return action_label(self.action)


Ts = TypeVarTuple("Ts")


def _filtered(stmt: Select[*Ts], flt: AuditFilter) -> Select[*Ts]:
    if flt.date_from:
        stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to and flt.date_to < dt.date.max:  # to the last day there is: no end at all
        stmt = stmt.where(AuditEntry.at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time()))
    if flt.user_id is not None:
        stmt = stmt.where(AuditEntry.user_id == flt.user_id)
    if flt.action:
        stmt = stmt.where(AuditEntry.action == flt.action)
    number = search_text(flt.case_number).strip()
    if number:
        matching = select(Case.id).where(Case.number.contains(number, autoescape=True))
        stmt = stmt.where(AuditEntry.case_id.in_(matching))
    return stmt


def count_entries(db: Database, actor: Actor | None, flt: AuditFilter) -> int:
    if actor is not None:
        require(actor, CAN_READ_AUDIT, "查看审计日志")
    with db.read() as session:
        return int(session.scalar(_filtered(select(func.count(AuditEntry.id)), flt)) or 0)


def _page(session: Session, flt: AuditFilter, before_id: int | None, limit: int) -> list[AuditRow]:
    stmt = _filtered(
        select(AuditEntry, Case.number).outerjoin(Case, Case.id == AuditEntry.case_id), flt
    ).order_by(AuditEntry.id.desc())
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    rows = []
    for entry, number in session.execute(stmt.limit(limit)):
        rows.append(
            AuditRow(
                entry.id,
                entry.at,
                entry.user_name,
                entry.action,
                entry.entity,
                entry.entity_id,
                number or "",
                entry.summary,
                entry.details,
                entry.hash,
            )
        )
    return rows


def list_entries(
    db: Database, actor: Actor | None, flt: AuditFilter, before_id: int | None = None, limit: int = 200
) -> list[AuditRow]:
    """One page, newest first, of entries older than ``before_id``."""
    if actor is not None:
        require(actor, CAN_READ_AUDIT, "查看审计日志")
    with db.read() as session:
        return _page(session, flt, before_id, limit)


def filter_choices(db: Database, actor: Actor) -> tuple[list[tuple[int, str]], list[tuple[str, str]]]:
    """(users as (id, label), actions as (code, label)) for the filter boxes."""
    require(actor, CAN_READ_AUDIT, "查看审计日志")
    with db.read() as session:
        users = [
            (u.id, f"{u.display_name}（{u.username}）")
            for u in session.scalars(select(User).order_by(User.id))
        ]
        codes = set(session.scalars(select(AuditEntry.action).distinct())) | set(ACTION_LABELS)
    actions = sorted(((code, action_label(code)) for code in codes), key=lambda item: item[1])
    return users, actions


def export_csv(
    db: Database,
    actor: Actor | None,
    flt: AuditFilter,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the matching entries, oldest first, to ``out``; returns how many."""
    if actor is not None:
        require(actor, CAN_READ_AUDIT, "导出审计日志")
    total = count_entries(db, None, flt)
    written = 0
    try:
        with replacing(out) as partial, partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            after = 0
            while True:
                with db.read() as session:
                    stmt = _filtered(
                        select(AuditEntry, Case.number).outerjoin(Case, Case.id == AuditEntry.case_id), flt
                    )
                    batch = session.execute(
                        stmt.where(AuditEntry.id > after).order_by(AuditEntry.id).limit(EXPORT_BATCH)
                    ).all()
                    for entry, number in batch:
                        fields: tuple[object, ...] = (
                            entry.id,
                            f"{entry.at:%Y-%m-%d %H:%M:%S}",
                            entry.user_name,
                            action_label(entry.action),
                            entry.entity,
                            "" if entry.entity_id is None else entry.entity_id,
                            number or "",
                            entry.summary,
                            entry.details,
                            entry.hash,
                        )
                        # Every text as text: a name or summary starting with "=" is no formula.
                        writer.writerow([csv_text(f) if isinstance(f, str) else f for f in fields])
                if not batch:
                    break
                after = batch[-1][0].id
                written += len(batch)
                if progress:
                    progress(written, total)
    except OSError as error:
        fault = storage_fault(error, what="审计日志未导出", place=out.parent, needed=total * CSV_ROW_BYTES)
        if fault is not None:
            raise fault from error
        raise ServiceError(f"无法写入文件 {out}：{error.strerror or type(error).__name__}") from error
    return written


def verify(db: Database) -> ChainProblem | None:
    with db.read() as session:
        return verify_chain(session)


def anchor_problem(db: Database, anchors: list[tuple[int, str, str]]) -> ChainProblem | None:
    """Entries the backups saw (id, hash, backup name) that the log no longer holds unchanged.

    The chain alone cannot tell that its newest entries were cut off; a backup
    remembers the last entry it held.
    """
    with db.read() as session:
        for entry_id, digest, backup in sorted(anchors, reverse=True):
            found = session.get(AuditEntry, entry_id)
            if found is None:
                return ChainProblem(entry_id, f"第{entry_id}条审计记录已被删除（备份 {backup} 中存在该记录）")
            if found.hash != digest:
                return ChainProblem(entry_id, f"第{entry_id}条审计记录与备份 {backup} 中的不同（被改动）")
    return None
