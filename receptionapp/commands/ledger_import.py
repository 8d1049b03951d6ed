"""The headless ledger import: ``receptionapp import FILE`` and ``receptionapp import-batches``.

``import`` prints the same summary as the wizard's dry run. When some rows
cannot be taken it writes nothing and exits 1, listing them, unless
``--skip-bad`` says to import the rest; ``--dry-run`` only prints.
Without ``--mapping`` the columns are guessed from the file's headers.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from receptionapp.commands.common import open_db, system_actor
from receptionapp.services.ledger.files import ENCODINGS


def add_parsers(commands: Any, common: Callable[..., None]) -> None:
    imp = commands.add_parser("import", help="从Excel或CSV台账导入历史信访事项")
    common(imp, suppress=True)
    imp.add_argument("file", help="台账文件（.xlsx 或 .csv）")
    imp.add_argument("--mapping", help="使用已保存的列对应方案（名称）")
    imp.add_argument("--dry-run", action="store_true", help="只检查并显示结果，不写入数据库")
    imp.add_argument("--skip-bad", action="store_true", help="跳过有问题的行，导入其余各行")
    imp.add_argument("--sheet", help="工作表名称（默认：行数最多的一张）")
    imp.add_argument("--encoding", choices=list(ENCODINGS), help="CSV文件的文字编码（默认自动识别）")

    batches = commands.add_parser("import-batches", help="列出导入过的台账，或某一批导入的事项")
    common(batches, suppress=True)
    batches.add_argument("batch", nargs="?", type=int, help="批次号：列出该批导入的事项")


def _progress() -> Callable[[int, int, str], None]:
    last = [0.0]

    def report(done: int, total: int, stage: str) -> None:
        moment = time.perf_counter()
        if moment - last[0] > 2 or done == total:
            last[0] = moment
            print(f"{stage}：{done}/{total}", file=sys.stderr)

    return report


def cmd_import(args: argparse.Namespace) -> int:
    from receptionapp.domain.ledger_fields import LedgerMapping, guess_mapping
    from receptionapp.services.ledger.batches import load_mapping
    from receptionapp.services.ledger.files import EncodingUnknown, LedgerFileError, read_ledger
    from receptionapp.services.ledger.importer import RowsNotImportable, dry_run, run_import
    from receptionapp.services.ledger.plan import ImportChoices

    path = Path(args.file)
    try:
        table = read_ledger(path, sheet=args.sheet, encoding=args.encoding)
    except LedgerFileError as error:
        hint = "：加 --encoding gbk（或 utf-8、gb18030）指定" if isinstance(error, EncodingUnknown) else ""
        print(f"错误：{error}{hint}", file=sys.stderr)
        return 2
    db = open_db(args)
    try:
        if args.mapping:
            mapping = load_mapping(db, args.mapping)
        else:
            mapping = LedgerMapping.from_columns(guess_mapping(table.labels), table.labels)
        print(f"工作表：{table.sheet}" if table.sheet else f"编码：{table.encoding.upper()}")
        print("列对应：" + "；".join(f"{f.label}←“{h}”" for f, h in mapping.columns.items()))
        choices = ImportChoices(skip_bad=args.skip_bad)
        if args.dry_run:
            summary = dry_run(db, table, mapping, choices, progress=_progress())
        else:
            try:
                summary = run_import(
                    db, system_actor(db), table, mapping, choices,
                    mapping_name=args.mapping or "", progress=_progress(),
                )  # fmt: skip
            except RowsNotImportable as error:
                summary = error.summary
        for line in summary.lines():
            print(line)
        for line in summary.problem_lines():
            print("  " + line)
        bad = summary.bad
        if bad:
            print(
                f"错误：有{len(bad)}行有问题，未写入任何数据。修改台账后重试，或加 --skip-bad 跳过这些行",
                file=sys.stderr,
            )
            return 1
        if args.dry_run:
            print("（试运行，未写入数据库）")
        else:
            print(f"已导入：第{summary.batch_id}批，事项编号{summary.first_number}起")
        return 0
    finally:
        db.dispose()


def cmd_import_batches(args: argparse.Namespace) -> int:
    from receptionapp.services.ledger.batches import batch_cases, list_batches

    db = open_db(args)
    try:
        if args.batch is None:
            for b in list_batches(db):
                print(
                    f"第{b.id}批\t{b.imported_at:%Y-%m-%d %H:%M}\t{b.imported_by}\t{b.file_name}\t"
                    f"{b.row_count}行，导入{b.imported_count}件，未导入{b.skipped_count}行"
                )
            return 0
        for c in batch_cases(db, args.batch):
            print(
                f"{c.number}\t原编号{c.original_number or '无'}\t第{c.source_row}行\t"
                f"{c.received_at:%Y-%m-%d}\t{c.status}\t{c.names}"
            )
        return 0
    finally:
        db.dispose()


COMMANDS = {"import": cmd_import, "import-batches": cmd_import_batches}
