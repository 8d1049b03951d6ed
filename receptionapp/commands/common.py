"""What every headless command shares: the data folder and database options, opening, the acting user.

Every command accepts ``--data-dir`` (or RECEPTIONAPP_DATA_DIR) and
``--db-url`` (or RECEPTIONAPP_DB_URL) before or after its name.

A command that stops on an error prints one Chinese line (``failure_text``)
and never a traceback: a service's refusal as it is; a full, read-only or
failing disk as ``services.faults`` tells it (the same sentence the GUI
shows); anything else as an unexpected error whose details, without any
stored value, go to the log file in the data folder.
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from receptionapp.db.database import Database, DatabaseError
from receptionapp.logging_setup import setup_logging
from receptionapp.paths import ENV_DB_URL, DataPaths, resolve_data_dir
from receptionapp.services.context import Actor, ServiceError

log = logging.getLogger(__name__)


def options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=default, help="数据文件夹（默认：用户数据目录）")
    parser.add_argument("--db-url", default=default, help="数据库地址（默认：数据文件夹中的 SQLite）")


def data_paths(args: argparse.Namespace) -> DataPaths:
    return resolve_data_dir(getattr(args, "data_dir", None))


def db_url(args: argparse.Namespace) -> str | None:
    return getattr(args, "db_url", None) or os.environ.get(ENV_DB_URL) or None


def open_db(args: argparse.Namespace) -> Database:
    from receptionapp.services.admin.bootstrap import open_database

    return open_database(data_paths(args), db_url(args))


def system_actor(db: Database) -> Actor:
    """The first admin, on whose behalf headless commands write."""
    from sqlalchemy import select

    from receptionapp.db.models import User
    from receptionapp.services.admin.auth import actor_of
    from receptionapp.services.context import ServiceError

    with db.read() as session:
        user = session.scalar(
            select(User).where(User.role == "admin", User.active).order_by(User.id).limit(1)
        )
        if user is None:
            raise ServiceError("系统尚未初始化：请先启动程序，设置单位名称和管理员账号")
        return actor_of(user)


def failure_text(error: Exception, args: argparse.Namespace, log_file: Path | None) -> str:
    """What a command prints (after "错误：") when it stops on ``error``; the details go to the log."""
    from receptionapp.services.faults import storage_fault

    if isinstance(error, DatabaseError | ServiceError):
        return str(error)
    paths = data_paths(args)
    if log_file is None:  # the command may have created the data folder meanwhile
        log_file = setup_logging(paths.logs, create=paths.root.is_dir())
    command = getattr(args, "command", "")
    fault = storage_fault(error)
    if fault is not None:
        if fault.place is None and not fault.server:  # a database error: the data folder's disk
            fault = storage_fault(error, place=paths.root) or fault
        log.warning("command %s stopped: %s", command, fault.kind, exc_info=error)
        return str(fault)
    log.error("command %s failed", command, exc_info=error)
    where = (
        f"详情已记录在日志文件：{log_file}" if log_file is not None else "详情未能记录（日志文件无法写入）"
    )
    return f"程序遇到意外错误（{type(error).__name__}），本次操作未完成。{where}"
