"""``receptionapp holidays import FILE`` and ``holidays show YEAR``: the year's holiday arrangement."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receptionapp.commands.common import open_db, system_actor


def add_parsers(commands: Any, common: Any) -> None:
    hol = commands.add_parser("holidays", help="节假日安排：导入或查看某年的放假和调休")
    common(hol, suppress=True)
    hol_cmd = hol.add_subparsers(dest="holidays_command", metavar="操作", required=True)
    hol_import = hol_cmd.add_parser("import", help="从CSV或JSON文件导入一年的节假日安排")
    common(hol_import, suppress=True)
    hol_import.add_argument("file", help="节假日安排文件（.csv 或 .json）")
    hol_show = hol_cmd.add_parser("show", help="显示某年的节假日安排")
    common(hol_show, suppress=True)
    hol_show.add_argument("year", type=int, help="年份")


def cmd_holidays(args: argparse.Namespace) -> int:
    from pathlib import Path

    from receptionapp.domain.deadlines import PROVISIONAL_RULE
    from receptionapp.domain.holiday_files import (
        MAX_FILE_BYTES,
        HolidayFileError,
        parse_holiday_file,
        year_problem,
    )
    from receptionapp.services.deadlines import holidays
    from receptionapp.services.reception import replanning

    if args.holidays_command == "show" and (problem := year_problem(args.year)):
        print(f"错误：{problem}", file=sys.stderr)
        return 2
    db = open_db(args)
    try:
        if args.holidays_command == "show":
            view = holidays.year_view(db, args.year)
            state = (
                "已录入"
                if view.entered
                else "程序内置"
                if view.package_knows
                else f"未录入（期限按{PROVISIONAL_RULE}暂定）"
            )
            print(f"{view.year}年节假日安排：{state}" + (f"，{view.notice}" if view.notice else ""))
            for day, work, note in view.days:
                print(f"{day:%Y-%m-%d}\t{'调休上班' if work else '放假'}\t{note}")
            return 0
        path = Path(args.file)
        if not path.is_file():
            print(f"错误：文件不存在：{path}", file=sys.stderr)
            return 2
        if path.stat().st_size > MAX_FILE_BYTES:
            print(f"错误：{path.name}超过1MB，不是节假日安排文件", file=sys.stderr)
            return 2
        try:
            data = parse_holiday_file(path.read_bytes(), path.name)
        except HolidayFileError as error:
            print(f"错误：{path.name}不能导入，未做任何修改：", file=sys.stderr)
            for line, message in error.problems:
                print(f"  第{line}行：{message}" if line else f"  {message}", file=sys.stderr)
            return 1
        update = replanning.save_year(db, system_actor(db), data, source=path.name)
        print(
            f"已导入{data.year}年节假日安排：放假{len(data.days_off)}天，调休上班{len(data.workdays)}天；"
            f"重新计算了{update.change.recomputed}个未到期的期限"
            + (f"；调整了{len(update.days)}个已安排的领导接访日：" if update.days else "")
        )
        for text in update.lines():
            print(f"  {text}")
        return 0
    finally:
        db.dispose()


COMMANDS = {"holidays": cmd_holidays}
