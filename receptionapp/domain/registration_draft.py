"""A half-typed registration as JSON (the draft that survives a crash) and back, without Qt."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.petition_types import DEFAULT_PETITION_TYPE, PetitionType

PAYLOAD_VERSION = 1
# The form's date fields (but the receipt's date and time), stored as ISO text.
DATE_FIELDS = ("hotline_limit", "review_served_on")


def to_payload(data: RegistrationInput, *, received_at_set: bool, attachments: list[Path]) -> dict[str, Any]:
    """The form's content as JSON-able data; ``received_at_set``: the clerk chose the time himself."""
    payload = dataclasses.asdict(data)
    payload["channel"] = data.channel.value
    payload["petition_type"] = PetitionType(data.petition_type).value
    payload["received_at"] = data.received_at.isoformat() if data.received_at else None
    payload["received_at_set"] = received_at_set
    for name in DATE_FIELDS:
        day = getattr(data, name)
        payload[name] = day.isoformat() if day else None
    for person in payload["petitioners"]:
        person["gender"] = Gender(person["gender"]).value
        person["relation"] = Relation(person["relation"]).value
    payload["attachments"] = [str(path) for path in attachments]
    payload["version"] = PAYLOAD_VERSION
    return payload


def input_from_payload(payload: dict[str, Any]) -> RegistrationInput:
    """The inverse of ``to_payload`` (without the attachments); unknown keys are ignored."""
    known = {f.name for f in dataclasses.fields(RegistrationInput)}
    values = {key: value for key, value in payload.items() if key in known}
    values["channel"] = Channel(values.get("channel") or Channel.VISIT)
    kind = values.get("petition_type")
    values["petition_type"] = PetitionType(kind) if kind in set(PetitionType) else DEFAULT_PETITION_TYPE
    at = values.get("received_at")
    values["received_at"] = dt.datetime.fromisoformat(at) if at else None
    for name in DATE_FIELDS:
        day = values.get(name)
        values[name] = dt.date.fromisoformat(day) if isinstance(day, str) and day else None
    person_keys = {f.name for f in dataclasses.fields(PetitionerInput)}
    people = []
    for item in values.get("petitioners") or []:
        person = {key: value for key, value in item.items() if key in person_keys}
        person["gender"] = Gender(person.get("gender") or Gender.UNKNOWN)
        person["relation"] = Relation(person.get("relation") or Relation.OTHER)
        people.append(PetitionerInput(**person))
    values["petitioners"] = people
    return RegistrationInput(**values)
