"""The ``receptionapp`` command: the GUI when no command is given, else a headless task.

The commands live in ``receptionapp.commands``, one module per area, each
with ``add_parsers`` and ``COMMANDS``: demo-data, list-cases, check,
migrate-db (core); holidays; report, ledger, archive (paper); import,
import-batches (ledger_import); letter, verify (letters); backup, restore,
audit (safety). Every command accepts ``--data-dir`` (or
RECEPTIONAPP_DATA_DIR) and ``--db-url`` before or after its name, and exits
non-zero with a Chinese message when it cannot work (``commands.common.failure_text``).
Whatever the app writes, GUI or command, only this user may read (umask 077
on POSIX: the database, backups, exports, printouts and logs).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from receptionapp import __version__
from receptionapp.commands.common import data_paths, db_url, failure_text, options
from receptionapp.logging_setup import logging_to
from receptionapp.paths import POSIX

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


@contextmanager
def private_files() -> Iterator[None]:
    """Files and folders created meanwhile are this user's only (0600, 0700) on POSIX."""
    if not POSIX:
        yield
        return
    before = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(before)


def main(argv: Sequence[str] | None = None) -> int:
    args = _gui_args(argv) or build_parser().parse_args(argv)
    with private_files():
        if args.command is None:
            from receptionapp.ui.app import run_gui

            return run_gui(data_paths(args), db_url(args))
        return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    folder = data_paths(args).logs
    # A command does not create the data folder just to log into it.
    with logging_to(folder, create=folder.parent.is_dir()) as log_file:
        try:
            return commands()[args.command](args)
        except Exception as error:
            print(f"错误：{failure_text(error, args, log_file)}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
