"""The ``receptionapp`` command: the GUI when no command is given, else a headless task.

The commands live in ``receptionapp.commands``, one module per area, each
with ``add_parsers`` and ``COMMANDS``: demo-data, list-cases, check,
migrate-db (core); holidays; report, ledger, archive (paper); import,
import-batches (ledger_import); letter, verify (letters); backup, restore,
audit (safety). Every command accepts ``--data-dir`` (or
RECEPTIONAPP_DATA_DIR) and ``--db-url`` before or after its name, and exits
non-zero with a Chinese message when it cannot work.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from receptionapp import __version__
from receptionapp.commands.common import data_paths, db_url, options
from receptionapp.db.database import DatabaseError

COMMAND_MODULES = ("core", "holidays", "paper", "ledger_import", "letters", "safety")


def _modules() -> list[object]:
    return [importlib.import_module(f"receptionapp.commands.{name}") for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="receptionapp", description="教育信访接待系统")
    parser.add_argument("--version", action="version", version=f"receptionapp {__version__}")
    options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="命令")
    for module in _modules():
        module.add_parsers(commands, options)  # type: ignore[attr-defined]
    return parser


def commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    table: dict[str, Callable[[argparse.Namespace], int]] = {}
    for module in _modules():
        table.update(module.COMMANDS)  # type: ignore[attr-defined]
    return table


def _gui_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when no command is named (the GUI), parsed without importing every command."""
    parser = argparse.ArgumentParser(prog="receptionapp", add_help=False)
    options(parser, suppress=False)
    args, rest = parser.parse_known_args(argv)
    if rest:  # a command, --help, --version or a mistake: the full parser answers
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _gui_args(argv) or build_parser().parse_args(argv)
    if args.command is None:
        from receptionapp.ui.app import run_gui

        return run_gui(data_paths(args), db_url(args))
    from receptionapp.services.context import ServiceError

    try:
        return commands()[args.command](args)
    except (DatabaseError, ServiceError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
