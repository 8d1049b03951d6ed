"""The registration draft's JSON, without Qt: a round trip, and drafts written by older versions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.people import Gender, Relation
from receptionapp.domain.petition_types import DEFAULT_PETITION_TYPE, PetitionType
from receptionapp.domain.registration_draft import input_from_payload, to_payload
from tests.conftest import make_registration


def test_a_draft_round_trips_through_json() -> None:
    person = PetitionerInput(name="李䶮𠇔", gender=Gender.MALE, relation=Relation.PARENT, phone="13812345678")
    data = make_registration(
        person=person,
        channel=Channel.LETTER,
        petition_type=PetitionType.REPORT,
        review_request=True,
        received_at=dt.datetime(2026, 11, 2, 9, 30),
    )
    payload = json.loads(json.dumps(to_payload(data, received_at_set=True, attachments=[Path("扫描件.pdf")])))
    assert payload["attachments"] == ["扫描件.pdf"] and payload["received_at_set"] is True
    assert input_from_payload(payload) == data


def test_an_older_draft_without_the_newer_fields_still_loads() -> None:
    payload = {
        "version": 1,
        "channel": "visit",
        "received_at": None,
        "petitioners": [{"name": "张晓梅", "gender": "female", "retired_field": 1}],
        "problem": "学校乱收费",
        "no_longer_a_field": "x",
    }
    data = input_from_payload(payload)
    assert data.petition_type is DEFAULT_PETITION_TYPE and data.review_request is False
    assert data.petitioners[0].name == "张晓梅" and data.petitioners[0].relation is Relation.OTHER
    assert data.channel is Channel.VISIT and data.problem == "学校乱收费"
