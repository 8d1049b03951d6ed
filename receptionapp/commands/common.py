"""What every headless command shares: the data folder and database options, opening, the acting user.

Every command accepts ``--data-dir`` (or RECEPTIONAPP_DATA_DIR) and
``--db-url`` (or RECEPTIONAPP_DB_URL) before or after its name.
"""

from __future__ import annotations

import argparse
import os

from receptionapp.db.database import Database
from receptionapp.paths import ENV_DB_URL, DataPaths, resolve_data_dir
from receptionapp.services.context import Actor


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
