"""首问负责制 on the registration form: who first received the person being typed in.

A later contact of a known person (by ID number, else name and phone) goes
to that person's 首问责任人 (``intake.register_case`` routes it); the form
shows the clerk "首问责任人：X" while typing.
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Person, Petitioner, User
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.first_contact import EarlierContact, responsible
from receptionapp.domain.roles import RECEIVING_ROLES
from receptionapp.domain.validation import normalize, normalize_id_number, normalize_phone


def first_responsible(db: Database, id_number: str = "", name: str = "", phone: str = "") -> str:
    """The name of the person's 首问责任人, or "" for someone not received before (or whose is gone)."""
    id_number = normalize_id_number(id_number)
    name, phone = normalize(name), normalize_phone(phone)
    if len(id_number) == 18:
        who = Person.id_number == id_number
    elif name and len(phone) >= 7:
        who = and_(Person.name == name, Person.phone == phone)
    else:
        return ""
    with db.read() as session:
        staff = dict(
            session.execute(
                select(User.id, User.display_name).where(User.active, User.role.in_(RECEIVING_ROLES))
            ).all()
        )
        earlier = [
            EarlierContact(first, clerk)
            for first, clerk in session.execute(
                select(Case.first_receiver_id, Case.registered_by_id)
                .join(Petitioner, Petitioner.case_id == Case.id)
                .join(Person, Person.id == Petitioner.person_id)
                .where(or_(who), Case.status != CaseStatus.VOIDED.value)
                .order_by(Case.id)
            )
        ]
    routed = responsible(earlier, set(staff))
    return staff[routed] if routed is not None else ""


def receiving_staff(db: Database) -> list[tuple[int, str]]:
    """The active staff who may be named 首问责任人, by name."""
    with db.read() as session:
        return [
            (uid, name)
            for uid, name in session.execute(
                select(User.id, User.display_name)
                .where(User.active, User.role.in_(RECEIVING_ROLES))
                .order_by(User.display_name)
            )
        ]
