"""Shared setup for the letter tests: a bureau with settings, seal, certificate, and a case ready for letters."""

from __future__ import annotations

import datetime as dt
import functools
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from receptionapp.db.database import Database
from receptionapp.documents import signing
from receptionapp.documents.templates import LetterType
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.workflow import Route
from receptionapp.paths import DataPaths
from receptionapp.resources import resource
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id

D = dt.date
RARE_NAME = "王𠇔"


P12_PASSWORD = "导入密码123"


@functools.cache
def bureau_pkcs12() -> bytes:
    """One certificate for the whole run: an RSA key takes up to a second to make."""
    return signing.create_self_signed("某市教育局", P12_PASSWORD)


@dataclass
class Bureau:
    db: Database
    paths: DataPaths
    admin: Actor
    leader: Actor
    office: Actor
    clerk: Actor
    handler: Actor


@pytest.fixture
def bureau(db: Database, data_paths: DataPaths, admin: Actor, people) -> Bureau:
    letter_settings.save_settings(
        db, admin, review_body="某市人民政府", contact="李䶮", phone="0571-87001234"
    )
    letter_keys.set_image(db, admin, data_paths, letter_keys.SEAL, resource("seals", "demo-seal.png"))
    letter_keys.import_certificate(db, admin, data_paths, bureau_pkcs12(), P12_PASSWORD)
    return Bureau(
        db, data_paths, admin, people["leader"], people["office"], people["clerk"], people["handler"]
    )


def replied_case(b: Bureau, name: str = RARE_NAME) -> int:
    """A letter received 2 Nov 2026, accepted, assigned, answered by the unit: ready for the reply letter."""
    case_id = intake.register_case(
        b.db,
        b.office,
        make_registration(
            received_at=dt.datetime(2026, 11, 2, 9, 0),
            person=PetitionerInput(name=name, id_number="11010519491231002X", phone="13812345678"),
        ),
        now=dt.datetime(2026, 11, 24),
    ).id
    instruct(b.db, b.leader, case_id, Route.ACCEPT, "请基础教育处调查核实。", on=D(2026, 11, 3))
    assignment = assign(b.db, b.office, case_id, unit_id(b.db, "基础教育处"), on=D(2026, 11, 4))
    record_reply(
        b.db,
        b.handler,
        assignment.id,
        "经调查，市第一中学收取资料费无依据，已责令全额退还。",
        on=D(2026, 11, 20),
    )
    return case_id


def complete_text(text: str) -> str:
    """The draft with every 【请填写】 prompt replaced, as the office would."""
    import re

    return re.sub(r"【请填写[^】]*】", "根据《中小学服务性收费和代收费管理办法》的规定办理", text)


def signature_png(folder: Path) -> Path:
    """A small transparent PNG standing for a leader's signature image."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 160), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 120), (150, 40), (260, 110), (380, 30)], fill=(20, 20, 20, 255), width=8)
    path = folder / "signature.png"
    image.save(path)
    return path


SHOTS = os.environ.get("RECEPTIONAPP_SHOTS")  # a folder to save screenshots in, when set


@pytest.fixture
def themed(qtbot) -> None:
    """The app's fonts and locale, for screenshots that show real Chinese text."""
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        from receptionapp.ui.theme import apply_theme

        apply_theme(QApplication.instance())


def shot(qtbot, widget, name: str) -> None:
    """Save what the person sees (only when RECEPTIONAPP_SHOTS names a folder; asserts nothing)."""
    if SHOTS:
        qtbot.wait(300)  # QtPdf renders pages in the background
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


__all__ = ["RARE_NAME", "Bureau", "D", "LetterType", "bureau"]
