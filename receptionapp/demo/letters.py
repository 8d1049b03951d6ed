"""Signed letters for the demo office: the bureau's certificate and seal, and a few final letters.

The most recent closed cases get their 信访事项答复意见书 (or 不予受理告知单)
drafted, approved by a leader and signed through the real letter services,
so a newcomer can open, print and verify a final letter at once. Signing
costs about half a second a letter, so only a handful are made.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.demo.staff import Staff
from receptionapp.documents.templates import LetterType
from receptionapp.domain.roles import Role
from receptionapp.paths import DataPaths
from receptionapp.resources import resource
from receptionapp.services.context import Actor, ServiceError
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.letters.drafting import draft_letter, save_draft
from receptionapp.services.letters.records import get_letter

FILLED = "根据《中华人民共和国义务教育法》和本市有关政策规定办理"
MAX_LETTERS = 12


def prepare_bureau(db: Database, admin: Actor, paths: DataPaths) -> None:
    """Letter settings, the demo seal and a self-signed certificate, unless the bureau has them."""
    settings = letter_settings.letter_settings(db)
    if not settings.review_body:
        letter_settings.save_settings(
            db, admin, review_body="示例市人民政府", contact="周敏", phone="0571-87001234"
        )
    with db.read() as session:
        has_seal = letter_keys.active_image(session, letter_keys.SEAL) is not None
    if not has_seal:
        letter_keys.set_image(db, admin, paths, letter_keys.SEAL, resource("seals", "demo-seal.png"))
    if letter_keys.active_certificate(db, paths) is None:
        letter_keys.create_certificate(db, admin, paths)


def sign_recent_letters(db: Database, admin: Actor, staff: Staff, paths: DataPaths, count: int) -> int:
    """Final signed letters for up to ``count`` of the most recently closed cases; returns how many."""
    count = min(count, MAX_LETTERS)
    if count <= 0:
        return 0
    prepare_bureau(db, admin, paths)
    office = staff.actor(staff.office, Role.OFFICE)
    leader = staff.actor(staff.leaders[0], Role.LEADER)
    with db.read() as session:
        recent = list(
            session.execute(
                select(Case.id, Case.route, Case.closed_at)
                .where(Case.status.in_(("closed", "archived")), Case.route.in_(("accept", "not_accept")))
                .order_by(Case.closed_at.desc())
                .limit(count * 3)
            )
        )
    made = 0
    for case_id, route, closed_at in recent:
        kind = LetterType.REFUSAL if route == "not_accept" else LetterType.REPLY
        try:
            letter_id = draft_letter(db, office, case_id, kind)
            text = get_letter(db, letter_id).text
            save_draft(db, office, letter_id, re.sub(r"【请填写[^】]*】", FILLED, text))
            approved_on = closed_at.date() if closed_at else None
            letter_approval.approve_letter(db, leader, paths, letter_id, on=approved_on)
        except ServiceError:
            continue  # a demo case that does not fit this letter: take the next one
        made += 1
        if made >= count:
            break
    return made
