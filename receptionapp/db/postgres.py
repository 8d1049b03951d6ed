"""PostgreSQL specifics: sequences after explicit ids, and server errors in plain Chinese.

Rows copied or generated with their ids (``migrate-db``, demo data) leave
PostgreSQL's id sequences behind; ``reset_sequences`` moves each one past the
table's largest id so the next insert does not collide. ``explain`` turns the
driver's connection errors into a sentence a clerk can act on.
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer, text

from receptionapp.db.base import Base


def reset_sequences(connection: Connection) -> None:
    """Set every serial id sequence to continue after the table's largest id."""
    if connection.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
            continue
        column = pk[0].name
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": column}
        )
        if sequence is None:
            continue
        largest = f'COALESCE((SELECT max("{column}") FROM "{table.name}"), 0)'
        connection.execute(text(f"SELECT setval(:sequence, {largest} + 1, false)"), {"sequence": sequence})


def explain(message: str) -> str | None:
    """A Chinese explanation of a PostgreSQL connection error, or None if not recognised."""
    lowered = message.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return "无法登录数据库服务器：用户名或密码不正确。请向系统管理员核对数据库地址中的账号。"
    if "does not exist" in lowered and "database" in lowered:
        return "数据库服务器上没有这个数据库。请向系统管理员核对数据库地址中的数据库名。"
    if "pg_hba.conf" in lowered:
        return "数据库服务器拒绝本机连接（pg_hba.conf 未允许本机地址）。请联系系统管理员。"
    if (
        "connection refused" in lowered
        or "could not connect" in lowered
        or "connection failed" in lowered
        or "timeout" in lowered
        or "could not translate host name" in lowered
        or "name or service not known" in lowered
    ):
        return "无法连接数据库服务器：请检查服务器是否开机、网络是否连通，以及数据库地址是否正确。"
    return None
