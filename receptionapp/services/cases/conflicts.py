"""The message for a refused second save: who changed the case meanwhile, and what.

Two PCs may open the same case; the second save is refused (optimistic
locking on ``Case.version``) and the clerk is shown the other person's
changes from the audit log, field by field, old value to new.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.models import AuditEntry, Case

STALE_SHOWN = 5


def _short(value: Any, limit: int = 60) -> str:
    text = "（空）" if value in ("", None) else str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stale_message(session: Session, case_id: int, seen_version: int, labels: dict[str, str]) -> str:
    """Who changed the case since ``seen_version``, and what, for the refused second save."""
    current = session.scalar(select(Case.version).where(Case.id == case_id)) or seen_version + 1
    count = max(1, min(current - seen_version, STALE_SHOWN))
    entries = list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.case_id == case_id, AuditEntry.action != "view")
            .order_by(AuditEntry.id.desc())
            .limit(count)
        )
    )[::-1]
    lines = []
    for entry in entries:
        lines.append(f"{entry.user_name}于{entry.at:%Y-%m-%d %H:%M}{entry.summary}")
        details = json.loads(entry.details or "{}") if entry.action == "edit" else {}
        for key, pair in details.items():
            if isinstance(pair, list) and len(pair) == 2:
                lines.append(f"　{labels.get(key, key)}：{_short(pair[0])} → {_short(pair[1])}")
    changes = "\n".join(lines) if lines else "其他人"
    return f"该事项已被其他人修改：\n{changes}\n您的修改未保存。请查看对方的修改后再改。"
