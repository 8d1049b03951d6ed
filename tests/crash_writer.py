"""Child process for the crash test: registers cases one transaction each, printing each committed number.

Run as ``python -m tests.crash_writer DATA_DIR``; it writes until it is killed.
A number is printed only after its transaction has committed.
"""

from __future__ import annotations

import sys

from sqlalchemy import select

from receptionapp.db.models import User
from receptionapp.paths import DataPaths
from receptionapp.services.admin.auth import actor_of
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.services.cases.intake import register_case
from tests.conftest import make_registration


def main(folder: str) -> None:
    paths = DataPaths(__import__("pathlib").Path(folder))
    db = open_database(paths)
    with db.read() as session:
        actor = actor_of(session.scalars(select(User).order_by(User.id)).first())
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        number = register_case(
            db, actor, make_registration(problem=f"崩溃测试第{i}件：学校收费问题反映。")
        ).number
        print(number, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
