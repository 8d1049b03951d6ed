"""Registering a new matter (登记) from any channel, in one transaction.

The petitioners are matched to people already known (by ID number, else by
name and phone) so that a person's history stays whole; the case gets its
yearly per-channel number, its first deadline, its search terms and its
first audit entry together, or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from receptionapp.db.base import now as db_now
from receptionapp.db.database import Database
from receptionapp.db.models import (
    Attachment,
    Case,
    CaseCounter,
    Category,
    Person,
    Petitioner,
    Region,
    User,
)
from receptionapp.db.search import index_case
from receptionapp.domain.case import CaseStatus, PetitionerInput, RegistrationInput, ReviewStage
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.first_contact import EarlierContact, responsible
from receptionapp.domain.numbering import format_case_number
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import CAN_REGISTER, RECEIVING_ROLES
from receptionapp.domain.rules import DeadlineRule, ObligationKind
from receptionapp.domain.validation import (
    normalize,
    normalize_id_number,
    normalize_phone,
    validate_registration,
)
from receptionapp.services import audit
from receptionapp.services.attachments import store_file
from receptionapp.services.context import Actor, ValidationFailed, require
from receptionapp.services.deadlines.obligations import (
    Planned,
    add_obligations,
    nearest_due,
    plan_obligation,
    rules_in_force,
)
from receptionapp.services.deadlines.review_window import window_for
from receptionapp.services.reference import lookup_id
from receptionapp.services.shared_files import FileKind, share


@dataclass(frozen=True)
class Registered:
    id: int
    number: str
    is_repeat: bool
    due_date: dt.date | None
    due_provisional: bool
    first_receiver: str = ""  # the 首问责任人 the case went to, when not the registering clerk


def next_sequence(session: Session, channel: Channel, year: int) -> int:
    """Hand out the next number of (channel, year) in one statement.

    ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``: the first number of a
    year creates the counter row, every later one increments it under the
    row's lock, so concurrent saves on PostgreSQL never share a number and
    two first-of-year saves do not collide (SQLite writers are serialised).
    """
    # The dialect's own INSERT … ON CONFLICT, imported here: the PostgreSQL dialect costs 70 ms at start.
    keys = [CaseCounter.channel, CaseCounter.year]
    bump = {"last": CaseCounter.last + 1}
    values = {"channel": channel.value, "year": year, "last": 1}
    upsert: ReturningInsert[int]
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        pg = postgresql.insert(CaseCounter).values(**values)
        upsert = pg.on_conflict_do_update(index_elements=keys, set_=bump).returning(CaseCounter.last)
    else:
        from sqlalchemy.dialects import sqlite

        lite = sqlite.insert(CaseCounter).values(**values)
        upsert = lite.on_conflict_do_update(index_elements=keys, set_=bump).returning(CaseCounter.last)
    return int(session.execute(upsert).scalar_one())


# Namespace of the PostgreSQL advisory locks on a person's identity (two-key form).
PERSON_LOCK_SPACE = 2


def lock_people(session: Session, people: list[PetitionerInput]) -> None:
    """On PostgreSQL, serialise registrations of the same person until commit.

    Two PCs registering the same new petitioner at once would otherwise both
    miss the other's uncommitted row and create the person twice. The keys
    (ID number, name + phone) are locked in sorted order, so two
    registrations of the same people cannot deadlock. SQLite writers are
    serialised already.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    keys = set()
    for item in people:
        id_number = normalize_id_number(item.id_number)
        if id_number:
            keys.add(f"id:{id_number}")
        name, phone = normalize(item.name), normalize_phone(item.phone)
        if phone:
            keys.add(f"contact:{name}|{phone}")
    lock = text("SELECT pg_advisory_xact_lock(:space, hashtext(:key))")
    for key in sorted(keys):
        session.execute(lock, {"space": PERSON_LOCK_SPACE, "key": key})


