"""Drafts: a half-filled form saved as the user types, offered back after a crash.

The payload is JSON written in its own small transaction, so a power cut
loses at most the last second of typing.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Draft
from receptionapp.services.context import Actor


def save_draft(db: Database, actor: Actor, form: str, payload: dict[str, Any]) -> None:
    # ASCII escapes: a stray half of a UTF-16 pair pasted into a field must not stop the draft saving.
    text = json.dumps(payload)
    with db.write() as session:
        draft = session.scalar(select(Draft).where(Draft.user_id == actor.id, Draft.form == form))
        if draft is None:
            session.add(Draft(user_id=actor.id, form=form, payload=text, updated_at=now()))
        else:
            draft.payload = text
            draft.updated_at = now()


def load_draft(db: Database, actor: Actor, form: str) -> dict[str, Any] | None:
    with db.read() as session:
        text = session.scalar(select(Draft.payload).where(Draft.user_id == actor.id, Draft.form == form))
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def discard_draft(db: Database, actor: Actor, form: str) -> None:
    with db.write() as session:
        session.execute(delete(Draft).where(Draft.user_id == actor.id, Draft.form == form))
