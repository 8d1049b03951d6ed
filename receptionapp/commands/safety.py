"""Headless commands that keep the records safe: backup, restore, audit verify/export.

``receptionapp backup [--to DIR]`` makes a verified backup (default: the
folder the admin chose); ``receptionapp restore FILE`` checks a backup and
puts it in place, keeping the replaced database; ``receptionapp audit
verify`` exits 0 only when the audit chain is intact; ``receptionapp audit
export --out FILE.csv`` writes the log for Excel. Registered by ``cli.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from receptionapp.db.database import Database

Common = Callable[..., None]


def add_parsers(commands: argparse._SubParsersAction, common: Common) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help="立即备份数据库和附件")
    common(backup, suppress=True)
    backup.add_argument("--to", metavar="文件夹", help="备份到该文件夹（默认：管理员设置的备份位置）")

    restore = commands.add_parser("restore", help="从备份文件恢复数据库（原数据库另存）")
    common(restore, suppress=True)
    restore.add_argument("file", metavar="备份文件", help="receptionapp-日期-时间.sqlite3")

    audit = commands.add_parser("audit", help="审计日志：校验或导出")
    common(audit, suppress=True)
    actions = audit.add_subparsers(dest="audit_command", metavar="操作", required=True)
    verify = actions.add_parser("verify", help="校验审计日志的哈希链是否完整")
    common(verify, suppress=True)
    export = actions.add_parser("export", help="导出审计日志为 CSV 文件")
    common(export, suppress=True)
    export.add_argument("--out", required=True, metavar="文件.csv", help="导出到该文件")
    export.add_argument("--from", dest="date_from", metavar="日期", help="起始日期，如 2026-01-01")
    export.add_argument("--to", dest="date_to", metavar="日期", help="截止日期（含当天）")
    export.add_argument("--case", default="", metavar="事项编号", help="只导出该事项的记录")


def _progress(done: int, total: int, message: str) -> None:
    if done in (0, 100) or done % 20 == 0:
        print(f"{message} {done}%", file=sys.stderr)


def cmd_backup(args: argparse.Namespace) -> int:
    from receptionapp.commands.common import data_paths, db_url, open_db
    from receptionapp.services.admin.backup import create_backup

    if db_url(args):
        print("错误：服务器数据库请使用数据库服务器自身的备份工具（如 pg_dump）备份", file=sys.stderr)
        return 1
    paths = data_paths(args)
    if not paths.database.is_file():
        print(f"错误：数据库文件不存在：{paths.database}", file=sys.stderr)
        return 1
    db = open_db(args)
    try:
        folder = Path(args.to).expanduser().resolve() if args.to else None
        result = create_backup(db, paths, folder, progress=_progress)
    finally:
        db.dispose()
    info = result.info
    print(
        f"备份完成并已校验：{info.path}\n"
        f"  {info.cases}件事项，{info.counts.get('audit_log', 0)}条审计记录，"
        f"附件{info.attachments}个（本次新复制{result.copied_attachments}个），"
        f"数据库{info.size / 1_048_576:.1f} MB"
    )
    for path in result.removed:
        print(f"  按保留规则删除旧备份：{path.name}")
    for problem in result.problems:
        print(f"警告：{problem}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from receptionapp.commands.common import data_paths, db_url
    from receptionapp.services.admin.bootstrap import open_database
    from receptionapp.services.admin.restore import record_restore, restore_backup

    if db_url(args):
        print("错误：服务器数据库请使用数据库服务器自身的工具恢复", file=sys.stderr)
        return 1
    paths = data_paths(args)
    source = Path(args.file).expanduser().resolve()
    result = restore_backup(paths, source, progress=_progress)
    db = open_database(paths)  # brings an older backup up to this version's schema
    try:
        record_restore(db, None, result)
    finally:
        db.dispose()
    created = f"{result.check.created_at:%Y-%m-%d %H:%M}" if result.check.created_at else "未知"
    print(f"已从备份恢复（备份时间 {created}，{result.check.cases}件事项）")
    if result.kept_copy:
        print(f"原数据库已另存为：{result.kept_copy}")
    if result.attachments_restored:
        print(f"恢复附件{result.attachments_restored}个")
    for problem in result.problems:
        print(f"警告：{problem}", file=sys.stderr)
    return 0


def _plain_database(args: argparse.Namespace) -> Database | None:
    """The database as found (no migration), or None after printing why not."""
    from receptionapp.commands.common import data_paths, db_url

    paths = data_paths(args)
    url = db_url(args)
    if url is None and not paths.database.is_file():
        print(f"错误：数据库文件不存在：{paths.database}", file=sys.stderr)
        return None
    return Database(url or paths.sqlite_url)


def _backup_anchors(db: Database, args: argparse.Namespace) -> list[tuple[int, str, str]]:
    """The last audit entry of the newest backup in each folder, made since the last restore."""
    from sqlalchemy import func, select

    from receptionapp.commands.common import data_paths
    from receptionapp.db.models import AuditEntry
    from receptionapp.services.admin.backup import backup_folder, candidate_folders, list_backups

    paths = data_paths(args)
    with db.read() as session:
        # A restore legitimately drops entries newer than the backup it restored.
        restored = session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == "restore"))
    folders = {backup_folder(db, paths), *candidate_folders(paths)}
    anchors = []
    for folder in folders:
        since = [b for b in list_backups(folder) if restored is None or b.created_at > restored]
        for info in since[:1]:
            if info.audit_last_id is not None:
                anchors.append((info.audit_last_id, info.audit_last_hash, info.path.name))
    return anchors


def cmd_audit(args: argparse.Namespace) -> int:
    from sqlalchemy import exc

    from receptionapp.services.admin import audit_log as audit_query

    db = _plain_database(args)
    if db is None:
        return 1
    try:
        if args.audit_command == "verify":
            problem = audit_query.verify(db)
            if problem is None and db.is_sqlite:
                problem = audit_query.anchor_problem(db, _backup_anchors(db, args))
            if problem is not None:
                print(f"审计日志校验未通过：{problem.message}", file=sys.stderr)
                print(f"第一条有问题的记录：序号 {problem.entry_id}", file=sys.stderr)
                return 1
            total = audit_query.count_entries(db, None, audit_query.AuditFilter())
            print(f"审计日志完整：共{total}条记录，哈希链校验通过")
            return 0
        flt = audit_query.AuditFilter(
            date_from=_date(args.date_from, "--from"),
            date_to=_date(args.date_to, "--to"),
            case_number=args.case,
        )
        out = Path(args.out).expanduser().resolve()
        written = audit_query.export_csv(db, None, flt, out)
        print(f"已导出{written}条审计记录：{out}")
        return 0
    except exc.DatabaseError as error:
        print(f"错误：数据库无法读取：{error.orig or error}", file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _date(text: str | None, option: str) -> dt.date | None:
    from receptionapp.services.context import ServiceError

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ServiceError(f"{option} 的日期格式应为 年-月-日，如 2026-01-31") from None


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore, "audit": cmd_audit}
