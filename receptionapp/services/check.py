"""Verify a database: SQLite integrity and foreign keys, schema version, search index, audit chain.

On PostgreSQL the server enforces integrity and foreign keys itself; the rest is checked alike.
"""

from __future__ import annotations

from sqlalchemy import func, select, text

from receptionapp.db.database import Database
from receptionapp.db.migrate import check_not_newer, head_revision
from receptionapp.db.models import Case
from receptionapp.services.audit import verify_chain


def check_database(db: Database) -> list[str]:
    """Problems found, as Chinese sentences; an empty list means the database is sound."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.append("数据库完整性检查未通过：" + "；".join(result[:5]))
                return problems
            violations = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
            if violations:
                tables = sorted({str(v[0]) for v in violations})
                problems.append(f"发现{len(violations)}处外键引用缺失（表：{'、'.join(tables)}）")
    current = check_not_newer(db)
    if current != head_revision():
        problems.append(f"数据库结构版本为{current or '空'}，应为{head_revision()}：请启动程序完成升级")
        return problems
    with db.read() as session:
        if db.is_sqlite or db.engine.dialect.name == "postgresql":
            cases = session.scalar(select(func.count(Case.id))) or 0
            indexed = session.scalar(text("SELECT count(*) FROM case_search")) or 0
            if cases != indexed:
                problems.append(f"检索索引不完整：{cases}件事项，索引中{indexed}件")
        broken = verify_chain(session)
        if broken:
            problems.append(broken.message)
    return problems
