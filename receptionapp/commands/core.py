"""The everyday headless commands: demo data, the case list, the database check, moving to a server."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from receptionapp.commands.common import data_paths, db_url, open_db, system_actor

MAX_DEMO_CASES = 1_000_000
MAX_DEMO_DAYS = 20 * 366
MAX_LIST = 10_000_000


def add_parsers(commands: Any, common: Any) -> None:
    demo = commands.add_parser("demo-data", help="生成演示用的信访事项")
    common(demo, suppress=True)
    demo.add_argument("--cases", type=int, default=500, help="生成的事项数（默认500）")
    demo.add_argument("--seed", type=int, default=20261122, help="随机种子")
    demo.add_argument("--days", type=int, default=3 * 365, help="事项分布在最近多少天内（默认1095）")

    listing = commands.add_parser("list-cases", help="按时间倒序列出事项编号")
    common(listing, suppress=True)
    listing.add_argument("--status", choices=["open", "overdue", "closed"], help="只列出某种状态")
    listing.add_argument("--limit", type=int, help="最多列出多少条")
    listing.add_argument(
        "--mark",
        choices=["skipped_level", "skipped_level_cleared", "review_late"],
        help="只列出有某种标记的事项：越级访、已取消越级标记、逾期复查申请",
    )

    check = commands.add_parser("check", help="检查数据库是否完好")
    common(check, suppress=True)
    commands.add_parser("selftest", help="自检：界面、字体、PDF预览、图表和打印组件是否齐全")

    move = commands.add_parser("migrate-db", help="把本机数据库全部迁移到新建的空 PostgreSQL 数据库")
    common(move, suppress=True)
    move.add_argument(
        "--to", required=True, metavar="URL", help="目标地址，如 postgresql+psycopg://用户@服务器/数据库"
    )


def cmd_demo_data(args: argparse.Namespace) -> int:
    from receptionapp.demo.generate import generate_demo_cases
    from receptionapp.services.admin import setup
    from receptionapp.services.faults import CASE_BYTES, DATABASE_HEADROOM, guarded

    if not 1 <= args.cases <= MAX_DEMO_CASES or not 1 <= args.days <= MAX_DEMO_DAYS:
        print(
            f"错误：--cases 应在1至{MAX_DEMO_CASES}之间，--days 应在1至{MAX_DEMO_DAYS}之间（最近20年）",
            file=sys.stderr,
        )
        return 2
    db = open_db(args)
    try:
        if not setup.is_initialized(db):
            # A demo database needs an admin; the password is printed once.
            setup.initialize(db, "示例市教育局", "admin", "系统管理员", "admin12345")
            print("已初始化演示数据库：管理员 admin，密码 admin12345（请登录后修改）")
        actor = system_actor(db)
        from receptionapp.demo.staff import DEMO_PASSWORD, ensure_demo_staff

        staff = ensure_demo_staff(db, actor)
        if staff.created:
            print(f"已创建演示账号（密码均为 {DEMO_PASSWORD}）：" + "、".join(staff.created))
        started = time.perf_counter()
        last_print = [0.0]

        def progress(done: int, total: int) -> None:
            moment = time.perf_counter()
            if moment - last_print[0] > 2 or done == total:
                last_print[0] = moment
                print(f"已生成 {done}/{total} 件", file=sys.stderr)

        paths = data_paths(args)
        with guarded("演示事项未生成，一件也未写入", paths.root, DATABASE_HEADROOM + args.cases * CASE_BYTES):
            written = generate_demo_cases(
                db, actor, args.cases, seed=args.seed, progress=progress, paths=paths, days=args.days
            )
        print(f"完成：生成{written}件演示事项，用时{time.perf_counter() - started:.1f}秒")
        return 0
    finally:
        db.dispose()


def cmd_list_cases(args: argparse.Namespace) -> int:
    from receptionapp.services.cases.listing import case_numbers

    if args.limit is not None and not 1 <= args.limit <= MAX_LIST:
        print(f"错误：--limit 应在1至{MAX_LIST}之间", file=sys.stderr)
        return 2
    db = open_db(args)
    try:
        for number in case_numbers(db, args.status, args.limit, args.mark):
            print(number)
        return 0
    finally:
        db.dispose()


def cmd_check(args: argparse.Namespace) -> int:
    from receptionapp.db.database import Database
    from receptionapp.services.admin.check import check_database, check_files

    paths = data_paths(args)
    url = db_url(args)
    if url is None and not paths.database.is_file():
        print(f"错误：数据库文件不存在：{paths.database}", file=sys.stderr)
        return 1
    # Check as found: no migration, no repair.
    db = Database(url or paths.sqlite_url)
    try:
        problems = check_database(db)
        if url is None and not problems:
            # The files this PC's database registers; on a server each PC keeps its own.
            problems = check_files(db, paths)
    except Exception as error:
        from receptionapp.db.postgres import explain
        from receptionapp.services.faults import storage_fault

        # The driver's own words, never the statement and its values around them.
        reason = (str(getattr(error, "orig", None) or error).strip().splitlines() or [type(error).__name__])[
            0
        ]
        fault = storage_fault(error, what="检查未完成", place=paths.root if url is None else None)
        print(f"错误：{fault or explain(reason) or f'数据库无法读取：{reason}'}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    if problems:
        for problem in problems:
            print(f"错误：{problem}", file=sys.stderr)
        return 1
    print("数据库检查通过")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from receptionapp.ui.selftest import run_selftest

    results = run_selftest()
    for result in results:
        print(f"{'通过' if result.ok else '失败'}  {result.name}：{result.detail}")
    return 0 if all(r.ok for r in results) else 1


def cmd_migrate_db(args: argparse.Namespace) -> int:
    from receptionapp.services.admin.transfer import migrate_database, safe_url

    db = open_db(args)
    shown: dict[str, float] = {}

    def progress(table: str, done: int, total: int) -> None:
        moment = time.perf_counter()
        if moment - shown.get(table, 0.0) > 2 or done == total:
            shown[table] = moment
            print(f"正在复制 {table}：{done}/{total}", file=sys.stderr)

    try:
        report = migrate_database(db, args.to, progress, data_paths(args))
    finally:
        db.dispose()
    for table, rows in report.counts.items():
        print(f"{table}：{rows}行（已核对）")
    print(f"检索索引：{report.indexed}件；审计记录链校验通过")
    print(f"迁移完成。各电脑今后请用：receptionapp --db-url {safe_url(args.to)}")
    print(f"附件、签发文书和印章图片：{report.files}个文件已存入服务器，各电脑打开时自动取回")
    return 0


COMMANDS = {
    "demo-data": cmd_demo_data,
    "list-cases": cmd_list_cases,
    "check": cmd_check,
    "selftest": cmd_selftest,
    "migrate-db": cmd_migrate_db,
}