def person_values(data: PetitionerInput, at: dt.datetime) -> dict[str, Any]:
    """The row of a new person from the 登记单's details, normalised."""
    return {
        "name": normalize(data.name),
        "gender": data.gender.value,
        "id_number": normalize_id_number(data.id_number) or None,
        "phone": normalize_phone(data.phone),
        "address": normalize(data.address),
        "relation": data.relation.value,
        "created_at": at,
    }


def find_or_create_person(session: Session, data: PetitionerInput) -> tuple[Person, bool]:
    """The known person for these details, updated with what is new; or a new one."""
    id_number = normalize_id_number(data.id_number) or None
    name = normalize(data.name)
    phone = normalize_phone(data.phone)
    person: Person | None = None
    if id_number:
        person = session.scalar(select(Person).where(Person.id_number == id_number).limit(1))
    if person is None and phone:
        same_contact = select(Person).where(Person.name == name, Person.phone == phone)
        if id_number:
            # Someone with another ID number is another person, however alike.
            same_contact = same_contact.where(Person.id_number.is_(None))
        person = session.scalar(same_contact.limit(1))
    if person is None:
        person = Person(**person_values(data, db_now()))
        session.add(person)
        session.flush()
        return person, False
    # Keep the newest contact details; the old ones stay in the audit log.
    if id_number and not person.id_number:
        person.id_number = id_number
    if phone:
        person.phone = phone
    if normalize(data.address):
        person.address = normalize(data.address)
    if data.gender.value != "unknown":
        person.gender = data.gender.value
    person.relation = data.relation.value
    return person, True


def intake_obligations(channel: Channel) -> tuple[ObligationKind, ...]:
    """The deadlines a new matter starts with: a 12345 form is answered, the rest get a notice."""
    if channel is Channel.HOTLINE:
        return (ObligationKind.HOTLINE_REPLY,)
    if channel is Channel.FORWARDED:
        return (ObligationKind.INTAKE_NOTICE, ObligationKind.FORWARD_OBJECTION)
    return (ObligationKind.INTAKE_NOTICE,)


@dataclass(frozen=True)
class Registration:
    """What registering a matter writes: the case row (but its id), its first deadlines, the links
    to its people and the audit entry."""

    case: dict[str, Any]
    obligations: tuple[Planned, ...]
    petitioners: tuple[dict[str, Any], ...]
    entry: audit.Entry


def case_row(
    data: RegistrationInput,
    seq: int,
    category_id: int,
    region_id: int,
    registered_by_id: int,
    is_repeat: bool,
    due: tuple[dt.date | None, bool],
    at: dt.datetime,
    first_receiver_id: int | None = None,
) -> dict[str, Any]:
    """The new case's columns (but its id) from a validated 登记单; ``due``: its first deadline."""
    assert data.received_at is not None
    kind = PetitionType(data.petition_type)
    year = data.received_at.year
    return {
        "number": format_case_number(data.channel, year, seq),
        "channel": data.channel.value,
        "year": year,
        "seq": seq,
        "status": CaseStatus.REGISTERED.value,
        "received_at": data.received_at.replace(microsecond=0),
        "registered_by_id": registered_by_id,
        "category_id": category_id,
        "region_id": region_id,
        "unit_name": normalize(data.unit),
        "head_count": data.head_count,
        "is_collective": data.is_collective,
        "is_repeat": is_repeat,
        "skipped_level": data.skipped_level,
        "skipped_level_note": "",
        "review_stage": (ReviewStage.REVIEW if data.review_request else ReviewStage.NONE).value,
        "hotline_limit": data.hotline_limit,
        "review_served_on": data.review_served_on if data.review_request else None,
        "review_late": False,
        "is_appointment": data.is_appointment,
        "problem": data.problem.strip(),
        "demand": data.demand.strip(),
        "source_body": normalize(data.source_body),
        "source_ref": normalize(data.source_ref),
        "letter_pages": data.letter_pages,
        "note": data.note.strip(),
        "petition_type": kind.value,
        "confidential": kind.confidential_by_default,
        "route": None,
        "decided_on": None,
        "due_date": due[0],
        "due_provisional": due[1],
        "closed_at": None,
        "created_at": at,
        "updated_at": at,
        "first_receiver_id": first_receiver_id or registered_by_id,
    }


