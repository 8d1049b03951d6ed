"""Move a PC's database to a PostgreSQL server: ``receptionapp migrate-db --to URL``.

The target must be a new, empty database. Its schema is made by the same
migrations as at every start; then every table is copied in dependency order
with its ids, in one transaction: the id sequences are moved past the copied
ids, the search index is built, the row counts of every table are compared
with the source and the audit chain is verified before anything is committed.
A target that already holds data is refused with a clear message and left
untouched. The source is only read. Given the PC's data folder, the files the
database names (attachments, signed letters, seal and signature images) go
into the server's ``shared_files`` in the same transaction, so every PC can
open them (services.shared_files).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, exc, func, insert, inspect, make_url, select
from sqlalchemy.orm import Session

from receptionapp.db.base import Base
from receptionapp.db.database import Database
from receptionapp.db.migrate import check_not_newer, current_revision, head_revision, upgrade
from receptionapp.db.models import Attachment
from receptionapp.db.models_letters import Letter, LetterImage
from receptionapp.db.postgres import explain, reset_sequences
from receptionapp.db.search import rebuild_index
from receptionapp.paths import DataPaths
from receptionapp.services import audit
from receptionapp.services.context import ServiceError
from receptionapp.services.shared_files import FileKind, share_existing

BATCH = 2000

Progress = Callable[[str, int, int], None]


class TransferError(ServiceError):
    """The move cannot be done or did not verify; nothing was committed."""


@dataclass(frozen=True)
class TransferReport:
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, equal on both sides
    indexed: int = 0
    files: int = 0  # stored files put into the server for the other PCs


def safe_url(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "（无法解析的地址）"


def _row_count(connection: Connection, table: Table) -> int:
    return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def _require_empty(target: Database) -> None:
    """TransferError unless the target holds none of the app's rows."""
    check_not_newer(target)
    with target.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name in present:
                rows = _row_count(conn, table)
                if rows:
                    raise TransferError(
                        f"目标数据库不是空的（表 {table.name} 中已有{rows}行）。"
                        "为免覆盖已有数据，迁移只能导入新建的空数据库。"
                        "请在服务器上新建一个空数据库后重试。"
                    )


def _copy_table(src: Connection, dst: Connection, table: Table, progress: Progress | None) -> int:
    total = _row_count(src, table)
    order = list(table.primary_key.columns)
    result = src.execution_options(stream_results=True).execute(select(table).order_by(*order))
    copied = 0
    for rows in result.mappings().partitions(BATCH):
        dst.execute(insert(table), [dict(row) for row in rows])
        copied += len(rows)
        if progress:
            progress(table.name, copied, total)
    if progress and not total:
        progress(table.name, 0, 0)
    return copied


def _verify(src: Connection, dst: Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    mismatches = []
    for table in Base.metadata.sorted_tables:
        source_rows, target_rows = _row_count(src, table), _row_count(dst, table)
        counts[table.name] = target_rows
        if source_rows != target_rows:
            mismatches.append(f"{table.name}：原{source_rows}行，新{target_rows}行")
    if mismatches:
        raise TransferError("迁移后行数不一致，已全部撤销：" + "；".join(mismatches))
    with Session(bind=dst) as session:
        broken = audit.verify_chain(session)
    if broken:
        raise TransferError(f"迁移后审计记录链校验未通过，已全部撤销：{broken.message}")
    return counts


def migrate_database(
    source: Database, target_url: str, progress: Progress | None = None, paths: DataPaths | None = None
) -> TransferReport:
    """Copy everything in ``source`` into the empty database at ``target_url``."""
    if target_url == source.url:
        raise TransferError("目标数据库与当前数据库相同")
    if current_revision(source) != head_revision():
        raise TransferError("当前数据库的结构版本不是最新，请先启动一次程序完成升级")
    target = Database(target_url)
    try:
        return _migrate(source, target, progress, paths)
    except exc.SQLAlchemyError as error:
        reason = explain(str(error)) or f"迁移失败，没有数据写入目标数据库：{getattr(error, 'orig', error)}"
        raise TransferError(reason) from error
    finally:
        target.dispose()


def _stored_files(src: Connection) -> dict[FileKind, list[tuple[str, str]]]:
    """(stored name, SHA-256) of every file the source database names, per kind."""
    queries = {
        FileKind.ATTACHMENT: select(Attachment.stored_name, Attachment.sha256),
        FileKind.LETTER: select(Letter.pdf_stored_name, Letter.pdf_sha256).where(
            Letter.pdf_stored_name != ""
        ),
        FileKind.IMAGE: select(LetterImage.stored_name, LetterImage.sha256),
    }
    return {kind: [(name, sha) for name, sha in src.execute(query)] for kind, query in queries.items()}


def _migrate(
    source: Database, target: Database, progress: Progress | None, paths: DataPaths | None = None
) -> TransferReport:
    _require_empty(target)
    upgrade(target)
    with source.engine.connect() as src, target.write_engine.begin() as dst:
        for table in Base.metadata.sorted_tables:
            _copy_table(src, dst, table, progress)
        reset_sequences(dst)
        indexed = rebuild_index(dst)
        counts = _verify(src, dst)
        summary = f"从原数据库迁移全部数据：{counts['cases']}件事项，{counts['audit_log']}条审计记录"
        with Session(bind=dst) as session:
            audit.record(session, None, "migrate", "database", None, summary)
            files = 0
            if paths is not None:
                files = share_existing(session, paths, _stored_files(src))
                session.flush()
    return TransferReport(counts, indexed, files)
