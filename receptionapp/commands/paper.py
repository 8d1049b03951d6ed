"""Paper out of the register: ``report`` and ``ledger`` for a period, ``archive`` for a closed case."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receptionapp.commands.common import data_paths, open_db, system_actor


def add_parsers(commands: Any, common: Any) -> None:
    for name, text in (("report", "导出统计报表（.xlsx 或 .pdf）"), ("ledger", "导出信访事项台账（.xlsx）")):
        sub = commands.add_parser(name, help=text)
        common(sub, suppress=True)
        sub.add_argument(
            "--period", required=True, help="统计期间：2026-09、2026Q3、2026 或 2026-01-01..2026-03-31"
        )
        sub.add_argument("--out", required=True, help="输出文件")

    arch = commands.add_parser("archive", help="导出已办结事项的归档材料：各文书PDF、附件和卷内目录")
    common(arch, suppress=True)
    arch.add_argument("case_number", metavar="事项编号", help="如 来访〔2026〕0042号（〔〕也可写作[]或()）")
    arch.add_argument("--out", required=True, help="导出到哪个文件夹（其中新建一个以档案号命名的文件夹）")


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from receptionapp.reports.export import ExportError, export_ledger, export_report

    db = open_db(args)
    try:
        out = Path(args.out)
        if args.command == "report":
            written = export_report(db, args.period, out, actor=system_actor(db))
            print(f"已导出统计报表：{written}")
        else:
            count = export_ledger(db, system_actor(db), args.period, out)
            print(f"已导出信访事项台账：{out}（{count}件）")
        return 0
    except ExportError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 2


def cmd_archive(args: argparse.Namespace) -> int:
    from pathlib import Path

    from receptionapp.documents.fonts import MissingGlyphs
    from receptionapp.services.papers.archive import find_case_id, write_bundle

    db = open_db(args)
    try:
        case_id = find_case_id(db, args.case_number)
        try:
            bundle = write_bundle(db, system_actor(db), case_id, data_paths(args).attachments, Path(args.out))
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


COMMANDS = {"report": cmd_export, "ledger": cmd_export, "archive": cmd_archive}
