"""The ``receptionapp`` command: the GUI when no command is given, else a headless task.

Commands: ``demo-data``, ``list-cases``, ``check``, ``holidays``, ``report``, ``ledger``,
``archive``, ``import``, ``import-batches``, ``letter``, ``verify``, ``migrate-db``, and from ``cli_safety``
``backup``, ``restore``, ``audit verify|export``. Every command accepts ``--data-dir`` (or
RECEPTIONAPP_DATA_DIR) and ``--db-url`` before or after its name, and exits non-zero with a
Chinese message when it cannot work.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from receptionapp import __version__, cli_letters, cli_safety
from receptionapp.db.database import Database, DatabaseError
from receptionapp.paths import ENV_DB_URL, DataPaths, resolve_data_dir


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=default, help="数据文件夹（默认：用户数据目录）")
    parser.add_argument("--db-url", default=default, help="数据库地址（默认：数据文件夹中的 SQLite）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="receptionapp", description="教育信访接待系统")
    parser.add_argument("--version", action="version", version=f"receptionapp {__version__}")
    _common(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="命令")

    demo = commands.add_parser("demo-data", help="生成演示用的信访事项")
    _common(demo, suppress=True)
    demo.add_argument("--cases", type=int, default=500, help="生成的事项数（默认500）")
    demo.add_argument("--seed", type=int, default=20261122, help="随机种子")

    listing = commands.add_parser("list-cases", help="按时间倒序列出事项编号")
    _common(listing, suppress=True)
    listing.add_argument("--status", choices=["open", "overdue", "closed"], help="只列出某种状态")
    listing.add_argument("--limit", type=int, help="最多列出多少条")

    check = commands.add_parser("check", help="检查数据库是否完好")
    _common(check, suppress=True)

    hol = commands.add_parser("holidays", help="节假日安排：导入或查看某年的放假和调休")
    _common(hol, suppress=True)
    hol_cmd = hol.add_subparsers(dest="holidays_command", metavar="操作", required=True)
    hol_import = hol_cmd.add_parser("import", help="从CSV或JSON文件导入一年的节假日安排")
    _common(hol_import, suppress=True)
    hol_import.add_argument("file", help="节假日安排文件（.csv 或 .json）")
    hol_show = hol_cmd.add_parser("show", help="显示某年的节假日安排")
    _common(hol_show, suppress=True)
    hol_show.add_argument("year", type=int, help="年份")
    cli_safety.add_parsers(commands, _common)

    for name, text in (("report", "导出统计报表（.xlsx 或 .pdf）"), ("ledger", "导出信访事项台账（.xlsx）")):
        sub = commands.add_parser(name, help=text)
        _common(sub, suppress=True)
        sub.add_argument(
            "--period", required=True, help="统计期间：2026-09、2026Q3、2026 或 2026-01-01..2026-03-31"
        )
        sub.add_argument("--out", required=True, help="输出文件")

    arch = commands.add_parser("archive", help="导出已办结事项的归档材料：各文书PDF、附件和卷内目录")
    _common(arch, suppress=True)
    arch.add_argument("case_number", metavar="事项编号", help="如 来访〔2026〕0042号（〔〕也可写作[]或()）")
    arch.add_argument("--out", required=True, help="导出到哪个文件夹（其中新建一个以档案号命名的文件夹）")

    from receptionapp.cli_import import add_parsers

    add_parsers(commands, _common)
    cli_letters.add_parsers(commands, _common)

    move = commands.add_parser("migrate-db", help="把本机数据库全部迁移到新建的空 PostgreSQL 数据库")
    _common(move, suppress=True)
    move.add_argument(
        "--to", required=True, metavar="URL", help="目标地址，如 postgresql+psycopg://用户@服务器/数据库"
    )
    return parser


def _paths(args: argparse.Namespace) -> DataPaths:
    return resolve_data_dir(getattr(args, "data_dir", None))


def _db_url(args: argparse.Namespace) -> str | None:
    return getattr(args, "db_url", None) or os.environ.get(ENV_DB_URL) or None


def _open(args: argparse.Namespace) -> Database:
    from receptionapp.services.bootstrap import open_database

    return open_database(_paths(args), _db_url(args))


def _system_actor(db: Database):  # type: ignore[no-untyped-def]
    """The first admin, on whose behalf headless commands write."""
    from sqlalchemy import select

    from receptionapp.db.models import User
    from receptionapp.services.auth import actor_of
    from receptionapp.services.context import ServiceError

    with db.read() as session:
        user = session.scalar(
            select(User).where(User.role == "admin", User.active).order_by(User.id).limit(1)
        )
        if user is None:
            raise ServiceError("系统尚未初始化：请先启动程序，设置单位名称和管理员账号")
        return actor_of(user)


def cmd_demo_data(args: argparse.Namespace) -> int:
    from receptionapp.services import setup
    from receptionapp.services.demo import generate_demo_cases

    if args.cases < 1:
        print("错误：--cases 必须是正整数", file=sys.stderr)
        return 2
    db = _open(args)
    try:
        if not setup.is_initialized(db):
            # A demo database needs an admin; the password is printed once.
            setup.initialize(db, "示例市教育局", "admin", "系统管理员", "admin12345")
            print("已初始化演示数据库：管理员 admin，密码 admin12345（请登录后修改）")
        actor = _system_actor(db)
        started = time.perf_counter()
        last_print = [0.0]

        def progress(done: int, total: int) -> None:
            moment = time.perf_counter()
            if moment - last_print[0] > 2 or done == total:
                last_print[0] = moment
                print(f"已生成 {done}/{total} 件", file=sys.stderr)

        written = generate_demo_cases(db, actor, args.cases, seed=args.seed, progress=progress)
        print(f"完成：生成{written}件演示事项，用时{time.perf_counter() - started:.1f}秒")
        return 0
    finally:
        db.dispose()


def cmd_list_cases(args: argparse.Namespace) -> int:
    from receptionapp.services.cases import case_numbers

    if args.limit is not None and args.limit < 1:
        print("错误：--limit 必须是正整数", file=sys.stderr)
        return 2
    db = _open(args)
    try:
        for number in case_numbers(db, args.status, args.limit):
            print(number)
        return 0
    finally:
        db.dispose()


def cmd_check(args: argparse.Namespace) -> int:
    from receptionapp.db.database import Database
    from receptionapp.services.check import check_database

    paths = _paths(args)
    url = _db_url(args)
    if url is None and not paths.database.is_file():
        print(f"错误：数据库文件不存在：{paths.database}", file=sys.stderr)
        return 1
    # Check as found: no migration, no repair.
    db = Database(url or paths.sqlite_url)
    try:
        problems = check_database(db)
    except Exception as error:
        from receptionapp.db.postgres import explain

        print(f"错误：{explain(str(error)) or f'数据库无法读取：{error}'}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    if problems:
        for problem in problems:
            print(f"错误：{problem}", file=sys.stderr)
        return 1
    print("数据库检查通过")
    return 0


def cmd_holidays(args: argparse.Namespace) -> int:
    from pathlib import Path

    from receptionapp.domain.holiday_files import HolidayFileError, parse_holiday_file
    from receptionapp.services import holidays

    db = _open(args)
    try:
        if args.holidays_command == "show":
            view = holidays.year_view(db, args.year)
            state = (
                "已录入"
                if view.entered
                else "程序内置"
                if view.package_knows
                else "未录入（期限按周末休息暂定）"
            )
            print(f"{view.year}年节假日安排：{state}" + (f"，{view.notice}" if view.notice else ""))
            for day, work, note in view.days:
                print(f"{day:%Y-%m-%d}\t{'调休上班' if work else '放假'}\t{note}")
            return 0
        path = Path(args.file)
        if not path.is_file():
            print(f"错误：文件不存在：{path}", file=sys.stderr)
            return 2
        try:
            data = parse_holiday_file(path.read_bytes(), path.name)
        except HolidayFileError as error:
            print(f"错误：{path.name}不能导入，未做任何修改：", file=sys.stderr)
            for line, message in error.problems:
                print(f"  第{line}行：{message}" if line else f"  {message}", file=sys.stderr)
            return 1
        change = holidays.save_year(db, _system_actor(db), data, source=path.name)
        print(
            f"已导入{data.year}年节假日安排：放假{len(data.days_off)}天，调休上班{len(data.workdays)}天；"
            f"重新计算了{change.recomputed}个未到期的期限"
        )
        return 0
    finally:
        db.dispose()


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from receptionapp.reports.export import ExportError, export_ledger, export_report

    db = _open(args)
    try:
        out = Path(args.out)
        if args.command == "report":
            written = export_report(db, args.period, out, actor=_system_actor(db))
            print(f"已导出统计报表：{written}")
        else:
            count = export_ledger(db, _system_actor(db), args.period, out)
            print(f"已导出信访事项台账：{out}（{count}件）")
        return 0
    except ExportError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 2


def cmd_archive(args: argparse.Namespace) -> int:
    from pathlib import Path

    from receptionapp.documents.fonts import MissingGlyphs
    from receptionapp.services.archive_bundle import find_case_id, write_bundle

    db = _open(args)
    try:
        case_id = find_case_id(db, args.case_number)
        try:
            bundle = write_bundle(db, _system_actor(db), case_id, _paths(args).attachments, Path(args.out))
        except MissingGlyphs as error:
            print(f"错误：{error}", file=sys.stderr)
            return 1
        except OSError as error:
            print(f"错误：无法写入{args.out}：{error.strerror or error}", file=sys.stderr)
            return 1
        pages = sum(f.pages or 0 for f in bundle.files)
        print(
            f"已导出{bundle.case_number}的归档材料（{len(bundle.documents)}件，PDF共{pages}页）：{bundle.folder}"
        )
        return 0
    finally:
        db.dispose()


def cmd_import(args: argparse.Namespace) -> int:
    from receptionapp.cli_import import cmd_import as run

    return run(args, lambda: _open(args), _system_actor)


def cmd_import_batches(args: argparse.Namespace) -> int:
    from receptionapp.cli_import import cmd_import_batches as run

    return run(args, lambda: _open(args))


def cmd_migrate_db(args: argparse.Namespace) -> int:
    from receptionapp.services.transfer import migrate_database, safe_url

    db = _open(args)
    shown: dict[str, float] = {}

    def progress(table: str, done: int, total: int) -> None:
        moment = time.perf_counter()
        if moment - shown.get(table, 0.0) > 2 or done == total:
            shown[table] = moment
            print(f"正在复制 {table}：{done}/{total}", file=sys.stderr)

    try:
        report = migrate_database(db, args.to, progress)
    finally:
        db.dispose()
    for table, rows in report.counts.items():
        print(f"{table}：{rows}行（已核对）")
    print(f"检索索引：{report.indexed}件；审计记录链校验通过")
    print(f"迁移完成。各电脑今后请用：receptionapp --db-url {safe_url(args.to)}")
    print("注意：附件文件仍在本机数据文件夹的 attachments 中，请一并复制到各电脑的数据文件夹。")
    return 0


COMMANDS = {
    "demo-data": cmd_demo_data,
    "list-cases": cmd_list_cases,
    "check": cmd_check,
    "holidays": cmd_holidays,
    "report": cmd_export,
    "ledger": cmd_export,
    "archive": cmd_archive,
    "import": cmd_import,
    "import-batches": cmd_import_batches,
    "migrate-db": cmd_migrate_db,
    **cli_letters.COMMANDS,
}
COMMANDS.update(cli_safety.COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from receptionapp.ui.app import run_gui

        return run_gui(_paths(args), _db_url(args))
    from receptionapp.services.context import ServiceError

    try:
        return COMMANDS[args.command](args)
    except (DatabaseError, ServiceError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