def registration_step(
    rules: Sequence[DeadlineRule],
    data: RegistrationInput,
    *,
    seq: int,
    category_id: int,
    region_id: int,
    registered_by_id: int,
    people: Sequence[tuple[int, str]],
    is_repeat: bool,
    attachments: Sequence[str] = (),
    at: dt.datetime,
    calendar: Calendar | None = None,
    first_receiver: tuple[int, str] | None = None,
) -> Registration:
    """The rows of a validated registration; ``people``: (id, name) of each petitioner, in form order;
    ``first_receiver``: (id, name) of the 首问责任人 when not the registering clerk.

    The case's due date is its nearest first deadline, in the first INSERT (a second UPDATE would
    bump the version).
    """
    assert data.received_at is not None
    kind = PetitionType(data.petition_type)
    received_on = data.received_at.date()
    planned = []
    for obligation in intake_obligations(data.channel):
        found = plan_obligation(
            rules,
            obligation,
            channel=data.channel.value,
            route=None,
            start=received_on,
            received_on=received_on,
            at=at,
            calendar=calendar,
            fixed=data.hotline_limit if obligation is ObligationKind.HOTLINE_REPLY else None,
        )
        planned += [found] if found else []
    due = nearest_due((p.due.date, p.due.provisional) for p in planned)
    receiver_id = first_receiver[0] if first_receiver else None
    case = case_row(data, seq, category_id, region_id, registered_by_id, is_repeat, due, at, receiver_id)
    window = None
    if case["review_served_on"] is not None:
        window = window_for(rules, case["review_served_on"], channel=data.channel.value, calendar=calendar)
        case["review_late"] = window is not None and window.late(received_on)
    petitioners = tuple(
        {"person_id": person_id, "position": position, "is_representative": item.is_representative}
        for position, ((person_id, _name), item) in enumerate(zip(people, data.petitioners, strict=True))
    )
    deadlines = [
        p.values["label"] + f"：{p.due.date:%Y-%m-%d}" + ("（暂定）" if p.due.provisional else "")
        for p in planned
    ]
    entry = audit.Entry(
        "register",
        "case",
        f"登记{data.channel.label}（{kind.label}）：{'、'.join(name for _id, name in people)}"
        + ("（重复访）" if is_repeat else "")
        + (f"；12345受理中心时限{data.hotline_limit:%Y-%m-%d}" if data.hotline_limit else "")
        + (
            f"；复查申请逾期（答复{window.served_on:%Y-%m-%d}送达，申请期限至{window.until_text}）"
            if window is not None and case["review_late"]
            else ""
        )
        + ("；保密事项" if case["confidential"] else "")
        + (
            f"；首问责任人：{first_receiver[1]}" if first_receiver and receiver_id != registered_by_id else ""
        ),
        {
            "number": case["number"],
            "petitioners": [person_id for person_id, _name in people],
            "attachments": list(attachments),
            "due_date": due[0],
            "deadlines": deadlines,
        }
        | ({"review_late": True} if case["review_late"] else {}),
    )
    return Registration(case, tuple(planned), petitioners, entry)


