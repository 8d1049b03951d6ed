"""The headless letter commands: ``letter CASE_NO --out FILE`` and ``verify FILE``.

``letter`` writes the latest final (signed) reply letter of a case, checked
against its hash in the register; ``verify`` says whether a PDF is a letter
the bureau signed and registered, exiting 0 only when the signature and the
register both hold. Both print Chinese messages and never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_NOT_VALID = 1
EXIT_BAD_INPUT = 2


def add_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: Callable[..., None],
) -> None:
    letter = commands.add_parser("letter", help="导出某事项最新签发的答复意见书（PDF）")
    common(letter, suppress=True)
    letter.add_argument("case_number", metavar="事项编号", help="如 来信〔2026〕0042号")
    letter.add_argument("--out", required=True, metavar="文件", help="写入的PDF文件")
    verify = commands.add_parser("verify", help="核验PDF文书：数字签名是否有效、是否为登记在册的原件")
    common(verify, suppress=True)
    verify.add_argument("file", metavar="文件", help="要核验的PDF文件")


def cmd_letter(args: argparse.Namespace) -> int:
    from receptionapp.commands.common import data_paths, open_db
    from receptionapp.services.chosen_paths import PathRefused, chosen_file, chosen_folder, replacing
    from receptionapp.services.letters.verify import latest_final

    out = Path(args.out)
    try:
        if out.parent.exists():  # told before the database is opened; a missing folder is made below
            chosen_file(out)
    except PathRefused as refused:
        print(f"错误：--out {refused}", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = open_db(args)
    try:
        row, data = latest_final(db, data_paths(args), args.case_number)
    finally:
        db.dispose()
    try:
        chosen_folder(out.parent)  # made when missing
        with replacing(out) as partial:
            partial.write_bytes(data)
    except PathRefused as refused:
        print(f"错误：--out {refused}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"错误：无法写入文件{out}：{error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(
        f"已导出{row.kind.label}{row.doc_number}（第{row.version}版，核验码{row.verification_code}）：{out}"
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from receptionapp.commands.common import open_db
    from receptionapp.services.letters.verify import verify_file

    path = Path(args.file)
    if not path.is_file():
        print(f"错误：文件不存在：{path}", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = open_db(args)
    try:
        result = verify_file(db, path)
    finally:
        db.dispose()
    if result.valid:
        print(result.message)
        return 0
    print("核验未通过：" + result.message, file=sys.stderr)
    return EXIT_NOT_VALID


COMMANDS = {"letter": cmd_letter, "verify": cmd_verify}
