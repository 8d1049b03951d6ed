"""Verify a database: SQLite integrity and foreign keys, schema version, search index, audit chain;
and the data folder's files the database registers (attachments, signed letters, seal images).

On PostgreSQL the server enforces integrity and foreign keys itself; the rest is checked alike.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text

from receptionapp.db.database import Database
from receptionapp.db.migrate import check_not_newer, head_revision
from receptionapp.db.models import Attachment, Case
from receptionapp.db.models_letters import Letter, LetterImage
from receptionapp.paths import DataPaths
from receptionapp.services.attachments import verify_stored
from receptionapp.services.audit import verify_chain
from receptionapp.services.shared_files import FileKind, folder, shared_names


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


def check_files(db: Database, paths: DataPaths) -> list[str]:
    """Registered files missing from the data folder or changed since (their SHA-256 differs)."""
    with db.read() as session:
        groups: list[tuple[str, FileKind, Path, list[tuple[str, str, str]]]] = [
            (
                "附件",
                FileKind.ATTACHMENT,
                folder(paths, FileKind.ATTACHMENT),
                [
                    (f"{number} 的附件“{name}”", stored, sha)
                    for number, name, stored, sha in session.execute(
                        select(Case.number, Attachment.filename, Attachment.stored_name, Attachment.sha256)
                        .join(Case, Case.id == Attachment.case_id)
                        .order_by(Attachment.id)
                    )
                ],
            ),
            (
                "签发文书",
                FileKind.LETTER,
                folder(paths, FileKind.LETTER),
                [
                    (f"文书 {number or code}", stored, sha)
                    for number, code, stored, sha in session.execute(
                        select(
                            Letter.doc_number,
                            Letter.verification_code,
                            Letter.pdf_stored_name,
                            Letter.pdf_sha256,
                        )
                        .where(Letter.pdf_stored_name != "")
                        .order_by(Letter.id)
                    )
                ],
            ),
            (
                "印章和签名图片",
                FileKind.IMAGE,
                folder(paths, FileKind.IMAGE),
                [
                    (f"图片“{name}”", stored, sha)
                    for name, stored, sha in session.execute(
                        select(LetterImage.filename, LetterImage.stored_name, LetterImage.sha256).order_by(
                            LetterImage.id
                        )
                    )
                ],
            ),
        ]
        # With several PCs on one server a file another PC stored is on the server, not here:
        # it is fetched on first use, so it counts as present (services.shared_files).
        on_server = {kind: shared_names(session, kind) for _label, kind, _store, _files in groups}
    problems = []
    for label, kind, store, files in groups:
        bad = [
            name
            for name, stored, sha in files
            if not verify_stored(store, stored, sha)
            and ((store / stored).exists() or on_server[kind].get(stored) != sha)
        ]
        if bad:
            shown = "、".join(bad[:5]) + (f"等{len(bad)}个" if len(bad) > 5 else "")
            problems.append(f"{label}文件缺失或已被改动（{store}）：{shown}。请从备份恢复")
    return problems