def _first_receiver(
    session: Session, actor: Actor, chosen: int | None, person_ids: list[int]
) -> tuple[int, str] | None:
    """首问负责制: the one chosen, else who first received one of these people (if still active)."""
    staff = {
        uid: name
        for uid, name in session.execute(
            select(User.id, User.display_name).where(User.active, User.role.in_(RECEIVING_ROLES))
        )
    }
    if chosen is not None:
        if chosen not in staff:
            raise ValidationFailed({"first_receiver": "首问责任人须为在职的接待工作人员"})
        return chosen, staff[chosen]
    earlier = [
        EarlierContact(first, clerk)
        for first, clerk in session.execute(
            select(Case.first_receiver_id, Case.registered_by_id)
            .join(Petitioner, Petitioner.case_id == Case.id)
            .where(Petitioner.person_id.in_(person_ids), Case.status != CaseStatus.VOIDED.value)
            .order_by(Case.id)
        )
    ]
    routed = responsible(earlier, set(staff))
    return (routed, staff[routed]) if routed is not None else None


def register_case(
    db: Database,
    actor: Actor,
    data: RegistrationInput,
    attachments: list[Path] | None = None,
    attachment_folder: Path | None = None,
    now: dt.datetime | None = None,
    then: Callable[[Session, Case], None] | None = None,
) -> Registered:
    """Validate and save a new case; ValidationFailed lists every bad field.

    ``then`` runs in the same transaction once the case is saved (e.g. putting it
    on a reception day): if it raises, the case is not saved either.
    """
    require(actor, CAN_REGISTER, "登记信访事项")
    errors = validate_registration(data, now)
    if errors:
        raise ValidationFailed(errors)
    assert data.received_at is not None
    stored = []
    if attachments:
        if attachment_folder is None:
            raise ValueError("attachment_folder is required with attachments")
        stored = [store_file(path, attachment_folder) for path in attachments]

    with db.write() as session:
        category_id = lookup_id(session, Category, data.category, "category")
        region_id = lookup_id(session, Region, data.region, "region")
        persons: list[Person] = []
        known_before = False
        lock_people(session, data.petitioners)
        for i, item in enumerate(data.petitioners):
            person, known = find_or_create_person(session, item)
            if any(p.id == person.id for p in persons):
                # Two rows the validator could not tell apart matched one known person.
                raise ValidationFailed(
                    {f"petitioners[{i}].name": f"与前面的信访人是同一人（{person.name}），请勿重复填写"}
                )
            persons.append(person)
            known_before = known_before or known
        person_ids = [p.id for p in persons]
        is_repeat = known_before and bool(
            session.scalar(
                select(Petitioner.case_id)
                .join(Case, Case.id == Petitioner.case_id)
                .where(Petitioner.person_id.in_(person_ids), Case.status != CaseStatus.VOIDED.value)
                .limit(1)
            )
        )
        receiver = _first_receiver(session, actor, data.first_receiver_id, person_ids)
        step = registration_step(
            rules_in_force(session),
            data,
            seq=next_sequence(session, data.channel, data.received_at.year),
            category_id=category_id,
            region_id=region_id,
            registered_by_id=actor.id,
            people=[(p.id, p.name) for p in persons],
            is_repeat=is_repeat,
            attachments=[s.filename for s in stored],
            at=db_now(),
            first_receiver=receiver,
        )
        case = Case(**step.case)
        session.add(case)
        session.flush()
        add_obligations(session, case, step.obligations, refresh=False)
        session.add_all(Petitioner(case_id=case.id, **values) for values in step.petitioners)
        for stored_file in stored:
            assert attachment_folder is not None
            share(
                session, FileKind.ATTACHMENT, attachment_folder, stored_file.stored_name, stored_file.sha256
            )
            session.add(
                Attachment(
                    case_id=case.id,
                    filename=stored_file.filename,
                    stored_name=stored_file.stored_name,
                    sha256=stored_file.sha256,
                    size=stored_file.size,
                    added_by_id=actor.id,
                )
            )
        session.flush()
        index_case(session, case, persons)
        audit.record_entry(session, actor, step.entry, case.id, case_id=case.id)
        if then is not None:
            then(session, case)
        return Registered(
            case.id,
            case.number,
            is_repeat,
            case.due_date,
            case.due_provisional,
            receiver[1] if receiver and receiver[0] != actor.id else "",
        )
