"""Notice what other PCs changed: the newest audit entry id is the change marker.

Every change writes an audit entry in its own transaction, so the largest
``audit_log.id`` grows with every committed change on any PC. Entries are
appended under the audit chain's lock (services.audit.last_hash), so on
PostgreSQL they also become visible in id order: a poller that remembers the
last id it saw never misses one. The GUI polls ``changes_since`` every few
seconds; when nothing changed that is one primary-key lookup.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry

MAX_ENTRIES = 500
# Entries about these leave every case as it was (logins, account locks).
NOT_ABOUT_CASES = frozenset({"user"})
# Entries that change nothing: a view of a confidential case (services.access) must not make the
# open case pages reload, or each reload's own view entry would start the next one.
NOT_CHANGES = ("view",)


@dataclass(frozen=True)
class Changes:
    """What was committed after a marker."""

    marker: int
    case_ids: frozenset[int] = frozenset()
    everything: bool = False  # too many to list, or a change not tied to one case (e.g. a person)

    @property
    def any(self) -> bool:
        return self.everything or bool(self.case_ids)


def change_marker(db: Database) -> int:
    """The current marker: the id of the newest audit entry (0 for an empty log)."""
    with db.read() as session:
        return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def changes_since(db: Database, marker: int) -> Changes:
    """The cases changed after ``marker``, and the new marker."""
    with db.read() as session:
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.case_id, AuditEntry.entity)
            .where(AuditEntry.id > marker, AuditEntry.action.not_in(NOT_CHANGES))
            .order_by(AuditEntry.id)
            .limit(MAX_ENTRIES + 1)
        ).all()
        if not rows:
            # The marker stays before skipped views: moving it to the newest id could pass over a
            # change committed meanwhile on PostgreSQL. The few views are read again next time.
            return Changes(marker)
        if len(rows) > MAX_ENTRIES:
            return Changes(int(session.scalar(select(func.max(AuditEntry.id))) or marker), everything=True)
    case_ids = frozenset(case_id for _, case_id, _ in rows if case_id is not None)
    everything = any(case_id is None and entity not in NOT_ABOUT_CASES for _, case_id, entity in rows)
    return Changes(int(rows[-1][0]), case_ids, everything)
