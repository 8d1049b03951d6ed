"""The ``receptionapp`` command: the GUI when no command is given, else a headless task.

Commands: ``demo-data``, ``list-cases``, ``check``, ``migrate-db``. Every command accepts
``--data-dir`` (or RECEPTIONAPP_DATA_DIR) and ``--db-url`` before or after
its name, and exits non-zero with a Chinese message when it cannot work.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from receptionapp import __version__
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
    "migrate-db": cmd_migrate_db,
}


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
